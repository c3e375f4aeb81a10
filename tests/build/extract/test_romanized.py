import pytest

from glossary.build.documents import Document
from glossary.build.extract import romanized
from glossary.build.readers.text import text_paragraphs


def terms(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [tuple((t.lang, t.text, t.type.value) for t in c.terms)
            for c in romanized.extract(document)]


def test_romanization_characters_translation():
    assert terms('identification with the broader concept of "Zhonghua Minzu 中华民族" '
                 "(Chinese nation). My understanding") == [(
        ("zh-Hans", "中华民族", "fullForm"),
        ("zh-Latn-pinyin", "Zhonghua Minzu", "transliteration"),
        ("en", "Chinese nation", "fullForm"))]


def test_without_a_translation_and_with_tone_marks():
    assert terms("a speech by Xí Jìnpíng 习近平 on Monday") == [(
        ("zh-Hans", "习近平", "fullForm"), ("zh-Latn-pinyin", "Xí Jìnpíng", "transliteration"))]


@pytest.mark.parametrize("text", [
    "the policy 政策 (policy) was announced",  # English before Chinese is not its pinyin
    "I look forward to continuing these discussions in 2025. 新年快乐!",
])
def test_latin_that_is_not_the_pinyin_is_ignored(text):
    assert terms(text) == []
