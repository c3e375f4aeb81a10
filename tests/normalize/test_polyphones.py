import pytest

from glossary.normalize.pinyin import parse_reading, pinyin
from glossary.normalize.polyphones import CEDICT, CEDICT_WORDS, PYPINYIN, disagreements, readings
from tests.conftest import needs_shared


def test_cedict_overrules_pypinyin_when_its_word_is_as_long():
    first = readings("为人民服务")[0]
    assert (first.syllable, first.source, first.pypinyin) == ("wei4", CEDICT, "wei2")


def test_standalone_function_words_keep_pypinyin_and_rare_characters_take_cedicts_usual_reading():
    assert readings("还")[0].source == PYPINYIN
    rare = readings("掺")[0]  # pypinyin: càn; CC-CEDICT's words: 掺和 chān huo, 掺杂 chān zá…
    assert (rare.syllable, rare.source, rare.pypinyin) == ("chan1", CEDICT_WORDS, "can4")


def test_disagreements_ignore_neutral_tones():
    found = disagreements(pinyin("为人民服务").syllables, "为人民服务")
    assert [(d.char, d.chosen, d.other) for d in found] == [("为", "wei4", "wei2")]
    assert disagreements(pinyin("书记").syllables, "书记") == []  # shu1ji5 / shu1ji4


@pytest.mark.parametrize("text, syllables", [
    ("Gòngtóng fùyù", ["gong4", "tong2", "fu4", "yu4"]),
    ("gong4tong2 fu4yu4", ["gong4", "tong2", "fu4", "yu4"]),
    ("Xī'ān", ["xi1", "an1"]),
    ("nǚ", ["nü3"]),
    ("dǎng de lǐngdǎo", ["dang3", "de5", "ling3", "dao3"]),
    ("Gongtong fuyu", None),  # no tones: not a reading to rely on
    ("party building", None),
])
def test_parse_reading(text, syllables):
    assert parse_reading(text) == syllables


def test_a_reading_found_in_a_document_wins():
    assert pinyin("为人民服务", reading=["wei2", "ren2", "min2", "fu2", "wu4"]).marks == \
        "wéi rénmín fúwù"
    with pytest.raises(ValueError):
        pinyin("为人民服务", reading=["wei2"])
    # over the curated list's reading too (领导班子 lǐngdǎo bānzi), which still divides the words
    assert pinyin("领导班子", reading=["ling3", "dao3", "ban1", "zi3"]).marks == "lǐngdǎo bānzǐ"


def test_cpp_polyphones_held_out_half():
    """CPP's odd lines (the even ones chose STANDALONE_FREQUENCY): at least 92% right."""
    sentences = needs_shared("oracles", "pinyin_cpp", "cpp_test.sent").read_text("utf-8")
    labels = needs_shared("oracles", "pinyin_cpp", "cpp_test.lb").read_text("utf-8")
    right = total = 0
    for sentence, label in list(zip(sentences.splitlines(), labels.splitlines()))[1::2]:
        index = sentence.index("\u2581")
        text = sentence.replace("\u2581", "")
        start = index
        while start and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        end = index
        while end < len(text) and "\u4e00" <= text[end] <= "\u9fff":
            end += 1
        right += readings(text[start:end])[index - start].syllable == label.replace("u:", "ü")
        total += 1
    assert total > 5000 and right / total >= 0.92
