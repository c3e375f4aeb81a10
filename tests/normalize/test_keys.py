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


def test_term_keys_whole_and_inner():
    from glossary.normalize.keys import INNER, WHOLE, term_keys

    keys = set(term_keys("社會治理", "zh-Hant"))
    assert {("社会治理", WHOLE), ("治理", INNER), ("shehuizhili", WHOLE), ("zhili", INNER)} <= keys
    # Latin text is found inside a term through the trigram index, not by tails.
    assert list(term_keys("Département du travail social", "fr")) == [
        ("departement du travail social", WHOLE)]
    assert set(term_keys("Fēngqiáo jīngyàn", "zh-Latn-pinyin")) == {
        ("fengqiaojingyan", WHOLE), ("jingyan", INNER)}
    assert list(term_keys("“CPC”", "en")) == [("cpc", WHOLE)]


def test_term_keys_reuse_the_concepts_reading():
    from glossary.normalize.keys import INNER, WHOLE, syllables_of, term_keys

    # 长 reads zhǎng or cháng: the concept's reading is taken, not pypinyin's (zhang).
    assert syllables_of("shichang", "市长") == ("shi", "chang")
    keys = set(term_keys("市长", "zh-Hans", ["shichang"]))
    assert {("shichang", WHOLE), ("chang", INNER)} <= keys and ("shizhang", WHOLE) not in keys
    # Cut by the characters, not by the fewest syllables: xi'an, not xian.
    assert syllables_of("xian", "西安") == ("xi", "an")
    # A reading of another term of the concept (a synonym) is not taken for this one.
    assert syllables_of("shichang", "市委") is None
    assert ("shiwei", WHOLE) in set(term_keys("市委", "zh-Hans", ["shichang"]))
    assert syllables_of("apechuiyi", "APEC会议") is None  # not all Han: pypinyin's


def test_syllables_of_first_path_and_search_agree():
    # syllables_of takes each character's first fitting reading when that path spells the
    # whole reading, and searches (backing up) otherwise: the answers must be the search's.
    from glossary.normalize.keys import _searched, syllables_of

    cases = [("shichang", "市长"), ("yiqie", "一切"), ("yiqieshiwu", "一切事物"),
             ("yipaihuyan", "一派胡言"), ("xian", "西安"), ("zhangda", "长大"),
             ("fengqiaojingyan", "枫桥经验"), ("nothing", "市长")]
    for reading, simplified in cases:
        assert syllables_of(reading, simplified) == _searched(reading, simplified)
    # 切 reads qi or qie: the first path takes qi and falls short, the search backs up.
    assert syllables_of("yiqie", "一切") == ("yi", "qie")
    assert syllables_of("nothing", "市长") is None
