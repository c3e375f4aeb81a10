from pathlib import Path

import pytest

from glossary.build.documents import (
    Document,
    _grid_rows,
    decode,
    detect_language,
    find_documents,
    read_document,
)
from glossary.build.readers.text import text_paragraphs
from glossary.errors import InputError
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seed002():
    return read_document(next(SEEDS.glob("002_*")))


def _containing(document, needle):
    return next(p for p in document.paragraphs if needle in p.text)


def test_words_split_across_pdf_lines_are_joined(seed002):
    chinese = _containing(seed002, "社会治理")
    assert "新就业领域" in chinese.text  # split 新 / 就业领域 across a blank line
    assert "而非个人和组织自治" in chinese.text  # split 个 / 人
    assert chinese.lang == "zh"
    assert "\n" not in chinese.text


def test_original_line_numbers_are_kept(seed002):
    chinese = _containing(seed002, "新就业领域")
    lines = (SEEDS / Path(seed002.path).name).read_text(encoding="utf-8").split("\n")
    offset = chinese.text.index("就业领域")
    line = chinese.line_at(offset)
    assert "就业领域" in lines[line - 1]
    assert chinese.line_at(chinese.text.index("社会治理")) < line


def test_latin_lines_join_with_a_space_and_page_numbers_go(seed002):
    english = _containing(seed002, "the concept of “social governance” has come")
    assert "has come to include a new architecture" in english.text
    assert all(p.text.strip() != "2" for p in seed002.paragraphs)


def test_block_labels_titles_and_languages(seed002):
    texts = [p.text for p in seed002.paragraphs]
    assert "Chinese:" in texts and "French:" in texts and "Spanish:" in texts
    french = _containing(seed002, "Parti communiste chinois")
    spanish = _containing(seed002, "Partido Comunista de China")
    assert (french.lang, spanish.lang) == ("fr", "es")
    assert not french.text.startswith("RETOUR")  # the all-caps title is its own paragraph
    assert not spanish.text.endswith("Executive Summary")


def test_unwrapped_text_keeps_one_paragraph_per_line():
    text = "First paragraph has no period\n\nsecond one starts lowercase.\n"
    assert [p.text for p in text_paragraphs(text)] == [
        "First paragraph has no period", "second one starts lowercase."]


def test_a_pages_short_menu_lines_are_no_wrap_width():
    # a web page's menu and byline lines are short: they do not make the page "wrapped", and
    # the byline is not joined onto the article's first paragraph across the blank lines
    menu = "\n".join(["Home", "Talk", "Read", "Edit", "View history", "Tools", "Search"] * 3)
    text = (menu + "\n\nFrom Wikipedia, the free encyclopedia\n \n\n"
            "Petitioning (Chinese: 信访) is the administrative system for hearing complaints.\n")
    texts = [p.text for p in text_paragraphs(text)]
    assert "From Wikipedia, the free encyclopedia" in texts
    assert texts[-1].startswith("Petitioning")


