from glossary.build.documents import Document
from glossary.build.extract import glued
from glossary.build.readers.text import text_paragraphs


def pairs(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text, c.evidence.confidence)
            for c in glued.extract(document)]


def test_seed_001_form_keeps_the_verb_the_chinese_has():
    assert pairs("The phrase: Foster the development of socially integrated communities and "
                 "interconnected neighborhood environments积极构建互嵌式社会结构和社区环境 also "
                 "worth paying attention.") == [(
        "积极构建互嵌式社会结构和社区环境",
        "Foster the development of socially integrated communities and interconnected "
        "neighborhood environments", 0.6)]


def test_verb_dropped_when_the_chinese_lacks_it_and_a_sentence_bounds_the_clause():
    assert pairs("It was hard. Strengthen grassroots governance基层治理 everywhere.") == [
        ("基层治理", "grassroots governance", 0.6)]


def test_spaced_chinese_is_not_glued():
    assert pairs("I look forward to continuing these discussions in 2025. 新年快乐!") == []
    assert pairs("Hello 世界") == []


def test_a_glossary_pasted_onto_one_line_gives_one_row_per_chinese_run():
    # Each English name runs back to the Chinese before it, not to the line's start, and a
    # single capitalised word is a row there ("Finance财政部").
    assert [(zh, en) for zh, en, _ in pairs(
        "中国政府机构The State Council国务院Finance财政部Foreign Affairs外交部")] == [
        ("国务院", "The State Council"), ("财政部", "Finance"), ("外交部", "Foreign Affairs")]


def test_a_lowercase_word_between_chinese_runs_is_not_a_row():
    assert pairs("我们讨论了governance治理的问题") == []


def test_the_english_does_not_reach_back_over_a_line_of_its_paragraph():
    # an encyclopedia's name box, its rows joined into one paragraph by the text reader
    text = ("Literal meaningCentral Discipline-Commission\nTranscriptions\nStandard Mandarin\n"
            "Further abbreviated as\nTraditional Chinese中紀委\n")
    assert [(zh, en) for zh, en, _ in pairs(text)] == [("中紀委", "Traditional Chinese")]


def test_a_spanish_list_glued_on_one_line_is_spanish():
    document = Document("doc.txt", tuple(text_paragraphs(
        "Términos de las dos sesiones en español, con su traducción oficial al chino.\n\n"
        "两会词汇principio de una sola China一个中国原则proyecto de ley草案\n")))
    assert [(c.terms[0].text, c.terms[1].text, c.terms[1].lang) for c in glued.extract(document)] == [
        ("一个中国原则", "principio de una sola China", "es"), ("草案", "proyecto de ley", "es")]


def test_a_glued_list_whose_chinese_comes_first_pairs_each_with_the_english_after_it():
    # every space lost, as a PDF's text layer gives it: the dictionary reads it Chinese first
    assert [(zh, en) for zh, en, _ in pairs(
        "二、机构译名财政部MinistryofFinance教育部MinistryofEducation外交部MinistryofForeign"
        "AffairsII国务院theStateCouncil\n")] == [
        ("机构译名财政部", "MinistryofFinance"), ("教育部", "MinistryofEducation"),
        ("外交部", "MinistryofForeignAffairs"), ("国务院", "StateCouncil")]


def test_chinese_prose_with_english_set_into_it_is_not_a_glued_list():
    assert pairs("全国委员会即national committee，地方委员会即local committee，"
                 "常务委员会即standing committee。\n") == []


def test_a_table_of_contents_glued_to_its_chapter_numbers_pairs_the_titles():
    text = ("CHAPTER I PURPOSES AND PRINCIPLES第一章 宗旨及原則\n"
            "CHAPTER V THE SECURITY COUNCIL第五章 安全理事會\n")
    assert [p[:2] for p in pairs(text)] == [("宗旨及原則", "PURPOSES AND PRINCIPLES"),
                                            ("安全理事會", "THE SECURITY COUNCIL")]


def test_a_short_name_glued_to_the_next_rows_name_is_the_row_befores():
    text = ("中华人民共和国外交部Ministry of Foreign Affairs of the People's Republic of China中文简称:外交部"
            "中华人民共和国国防部Ministry of National Defence of the People's Republic of China中文简称:国防部"
            "中华人民共和国国家发展和改革委员会National Development and Reform Commission of the People's "
            "Republic of China中文简称:发展改革委中华人民共和国教育部Ministry of Education of the People's "
            "Republic of China\n")
    found = [(c.terms[0].text, c.terms[1].text) for c in glued.extract(
        Document("doc.txt", tuple(text_paragraphs(text))))]
    assert ("中华人民共和国国防部", "Ministry of National Defence of the People's Republic of China") in found
    assert ("中华人民共和国教育部", "Ministry of Education of the People's Republic of China") in found
    assert not any(chinese.startswith(("外交部", "发展改革委")) for chinese, _ in found)


def test_words_a_slash_offers_as_alternatives_are_each_a_rendering():
    # rows written for this test in the form of a Spanish legal glossary run together
    text = ("Término en inglésChino (simplificado)PinyinNota\n"
            "Abogado/Procurador律师lǜshīLa primera persona a la que llamar.\n"
            "Juez法官fǎguānPreside el juicio.\n")
    found = [(zh, es) for zh, es, _ in pairs(text)]
    assert ("律师", "Abogado") in found and ("律师", "Procurador") in found


def test_a_bracket_that_labels_the_chinese_is_no_glued_rendering():
    text = "Le système lui-même est appelé « huji » ( chinois户籍, pinyin hùjí ), soit le domicile.\n"
    assert pairs(text) == []


def test_a_lessons_copula_between_the_english_and_its_chinese_is_left_out():
    found = pairs("Xiaoming: CPC, Communist Party of China就是中国共产党. Remember it.\n")
    assert [(zh, en) for zh, en, _ in found] == [("中国共产党", "CPC, Communist Party of China")]


def test_a_copula_before_quoted_chinese():
    found = pairs("在这篇报道中,green development就是“绿色发展”。所谓绿色发展,是指……\n")
    assert [(zh, en) for zh, en, _ in found] == [("绿色发展", "green development")]
