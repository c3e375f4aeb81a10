"""pypinyin, loaded once with its tables made compact (it is heavy: imported only when a build
or `glossary normalize` needs it, never by lookups).

pypinyin reads its phrase table from JSON, so each of its 143,861 readings is a list of its
own holding a string of its own, though there are only 1,247 distinct syllables; and it keeps
a copy of each table so that its `load_*_dict` functions can change them (glossary never
calls them).  Here every syllable is one string and every reading one list, shared by the
phrases that have it (never twice within a phrase: pypinyin deep-copies a phrase's readings
before styling them, and a copy must not alias), and the untouched originals are let go:
about 25 MB less, the same tables."""

from __future__ import annotations

from functools import cache
from types import ModuleType


@cache
def pypinyin() -> ModuleType:
    """The pypinyin module, its tables compacted (in place: every module of pypinyin that
    imported them sees the same objects)."""
    import pypinyin
    from pypinyin import constants, phrases_dict, pinyin_dict

    from glossary import memory

    _share_readings(constants.PHRASES_DICT)
    # The originals, which pypinyin copied at import and never reads again.
    phrases_dict.phrases_dict = constants.PHRASES_DICT
    pinyin_dict.pinyin_dict = constants.PINYIN_DICT
    memory.trim()
    return pypinyin


def phrases() -> dict[str, list[list[str]]]:
    """pypinyin's phrase table: phrase → one list of readings per character."""
    from pypinyin.constants import PHRASES_DICT

    pypinyin()
    return PHRASES_DICT  # type: ignore[no-any-return]


def characters() -> dict[int, str]:
    """pypinyin's character table: code point → its readings, comma-separated."""
    from pypinyin.constants import PINYIN_DICT

    pypinyin()
    return PINYIN_DICT  # type: ignore[no-any-return]


def _share_readings(table: dict[str, list[list[str]]]) -> None:
    """Each phrase's readings replaced by equal shared lists of shared strings."""
    syllables: dict[str, str] = {}
    shared: dict[tuple[str, ...], list[list[str]]] = {}
    for readings in table.values():
        used: dict[tuple[str, ...], int] = {}
        for position, reading in enumerate(readings):
            key = tuple(syllables.setdefault(s, s) for s in reading)
            times = used.get(key, 0)
            used[key] = times + 1
            lists = shared.setdefault(key, [])
            if len(lists) == times:
                lists.append(list(key))
            readings[position] = lists[times]
