import json

import pytest

from glossary.normalize.script import convert, is_simplified, to_simplified, traditional_variants
from tests.conftest import needs_shared

TAGS = {"s2t": "zh-Hant", "s2tw": "zh-Hant-TW", "s2hk": "zh-Hant-HK"}


def oracle_cases(config):
    cases = json.loads(needs_shared("oracles", "opencc", "testcases.strict.json").read_text("utf-8"))
    return [(c["input"], c["expected"][config]) for c in cases["cases"] if config in c["expected"]]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_traditional_variants_pass_every_opencc_case(config):
    cases = oracle_cases(config)
    assert len(cases) > 40
    wrong = [(i, e) for i, e in cases if traditional_variants(i)[TAGS[config]] != e]
    assert wrong == []


def test_t2s_passes_every_opencc_case():
    cases = oracle_cases("t2s")
    assert len(cases) > 40
    assert [(i, e) for i, e in cases if convert(i, "t2s") != e] == []


@pytest.mark.parametrize("config, tag", [("tw2s", "zh-Hant-TW"), ("hk2s", "zh-Hant-HK")])
def test_regional_input_is_keyed_by_its_simplified_form(config, tag):
    cases = oracle_cases(config)
    assert [(i, e) for i, e in cases if to_simplified(i, tag) != e] == []


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_golden_text(config):
    source = needs_shared("oracles", "opencc", "golden", "input", "us_constitution_zhs.txt")
    expected = needs_shared("oracles", "opencc", "golden", "output",
                            f"us_constitution_zhs.{config}.txt")
    got = [traditional_variants(line)[TAGS[config]] if line else line
           for line in source.read_text("utf-8").split("\n")]
    assert got == expected.read_text("utf-8").split("\n")


@pytest.mark.parametrize("text, simplified", [
    ("楓橋經驗", "枫桥经验"), ("枫橋经驗", "枫桥经验"), ("枫桥经验", "枫桥经验"), ("臺灣", "台湾"),
])
def test_to_simplified(text, simplified):
    assert to_simplified(text) == simplified
    assert is_simplified(simplified)
