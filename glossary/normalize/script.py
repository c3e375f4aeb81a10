"""Simplified and Traditional Chinese through OpenCC (the C++ library's official wheel).

Why not opencc-python-reimplemented: on OpenCC's own regression cases it gets 56% of s2t,
43% of s2hk and 29% of s2twp right, against 100% for the wheel, which is also ~9× faster
(see ../shared/oracles/MEASUREMENTS.md).  Both install as module ``opencc``: never both.

Converters are built on first use (construction reads dictionaries, ~0.1 s) and cached.

- Script: a Simplified or mixed term is converted by OpenCC as it is (s2t, s2tw, s2hk), which
  converts its Simplified characters and leaves its Traditional ones (汙染物 stays 汙染物; the
  old round trip through the Simplified key made it 污染物).  A Traditional term is kept as
  found (台灣, not s2t's 臺灣), and its Taiwan and Hong Kong forms follow from it (t2tw, t2hk).
- Ambiguity: where s2t chooses among several Traditional characters (干 → 幹 乾 干) and no
  phrase of OpenCC's dictionaries decided it, or the phrases that cover the character disagree
  (被发明: 被发 → 被髮, 发明 → 發明), ``ambiguities`` says so and lists the choices.  The
  tables come from OpenCC's own dictionaries (data/opencc_st.tsv.gz, see make_opencc_tables).
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from glossary.langtags import ZH_HANT, ZH_HANT_HK, ZH_HANT_TW

# Script only: s2tw and s2hk change characters to each region's standard, not vocabulary.
VARIANT_CONFIGS = {ZH_HANT: "s2t", ZH_HANT_TW: "s2tw", ZH_HANT_HK: "s2hk"}
# Taiwan vocabulary (信息化 → 資訊化) changes words, so it is only ever a suggestion.
TAIWAN_VOCABULARY = "s2twp"
# Back to Simplified from each Traditional standard; VARIANT_CONFIGS holds the way there.
_BACK = {ZH_HANT: "t2s", ZH_HANT_TW: "tw2s", ZH_HANT_HK: "hk2s"}
# From OpenCC's standard Traditional to each region's: the way there for Traditional input.
REGIONAL_CONFIGS = {ZH_HANT_TW: "t2tw", ZH_HANT_HK: "t2hk"}
_LONGEST_PHRASE = 12


@dataclass(frozen=True)
class Ambiguity:
    char: str  # the Simplified character
    options: tuple[str, ...]  # its Traditional forms, the one OpenCC chose first
    position: int  # where in the term


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(f"{config}.json")


def convert(text: str, config: str) -> str:
    """Convert with an OpenCC configuration by name (s2t, s2tw, s2twp, s2hk, t2s, tw2s…)."""
    return str(_converter(config).convert(text))


@lru_cache(maxsize=65536)
def to_simplified(text: str, source_tag: str | None = None) -> str:
    """The Simplified form that keys a concept, whatever script or region the text is in.

    Taiwan and Hong Kong texts use some characters of their own standards (臺, 綫).  When the
    caller knows the region (`source_tag` zh-Hant-TW or zh-Hant-HK) its converter is used;
    otherwise, when t2s and a regional converter disagree, the region whose forward
    conversion gives back the input wins, and t2s when none does (mixed-script input).
    """
    if source_tag in (ZH_HANT_TW, ZH_HANT_HK):
        return convert(text, _BACK[source_tag])
    results = {tag: convert(text, back) for tag, back in _BACK.items()}
    if len(set(results.values())) > 1:
        for tag, simplified in results.items():
            if convert(simplified, VARIANT_CONFIGS[tag]) == text:
                return simplified
    return results[ZH_HANT]


def to_simplified_all(items: Sequence[tuple[str, str | None]]) -> list[str]:
    """to_simplified(text, source_tag) of each item, the same answers in a few OpenCC calls:
    the texts joined by newlines go through each converter at once (no dictionary phrase
    holds a newline, so none spans two texts), and only texts whose converters disagree
    are decided one by one.  An index of a million terms spends seconds less in calls."""
    if any("\n" in text for text, _ in items) or len(items) < 2:
        return [to_simplified(text, tag) for text, tag in items]
    joined = "\n".join(text for text, _ in items)
    results = {tag: convert(joined, back).split("\n") for tag, back in _BACK.items()}
    if any(len(found) != len(items) for found in results.values()):
        return [to_simplified(text, tag) for text, tag in items]
    out = []
    for index, (text, tag) in enumerate(items):
        if tag in (ZH_HANT_TW, ZH_HANT_HK):
            out.append(results[tag][index])
        elif results[ZH_HANT][index] == results[ZH_HANT_TW][index] == results[ZH_HANT_HK][index]:
            out.append(results[ZH_HANT][index])
        else:
            out.append(to_simplified(text, tag))
    return out


def is_simplified(text: str) -> bool:
    return to_simplified(text) == text


def traditional_variants(simplified: str) -> dict[str, str]:
    """zh-Hant, zh-Hant-TW and zh-Hant-HK forms of a Simplified term."""
    return {tag: convert(simplified, config) for tag, config in VARIANT_CONFIGS.items()}


def traditional_forms(text: str, source_tag: str | None = None) -> dict[str, str]:
    """zh-Hant, zh-Hant-TW and zh-Hant-HK forms of a term in any script.

    Simplified or mixed text is converted by OpenCC as it is (OpenCC converts Simplified
    characters and leaves Traditional ones: 汙染物, 小舖); a Traditional text is kept as found
    (but for six odd variants OpenCC always rewrites), and its regional forms follow from it
    (t2tw, t2hk).  A term known to follow a regional standard (`source_tag`) is that
    region's form as it is."""
    if not is_traditional(text):
        return traditional_variants(text)
    hant = "".join(map(_standard_variant, text))
    forms = {ZH_HANT: hant, **{tag: convert(hant, config) for tag, config in REGIONAL_CONFIGS.items()}}
    if source_tag in REGIONAL_CONFIGS:
        forms[source_tag] = text
    return forms


