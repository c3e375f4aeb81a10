"""Pinyin found in documents: a reading of the Chinese, never a translation of it.

Real texts put pinyin everywhere a gloss could be: ruby-style readings after characters
(命運(yùn)共同體), a reading inside the gloss bracket (中国梦; Zhōngguó mèng), the romanization
beside the characters ("Gòngtóng fùyù 共同富裕"), a "Hanyu Pinyin" row in an infobox.  Taken
as renderings they gave 命运 ↔ "yùn" and 中国 ↔ "guó".

- ``is_pinyin(text)``: every word is a sequence of valid Mandarin syllables, and the text
  carries tone marks or tone numbers (toneless words such as "men", "long" or "change" are
  English too often to be called pinyin on their own), or it is three lowercase toneless
  words or more, each one syllable ("zhong guo te se").
- ``reads(chinese, text)``: the text is a reading of *this* Chinese: its toneless letters are
  the characters' syllables in order (every reading pypinyin knows of each character counts,
  so polyphones match).  This catches toneless readings as well ("Gongtong fuyu").
- ``strip_ruby(line)``: the line without readings in brackets after characters, and the
  readings removed (which document readers keep as evidence of the term's pinyin).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from glossary import han
from glossary.han import han_runs, is_han

TONE_MARKS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
_WORD = re.compile(r"[A-Za-zÀ-ɏüÜ]+[1-5]?(?:['’\-][A-Za-zÀ-ɏüÜ]+[1-5]?)*")
# A ruby reading: one or more syllables in brackets right after a Han character.
_RUBY = han.pattern(r"(?<=[\p{Han}])\s?[(（]{1,2}\s*(?P<reading>[a-zA-Zà-ɏü1-5' ]{1,60}?)\s*[)）]")


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless Mandarin syllable pypinyin knows (about 410), lowercase, ü as v."""
    from glossary.normalize.pinyin_data import characters

    found = set()
    for readings in characters().values():
        for reading in readings.split(","):
            found.add(toneless(reading))
    return frozenset(s for s in found if s.isalpha())


# Pinyin fonts and Chinese input methods write a and g as ɑ and ɡ (caichan ɡuanxi)
_PINYIN_LETTERS = str.maketrans({"ɑ": "a", "ɡ": "g"})


def toneless(text: str) -> str:
    """Pinyin without its tones, in lower case, ü as v: "Lǜsè" → "lvse"."""
    # ü with a tone mark (ǚ) decomposes to u + diaeresis + tone: the diaeresis makes it v.
    decomposed = unicodedata.normalize("NFD", text.casefold().translate(_PINYIN_LETTERS)
                                       ).replace("u\u0308", "v")
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return re.sub(r"[1-5]", "", plain).replace("u:", "v")


def syllables_of(word: str) -> list[str] | None:
    """A written reading's word ("Zhōng", "xuânjû", "Xī'ān", "guo2") as pinyin syllables,
    whatever its tone marks; None if no syllables spell it."""
    return split_syllables(toneless(word).replace("'", "").replace("’", "").replace("-", ""))


def split_syllables(word: str) -> list[str] | None:
    """`word` (toneless letters, ü as v) as syllables, the fewest that spell it; None if
    none do."""
    known = syllables()
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            before = best[start]
            if before is not None and word[start:end] in known and (
                    best[end] is None or len(before) + 1 < len(best[end] or ())):
                best[end] = [*before, word[start:end]]
    return best[-1]


@lru_cache(maxsize=1 << 14)  # asked of the same cells and spans by several extractors
def is_pinyin(text: str) -> bool:
    text = text.translate(_PINYIN_LETTERS)
    words = _WORD.findall(text)
    if not words or _WORD.sub("", text).strip(" ,;·-'’"):
        return False
    toned = any(c in TONE_MARKS for c in text.casefold()) or bool(re.search(r"[a-z][1-5]", text))
    if toned:
        split = [syllables_of(w) for w in words]
        if any(s is None for s in split):
            return False
        # Most syllables of written pinyin carry their tone; French and Spanish words spelled
        # with pinyin's letters carry one accent at most ("pensée mao-zedong": 1 of 6)
        marked = sum(1 for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) == "Mn") + \
            len(re.findall(r"[a-z][1-5]", text))
        return 2 * marked >= sum(len(s or ()) for s in split)
    # Toneless, one syllable per word, three words or more ("zhong guo te se"): no English,
    # French or Spanish phrase is made only of such words.
    known = syllables()
    return len(words) >= 3 and text.islower() and all(w in known for w in words)


def reads(chinese: str, text: str) -> bool:
    """`text` spells the pinyin of `chinese`, syllable by syllable, tones ignored."""
    letters = re.sub(r"[^a-zv]", "", toneless(text))
    characters = "".join(han_runs(chinese))
    if not letters or not characters or len(characters) > 20:
        return False
    options = _character_readings(characters)
    if not any(letters.startswith(c) for c in options[0]):
        return False
    position = {0}
    for choices in options:
        position = {p + len(c) for p in position for c in choices if letters.startswith(c, p)}
        if not position:
            return False
    return len(letters) in position


def _character_readings(characters: str) -> list[frozenset[str]]:
    return [character_readings(c) for c in characters]


@lru_cache(maxsize=1 << 15)
def character_readings(char: str) -> frozenset[str]:
    """Every toneless reading pypinyin's dictionary gives one character (a dictionary
    look-up: scorers ask this hundreds of thousands of times in a large build)."""
    from glossary.normalize.pinyin_data import characters

    found = characters().get(ord(char), "")
    return frozenset(toneless(r) for r in found.split(",") if r)


def strip_ruby(line: str) -> tuple[str, list[tuple[str, str]]]:
    """`line` without ruby readings, and the (characters, reading) pairs removed.

    A bracket after a Han character is a ruby reading when its content spells the pinyin of
    the characters just before it: tone-marked or numbered for one character, any spelling
    for two or more (glossaries write "官员考核体系 (guan yuan kao he tixi)")."""
    if "(" not in line and "（" not in line:
        return line, []
    found: list[tuple[str, str]] = []

    def replace(match: re.Match[str]) -> str:
        reading = match["reading"].strip()
        count = len(reading.split())
        start = match.start()
        before = line[max(0, start - max(count, 1) * 2):start]
        run = "".join(c for c in before if is_han(c))
        for size in range(min(len(run), count * 2), 0, -1):
            # Toneless readings count when they spell two characters or more exactly
            # ("(guan yuan kao he tixi)"): one syllable could be an English word.
            if reads(run[-size:], reading) and (size >= 2 or is_pinyin(reading)):
                found.append((run[-size:], reading))
                return ""
        return match.group()

    return _RUBY.sub(replace, line), found
