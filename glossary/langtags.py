"""Canonical BCP 47 language tags, checked against CLDR with babel.

Input is forgiving (``zh-CN``, ``zh_TW``, ``EN-us``); output is one canonical spelling so that
every stage compares tags as plain strings.  Chinese is keyed by *script* because that is what
a termbase distinguishes: ``zh-CN`` and ``zh-SG`` are both ``zh-Hans``; Taiwan and Hong Kong keep
their region because their Traditional standards differ (``zh-Hant-TW``, ``zh-Hant-HK``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from glossary.errors import LanguageError

ZH_HANS = "zh-Hans"
ZH_HANT = "zh-Hant"
ZH_HANT_TW = "zh-Hant-TW"
ZH_HANT_HK = "zh-Hant-HK"
PINYIN = "zh-Latn-pinyin"

# The order languages are shown and exported in; others follow alphabetically.
DISPLAY_ORDER = (ZH_HANS, ZH_HANT, ZH_HANT_TW, ZH_HANT_HK, PINYIN, "en", "fr", "es")
# The tags CAT tools expect for ours (Phrase matches them strictly); reading maps them home.
CAT_TAGS = {ZH_HANS: "zh-CN", ZH_HANT_TW: "zh-TW", ZH_HANT_HK: "zh-HK"}


@lru_cache(maxsize=256)
def canonical(tag: str) -> str:
    """Return the canonical form of a language tag, or raise LanguageError."""
    from babel import Locale, UnknownLocaleError  # CLDR data: loaded only when tags are parsed

    raw = tag.strip().replace("_", "-")
    if raw.casefold() in ("zh-latn-pinyin", "zh-pinyin", "pinyin"):
        return PINYIN
    try:
        locale = Locale.parse(raw, sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        raise LanguageError(f"unknown language code: {tag!r}") from None
    if locale.language == "zh":
        return _chinese(locale)
    return "-".join(part for part in (locale.language, locale.script, locale.territory) if part)


def _chinese(locale: Any) -> str:  # a babel Locale
    if locale.script == "Hant" or locale.territory in ("TW", "HK", "MO"):
        if locale.territory == "TW":
            return ZH_HANT_TW
        if locale.territory in ("HK", "MO"):
            return ZH_HANT_HK
        return ZH_HANT
    return ZH_HANS


def from_name(text: str) -> str:
    """The canonical tag a column heading names, or "": a tag ("zh-CN"), or a language's
    name in English or Chinese with an optional script or region in brackets, as CAT tools
    head their bilingual tables ("Chinese (Simplified)", "English (United States)", "中文",
    "英语", "简体中文")."""
    text = " ".join(text.split())
    if not text or len(text) > 40 or text.casefold() in _NOT_LANGUAGES:
        return ""
    tag = known_or(text, "")
    if tag:
        return tag
    name, _, qualifier = text.partition("(")
    language = _names().get(name.strip().casefold())
    if language is None:
        return ""
    details = [_names(qualifiers=True).get(part.strip().casefold(), "")
               for part in qualifier.strip(" )").split(",")] if qualifier else []
    # a script (four letters) before a region: "Chinese (Traditional, Taiwan)" is zh-Hant-TW
    ordered = sorted((d for d in details if d), key=lambda code: len(code) != 4)
    return known_or("-".join([language, *ordered]), "")


# Column headings that are also language codes: "ID" (Indonesian), "No" (Norwegian)
_NOT_LANGUAGES = frozenset({"id", "no", "no.", "nr"})


@lru_cache(maxsize=2)
def _names(qualifiers: bool = False) -> dict[str, str]:
    """Language names (or, with `qualifiers`, script and region names) in English and
    Chinese → their codes, from CLDR; "简体中文", "繁體中文" are names of their own."""
    from babel import Locale

    found: dict[str, str] = {}
    for locale in (Locale("en"), Locale("zh"), Locale("zh", script="Hant")):
        if qualifiers:
            found.update((name.casefold(), code) for code, name in locale.scripts.items())
            found.update((name.casefold(), code) for code, name in locale.territories.items())
        else:
            found.update((name.casefold(), code) for code, name in locale.languages.items())
    if qualifiers:  # the short names CAT tools use beside CLDR's long ones
        found.update({"hong kong": "HK", "macau": "MO", "macao": "MO", "香港": "HK",
                      "澳门": "MO", "台湾": "TW", "台灣": "TW"})
    else:
        found.update({"简体中文": "zh-Hans", "繁体中文": "zh-Hant", "繁體中文": "zh-Hant",
                      "英文": "en", "法文": "fr", "西班牙文": "es", "西文": "es"})
    return found


# Field names of glossaries kept as data: the parts that name a language ("ch" is Chinese
# there: chTitle), and the region or script after one, which is not the field's name
_FIELD_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_FIELD_LANGUAGES = {
    # (tc and sc: Hong Kong's government data names its Traditional and Simplified fields so)
    **dict.fromkeys(("zh", "zho", "chi", "cn", "ch", "chn", "chs", "zhs", "chinese", "hans", "zhcn", "cht",
                     "zht", "tc", "sc"), "zh"),
    **dict.fromkeys(("en", "eng", "english"), "en"),
    **dict.fromkeys(("fr", "fra", "fre", "french"), "fr"),
    **dict.fromkeys(("es", "spa", "spanish"), "es"),
}
FIELD_LANGUAGE_WORDS = frozenset(_FIELD_LANGUAGES)
# a region or script after the language (zh_CN, en-US, zh-Hans) is not the field's name
# (what may follow a language in a field's name without naming another field: a region, a
# script, and s/t for Simplified and Traditional: "zh-s", "zh-t")
_FIELD_QUALIFIERS = frozenset({"cn", "hans", "hant", "tw", "hk", "mo", "sg", "us", "gb", "uk",
                               "fr", "es", "mx", "s", "t"})


def from_field(name: str) -> tuple[str, str]:
    """(zh, en, fr or es; the field's name without it) of a data field's name that says its
    language ("zh", "term_en", "chTitle", "name_french", "zh-TW"); ("", "") for one that
    does not."""
    parts = [p.casefold() for p in _FIELD_PARTS.findall(name)]
    for index, part in enumerate(parts):
        lang = _FIELD_LANGUAGES.get(part)
        if lang is None:
            continue
        after = [p for p in parts[index + 1:index + 2] if p not in _FIELD_QUALIFIERS]
        rest = parts[:index] + after + parts[index + 2:]
        return lang, "".join(rest)
    return "", ""


def is_chinese(tag: str) -> bool:
    """A tag for Chinese in characters (zh-Hans, zh-Hant-TW…), not its pinyin."""
    return primary(tag) == "zh" and tag != PINYIN


def primary(tag: str) -> str:
    """The primary language subtag: ``zh-Hant-TW`` → ``zh``."""
    return tag.split("-", 1)[0].lower()


@lru_cache(maxsize=1024)
def display_key(tag: str) -> tuple[int, str]:
    """Sort key putting the project's languages first, in DISPLAY_ORDER; a CAT tool's code
    sorts where its canonical form does (zh-CN as zh-Hans), a regional one with its language
    (en-US as en), others alphabetically."""
    for form in (tag, known_or(tag, tag), primary(tag)):
        if form in DISPLAY_ORDER:
            return (DISPLAY_ORDER.index(form), tag)
    return (len(DISPLAY_ORDER), tag)


def canonical_or(tag: str | None, default: str = "") -> str:
    """The canonical form of a tag a file or option gives; `default` when it gives none.
    A tag given but unknown is an error (LanguageError), not a guess."""
    return canonical(tag) if tag else default


def known_or(tag: str, fallback: str) -> str:
    """The canonical form of `tag` if CLDR knows it, else `fallback` (for tags read from
    other tools' files, which are kept or dropped rather than refused)."""
    try:
        return canonical(tag)
    except LanguageError:
        return fallback


def selector(wanted: Iterable[str]) -> Callable[[str], bool]:
    """A test for term languages the user asked for.  A bare language ("zh", "en") takes every
    tag of that language; a fuller tag takes itself and its refinements (zh-Hant takes
    zh-Hant-TW).  Unknown codes raise LanguageError here, before any work is done."""
    prefixes = tuple(_prefix(tag) for tag in wanted)
    return lambda tag: any(tag == p or tag.startswith(p + "-") for p in prefixes)


def _prefix(tag: str) -> str:
    tidy = canonical(tag)  # raises for unknown codes
    bare = "-" not in tag.strip().replace("_", "-")
    return primary(tidy) if bare and tidy != PINYIN else tidy
