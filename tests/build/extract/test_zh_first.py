import pytest

from glossary.build.documents import Document
from glossary.build.extract import zh_first
from glossary.build.readers.text import text_paragraphs


def pairs(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text, c.terms[1].type.value, c.flags)
            for c in zh_first.extract(document)]


@pytest.mark.parametrize("text, expected", [
    ("我们召开了中央经济工作会议（Central Economic Work Conference），部署明年工作。",
     ("中央经济工作会议", "Central Economic Work Conference", "fullForm", ())),
    ("必须坚持中国共产党 (CPC) 的领导。", ("中国共产党", "CPC", "acronym", ())),
    ("新成立的社会工作部（Department of Social Work）负责统战工作。",
     ("社会工作部", "Department of Social Work", "fullForm", ())),
    ("推进基层治理（ grassroots governance ）现代化", ("基层治理", "grassroots governance", "fullForm", ())),
    ("會議強調，要堅持和發展新時代楓橋經驗（Fengqiao Model）。",
     ("楓橋經驗", "Fengqiao Model", "fullForm", ())),
    # 党 explains "Party": the whole name the English translates, not the rule's 二十大.
    ("党的二十大（20th Party Congress）召开", ("党的二十大", "20th Party Congress", "fullForm", ())),
    # The rule stopped at 和; the dictionary links 中共中央 to "Central".
    ("对中共中央网络安全和信息化领导小组办公室(the Office of the Central Leading Group for "
     "Cyberspace Affairs)开展巡视", ("中共中央网络安全和信息化领导小组办公室",
                                     "the Office of the Central Leading Group for Cyberspace "
                                     "Affairs", "fullForm", ())),
    ("指的是:全面建成小康社会(comprehensively build a moderately prosperous society)、",
     ("全面建成小康社会", "comprehensively build a moderately prosperous society", "fullForm", ())),
    ("本质就是“战略布局”(strategic blueprint)。", ("战略布局", "strategic blueprint", "fullForm", ())),
    ("会议研究了中央农村工作（Central Rural Work Conference）", (
        "中央农村工作", "Central Rural Work Conference", "fullForm", ("possibly-truncated",))),
])
def test_chinese_first_forms(text, expected):
    assert pairs(text) == [expected]


@pytest.mark.parametrize("text", [
    "他说（he said）很好",  # a verb, not a name
    "成立了社会工作部（党的机构），以加强基层治理。",  # Chinese in the parenthesis
])
def test_not_glosses(text):
    assert pairs(text) == []


def test_quotes_around_the_chinese_make_the_pair_explicit():
    document = Document("doc.txt", tuple(text_paragraphs("诸如“调研员”（Consultant）这样的词")))
    (candidate,) = zh_first.extract(document)
    assert candidate.terms[0].text == "调研员" and candidate.evidence.confidence == zh_first.QUOTED


def test_markdown_bold_around_the_term_and_its_bracket_delimits_the_term():
    document = Document("doc.md", tuple(text_paragraphs(
        "- **监护人（Guardian）**：对未成年人负有监护职责的人\n"
        "- 本条所称**行政复议机关（Reconsideration Organ）**依法受理申请\n")))
    got = [(c.terms[0].text, c.terms[1].text, c.evidence.confidence)
           for c in zh_first.extract(document)]
    assert got == [("监护人", "Guardian", zh_first.QUOTED),
                   ("行政复议机关", "Reconsideration Organ", zh_first.QUOTED)]


