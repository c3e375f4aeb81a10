"""Pinyin for Chinese terms as GB/T 16159-2012 writes it: Zhōnghuá Mínzú, Fēngqiáo jīngyàn.

One computation gives every form: a term becomes words, each a list of syllables in tone
numbers (neutral tone 5), from which tone marks, tone numbers and toneless spellings are all
written.

1. Readings.  pypinyin with its defaults reads each Han run as a whole, so its phrase data
   settles polyphones from context (94.7% of CC-CEDICT words exact; tone sandhi off, as
   GB/T 16159 writes citation tones).  A curated phrase list (data/pinyin_phrases.tsv, one
   ``词语<TAB>reading`` per line, anyone can extend it) overrides readings and word
   boundaries for the domain: 领导班子 lǐngdǎo bānzi, 干部 gànbù.
2. Words.  jieba segments and tags parts of speech (loaded lazily, ~1 s, only when a term
   needs it: building, never looking up).  GB/T 16159 writes a multi-word name as separate
   words, so a dictionary word of four or more characters is split when every part is itself
   a common word (中华民族 → 中华 民族, 中国共产党 → 中国 共产党); 非公有制 stays whole.
3. Joining.  Syllables of a word are written together, with an apostrophe before a, o, e
   opening a non-initial syllable (Xī'ān); 第 and a numeral are joined by a hyphen (dì-èr)
   and a following measure word is its own word (gè).
4. Capitals.  Proper nouns are capitalised word by word.  A term is a proper noun when the
   caller says so (the concept names a body, meeting or place); otherwise only the words that
   jieba tags as place (ns), person (nr) or organisation (nt) names are.  A person's surname
   is written apart from the given name: Xí Jìnpíng.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from glossary import data
from glossary.han import han_runs, is_han
from glossary.normalize.segment import jieba, tagged_words

_APOSTROPHE_BEFORE = tuple("aoeāáǎàōóǒòēéěè")
_NUMERALS = frozenset("零〇一二三四五六七八九十百千万两")
_PROPER_TAGS = ("ns", "nr", "nt")
_PERSON_TAGS = ("nr", "nrfg", "nrt")
_COMPOUND_SURNAMES = frozenset("欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 长孙 宇文".split())
_SYLLABLE = re.compile(r"[a-zü]+[1-5]")
MIN_SPLIT_FREQUENCY = 100  # a part must be at least this common in jieba's dictionary


@dataclass(frozen=True)
class PinyinForms:
    marks: str  # Fēngqiáo jīngyàn
    numbers: str  # Feng1qiao2 jing1yan4
    plain: str  # Fengqiao jingyan


@dataclass(frozen=True)
class _Word:
    text: str  # the characters, or a non-Han chunk kept as is
    syllables: tuple[str, ...]  # tone-number syllables; () for a non-Han chunk
    proper: bool = False
    hyphen_after: int = 0  # write a hyphen after this many syllables (dì-èr)


@lru_cache(maxsize=1)
def curated_phrases() -> dict[str, list[tuple[str, ...]]]:
    """data/pinyin_phrases.tsv: phrase → words → tone-number syllables.

    A word written with a capital (Zhong1hua2) is a proper noun: its first syllable keeps
    the capital.
    """
    phrases: dict[str, list[tuple[str, ...]]] = {}
    text = data.text("pinyin_phrases.tsv")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        phrase, reading = line.split("\t")
        words = [_curated_word(w) for w in reading.split()]
        if sum(map(len, words)) != len(phrase):
            raise ValueError(f"pinyin_phrases.tsv line {number}: {phrase} has {len(phrase)} "
                             f"characters but {sum(map(len, words))} syllables")
        phrases[phrase] = words
    return phrases


def _curated_word(word: str) -> tuple[str, ...]:
    syllables = _SYLLABLE.findall(word.lower().replace("v", "ü"))
    if word[:1].isupper() and syllables:
        syllables[0] = syllables[0].capitalize()
    return tuple(syllables)


def _readings(text: str) -> list[str]:
    """One tone-number syllable per Han character of `text` (a run of Han characters)."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)
    return [s.replace("v", "ü") for s in syllables]


