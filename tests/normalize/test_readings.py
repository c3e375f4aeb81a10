import pytest

from glossary.normalize.readings import is_pinyin, reads, strip_ruby


@pytest.mark.parametrize("text", ["Gòngtóng fùyù", "yùn", "Zhōngguó mèng", "feng1qiao2",
                                  "Xī'ān"])
def test_toned_pinyin_is_recognised(text):
    assert is_pinyin(text)


@pytest.mark.parametrize("text", ["Fengqiao Model", "change", "long", "Central Commission",
                                  "Zhongnanhai", "rêve chinois", "sueño",
                                  # French spelled with pinyin's letters, one accent in six
                                  # syllables: a tone mark on every other syllable at least
                                  "pensée mao-zedong"])
def test_english_french_spanish_and_toneless_names_are_not_called_pinyin(text):
    assert not is_pinyin(text)


def test_a_reading_must_spell_these_characters_polyphones_included():
    assert reads("共同富裕", "Gongtong fuyu") and reads("重庆", "Chongqing")
    assert reads("中南海", "Zhongnanhai") and not reads("枫桥经验", "Fengqiao Model")
    assert not reads("中国", "Zhongnanhai")


def test_ruby_readings_are_stripped_and_kept():
    assert strip_ruby("人類命運(yùn)共同體(tǐ)是") == ("人類命運共同體是", [("運", "yùn"), ("體", "tǐ")])
    assert strip_ruby("中国（zhōng guó）的发展") == ("中国的发展", [("中国", "zhōng guó")])
    assert strip_ruby("枫桥经验(Fengqiao Model)") == ("枫桥经验(Fengqiao Model)", [])


def test_spaced_toneless_syllables_are_pinyin_but_short_english_is_not():
    assert is_pinyin("zhong guo te se") and is_pinyin("di tan jing ji")
    assert not is_pinyin("a long day") and not is_pinyin("men")


def test_u_with_diaeresis_and_a_tone_is_v():
    assert reads("女", "nǚ") and reads("绿色", "lǜsè") and is_pinyin("nǚ quán")


def test_the_a_and_g_of_pinyin_fonts_read_as_a_and_g():
    # ɑ (U+0251) and ɡ (U+0261), as Chinese input methods and pinyin fonts write them
    assert reads("财产关系", "caichan ɡuanxi") and reads("国家", "ɡuójiā")
    assert is_pinyin("Zhōnɡɡuó ɡònɡchǎndǎnɡ") and is_pinyin("cáichǎn ɡuānxì")
