from glossary.build.documents import Document
from glossary.build.extract import rows, wikitext
from glossary.build.readers.text import text_paragraphs

SOURCE = """\
{{Infobox organization |name = Chinese People's Political Consultative Conference
|native_name = 中国人民政治协商会议 |abbreviation = CPPCC
|caption = Logo of the Chinese People's Political Consultative Conference
|headquarters = [[Beijing]], People's Republic of China }}
{{Chinese |title = National People's Congress |t = {{linktext|全|國|人|民|代|表|大|會}}
|s = {{linktext|全|国|人|民|代|表|大|会}} |p = Quánguó Rénmín Dàibiǎo Dàhuì }}
"""


def document(text):
    return Document("page.txt", tuple(text_paragraphs(text)))


def test_a_templates_name_pairs_with_its_chinese_form_and_the_reading_is_a_note():
    found = [(c.terms[0].text, c.terms[0].lang, c.terms[1].text, c.terms[1].lang, c.notes,
              c.evidence.line) for c in wikitext.extract(document(SOURCE))]
    assert found == [
        ("中国人民政治协商会议", "zh-Hans", "Chinese People's Political Consultative Conference",
         "en", (), 2),
        ("全国人民代表大会", "zh-Hans", "National People's Congress", "en",
         ("reading: Quánguó Rénmín Dàibiǎo Dàhuì",), 6)]


def test_a_templates_other_fields_are_not_taken_for_a_tables_cells():
    assert wikitext.is_template("|native_name = 中国人民政治协商会议 |abbreviation = CPPCC")
    assert not wikitext.is_template("中国人民政治协商会议 | CPPCC | Chinese People's Political")
    assert list(rows.extract(document(SOURCE))) == []
