"""What counts as a Han character, and which script a piece of text is mostly in.

One character class for the whole package (documents, extractors, pinyin, search keys), in a
module small enough that a lookup can import it without the document reader.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The class itself, for patterns built elsewhere: CJK Unified Ideographs with Extension A,
# the compatibility ideographs and the supplementary-plane extensions.
HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_CLASS = f"[{HAN_RANGES}]"
# HAN_RANGES as (first, last) code points: each range is three characters, FIRST-LAST.
_RANGES = tuple((ord(HAN_RANGES[i]), ord(HAN_RANGES[i + 2])) for i in range(0, len(HAN_RANGES), 3))
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_RUN = re.compile(_LATIN_LETTER.pattern + "+")


@lru_cache(maxsize=2)
def _compiled(regex: str) -> re.Pattern[str]:
    # Compiled on first use: a class this wide costs re ~1 ms to compile (it walks every BMP
    # code point in it), a third of what a whole `glossary lookup` may spend on its own code.
    return re.compile(regex)


@lru_cache(maxsize=256)
def pattern(regex: str, flags: int = 0) -> re.Pattern[str]:
    """`regex` compiled with ``\\p{Han}`` standing for this module's Han ranges, as other
    regex engines spell it: ``pattern(r"[\\p{Han}·]{2,30}")``.  Every extractor's pattern
    goes through here, so the package has one idea of what a Chinese character is."""
    return re.compile(regex.replace(r"\p{Han}", HAN_RANGES), flags)


def han_runs(text: str) -> list[str]:
    """The maximal runs of Han characters in `text`, in order."""
    return _compiled(HAN_CLASS + "+").findall(text)


def contains_han(text: str) -> bool:
    # Compares code points: a lookup asks this of its query, and compiling HAN_CLASS would
    # cost it more than everything else it does with the query.
    return not text.isascii() and any(low <= ord(char) <= high for char in text
                                      for low, high in _RANGES)


def han_count(text: str) -> int:
    # Runs, not characters: findall made a string of every character of every paragraph.
    return sum(map(len, han_runs(text)))


def is_han(char: str) -> bool:
    return bool(_compiled(HAN_CLASS).match(char))


def in_order(chars: str, text: str) -> bool:
    """Every character of `chars` is in `text`, in the same order (a contraction's: 万国邮联
    of 万国邮政联盟, 发展改革委 of 国家发展和改革委员会)."""
    rest = iter(text)
    return all(char in rest for char in chars)


def script_of(text: str) -> str:
    """'han' or 'latin' by weight: one Han character counts as three Latin letters."""
    han = han_count(text)
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    if han == 0 and latin == 0:
        return "other"
    return "han" if han * 3 >= latin else "latin"


_NUMERALS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}


def chinese_numbers(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Numbers written in Chinese numerals or digits, with their spans: 二十 → 20, 第七 → 7."""
    found = []
    for match in re.finditer(r"[〇零一二两三四五六七八九十百]+", text):
        value = numeral_value(match.group())
        if value is not None:
            found.append((value, match.span()))
    for match in re.finditer(r"\d+", text):
        found.append((int(match.group()), match.span()))
    return found


def numeral_value(numeral: str) -> int | None:
    """十九 → 19, 二〇三五 → 2035 (digit by digit), 两 → 2."""
    if all(c in _NUMERALS for c in numeral):  # digit by digit: 二〇三五
        return int("".join(str(_NUMERALS[c]) for c in numeral)) if len(numeral) > 1 or \
            numeral not in "一两" else _NUMERALS[numeral]
    total, current = 0, 0
    for char in numeral:
        if char in _NUMERALS:
            current = _NUMERALS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
    return total + current or None
