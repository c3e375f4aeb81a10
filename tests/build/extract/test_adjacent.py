from glossary.build.documents import Document
from glossary.build.extract import adjacent
from glossary.build.readers.text import text_paragraphs
from glossary.build.scorer import judge_all, orientation


def kept(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text) for c in
            (d.candidate for d in judge_all(adjacent.extract(document)) if d.verdict.keep)]


def test_run_on_glossary_with_spaces_only():
    assert kept("Terms: reform and opening up(改革开放)Communist Party of China 中国共产党"
                "National People's Congress 全国人民代表大会The Two Meetings") == [
        ("中国共产党", "Communist Party of China"),
        ("全国人民代表大会", "National People's Congress")]


def test_a_line_that_is_only_english_and_chinese_is_left_to_rows():
    assert kept("Central Commission for Discipline Inspection 中国共产党中央纪律检查委员会\n") == []


def test_lines_joined_into_one_paragraph_are_not_paired_across():
    assert kept("Shenzhen-Hong Kong Stock Connect\n书香社会 is a phrase") == []


def test_a_romanization_beside_its_characters_is_not_a_translation():
    assert kept('the concept of "Zhonghua Minzu 中华民族" (Chinese nation)') == []


def test_a_run_on_list_that_sets_its_chinese_first_is_not_read_english_first():
    # each Chinese would take the previous term's English; 国家安全部 and "Ministry of Public
    # Security" share two words, which the scorer alone lets through
    line = ("外交部Ministry of Foreign Affairs 公安部Ministry of Public Security "
            "国家安全部Ministry of State Security 民政部Ministry of Civil Affairs")
    assert kept(line) == []
    assert orientation(line)[1] > orientation(line)[0]


def test_chinese_set_into_english_prose_with_its_translation_after_it():
    found = kept("The piece explains what are the 新发展阶段 new development stage, 新发展理念 new "
                 "development philosophy, and the case for 习近平生态文明思想 - Xi Jinping Thought "
                 "on Ecological Civilisation. Then 两会 began on Monday in Beijing.")
    assert ("新发展阶段", "new development stage") in found
    assert ("新发展理念", "new development philosophy") in found
    assert ("习近平生态文明思想", "Xi Jinping Thought on Ecological Civilisation") in found
    assert not any(zh == "两会" for zh, _ in found)  # "began": no translation follows


def test_a_chinese_run_that_ends_its_line_is_the_term_whole():
    # a list of names: number, acronym, English, Chinese; 署 glosses no English word, but
    # the run ends the line: it is not a sentence the term runs into
    document = Document("doc.txt", tuple(text_paragraphs(
        "3 IEA International Energy Agency 国际能源署\n"
        "10 GEO Group on Earth Observations 地球观测组织\n")))
    found = {(c.terms[0].text, c.terms[1].text) for c in adjacent.extract(document)}
    assert ("国际能源署", "IEA International Energy Agency") in found  # (tidy splits the acronym)
    assert not any(zh in ("国际能源", "地球观测") for zh, _ in found)


def test_characters_inside_a_bracket_after_their_reading_are_inlines():
    # "(liushang 六尚)": no pair of "Six Chief Stewards (liushang" and 六尚
    assert kept("one of the Six Chief Stewards (liushang 六尚) that cared for headgear, and "
                "the Director (zhong shangshu ling 中尚書令, short zhongshuling 中書令) too") == []


def test_a_quoted_rendering_then_its_chinese_inside_a_bracket_of_prose():
    assert kept("- issues narratives (par exemple les initiatives de \"la Ceinture et la "
                "Route\" 一带一路)\n") == [("一带一路", "la Ceinture et la Route")]


def test_a_glossary_entry_with_its_reading_after_the_characters():
    # one run-on paragraph out of a PDF: term, characters, toneless reading, definition;
    # the definitions make the paragraph look Chinese-first, the readings show it is not
    text = ("Glossary. A slogan declared by Xi Jinping to be an objective by 2021. agricultural "
            "production mutual aid groups 农业生产互助组 nongye shengchan huzhuzu. Mutual aid "
            "groups were created during the first stage of land reform in the 1950s. amban "
            "安办 anban. The Manchu term for the imperial commissioners posted to Tibet. armed "
            "rebellion 武装叛乱 wuzhuang panluan. In the Tibetan context, the official term for "
            "the uprising by Tibetans in March 1959. See February Countercurrent. anti- "
            "splittism 反分裂主义 fan fenlie zhuyi. A term used by critics to mock officials.")
    assert kept(text) == [("农业生产互助组", "agricultural production mutual aid groups"),
                          ("安办", "amban"), ("武装叛乱", "armed rebellion"),
                          ("反分裂主义", "anti- splittism")]


def test_a_dictionarys_quoted_example_then_a_dash_and_its_english():
    # short lines whose language is not told are English when their letters outnumber
    # their characters
    text = ('1. Noun: Political party (e.g., "共产党" - Communist Party);\n'
            '2. Noun: Interest group (ancient usage, e.g., "朋党" - clique);\n')
    assert kept(text) == [("共产党", "Communist Party"), ("朋党", "clique")]
