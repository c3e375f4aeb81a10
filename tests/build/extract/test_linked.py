from glossary.build.extract import linked
from tests.build.extract.extracted import pairs_of


def pairs(text, judged=False):
    return pairs_of(linked, text, "page.md", judged=judged)


def test_a_link_to_a_page_named_in_chinese_pairs_its_words_with_the_name():
    text = ("- [Revolución Cultural](/history/文化大革命) — Diez años de agitación política "
            "que la historia oficial llama hoy un periodo de caos.\n")
    assert pairs(text) == [("文化大革命", "Revolución Cultural", "es")]


def test_a_wikilink_with_its_extension_title_and_escaped_name():
    text = ('After the [Cultural Revolution](../Page/文化大革命.md "wikilink") ended, the '
            "[State Council](https://zh.wikipedia.org/wiki/%E5%9B%BD%E5%8A%A1%E9%99%A2) met.")
    assert [(zh, en) for zh, en, _ in pairs(text)] == [
        ("文化大革命", "Cultural Revolution"), ("国务院", "State Council")]


def test_links_that_are_no_translation_are_left_to_the_scorer_or_never_proposed():
    text = ("Read the [history](/pages/about) or see ![图片](/img/国旗.png), "
            "the [Chinese page](/wiki/国务院?lang=zh) and [an unrelated word](/wiki/宪法).")
    found = pairs(text)
    assert ("国旗", "图片", "und") not in found and all(zh != "about" for zh, _, _ in found)
    assert ("国务院", "Chinese page") in [(zh, en) for zh, en, _ in found]
    assert pairs(text, judged=True) == []  # nothing there translates its page's name


def test_page_name():
    assert linked.page_name("/history/二二八事件") == "二二八事件"
    assert linked.page_name("../Page/四人帮.md") == "四人帮"
    assert linked.page_name("/wiki/State_Council") == ""
