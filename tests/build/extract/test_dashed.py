import pytest

from glossary.build.documents import Document
from glossary.build.extract import dashed
from glossary.build.readers.text import text_paragraphs


def pairs(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text, c.evidence.line) for c in dashed.extract(document)]


def test_em_dash_glosses_with_and_without_spaces():
    assert pairs("In 2023 the Department of Social Work — 社会工作部 — was set up.") == [
        ("社会工作部", "Department of Social Work", 1)]
    assert pairs("They praised the Fengqiao Model—枫桥经验.") == [("枫桥经验", "Fengqiao Model", 1)]


@pytest.mark.parametrize("text", ["Thanks to our readers - 谢谢.", "the year 2024 — 新年快乐!"])
def test_greetings_after_a_dash_are_not_glosses(text):
    assert pairs(text) == []


def test_a_glossary_row_is_left_to_rows_and_joined_rows_lend_no_words():
    text = "Central – 中央 – zhongyang\nCentral project – 中央项目 – zhongyang xiangmu\n"
    assert pairs(text) == []
