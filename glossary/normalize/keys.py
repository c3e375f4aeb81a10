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
from collections.abc import Iterable, Sequence
from functools import lru_cache

# Imported here, not in the functions that use them: an import statement costs about a
# microsecond even when the module is loaded, and the index calls these millions of times
# (a `glossary lookup` imports both anyway).
from glossary.han import contains_han, han_count
from glossary.langtags import PINYIN, is_chinese

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                         "’": "'", "‚": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
                         "−": "-"})
_COMBINING = re.compile("[\u0300-\u036f]")  # every one of them is category Mn
_TONE_DIGIT = re.compile(r"(?<=[a-zü])[1-5]")


def fold(text: str) -> str:
    """Case-, accent-, width- and quote-insensitive form of any Latin-script text."""
    if text.isascii():  # most keys: nothing to decompose (the index computes millions)
        return " ".join(text.casefold().split())
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    stripped = _COMBINING.sub("", unicodedata.normalize("NFD", text))  # Latin accents: fast
    if not stripped.isascii():  # any other combining mark
        stripped = "".join(c for c in stripped if unicodedata.category(c) != "Mn")
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


def chinese_keys(items: Sequence[tuple[str, str | None]]) -> list[str]:
    """chinese_key(text, source_tag) of each item, in a few OpenCC calls for all."""
    from glossary.normalize.script import to_simplified_all

    return to_simplified_all([(unicodedata.normalize("NFKC", text).translate(_QUOTES), tag)
                              for text, tag in items])


# What the index stores per term.  A WHOLE key is the term's whole text in key form, for
# exact and prefix matches; INNER keys are the tails of Chinese and pinyin keys from each Han
# character or pinyin syllable on, so a prefix match on them is a match inside the term: 治理
# finds 社会治理, "jingyan" finds 枫桥经验.  Latin text has no INNER keys: the index finds it
# inside a term with an FTS5 trigram index over WHOLE keys ("travail social" finds
# "Département du travail social"), which costs a fraction of one key per word.
WHOLE, INNER = 0, 1
_EDGE_PUNCTUATION = " \"'()[]{}.,;:!?«»“”‘’（）【】《》「」『』。，；：！？、"


def has_han(text: str) -> bool:
    return contains_han(text)


Reading = tuple[str, ...]


def term_keys(text: str, lang: str, readings: Iterable[str] = (),
              simplified: str | None = None) -> tuple[tuple[str, int], ...]:
    """Every (key, WHOLE|INNER) by which a term can be found; runs at index time only.

    `readings` are the concept's own pinyin as joined toneless keys (pinyin_key): a Chinese
    term one of them spells takes its pinyin keys from it, and pypinyin runs only for terms
    none spells (a foreign TBX without pinyin, a synonym without its own).  `simplified` is
    chinese_key(text, lang) when the caller has it (chinese_keys, for many terms at once)."""
    written = _written_in(lang)
    if written == "chinese" and contains_han(text):
        return _chinese_keys(simplified or chinese_key(text, lang), tuple(readings))
    if written == "pinyin":
        return tuple(_tails(pinyin_key(text, spaced=True).split(), ""))
    whole = " ".join(fold(text).strip(_EDGE_PUNCTUATION).split())
    return ((whole, WHOLE),) if whole else ()


def is_chinese_text(text: str, lang: str) -> bool:
    """The term gets Chinese keys (characters, and pinyin from them)."""
    return _written_in(lang) == "chinese" and has_han(text)


@lru_cache(maxsize=1024)  # a handful of tags, asked once per term of the index
def _written_in(lang: str) -> str:
    return "chinese" if is_chinese(lang) else "pinyin" if lang == PINYIN else "latin"


@lru_cache(maxsize=4096)  # a concept's Simplified and Traditional terms share one key
def _chinese_keys(simplified: str, readings: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    # Pinyin syllable by syllable, so tails split there.
    spelled = next(filter(None, (syllables_of(reading, simplified) for reading in readings)), None)
    return (*_tails(list(simplified), ""),
            *_tails(list(spelled or pinyin_syllables(simplified)), ""))


def syllables_of(reading: str, simplified: str) -> Reading | None:
    """`reading` (a toneless pinyin key: "shichang") cut into one syllable per character of
    `simplified` (all Han), each syllable a reading pypinyin's dictionary gives that
    character; None when it cannot be (a reading of another term, say).  This reuses the
    concept's own reading, which the termbase chose with CC-CEDICT and the document, where
    pypinyin guesses among a polyphone's readings."""
    if not reading or len(simplified) > 32 or han_count(simplified) != len(simplified):
        return None
    # The path the search below tries first: each character's first reading that fits
    # where the last one ended.  When it spells the whole reading it is the search's answer,
    # found without a generator per character (most terms: the index cuts one per concept).
    syllables: list[str] = []
    at = 0
    for char in simplified:
        for syllable in _toneless_readings(char):
            if reading.startswith(syllable, at):
                break
        else:
            return _searched(reading, simplified)
        syllables.append(syllable)
        at += len(syllable)
    return tuple(syllables) if at == len(reading) else _searched(reading, simplified)


def _searched(reading: str, simplified: str) -> Reading | None:
    """syllables_of's search, backing up where the first readings that fit lead nowhere."""
    # Depth first, each character's readings in turn: nearly always one fits, so this is
    # a walk along the reading with (almost) no backtracking.
    syllables: list[str] = []
    choices = [iter(_toneless_readings(simplified[0]))]
    at = 0
    while choices:
        syllable = next((s for s in choices[-1] if reading.startswith(s, at)), None)
        if syllable is None:  # no reading of this character fits here: back up one
            choices.pop()
            if syllables:
                at -= len(syllables.pop())
            continue
        syllables.append(syllable)
        at += len(syllable)
        if len(syllables) == len(simplified):
            if at == len(reading):
                return tuple(syllables)
            at -= len(syllables.pop())  # the reading goes on: try this one's other readings
        else:
            choices.append(iter(_toneless_readings(simplified[len(syllables)])))
    return None


@lru_cache(maxsize=1 << 15)
def _toneless_readings(char: str) -> tuple[str, ...]:
    from glossary.normalize.readings import character_readings

    # Sorted: the same cut whatever the set's order.
    return tuple(sorted({pinyin_key(reading) for reading in character_readings(char)}))


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


def _tails(parts: list[str], separator: str) -> list[tuple[str, int]]:
    parts = [part for part in parts if part]
    if not parts:
        return []
    return [(separator.join(parts), WHOLE),
            *((separator.join(parts[start:]), INNER) for start in range(1, len(parts)))]


@lru_cache(maxsize=65536)  # a concept's Simplified and Traditional terms share one reading
def pinyin_syllables(text: str) -> tuple[str, ...]:
    """Toneless pinyin, one key per character (pypinyin's reading; non-Han runs as they are)."""
    from glossary.normalize.pinyin_data import pypinyin

    loaded = pypinyin()
    return tuple(pinyin_key(syllable) for syllable in
                 loaded.lazy_pinyin(text, style=loaded.Style.NORMAL, errors="default"))