@lru_cache(maxsize=8192)
def _standard_variant(char: str) -> str:
    """OpenCC's standard form of a Traditional character: itself, except for the six variants
    that s2t rewrites even on their own (藴 → 蘊, 麽 → 麼, 緼 苧 輼 醖)."""
    if convert(char, "t2s") == char:
        return char
    return convert(char, VARIANT_CONFIGS[ZH_HANT])


def is_traditional(text: str) -> bool:
    """Every character of `text` can stand in a Traditional text (台灣: 台 is one of its own
    Traditional forms), and some character is Traditional only (灣), so it is no Simplified
    text either."""
    if convert(text, "t2s") == text:
        return False
    characters = _st_tables()[0]
    for index, char in enumerate(text):
        if convert(char, "t2s") != char:
            continue  # Traditional only (灣, 汙)
        if char in characters and _phrase_choices(text, index) - {char}:
            return False  # a phrase converts it here: Simplified (几率 → 幾率, 甲胄 → 甲冑)
        if convert(char, VARIANT_CONFIGS[ZH_HANT]) != char and char not in characters.get(char, ()):
            return False  # Simplified only (别, 头)
    return True


@lru_cache(maxsize=1)
def _st_tables() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """(character → its Traditional forms, phrase → its conversion) from opencc_st.tsv.gz."""
    data = resources.files("glossary.data").joinpath("opencc_st.tsv.gz").read_bytes()
    characters: dict[str, tuple[str, ...]] = {}
    phrases: dict[str, str] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        kind, key, value = line.split("\t")
        if kind == "C":
            characters[key] = tuple(value.split())
        elif kind == "P":
            phrases[key] = value
    return characters, phrases


