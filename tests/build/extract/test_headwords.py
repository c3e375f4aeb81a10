from glossary.build.documents import Document
from glossary.build.extract import headwords, rows
from glossary.build.readers.text import text_paragraphs

ENTRIES = """# government position

- senator: 参议员 a member of a senate
- council: （市、郡等的）政务委员会，地方议会 a group of people who are elected to govern an area
- parliament: 议会；国会the group of people who are elected to make and change the laws
- Note: 这是一句话。
"""


def pairs(extractor, text):
    document = Document("notes.md", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text) for c in extractor.extract(document)]


def test_each_chinese_sense_is_paired_with_the_headword_not_the_definition():
    assert pairs(headwords, ENTRIES) == [("参议员", "senator"), ("政务委员会", "council"),
                                         ("地方议会", "council"), ("议会", "parliament"),
                                         ("国会", "parliament")]


def test_rows_leave_a_learners_entry_to_headwords_and_a_list_of_senses_to_rows():
    assert pairs(rows, ENTRIES) == []  # no "a member of a senate" for 参议员
    assert headwords.entry("- Exercer, être en poste : 担任 ; dānrèn (HSK 5)") is None
    assert headwords.entry("- Premier ministre : 总理 ; zǒnglǐ (HSK 5)") is None  # a reading
