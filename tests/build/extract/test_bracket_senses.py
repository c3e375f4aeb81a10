from glossary.build.documents import Document
from glossary.build.extract import bracket_senses
from glossary.build.readers.text import text_paragraphs

ENTRIES = """\
政常用词组

 3. 政策 zhèng cè

  [policy] 国家、政党为实现一定的政治路线而制定的行动准则

 4. 监察 jiānchá
[supervise;control] 监督考察;监督检举
"""


def found(text):
    document = Document("dict.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text, c.terms[1].lang, c.notes, c.evidence.line)
            for c in bracket_senses.extract(document)]


def test_each_bracketed_sense_renders_the_headword_and_the_reading_is_a_note():
    assert found(ENTRIES) == [
        ("政策", "policy", "en", ("reading: zhèng cè",), 3),
        ("监察", "supervise", "en", ("reading: jiānchá",), 7),
        ("监察", "control", "en", ("reading: jiānchá",), 7)]


def test_a_line_between_the_headword_and_the_bracket_ends_the_entry():
    assert found("政策 zhèng cè\n国家、政党的行动准则。\n[policy] 准则\n") == []


def test_a_headword_line_that_is_prose_or_a_bracket_of_chinese_gives_nothing():
    assert found("我们今天学习 the word\n[policy] 准则\n政策\n[政策] 准则\n") == []
