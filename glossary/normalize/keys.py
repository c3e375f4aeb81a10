"""Search keys: the forms lookups compare, so that any reasonable spelling finds a term.

- Latin text: NFKC (full-width → ASCII), curly quotes straightened, dashes unified,
  casefolded, diacritics removed: "Département du travail social" → "departement du travail
  social".
- Pinyin: as Latin, with tone numbers dropped and ü/v written u, with and without spaces:
  "Fēngqiáo jīngyàn", "feng1qiao2 jing1yan4" and "fengqiao" all meet at "fengqiaojingyan".
- Chinese: NFKC and the Simplified form, so Traditional and mixed queries find Simplified keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                         "’": "'", "‚": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
                         "−": "-"})
_TONE_DIGIT = re.compile(r"(?<=[a-zü])[1-5]")


def fold(text: str) -> str:
    """Case-, accent-, width- and quote-insensitive form of any Latin-script text."""
    if text.isascii():  # most keys: nothing to decompose (the index computes millions)
        return " ".join(text.casefold().split())
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def pinyin_key(text: str, spaced: bool = False) -> str:
    """Toneless pinyin, any spelling in: marks, numbers, ü, v, apostrophes, hyphens."""
    text = text.casefold().replace("ü", "u").replace("u:", "u")
    text = _TONE_DIGIT.sub("", fold(text)).replace("v", "u")
    text = re.sub(r"['\-]", " " if spaced else "", text)
    return " ".join(text.split()) if spaced else "".join(text.split())


def chinese_key(text: str, source_tag: str | None = None) -> str:
    """Simplified form; `source_tag` (zh-Hant-TW, zh-Hant-HK) names the regional standard."""
    from glossary.normalize.script import to_simplified

    return to_simplified(unicodedata.normalize("NFKC", text).translate(_QUOTES), source_tag)


# What the index stores per term.  A WHOLE key is the term's whole text in key form, for
# exact and prefix matches; INNER keys are the tails of Chinese and pinyin keys from each Han
# character or pinyin syllable on, so a prefix match on them is a match inside the term: 治理
# finds 社会治理, "jingyan" finds 枫桥经验.  Latin text has no INNER keys: the index finds it
# inside a term with an FTS5 trigram index over WHOLE keys ("travail social" finds
# "Département du travail social"), which costs a fraction of one key per word.
WHOLE, INNER = 0, 1
_EDGE_PUNCTUATION = " \"'()[]{}.,;:!?«»“”‘’（）【】《》「」『』。，；：！？、"


def has_han(text: str) -> bool:
    from glossary.han import han_count

    return han_count(text) > 0


Reading = tuple[str, ...]


def term_keys(text: str, lang: str, readings: Iterable[Reading] = ()
              ) -> Iterator[tuple[str, int]]:
    """Every (key, WHOLE|INNER) by which a term can be found; runs at index time only.

    `readings` are the concept's own pinyin as toneless syllables (concept_readings): a
    Chinese term one of them spells takes its pinyin keys from it, and pypinyin runs only for
    terms none spells (a foreign TBX without pinyin, a synonym without its own)."""
    from glossary.langtags import PINYIN, is_chinese

    if is_chinese(lang) and has_han(text):
        simplified = chinese_key(text, lang)
        yield from _tails(list(simplified), "")
        # Syllable by syllable, so tails split there.
        spelled = next((r for r in readings if spells(r, simplified)), None)
        yield from _tails(list(spelled or pinyin_syllables(simplified)), "")
    elif lang == PINYIN:
        yield from _tails(list(reading_syllables(text) or pinyin_key(text, spaced=True).split()),
                          "")
    else:
        whole = fold(text).strip(_EDGE_PUNCTUATION)
        if whole:
            yield " ".join(whole.split()), WHOLE


def reading_syllables(text: str) -> Reading | None:
    """A written pinyin reading ("Fēngqiáo jīngyàn", "feng1 qiao2") as toneless syllables
    ("feng", "qiao", "jing", "yan"); None when it carries no tones (then it may not be
    pinyin at all) or does not split into syllables."""
    from glossary.normalize.pinyin import parse_reading

    syllables = parse_reading(text)
    return tuple(pinyin_key(s) for s in syllables) if syllables else None


def spells(reading: Reading, simplified: str) -> bool:
    """`reading` is one of the readings pypinyin's dictionary gives each character of
    `simplified` (all Han), syllable by syllable."""
    from glossary.han import han_count

    return (len(reading) == len(simplified) == han_count(simplified)
            and all(syllable in _toneless_readings(char)
                    for syllable, char in zip(reading, simplified)))


@lru_cache(maxsize=1 << 15)
def _toneless_readings(char: str) -> frozenset[str]:
    from glossary.normalize.readings import character_readings

    return frozenset(pinyin_key(reading) for reading in character_readings(char))


def query_keys(query: str, simplify: bool = True) -> list[str]:
    """The keys a typed query is compared with: Chinese in its Simplified form (or as typed,
    when `simplify` is False: a Simplified query then needs no OpenCC); anything else both
    folded (en/fr/es, acronyms) and as toneless joined pinyin."""
    if has_han(query):
        text = "".join(query.split()).strip(_EDGE_PUNCTUATION)
        return [chinese_key(text) if simplify else
                unicodedata.normalize("NFKC", text).translate(_QUOTES)]
    keys = [fold(query).strip(_EDGE_PUNCTUATION)]
    spelled = pinyin_key(keys[0])
    if spelled != keys[0]:
        keys.append(spelled)
    return [key for key in keys if key]


def _tails(parts: list[str], separator: str) -> Iterator[tuple[str, int]]:
    parts = [part for part in parts if part]
    if parts:
        yield separator.join(parts), WHOLE
    for start in range(1, len(parts)):
        yield separator.join(parts[start:]), INNER


@lru_cache(maxsize=65536)  # a concept's Simplified and Traditional terms share one reading
def pinyin_syllables(text: str) -> tuple[str, ...]:
    """Toneless pinyin, one key per character (pypinyin's reading; non-Han runs as they are)."""
    from pypinyin import Style, lazy_pinyin

    return tuple(pinyin_key(syllable) for syllable in
                 lazy_pinyin(text, style=Style.NORMAL, errors="default"))
