from glossary.build.documents import Document
from glossary.build.extract import label_lines
from glossary.build.readers.text import text_paragraphs


def found(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text, c.terms[1].lang, c.evidence.line)
            for c in label_lines.extract(document)]


def test_each_labelled_line_renders_the_term_line_above_it():
    text = ("1、中华人民共和国最高人民法院\n\n"
            "英译文：The Supreme People's Court of the People's Republic of China\n\n"
            "简称：The Supreme People's Court of P.R.C. (SPC)\n\n"
            "2、高级人民法院\n英译文:The High People's Court\n例:\n"
            "①北京市高级人民法院\n法文名称：la Haute Cour populaire de Beijing\n")
    assert found(text) == [
        ("中华人民共和国最高人民法院",
         "The Supreme People's Court of the People's Republic of China", "en", 3),
        ("中华人民共和国最高人民法院", "The Supreme People's Court of P.R.C. (SPC)", "en", 5),
        ("高级人民法院", "The High People's Court", "en", 8),
        ("北京市高级人民法院", "la Haute Cour populaire de Beijing", "fr", 11)]


def test_labels_alone_on_their_lines_take_the_next_line():
    text = ("汉语 |\n河北省高级人民法院 |\n\n英语翻译 |\n"
            "The High People's Court of Hebei Province |\n英语翻译(简称) |\nHebei High People's Court |\n")
    assert [(zh, en) for zh, en, _, _ in found(text)] == [
        ("河北省高级人民法院", "The High People's Court of Hebei Province"),
        ("河北省高级人民法院", "Hebei High People's Court")]


def test_prose_between_ends_the_entry_and_a_chinese_short_form_is_no_rendering():
    text = ("最高人民法院\n简称：最高法\n"
            "这是我国的最高审判机关，负责审理重大案件。\n英文：The court hears appeals.\n")
    assert found(text) == []


def test_a_term_its_definition_follows_then_its_translation_labelled_below():
    text = ("一带一路：指“丝绸之路经济带”和“21世纪海上丝绸之路”，旨在促进区域合作。\n"
            "- 翻译：Belt and Road Initiative\n"
            "文化差异：不同国家的政治文化背景不同。\n"
            "术语更新：一些时政术语会不断更新。\n")
    assert found(text) == [("一带一路", "Belt and Road Initiative", "en", 2)]
