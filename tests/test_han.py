"""The Han class and script weights: counted by runs, they agree with counting every
character of the class one by one (what the counts were before they were made faster)."""

from __future__ import annotations

import random
import re

import pytest

from glossary import han

_EACH_HAN = re.compile(han.HAN_CLASS)
_EACH_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@pytest.mark.parametrize("text, count, script", [
    ("", 0, "other"), ("123 ，。", 0, "other"), ("中国梦", 3, "han"),
    ("the Chinese Dream (中国梦)", 3, "latin"), ("中国梦 dream", 3, "han"),
    ("𠀁 Ünïcode", 1, "latin"), ("APEC蓝", 1, "latin"),
])
def test_counts_and_scripts(text, count, script):
    assert han.han_count(text) == count
    assert han.script_of(text) == script


def test_runs_count_what_characters_count():
    rng = random.Random(18)
    alphabet = "ab中文 Éé\U00020001，.Z"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        each_han, each_latin = len(_EACH_HAN.findall(text)), len(_EACH_LATIN.findall(text))
        assert han.han_count(text) == each_han
        expected = ("other" if not each_han and not each_latin
                    else "han" if each_han * 3 >= each_latin else "latin")
        assert han.script_of(text) == expected


def test_chinese_numbers_with_their_spans():
    assert han.chinese_numbers("中国共产党第十九届五中全会") == [(19, (6, 8)), (5, (9, 10))]
    assert han.chinese_numbers("二〇三五年，第2次") == [(2035, (0, 4)), (2, (7, 8))]
    assert [han.numeral_value(n) for n in ("二十", "十三", "一百零五", "两")] == [20, 13, 105, 2]


def test_characters_in_order_as_a_contraction_keeps_them():
    assert han.in_order("万国邮联", "万国邮政联盟")
    assert han.in_order("发展改革委", "国家发展和改革委员会")
    assert not han.in_order("邮万", "万国邮政联盟")  # (out of order)
