from glossary.build.documents import Document
from glossary.build.extract import infobox
from glossary.build.readers.text import text_paragraphs


def found(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text, c.terms[1].lang, c.evidence.confidence)
            for c in infobox.extract(document)]


def test_flattened_infobox_pairs_the_chinese_with_the_title_not_the_labels():
    text = ("Central Commission for Discipline Inspection | |||||||\n"
            "Traditional Chinese | 中國共產黨中央紀律檢查委員會 | ||||||\n"
            "Simplified Chinese | 中国共产党中央纪律检查委员会 | ||||||\n"
            "Literal meaning | China Communist Party Central Inspection Discipline Commission |\n"
            "Commonly abbreviated as | |||||||\n"
            "Simplified Chinese | 中央纪委 | ||||||\n"
            "Hanyu Pinyin | Zhōngguó Gòngchǎndǎng Zhōngyāng Jìlǜ Jiǎnchá Wěiyuánhuì |\n")
    assert found(text) == [
        ("中國共產黨中央紀律檢查委員會", "Central Commission for Discipline Inspection", "en", 0.7),
        ("中国共产党中央纪律检查委员会", "Central Commission for Discipline Inspection", "en", 0.7)]
    # the literal meaning is a word-by-word gloss; the short form is not the title's translation


def test_spanish_box_without_separators():
    text = ("Comisión Central de Inspección Disciplinaria\n"
            "Chino tradicional 中國 共產黨 中央 紀律 檢查 委員會\n"
            "Chino simplificado 中国 共产党 中央 纪律 检查 委员会\n"
            "Comúnmente abreviado como\n"
            "Chino simplificado 中央 纪委\n"
            "Significado literal Comisión Central de Disciplina\n")
    got = [(zh, text, lang) for zh, text, lang, _ in found(text)]
    assert got == [
        ("中國 共產黨 中央 紀律 檢查 委員會", "Comisión Central de Inspección Disciplinaria", "es"),
        ("中国 共产党 中央 纪律 检查 委员会", "Comisión Central de Inspección Disciplinaria", "es")]


def test_the_lead_gives_the_titles_other_names():
    text = ("Central Comprehensively Deepening Reforms Commission | |||||||\n"
            "Simplified Chinese | 中央全面深化改革委员会 | ||||||\n\n"
            "The Central Comprehensively Deepening Reforms Commission (CCDR), also translated as "
            "the Central Commission for Deepening Reform, is a policy body of the party.\n")
    assert found(text)[1:] == [
        ("中央全面深化改革委员会", "Central Commission for Deepening Reform", "en", 0.8)]


def test_a_chinese_label_row_without_a_title_above_gives_nothing():
    assert found("Simplified Chinese | 中纪委\nTraditional Chinese | 中紀委\n") == []


def test_a_long_french_name_is_still_the_box_title():
    text = ("Hakka\nRomanisation Tûng-ông kiûn-sṳ\n"
            "Commission militaire centrale du Parti communiste chinois et de la République "
            "populaire de Chine\nChinois simplifié中国共产党和中华人民共和国中央军事委员会\n")
    assert [(zh, text) for zh, text, *_ in found(text)] == [(
        "中国共产党和中华人民共和国中央军事委员会",
        "Commission militaire centrale du Parti communiste chinois et de la République populaire de Chine")]


def test_a_box_section_heading_is_no_title_and_an_alternative_name_no_rendering():
    text = ("One country, two systems | |||||||\n"
            "Chinese name | |||||||\n"
            "Simplified Chinese | 一国两制 | ||||||\n"
            "Alternative Chinese name\n"
            "Simplified Chinese 两制\n")
    assert found(text) == [("一国两制", "One country, two systems", "en", 0.7)]


def test_a_label_in_brackets_after_the_chinese_and_a_title_wrapped_over_lines():
    assert found("People's Republic of China\n中华人民共和国 (Chinese)\n"
                 "Zhōnghuá Rénmín Gònghéguó (Pinyin)\n") == [
        ("中华人民共和国", "People's Republic of China", "en", 0.7)]
    assert [(zh, title) for zh, title, _, _ in found(
        "Presidente de la\nRepública Popular China\n中华人民共和国主席  (chino)\n")] == [
        ("中华人民共和国主席", "Presidente de la República Popular China")]


def test_a_chinese_form_may_hold_an_optional_part_in_brackets():
    assert [(zh, title) for zh, title, _, _ in found(
        "Patriotic United Front\nSimplified Chinese 爱国(主义)统一战线\n")] == [
        ("爱国统一战线", "Patriotic United Front")]  # (the bracketed part, a note, is left out)
