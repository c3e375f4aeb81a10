"""Bilingual files a reviewer receives — XLIFF 1.2 (with the SDLXLIFF and MQXLIFF flavours),
XLIFF 2.x, TMX, PO, bilingual CSV/TSV — read into Segments, one reader module each, in one
registry: adding a format is adding a module.

A reader module declares NAME and SUFFIXES (the file endings it reads) and provides
``read(path) -> Iterator[Segment]``; modules whose names start with "_" are helpers.

Inline markup never reaches the checker: codes (placeholders, paired tags) are dropped,
text inside formatting (g, pc, mrk, hi) is kept, so "<g>全面</g>从严治党" is 全面从严治党.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

from glossary import registry
from glossary.errors import InputError
from glossary.model import Segment


@cache
def readers() -> dict[str, ModuleType]:
    """Every reader by its NAME, in module name order."""
    return registry.modules(__name__, __path__)


def suffixes() -> dict[str, ModuleType]:
    """Each file ending a reader reads, and that reader."""
    return {suffix: module for module in readers().values() for suffix in module.SUFFIXES}


def read(path: Path) -> Iterator[Segment]:
    """Segments of a bilingual file, its kind told by its ending."""
    module = suffixes().get(path.suffix.lower())
    if module is None:
        raise InputError(f"{path}: cannot tell the format from the file name (known endings: "
                         f"{', '.join(sorted(suffixes()))})")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return module.read(path)  # type: ignore[no-any-return]
