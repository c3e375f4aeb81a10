"""TBX-Basic 2008 (<martif>), for OmegaT and translate-toolkit: the mapping is formats.tbx's,
written in the 2008 dialect.  Reading needs no module of its own: tbx.read tells the versions
apart by their root element."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from glossary.model import Concept
from glossary.termbase.formats import tbx

NAME = "tbx2"
SUFFIXES = (".tbx",)  # same ending as 2019: for_path picks tbx, whose reader reads both
HELP = "TBX-Basic 2008: OmegaT, translate-toolkit"
TAGS = tbx.TAGS
OPTIONS = ("description",)
# OmegaT shows every context of a term in its glossary pane (two entries fill it): a file
# made for it has contexts only when asked (export --contexts); the counts are written.
CONTEXTS = 0
read = tbx.read


def write(concepts: Iterable[Concept], out: IO[bytes], title: str = "glossary termbase",
          description: str = "Written by glossary.") -> int:
    return tbx.write(concepts, out, title, description, dialect=tbx.V2008)