@pytest.mark.parametrize("text, expected", [
    # sentences written for this test, in the forms English articles use
    ('The slogan 不忘初心 (bù wàng chūxīn, "never forget why you started") was everywhere.',
     ("不忘初心", "never forget why you started")),
    ("Officials spoke of 新质生产力 (xīnzhì shēngchǎnlì; new quality productive forces) again.",
     ("新质生产力", "new quality productive forces")),
    ('Today\'s word is 共同富裕 (gòngtóng fùyù), "common prosperity", first used in the 1950s.',
     ("共同富裕", "common prosperity")),
    ('The term 内卷, meaning "involution", spread online in 2020.', ("内卷", "involution")),
    ("He used the word 躺平 – “lying flat” – in his speech.", ("躺平", "lying flat")),
    ('Each spring the 全国两会 "Two Sessions," or quanguolianghui, open in Beijing.',
     ("全国两会", "Two Sessions")),
    ("Le mot 中华民国 (zhōnghuá mínguó, « République de Chine ; Taïwan ») est ancien.",
     ("中华民国", "République de Chine")),
])
def test_a_reading_beside_the_english_is_left_out(text, expected):
    assert [(zh, en) for zh, en, *_ in pairs(text)] == [expected]


def test_a_title_in_its_marks_before_the_bracket_is_the_term():
    text = "当前,一部反腐倡廉电视剧《人民的名义》(In the Name of People)正在热播。"
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    found = [(c.terms[0].text, c.terms[1].text, c.evidence.confidence) for c in zh_first.extract(document)]
    assert found == [("人民的名义", "In the Name of People", 0.85)]


def test_the_last_quoted_term_and_a_name_with_its_acronym_in_the_bracket():
    text = "“兩會”是“全國人民代表大會”(the National People's Congress,NPC)的簡稱"
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    found = [(c.terms[0].text, c.terms[1].text) for c in zh_first.extract(document)]
    assert found == [("全國人民代表大會", "the National People's Congress")]


def test_a_reading_in_square_brackets_before_a_spanish_gloss():
    text = ("También son conocidas como 一级行政区 [Yī Jí Xíngzhèngqū] (Divisiones "
            "administrativas de primer nivel) o provincias.")
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    found = [(c.terms[0].text, c.terms[1].text, c.terms[1].lang, c.notes)
             for c in zh_first.extract(document)]
    assert found == [("一级行政区", "Divisiones administrativas de primer nivel", "es",
                      ("reading: Yī Jí Xíngzhèngqū",))]


def test_a_bracket_that_names_its_language_gives_the_rendering_after_the_label():
    # a Chinese encyclopedia's lead: the label, then the name, then an abbreviation's label
    document = Document("doc.txt", tuple(text_paragraphs(
        "中央纪律检查委员会（英语：Central Commission for Discipline Inspection，缩写：CCDI）"
        "是中国共产党的最高纪律检查机关。简称一带一路（英语：The Belt and Road Initiative）。")))
    assert [(c.terms[0].text, c.terms[1].text, c.terms[1].lang)
            for c in zh_first.extract(document)] == [
        ("中央纪律检查委员会", "Central Commission for Discipline Inspection", "en"),
        ("一带一路", "The Belt and Road Initiative", "en")]
    assert zh_first._labelled("西班牙语：la Franja y la Ruta，简称：IFR") == (
        "es", "la Franja y la Ruta")
    assert zh_first._labelled("Central Commission") == ("", None)


def test_a_bracket_gives_a_name_then_its_acronym_introduced_in_chinese():
    document = Document("d.txt", tuple(text_paragraphs(
        "联合国儿童基金会(United Nations Children's Fund, 简称UNICEF),原名联合国国际儿童紧急救助基金会。\n")))
    [candidate] = zh_first.extract(document)
    assert [(t.text, t.type.value) for t in candidate.terms] == [
        ("联合国儿童基金会", "fullForm"), ("United Nations Children's Fund", "fullForm"),
        ("UNICEF", "acronym")]


def test_a_cell_holding_a_term_and_its_acronym_is_the_term_whole():
    found = pairs("工具名称 |\n常备借贷便利(SLF) |\n抵押补充贷款(PSL) |\n")
    assert [(zh, en) for zh, en, *_ in found] == [("常备借贷便利", "SLF"), ("抵押补充贷款", "PSL")]


