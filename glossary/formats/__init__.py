"""Exchange formats, one module each, in one registry.

A format module declares NAME and SUFFIXES once and provides ``write(concepts, out)`` and,
where it can be read, ``read(source, name)``.
"""

from __future__ import annotations

from types import ModuleType

from glossary.errors import InputError
from glossary.formats import csv, jsonl, tbx

FORMATS: dict[str, ModuleType] = {module.NAME: module for module in (tbx, csv, jsonl)}


def by_name(name: str) -> ModuleType:
    try:
        return FORMATS[name]
    except KeyError:
        raise InputError(f"unknown format {name!r} (known: {', '.join(FORMATS)})") from None


def for_path(path: str) -> ModuleType:
    lowered = path.lower()
    for module in FORMATS.values():
        if lowered.endswith(module.SUFFIXES):
            return module
    raise InputError(f"{path}: cannot tell the format from the file name "
                     f"(known endings: {', '.join(s for m in FORMATS.values() for s in m.SUFFIXES)})")
