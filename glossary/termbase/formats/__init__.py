"""Exchange formats, one module each, in one registry: adding a format is adding a module.

A format module declares, once:
- NAME (the --format value), SUFFIXES (file endings, to tell the format from a file name),
  HELP (a few words for `glossary export --help`);
- ``write(concepts, out, **options) -> int`` (how many UNIT were written) and, where the format
  can be read, ``read(source, name)``;
- optionally TAGS (the language tags its consumers expect: {our tag: theirs}), OPTIONS (the
  export command's options its writer takes: source, target, neutralize, description), BINARY
  (True when the bytes are not text: never written to a terminal) and UNIT (what write counts,
  singular: "concept" unless it says otherwise).

The registry imports its modules on first use, in name order (tbx before tbx2, so a .tbx file
is read by tbx, whose reader reads both versions): importing one format (jsonl, for the store)
must not load lxml for the others.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from glossary.errors import InputError

DEFAULT = "tbx"


@cache
def formats() -> dict[str, ModuleType]:
    from glossary import registry

    return registry.modules(__name__, __path__)


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
    endings = ", ".join(dict.fromkeys(s for m in formats().values() for s in m.SUFFIXES))
    raise InputError(f"{path}: cannot tell the format from the file name (known endings: {endings})")


def described() -> str:
    """NAME (HELP) of every format, for the command line's help."""
    return ", ".join(f"{name} ({module.HELP})" for name, module in formats().items())