def test_a_bracket_gives_a_name_then_an_acronym_that_spells_it_with_no_word_between():
    document = Document("d.txt", tuple(text_paragraphs(
        "隔年通过「千禧年发展目标」(Millennium Development Goals, MDGs),确立8项目标。"
        "北京(Beijing, China)是首都。\n")))
    from glossary.build.extract import extract

    # (the split is tidy's, whichever extractor found the bracket)
    found = [[(t.text, t.type.value) for t in c.terms] for c in extract([document], ["zh-first"])]
    assert [("千禧年发展目标", "fullForm"), ("Millennium Development Goals", "fullForm"),
            ("MDGs", "acronym")] in found
    # two names are no name and its acronym
    assert not any(kind == "acronym" for terms in found for text, kind in terms
                   if text == "China")


def test_prose_about_renderings_gives_examples_glued_to_their_english():
    # Written for this test in the form of a Chinese note on translating bodies' names
    text = ("部委译为ministry（如财政部Ministry of Finance），直属机构多译为administration，"
            "例如海关总署General Administration of Customs即是。地方委员会为Municipal Commission，"
            "人类，用human换下mankind。")
    assert [found[:2] for found in pairs(text)] == [
        ("财政部", "Ministry of Finance"), ("海关总署", "General Administration of Customs")]


@pytest.mark.parametrize("text, expected", [
    # sentences written for this test, in the form of a bilingual news digest
    ("今年是\"十三五\"规划(the 13th Five-Year Plan)的开局之年。", ("十三五规划", "the 13th Five-Year Plan")),
    ("是实现“两个一百年”奋斗目标(to realize the Two Centenary Goals)的必然要求。",
     ("两个一百年奋斗目标", "Two Centenary Goals")),
    ("是实现全体人民共同富裕(to achieve prosperity for all)的要求。",
     ("全体人民共同富裕", "prosperity for all")),
    # a verb phrase that is the term keeps its verb
    ("他们坚持为人民服务(to serve the people)。", ("为人民服务", "to serve the people")),
])
def test_quotes_with_their_head_noun_and_a_gloss_that_translates_the_clauses_verb(text, expected):
    assert [(zh, en) for zh, en, *_ in pairs(text)] == [expected]


def test_a_chinese_clause_after_a_half_width_comma_is_not_taken_whole():
    # "文件指出,实施…": the run after an ASCII comma is a Chinese clause's tail, not Chinese
    # set into English prose, so the verb 实施 that no English word says is left out
    found = [zh for zh, *_ in pairs("文件指出,实施乡村振兴战略(the strategy of rural revival)。")]
    assert found and all(not zh.startswith("实施") for zh in found)


def test_a_quoted_word_the_sentence_goes_on_from_is_not_the_term():
    found = [zh for zh, *_ in pairs("“两会”指全国政协会议(the National Committee of the CPPCC)。")]
    assert found and all("两会" not in zh and "”" not in zh for zh in found)


def test_a_comment_after_a_dash_or_a_year_after_a_comma_is_not_the_rendering():
    found = pairs("双边关系 (bilateral), 多边主义 (multilateralism — supported by China "
                  "officially), and 一带一路 (Belt and Road, 2013): a project.")
    assert [(zh, en) for zh, en, _, _ in found] == [
        ("双边关系", "bilateral"), ("多边主义", "multilateralism"), ("一带一路", "Belt and Road")]


def test_a_reading_then_a_colon_glosses_the_chinese_before_it():
    text = ("L'expression 维稳 [wéiwěn] est courte : on la présente comme l'abréviation de "
            "l'expression 维护社会稳定 [wéihù shèhuì wěndìng] : maintien de la stabilité sociale. "
            "Au nom de cette préservation.\n\n户口 [hùkǒu] : registre des ménages ; voir aussi.\n\n"
            # a bracket that does not read the characters is no reading
            "The term 维稳 [Weibo]: a site.")
    assert [found[:2] for found in pairs(text)] == [
        ("维护社会稳定", "maintien de la stabilité sociale"), ("户口", "registre des ménages")]
