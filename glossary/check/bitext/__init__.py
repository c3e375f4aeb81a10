"""Bilingual files a reviewer receives — XLIFF 1.2 (with the SDLXLIFF and MQXLIFF flavours),
XLIFF 2.x, TMX, PO, bilingual CSV/TSV — read into Segments, one reader module each.

Inline markup never reaches the checker: codes (placeholders, paired tags) are dropped,
text inside formatting (g, pc, mrk, hi) is kept, so "<g>全面</g>从严治党" is 全面从严治党.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from glossary.errors import InputError
from glossary.model import Segment

SUFFIXES = {".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff", ".mqxliff": "xliff",
            ".tmx": "tmx", ".po": "po", ".csv": "table", ".tsv": "table", ".txt": "table"}


def read(path: Path) -> Iterator[Segment]:
    """Segments of a bilingual file, its kind told by its ending."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path}: cannot tell the format from the file name (known endings: "
                         f"{', '.join(SUFFIXES)})")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    from importlib import import_module

    module = import_module(f"glossary.check.bitext.{kind}")
    return module.read(path)  # type: ignore[no-any-return]
