"""Readings of polyphonic characters: pypinyin, with CC-CEDICT as a second opinion.

pypinyin reads a run of characters with its phrase data and falls back on each character's
most frequent reading.  CC-CEDICT knows more words (122k entries, names among them), so for
each character:

1. CC-CEDICT's reading in the longest of its entries that covers the character, either
   inside the character's jieba word or made of whole jieba words (为人民服务: wèi, not
   pypinyin's wéi), unless pypinyin's phrase data covers it with a longer phrase;
2. else pypinyin's phrase reading, when a phrase covered it;
3. else, for a character that is common as a word of its own (jieba's count ≥
   ``STANDALONE_FREQUENCY``: 呢, 还, 都), pypinyin's reading of it alone;
4. else the reading the character has most often in CC-CEDICT's words (掺 is chān, not
   pypinyin's càn): a character that seldom stands alone is part of a word nobody listed.

On the CPP polyphone benchmark (../shared/oracles/pinyin_cpp, 10,254 sentences) this reads
92.4% of the polyphones right against pypinyin's 87.9% (87.3% before ü spellings are
unified); ``STANDALONE_FREQUENCY`` was chosen on the even lines, and the odd lines score
92.3%.  ``python -m bench.normalize`` prints both.

CC-CEDICT comes from normalize/cedict.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from glossary.normalize.cedict import LONGEST as _LONGEST

STANDALONE_FREQUENCY = 10_000
PYPINYIN, CEDICT, CEDICT_WORDS = "pypinyin", "CC-CEDICT", "CC-CEDICT words"


@dataclass(frozen=True)
class Reading:
    syllable: str  # tone number, 5 = neutral, ü written ü: "lü4"
    source: str  # PYPINYIN, CEDICT or CEDICT_WORDS
    pypinyin: str  # pypinyin's own reading, the first opinion


def cedict_readings() -> Mapping[str, frozenset[tuple[str, ...]]]:
    """Simplified headword → its readings in lower case."""
    from glossary.normalize import cedict

    return cedict.lower_readings()


def word_readings() -> dict[str, str]:
    """Each character's most frequent reading in CC-CEDICT's words of two or more characters."""
    from glossary.normalize import cedict

    return cedict.word_readings()


def _pypinyin(run: str) -> list[str]:
    from glossary.normalize.pinyin_data import pypinyin

    loaded = pypinyin()
    syllables = loaded.lazy_pinyin(run, style=loaded.Style.TONE3, neutral_tone_with_five=True)
    return [s.replace("v", "ü") for s in syllables]


def _longest(known: Mapping[str, object], run: str, index: int, start: int,
             end: int) -> tuple[int, int]:
    """(first character, size) of the longest entry of `known` inside run[start:end] that
    covers `index`; size 0 when none does."""
    for size in range(min(_LONGEST, end - start), 1, -1):
        for first in range(max(start, index - size + 1), min(index, end - size) + 1):
            if run[first:first + size] in known:
                return first, size
    return 0, 0


def _reading_at(entry: frozenset[tuple[str, ...]], offset: int) -> str | None:
    """The entry's reading of its character at `offset`, None when its readings disagree."""
    choices = {reading[offset] for reading in entry}
    return choices.pop() if len(choices) == 1 else None


@lru_cache(maxsize=4096)  # the pinyin and its second opinion read each term twice
def readings(run: str) -> tuple[Reading, ...]:
    """One reading per character of `run`, a run of Han characters."""
    from glossary.normalize.pinyin import jieba_words
    from glossary.normalize.pinyin_data import phrases

    first = _pypinyin(run)
    if len(first) != len(run):  # a character pypinyin does not know: its guess as it is
        return tuple(Reading(s, PYPINYIN, s) for s in first)
    cedict, common, phrase_table = cedict_readings(), word_readings(), phrases()
    frequency = jieba_frequencies()
    words = jieba_words(run)
    bounds = [0]
    for word in words:
        bounds.append(bounds[-1] + len(word))
    out: list[Reading] = []
    for start, end in zip(bounds, bounds[1:]):
        for index in range(start, end):
            own = first[index]
            first_char, size = _longest(cedict, run, index, start, end)
            found = _reading_at(cedict[run[first_char:first_char + size]],
                                index - first_char) if size else None
            phrase = _longest(phrase_table, run, index, start, end)[1]
            across, span = _across_words(cedict, run, index, bounds)
            if across and span >= max(size, phrase):
                out.append(Reading(across, CEDICT, own))
            elif found and size >= phrase:
                out.append(Reading(found, CEDICT, own))
            elif phrase or frequency.get(run[index], 0) >= STANDALONE_FREQUENCY:
                out.append(Reading(own, PYPINYIN, own))
            else:
                out.append(Reading(common.get(run[index], own), CEDICT_WORDS, own))
    return tuple(out)


def _across_words(words: Mapping[str, frozenset[tuple[str, ...]]], run: str, index: int,
                  bounds: list[int]) -> tuple[str | None, int]:
    """The longest entry made of whole jieba words that covers `index` (为人民服务)."""
    best: tuple[str | None, int] = (None, 0)
    for first in (b for b in bounds if b <= index):
        for last in (b for b in bounds if b > index and 2 <= b - first <= _LONGEST):
            entry = words.get(run[first:last])
            if entry and last - first > best[1]:
                best = (_reading_at(entry, index - first), last - first)
    return best


def jieba_frequencies() -> dict[str, int]:
    from glossary.normalize.segment import jieba

    return jieba().dt.FREQ  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Disagreement:
    char: str
    chosen: str  # the reading used
    source: str  # whose it is
    other: str  # the other opinion
    other_source: str


def disagreements(chosen: Sequence[str], text: str, source: str = CEDICT) -> list[Disagreement]:
    """Where the readings `chosen` for the Han characters of `text` (by `source`: a document,
    or this module) differ from another opinion: pypinyin's, or CC-CEDICT's where a document
    reading was chosen.  A neutral tone against a full tone of the same syllable is no
    disagreement (dictionaries differ on them all the time: 书记 shūji / shūjì), and neither
    is a reading the curated phrase list gives."""
    from glossary.han import han_runs

    computed = [r for run in han_runs(text) for r in readings(run)]
    chars = "".join(han_runs(text))
    found = []
    for char, used, reading in zip(chars, chosen, computed):
        if char in "一不":
            continue  # written in their own tones on purpose
        if source == CEDICT:
            if used != reading.syllable:
                continue  # data/pinyin_phrases.tsv decided it: a reviewed reading
            other, other_source, used_source = reading.pypinyin, PYPINYIN, reading.source
        else:
            other, other_source, used_source = reading.syllable, reading.source, source
        if not _same(used, other):
            found.append(Disagreement(char, used, used_source, other, other_source))
    return found


def _same(one: str, other: str) -> bool:
    if one == other:
        return True
    return one[:-1] == other[:-1] and "5" in (one[-1], other[-1])