def _phrase_choices(text: str, index: int) -> set[str]:
    """What the OpenCC phrases found in `text` around `index` make of its character."""
    return {choice for choice, _, _ in _phrases_at(text, index)}


def _phrases_at(text: str, index: int) -> list[tuple[str, int, int]]:
    """(choice for the character at `index`, start, end) of each OpenCC phrase covering it."""
    phrases = _st_tables()[1]
    found = []
    for start in range(max(0, index - _LONGEST_PHRASE + 1), index + 1):
        for end in range(max(index + 1, start + 2), min(len(text), start + _LONGEST_PHRASE) + 1):
            phrase = phrases.get(text[start:end])
            if phrase is not None:
                found.append((phrase[index - start], start, end))
    return found


def ambiguities(text: str) -> list[Ambiguity]:
    """The Simplified characters of `text` whose Traditional form is in doubt.

    OpenCC converts by the longest phrase of its dictionaries that starts at each point, else
    character by character, taking a character's first Traditional form.  A character with
    several forms is settled when the phrases that cover it without straddling a word
    boundary agree, and either no straddling phrase disagrees or OpenCC chose as they say
    (jieba's words: 被发明 is 被 发明, so the phrase 被发 → 被髮 straddles it and wins wrongly);
    with no phrase at all, when CC-CEDICT's word for it has the form OpenCC chose (党 → 黨 in
    党的领导; 周 alone stays in doubt: 周/週).  Every other one is reported, OpenCC's choice
    first, then the forms the sound phrases or CC-CEDICT name (all forms when none does)."""
    characters = _st_tables()[0]
    if is_traditional(text):
        return []  # kept as found: nothing was chosen
    converted = convert(text, VARIANT_CONFIGS[ZH_HANT])
    bounds = None
    found: list[Ambiguity] = []
    for index, char in enumerate(text):
        options = characters.get(char)
        if not options:
            continue
        if bounds is None:
            from glossary.normalize.pinyin import jieba_words

            bounds = _boundaries(jieba_words(text))
        phrases = _phrases_at(text, index)
        trusted = {c for c, start, end in phrases if not _straddles(start, end, bounds)}
        doubted = {c for c, start, end in phrases if _straddles(start, end, bounds)}
        chose = converted[index] if len(converted) == len(text) else options[0]
        if len(trusted) == 1 and (doubted <= trusted or chose in trusted):
            continue
        if not phrases and _cedict_choice(text, index, bounds) == chose:
            continue
        named = set(trusted)
        second = _cedict_choice(text, index, bounds)
        if trusted and second:
            named.add(second)
        ordered = [chose, *[o for o in options if o != chose and (not named or o in named)]]
        ordered += sorted(named - set(ordered))
        found.append(Ambiguity(char, tuple(ordered), index))
    return found


def _boundaries(words: list[str]) -> frozenset[int]:
    bounds = [0]
    for word in words:
        bounds.append(bounds[-1] + len(word))
    return frozenset(bounds)


def _straddles(start: int, end: int, bounds: frozenset[int]) -> bool:
    """The span [start, end) runs across a word boundary without starting and ending on one."""
    inside = any(start < b < end for b in bounds)
    return inside and not (start in bounds and end in bounds)


def _cedict_choice(text: str, index: int, bounds: frozenset[int]) -> str | None:
    """The Traditional form CC-CEDICT gives the character at `index` in the longest of its
    words that covers it inside its jieba word; None when there is none or it varies."""
    from glossary.normalize.cedict import LONGEST, traditional_forms

    start = max(b for b in bounds if b <= index)
    end = min(b for b in bounds if b > index)
    for size in range(min(LONGEST, end - start), 0, -1):
        for first in range(max(start, index - size + 1), min(index, end - size) + 1):
            forms = traditional_forms(text[first:first + size])
            if forms:
                choices = {form[index - first] for form in forms}
                return choices.pop() if len(choices) == 1 else None
    return None
