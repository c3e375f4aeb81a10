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


def script_of(text: str) -> str:
    """'han' or 'latin' by weight: one Han character counts as three Latin letters."""
    han = han_count(text)
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    if han == 0 and latin == 0:
        return "other"
    return "han" if han * 3 >= latin else "latin"
