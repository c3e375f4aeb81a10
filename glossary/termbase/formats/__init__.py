"""Exchange formats, one module each, in one registry.

A format module declares NAME and SUFFIXES once and provides ``write(concepts, out)`` and,
where it can be read, ``read(source, name)``.  The registry imports its modules on first use:
importing one format (jsonl, for the store) must not load lxml for the others.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from types import ModuleType

from glossary.errors import InputError

_MODULES = ("tbx", "tbx2", "csv", "jsonl", "omegat", "matecat")


@lru_cache(maxsize=None)
def formats() -> dict[str, ModuleType]:
    modules = (import_module(f"glossary.termbase.formats.{name}") for name in _MODULES)
    return {module.NAME: module for module in modules}


def by_name(name: str) -> ModuleType:
    try:
        return formats()[name]
    except KeyError:
        raise InputError(f"unknown format {name!r} (known: {', '.join(formats())})") from None


def for_path(path: str) -> ModuleType:
    lowered = path.lower()
    for module in formats().values():
        if lowered.endswith(module.SUFFIXES):
            return module
    endings = ", ".join(s for m in formats().values() for s in m.SUFFIXES)
    raise InputError(f"{path}: cannot tell the format from the file name (known endings: {endings})")