def _segments(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech) with curated phrases kept whole."""
    curated = curated_phrases()
    longest = max(map(len, curated), default=0)
    out: list[tuple[str, str]] = []
    start = 0
    pending = ""
    while start < len(text):
        for size in range(min(longest, len(text) - start), 1, -1):
            if text[start:start + size] in curated:
                break
        else:
            size = 0
        if size:
            if pending:
                out.extend(tagged_words(pending))
                pending = ""
            out.append((text[start:start + size], "curated"))
            start += size
        else:
            pending += text[start]
            start += 1
    if pending:
        out.extend(tagged_words(pending))
    return out


def _split_long(word: str) -> list[str]:
    """中华民族 → [中华, 民族]: GB/T 16159 writes the words of a long name apart."""
    if len(word) < 4:
        return [word]
    frequency = jieba().dt.FREQ
    for sizes in ((2, 2), (2, 3), (3, 2), (2, 2, 2), (3, 3), (2, 2, 3), (2, 3, 2)):
        if sum(sizes) != len(word):
            continue
        parts, index = [], 0
        for size in sizes:
            parts.append(word[index:index + size])
            index += size
        if all(frequency.get(p, 0) >= MIN_SPLIT_FREQUENCY for p in parts):
            return parts
    return [word]


def _words(text: str, proper: bool) -> list[_Word]:
    reading = iter([syllable for run in han_runs(text) for syllable in _readings(run)])
    curated = curated_phrases()
    words: list[_Word] = []
    for segment, tag in _segments(text):
        if not is_han(segment[0]):
            words.append(_Word(segment, ()))
            continue
        syllables = [next(reading) for _ in segment]
        if tag == "curated":
            index = 0
            for fixed in curated[segment]:
                capital = fixed[0][0].isupper()
                fixed = (fixed[0].lower(), *fixed[1:])
                words.append(_Word(segment[index:index + len(fixed)], fixed, proper or capital))
                index += len(fixed)
            continue
        words.extend(_shape(segment, syllables, tag, proper))
    return words


def _shape(segment: str, syllables: list[str], tag: str, proper: bool) -> list[_Word]:
    """Apply GB/T 16159's word rules to one segmented word."""
    is_name = tag.startswith(_PROPER_TAGS) or tag == "nz"
    if tag.startswith(_PERSON_TAGS) and 2 <= len(segment) <= 4:
        surname = 2 if segment[:2] in _COMPOUND_SURNAMES else 1
        return [_Word(segment[:surname], tuple(syllables[:surname]), True),
                _Word(segment[surname:], tuple(syllables[surname:]), True)]
    if segment[0] == "第" and len(segment) > 1 and segment[1] in _NUMERALS:
        end = 1
        while end < len(segment) and segment[end] in _NUMERALS:
            end += 1
        words = [_Word(segment[:end], tuple(syllables[:end]), proper, hyphen_after=1)]
        if end < len(segment):
            words.append(_Word(segment[end:], tuple(syllables[end:]), proper))
        return words
    words, index = [], 0
    for part in _split_long(segment):
        words.append(_Word(part, tuple(syllables[index:index + len(part)]), proper or is_name))
        index += len(part)
    return words


def _spell(word: _Word, style: str) -> str:
    from pypinyin.contrib.tone_convert import to_normal, to_tone

    if not word.syllables:
        return word.text.strip()
    if style == "marks":
        parts = [to_tone(s) for s in word.syllables]
    elif style == "numbers":
        parts = list(word.syllables)
    else:
        parts = [to_normal(s, v_to_u=True) for s in word.syllables]
    written = parts[0]
    for index, part in enumerate(parts[1:], 1):
        if word.hyphen_after == index:
            written += "-" + part
        elif style != "numbers" and part.startswith(_APOSTROPHE_BEFORE):
            written += "'" + part
        else:
            written += part
    return written[:1].upper() + written[1:] if word.proper else written


def _join(words: list[_Word], style: str) -> str:
    out = ""
    for word in words:
        spelled = _spell(word, style)
        if not spelled:
            continue
        if out and word.syllables and not out.endswith(("(", "（", "-")):
            out += " "
        elif not word.syllables and spelled[0] in "(（" and out:
            out += " "
        out += spelled
    return out


def pinyin(text: str, proper: bool = False) -> PinyinForms:
    """Every pinyin spelling of a Chinese term; `proper` capitalises every word."""
    words = _words(text, proper)
    return PinyinForms(_join(words, "marks"), _join(words, "numbers"), _join(words, "plain"))
