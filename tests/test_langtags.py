import pytest

from glossary.errors import LanguageError
from glossary.langtags import canonical, display_key, from_field, from_name


@pytest.mark.parametrize("given, expected", [
    ("zh-CN", "zh-Hans"), ("zh_CN", "zh-Hans"), ("zh", "zh-Hans"), ("zh-Hans", "zh-Hans"),
    ("zh-SG", "zh-Hans"), ("zh_TW", "zh-Hant-TW"), ("zh-HK", "zh-Hant-HK"),
    ("zh-Hant", "zh-Hant"), ("zh-hant-tw", "zh-Hant-TW"), ("zh-MO", "zh-Hant-HK"),
    ("zh-Latn-pinyin", "zh-Latn-pinyin"), ("EN-us", "en-US"), ("en", "en"), ("fr_FR", "fr-FR"),
    ("es", "es"),
])
def test_canonical(given, expected):
    assert canonical(given) == expected


@pytest.mark.parametrize("bad", ["xx", "english", "", "zh--CN"])
def test_unknown_codes_are_errors(bad):
    with pytest.raises(LanguageError, match="unknown language code"):
        canonical(bad)


def test_display_order_puts_chinese_then_pinyin_then_en_fr_es():
    tags = ["es", "de", "en", "zh-Latn-pinyin", "zh-Hant-TW", "zh-Hans", "fr"]
    assert sorted(tags, key=display_key) == [
        "zh-Hans", "zh-Hant-TW", "zh-Latn-pinyin", "en", "fr", "es", "de"]


@pytest.mark.parametrize("heading, tag", [
    ("Chinese (Simplified)", "zh-Hans"), ("Chinese (Traditional, Taiwan)", "zh-Hant-TW"),
    ("Chinese (Hong Kong)", "zh-Hant-HK"), ("English (United States)", "en-US"),
    ("zh-CN", "zh-Hans"), ("英文", "en"), ("简体中文", "zh-Hans"), ("Français", ""),
    ("Source segment", ""), ("Comment", ""), ("", ""), ("ID", ""), ("No", "")])
def test_a_column_heading_names_its_language(heading, tag):
    assert from_name(heading) == tag


def test_the_language_a_data_fields_name_says():
    assert from_field("zh_CN") == ("zh", "")
    assert from_field("enTitleSecond") == ("en", "titlesecond")
    assert from_field("name_french") == ("fr", "name")
    assert from_field("search") == ("", "")
    # ISO 639-2/3 codes, as datasets keyed by them write ("zho", "fra", "spa")
    assert [from_field(code)[0] for code in ("zho", "chi", "eng", "fra", "spa")] == [
        "zh", "zh", "en", "fr", "es"]