@pytest.mark.parametrize("text, lang", [
    ("尽管中国共产党 (CPC) 进行社会改造已近 75年", "zh"),
    ("The party took a further step in this direction with the establishment", "en"),
    ("Le travail social est similaire mais différent du travail du Front uni", "fr"),
    ("El trabajo social es similar pero diferente al más conocido", "es"),
    ("2024", "und"),
    # a reading in pinyin is no language (its tone marks made it Spanish to the stop words)
    ("Zhōngguó zhízhèng de gòngchǎndǎng jiāng yú zhège yuè zhàokāi quánhuì", "und"),
    ("La République populaire de Chine a été proclamée le 1er octobre 1949 à Pékin", "fr"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_decode_accepts_bom_and_reports_bad_bytes_with_offset():
    assert decode("\ufeff枫桥经验".encode(), "a.txt") == "枫桥经验"
    with pytest.raises(InputError, match=r"a.txt: not valid UTF-8 \(byte 0xb7 at offset 2\)"):
        decode(b"ab" + "枫".encode("gbk"), "a.txt")
    with pytest.raises(InputError, match="binary file"):
        decode(b"\x89PNG\x00\x00", "a.txt")
    with pytest.raises(InputError, match="UTF-16"):
        decode("abc".encode("utf-16"), "a.txt")


def test_clean_text_removes_invisible_characters():
    assert decode("ab\u00adc\u200bd\u00a0e\r\n".encode(), "x") == "abcd e\n"


def test_kangxi_radicals_a_pdf_gives_for_ideographs_read_as_the_ideographs():
    assert decode("介助\u2f20 care-fitter".encode(), "x") == "介助士 care-fitter"  # ⼠ → 士


def test_find_documents_errors(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        find_documents([tmp_path / "missing"])
    with pytest.raises(InputError, match="no documents found"):
        find_documents([tmp_path])
    (tmp_path / "a.rtf").write_bytes(b"{\\rtf1 }")
    with pytest.raises(InputError, match="unsupported file type '.rtf'"):
        find_documents([tmp_path / "a.rtf"])
    with pytest.raises(InputError, match="unsupported file type '.rtf'"):
        read_document(tmp_path / "a.rtf")  # the API says so too, not StopIteration


def test_html_paragraphs_keep_source_lines(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body>\n<h1>Title</h1>\n<p>promoting the <b>Fengqiao Model</b> "
                    "(枫桥经验) today</p>\n<script>var x = '(假的)';</script></body></html>",
                    encoding="utf-8")
    document = read_document(page)
    assert [(p.text, p.line) for p in document.paragraphs] == [
        ("Title", 2), ("promoting the Fengqiao Model (枫桥经验) today", 3)]


def test_html_written_in_markdown_is_no_text(tmp_path):
    path = tmp_path / "sentences.md"
    path.write_text('# 民主党派\n\n<p><span class="chinese">民主监督是民主党派的一项基本职能。</span>'
                    '<span class="english">Democratic supervision is one of the basic roles of the '
                    'democratic parties.</span></p>\n\n<ruby>中<rt>zhōng</rt></ruby>国<br/>\n',
                    encoding="utf-8")
    assert [(p.lang, p.text, p.line) for p in read_document(path).paragraphs] == [
        ("zh", "# 民主党派", 1), ("zh", "民主监督是民主党派的一项基本职能。", 3),
        ("en", "Democratic supervision is one of the basic roles of the democratic parties.", 3),
        ("zh", "中国", 5)]


def test_a_flattened_bilingual_page_is_cut_into_its_chinese_and_english_stretches(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("各位代表: 现在,我代表国务院,向大会报告过去五年的政府工作。 Fellow Deputies, On behalf "
                    "of the State Council, I now present the report. 一、过去五年工作回顾 I. Review of "
                    "Work in the Past Five Years\n", encoding="utf-8")
    assert [(p.lang, p.text[:10]) for p in read_document(path).paragraphs] == [
        ("zh", "各位代表: 现在,我"), ("en", "Fellow Dep"), ("zh", "一、过去五年工作回顾"),
        ("en", "I. Review ")]


def test_a_whole_sentence_and_its_translation_on_one_line_are_cut_apart(tmp_path):
    path = tmp_path / "phrases.md"
    path.write_text("为了坚决维护国家主权、尊严和核心利益，反对西方霸权主义和强权政治，中国政府已多次宣布"
                    "反制措施。 In order to resolutely safeguard national sovereignty, dignity and "
                    "core interests, the Chinese government has announced countermeasures.\n",
                    encoding="utf-8")
    assert [(p.lang, p.text[:6]) for p in read_document(path).paragraphs] == [
        ("zh", "为了坚决维护"), ("en", "In ord")]


def test_a_passage_and_its_translation_on_one_line_are_cut_apart_whatever_ends_them(tmp_path):
    # a resolution, then its Chinese and a source note with no full stop, then a cell bar
    path = tmp_path / "resolution.txt"
    english = ("Restoration of the lawful rights of the People's Republic of China in the United "
               "Nations. The General Assembly, recalling the principles of the Charter of the United "
               "Nations, decides to restore all its rights to the People's Republic of China and to "
               "recognize the representatives of its Government as the only legitimate "
               "representatives of China to the United Nations. ")
    chinese = ("恢复中华人民共和国在联合国的合法权利。大会，回顾联合国宪章的原则，决定：恢复中华人民共和国"
               "的一切权利，承认她的政府的代表为中国在联合国组织的唯一合法代表，并立即把蒋介石的代表从它在"
               "联合国组织及其所属一切机构中所非法占据的席位上驱逐出去。英文资料来源：联合国网站 |")
    path.write_text(english + chinese + "\n", encoding="utf-8")
    assert [(p.lang, p.text[:6]) for p in read_document(path).paragraphs] == [
        ("en", "Restor"), ("zh", "恢复中华人民")]


@pytest.mark.parametrize("line", [
    "4、中国特色社会主义进入了新时代 Socialism with Chinese characteristics has entered a new era.",
    "The phrase: Foster the development of socially integrated communities积极构建互嵌式社会结构和社区环境 also.",
    "1. Clarify the principal responsibility of party committees(党委(党组)全面从严治党主体责任) and more.",
])
def test_rows_glued_spans_and_bracket_glosses_are_not_cut(tmp_path, line):
    path = tmp_path / "doc.txt"
    path.write_text(line + "\n", encoding="utf-8")
    assert len(read_document(path).paragraphs) == 1


def test_comment_markers_of_notes_kept_in_code_are_not_text():
    text = "//! ## Key Legislation / 主要法律\n//!\n//! - **Civil Code (民法典)** - in force\n"
    assert [p.text for p in text_paragraphs(text)] == [
        "## Key Legislation / 主要法律", "- **Civil Code (民法典)** - in force"]


def test_an_english_gloss_wrapped_onto_the_next_line_stays_with_its_chinese():
    text = "有了这份东西，以后翻译诸如“经济社会调查总队”（Economic and Social Survey\nCorps）这样的词。\n"
    assert [p.text for p in text_paragraphs(text)] == [
        "有了这份东西，以后翻译诸如“经济社会调查总队”（Economic and Social Survey Corps）这样的词。"]


def test_an_english_rendering_after_a_copula_at_the_line_end_stays_with_its_chinese():
    text = ("例如：中关村科技园区管理委员会，译为\nManagement Committee of Zhongguancun Science and "
            "Technology Park。\n例如：北京市商务局，译为Beijing\nMunicipal Bureau of Commerce。北京市东城区商务局，译为"
            " Dongcheng District Bureau。\n")
    assert [p.text.split("，")[-1] for p in text_paragraphs(text)] == [
        "译为 Management Committee of Zhongguancun Science and Technology Park。",
        "译为 Dongcheng District Bureau。"]
    assert "Beijing Municipal Bureau of Commerce" in text_paragraphs(text)[1].text
    rows = "the State Council 国务院总理\nPremier of the State Council 代表…\n"
    assert len(text_paragraphs(rows)) == 2


def test_the_latin_language_of_a_document_is_where_most_of_its_latin_text_is():
    french = ("健康中国\n\nChine saine\n\nLa préservation de la médecine traditionnelle chinoise "
              "recevra tout le soutien nécessaire pour la santé de la population.\n")
    assert Document("fr.txt", tuple(text_paragraphs(french))).latin_language == "fr"
    mixed = french + "\nThe report was read in English as well, and the English text is long.\n" * 3
    assert Document("mixed.txt", tuple(text_paragraphs(mixed))).latin_language == "en"
    assert Document("zh.txt", tuple(text_paragraphs("健康中国\n"))).latin_language == "en"


def test_a_glossary_whose_lines_were_joined_is_not_split_as_a_flattened_page():
    from glossary.build.documents import split_alternating

    text = ("Zǒnglǐ 总理 Prime Minister\nZhǔxí 主席 President\n"
            "Zhōngyāng Wěiyuánhuì 中央委员会 Central Committee (abbr. CC)\n")
    (paragraph,) = text_paragraphs(text)
    assert split_alternating(paragraph) == [paragraph]


def test_a_translation_memory_set_out_as_table_rows_gives_each_cell_its_paragraph():
    from glossary.build.documents import split_alternating
    from glossary.build.extract import parallel

    # rows written for this test in the form of a parallel corpus's export
    text = ("| ID | 原文 | 译文 |\n"
            "| 101 | 历史不可篡改,事实不容否认,是非不能歪曲,这是国际社会的普遍共识。 | L’histoire ne "
            "tolère aucune falsification et les faits ne peuvent être niés, selon le consensus de "
            "la communauté internationale. |\n"
            "| 102 | 中方始终坚持不干涉他国内政原则,这是中国外交的一贯立场。 | La Chine s’en tient "
            "toujours au principe de non-ingérence. Elle respecte les affaires intérieures des "
            "autres pays. C’est la position constante de la diplomatie chinoise. |\n")
    document = Document("tm.md", tuple(piece for paragraph in text_paragraphs(text)
                                       for piece in split_alternating(paragraph)))
    cells = [(p.lang, p.line, p.text[:8]) for p in document.paragraphs[1:]]
    assert cells == [("zh", 2, "历史不可篡改,事"), ("fr", 2, "L’histoi"),
                     ("zh", 3, "中方始终坚持不干"), ("fr", 3, "La Chine")]
    # the row says the cells translate each other: one pair each, whatever their sentences
    rows = [{lang: side.text for lang, side in s.items()}
            for group in parallel.document_groups(document)
            for s in parallel.aligned_sentences(group)]
    row = next(r for r in rows if r.get("zh", "").startswith("中方始终坚持"))
    assert row["fr"].startswith("La Chine") and row["fr"].endswith("diplomatie chinoise.")


def test_an_english_rendering_wrapped_over_two_lines_after_the_copula_stays_whole():
    text = ("例如：北京市经济社会调查总队，译为\nBeijing Economic and Social Survey\n"
            "Corps；北京市统计局统计执法检查大队，译为Statistical Law Enforcement Team。\n")
    (paragraph,) = text_paragraphs(text)
    assert "Beijing Economic and Social Survey Corps；" in paragraph.text
    lines = "Economic work conferences\n经济工作会议 – jingji gongzuo huiyi\n"
    assert len(text_paragraphs(lines)) == 2  # an English title over its Chinese is not a wrap


def test_a_tables_other_column_tells_its_language_where_every_paragraph_is_chinese():
    table = ("Vocabulario\n  • candidato (electoral)\n  • hòuxuân rén 候选人\n  • coalición\n"
             "  • liánméng 联盟\n  • parlamento\n  • yìhuì 议会\n  • elecciones generales\n"
             "  • dàxuǎn 大选\n  • partido político\n  • zhèngdǎng 政党\n  • propaganda política\n"
             "  • xuānchuán 宣传\n  • votación secreta\n  • mìmì tóupiào 秘密投票\n")
    assert Document("es.txt", tuple(text_paragraphs(table))).latin_language == "es"


def test_a_table_flattened_one_cell_per_line_between_bars_reads_as_rows(tmp_path):
    # a bar alone on a line is where a cell ended: without it the cells pair up as rows
    from glossary.build import concepts_from

    rows = [("1", "组织部", "Organization Department"), ("2", "宣传部", "Publicity Department"),
            ("3", "统战部", "United Front Department"), ("4", "政策研究室", "Policy Planning Office")]
    path = tmp_path / "table.txt"
    path.write_text("序号\n|\n中文名称\n|\n英文名称\n|\n" + "".join(
        f"{n}\n|\n{zh}\n|\n{en}\n|\n" for n, zh, en in rows), encoding="utf-8")
    document = read_document(path)
    assert _containing(document, "统战部").line == 21  # the bars' lines still count
    found = {next(t.text for t in c.terms if t.lang.startswith("zh")):
             {t.text for t in c.terms if t.lang == "en"} for c in concepts_from([path])}
    assert {zh: found.get(zh) for _, zh, _ in rows} == {zh: {en} for _, zh, en in rows}


def test_a_ruled_text_tables_multi_line_rows_are_joined_cell_by_cell(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text(
        "二、国务院组成部门-----------------------------\n"
        "| |Ministry of National De- |\n"
        "|中华人民共和国国防部 |fense of the People's Re- |\n"
        "| |public of China |\n"
        "|-----------|---------------|\n"
        "|中华人民共和国国家发 |State Development Plan- |\n"
        "|展计划委员会 |ning Commission |\n"
        "|-----------|---------------|\n", encoding="utf-8")
    rows = [(p.line, p.text) for p in read_document(path).paragraphs
            if p.text.startswith("|") and "---" not in p.text]
    assert rows == [
        (2, "|中华人民共和国国防部|Ministry of National Defense of the People's Republic of China|"),
        (6, "|中华人民共和国国家发展计划委员会|State Development Planning Commission|")]


def test_a_markdown_tables_lines_stay_a_row_each(tmp_path):
    path = tmp_path / "table.md"
    text = "| 中文 | English |\n|---|---|\n| 外交部 | Ministry of Foreign Affairs |\n| 国防部 | Ministry of National Defense |\n"
    path.write_text(text, encoding="utf-8")
    assert "国防部" in " ".join(p.text for p in read_document(path).paragraphs)
    assert _grid_rows(text) == text


def test_a_markdown_table_between_horizontal_rules_stays_a_row_a_line():
    text = "-----\n| 中文 | English |\n|---|---|\n| 外交部 | Ministry of Foreign Affairs |\n" \
           "| 国防部 | Ministry of National Defense |\n-----\n"
    assert _grid_rows(text) == text


def test_a_table_copied_one_cell_per_line_is_read_row_by_row(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text("序号\n\n外语词\n\n外语词全称\n\n中文译名\n\n1\n\nAIDS\n\nacquired immunodeficiency "
                    "syndrome\n\n艾滋病\n\n2\n\nGDP\n\ngross domestic product\n\n国内生产总值\n\n3\n\n"
                    "WTO\n\nWorld Trade Organization\n\n世界贸易组织\n\n本表由专家委员会审定。\n",
                    encoding="utf-8")
    texts = [p.text for p in read_document(path).paragraphs]
    assert "2 | GDP | gross domestic product | 国内生产总值" in texts
    assert "3 | WTO | World Trade Organization | 世界贸易组织" in texts
    assert texts[-1] == "本表由专家委员会审定。"
    lines = {p.text: p.line for p in read_document(path).paragraphs}
    assert lines["3 | WTO | World Trade Organization | 世界贸易组织"] == 31  # 世界贸易组织's line


def test_a_possessive_split_from_its_noun_is_rejoined():
    from glossary.build.documents import clean_text

    assert clean_text("the 13th National People 's Congress, the People ’s Court") == \
        "the 13th National People's Congress, the People’s Court"
    assert clean_text("he said 'so'") == "he said 'so'"


def test_a_sites_mark_glued_to_the_end_of_its_lines_is_no_text(tmp_path):
    mark = "文章源自英文巴士-https://www.en84.com/15395.html"
    path = tmp_path / "tribune.txt"
    path.write_text(f"中华人民共和国主席 习近平{mark}\n\nXi Jinping, Président de la République "
                    f"populaire de Chine{mark}\n\n{mark}\n\n对法国进行国事访问。{mark}\n\n"
                    "Voir https://example.org/a\n", encoding="utf-8")
    assert [(p.text, p.line) for p in read_document(path).paragraphs] == [
        ("中华人民共和国主席 习近平", 1),
        ("Xi Jinping, Président de la République populaire de Chine", 3),
        ("对法国进行国事访问。", 7), ("Voir https://example.org/a", 9)]  # (one link is the text's)


def test_a_term_after_its_english_does_not_end_the_english_sentence():
    from glossary.build.documents import split_alternating

    text = ("欢迎收听本期节目，今天我们来学习政治词汇。And today we will look at the Third Plenum "
            "三中全会, which was held last month in Beijing.")
    (paragraph,) = text_paragraphs(text)
    pieces = [piece.text for piece in split_alternating(paragraph)]
    assert any("Third Plenum 三中全会, which" in piece for piece in pieces)
