import pytest

from glossary.normalize.keys import chinese_key, fold, pinyin_key


@pytest.mark.parametrize("text, key", [
    ("Département du Travail Social", "departement du travail social"),
    ("GOBERNANZA  social", "gobernanza social"),
    ("“Social work”（CPC）", '"social work"(cpc)'),
    ("People’s Congress", "people's congress"),
    ("Ｆｅｎｇｑｉａｏ", "fengqiao"),
])
def test_fold(text, key):
    assert fold(text) == key


@pytest.mark.parametrize("spelling", [
    "Fēngqiáo jīngyàn", "fengqiao jingyan", "feng1qiao2 jing1yan4", "FENGQIAOJINGYAN",
    "Feng1 qiao2 jing1 yan4",
])
def test_pinyin_spellings_meet(spelling):
    assert pinyin_key(spelling) == "fengqiaojingyan"


def test_pinyin_key_spaced_and_u():
    assert pinyin_key("Xī'ān", spaced=True) == "xi an"
    assert pinyin_key("fùnǚ") == pinyin_key("fu4nv3") == pinyin_key("fu4nu:3") == "funu"


def test_chinese_key():
    assert chinese_key("楓橋經驗") == chinese_key("枫桥经验") == "枫桥经验"
