"""Traditional input kept as found; ambiguous Simplified → Traditional choices surfaced."""

import gzip
import json
from importlib import resources

import pytest

from glossary.normalize.chinese import chinese_forms
from glossary.normalize.script import ambiguities, convert, is_traditional, traditional_forms
from tests.conftest import needs_shared


@pytest.mark.parametrize("text, hant", [
    ("汙染物", "汙染物"),  # t2s then s2t gave 污染物
    ("小舖", "小舖"),  # and 小鋪
    ("台灣", "台灣"),  # s2t alone gives 臺灣: 台 is one of its own Traditional forms
    ("為人民服务", "為人民服務"),  # mixed: only 务 is converted, 為 stays (OpenCC's is 爲)
    ("幺麽小丑", "幺麼小丑"),  # one of six variants OpenCC always rewrites
    ("干部", "幹部"),
])
def test_traditional_input_is_kept_as_found(text, hant):
    assert traditional_forms(text)["zh-Hant"] == hant


def test_regional_forms_of_traditional_input():
    assert is_traditional("台灣") and not is_traditional("台湾") and not is_traditional("几率 機率")
    assert traditional_forms("綫路", "zh-Hant-HK")["zh-Hant-HK"] == "綫路"
    assert traditional_forms("綫路")["zh-Hant-TW"] == convert("綫路", "t2tw")


# Phrase-boundary errors OpenCC's users reported (BYVoid/OpenCC#1497, #586, #349): OpenCC
# converts them wrongly and silently; each must come out flagged, OpenCC's choice first.
@pytest.mark.parametrize("text, char, wrong, right", [
    ("被发明", "发", "髮", "發"), ("被发掘", "发", "髮", "發"), ("展示了如何", "了", "瞭", "了"),
    ("学习了如何", "了", "瞭", "了"), ("了解了如何", "了", "瞭", "了"), ("参与制造", "制", "制", "製"),
    ("前头发生", "发", "髮", "發"), ("空白发票", "发", "髮", "發"),
])
def test_reported_opencc_errors_are_flagged(text, char, wrong, right):
    found = [a for a in ambiguities(text) if a.char == char]
    assert len(found) == 1
    assert found[0].options[0] == wrong == convert(text, "s2t")[found[0].position]
    assert right in found[0].options


@pytest.mark.parametrize("text", ["干部", "头发", "发展", "心理发展", "不断发展", "党的领导", "后来",
                                  "皇后", "了解", "面条"])
def test_settled_conversions_are_not_flagged(text):
    assert ambiguities(text) == []


def test_a_character_alone_lists_every_form():
    assert [(a.char, a.options) for a in ambiguities("干")] == [("干", ("幹", "乾", "干", "榦"))]
    assert [a.options for a in ambiguities("中央周工作")] == [("周", "週", "賙")]
    assert ambiguities("被發明") == []  # Traditional input: nothing was chosen


def test_shipped_tables_agree_with_the_installed_opencc():
    data = resources.files("glossary.data").joinpath("opencc_st.tsv.gz").read_bytes()
    rows = [line.split("\t") for line in gzip.decompress(data).decode("utf-8").splitlines()
            if not line.startswith("#")]
    characters = [(k, v.split()) for kind, k, v in rows if kind == "C"]
    phrases = [(k, v) for kind, k, v in rows if kind == "P"]
    assert len(characters) > 200 and len(phrases) > 40000
    assert all(convert(k, "s2t") == options[0] for k, options in characters[::10])
    assert all(convert(k, "s2t") == v for k, v in phrases[::500])


def _cases():
    path = needs_shared("oracles", "opencc", "testcases.strict.json")
    return json.loads(path.read_text("utf-8"))["cases"]


FORMS = {"s2t": "zh-Hant", "s2tw": "zh-Hant-TW", "s2hk": "zh-Hant-HK", "t2s": "zh-Hans",
         "tw2s": "zh-Hans", "hk2s": "zh-Hans", "t2tw": "zh-Hant-TW", "t2hk": "zh-Hant-HK"}
REGION = {"tw2s": "zh-Hant-TW", "hk2s": "zh-Hant-HK"}


@pytest.mark.parametrize("config", [*FORMS, "s2twp"])
def test_every_opencc_case_passes_through_normalize(config):
    cases = [c for c in _cases() if config in c["expected"]
             and (config not in ("t2tw", "t2hk") or is_traditional(c["input"]))]
    assert cases
    wrong = []
    for case in cases:
        forms = chinese_forms(case["input"], source_tag=REGION.get(config))
        got = (forms.get("zh-Hant-TW-vocabulary", forms["zh-Hant-TW"]) if config == "s2twp"
               else forms[FORMS[config]])
        if got != case["expected"][config]:
            wrong.append((case["input"], case["expected"][config], got))
    assert wrong == []
