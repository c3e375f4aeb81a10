"""Accepted exceptions of `glossary check`: a file of findings to stay quiet about.

One finding a line, tab-separated, keyed by the segment's source text and the source term
(and the check's code, when given: an entry written with a code silences that check only, so
a term that later becomes deprecated there is reported again)::

    # glossary check ignore list: code, term, segment source
    missing	全面从严治党	全面从严治党永远在路上。

`--write-ignore FILE` adds the findings of a run (what a reviewer has looked at and
accepted); the HTML report shows the same lines to copy.  Lines starting with # are comments.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from glossary.errors import InputError
from glossary.fileio import tsv_escape, tsv_unescape

HEADER = "# glossary check ignore list: code, term, segment source (tab-separated)\n"


@dataclass(frozen=True)
class Entry:
    code: str  # "" for every check
    term: str
    source: str


def line(code: str, term: str, source: str) -> str:
    return "\t".join(tsv_escape(v) for v in (code, term, " ".join(source.split()))) + "\n"


def read(path: Path) -> set[Entry]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8") from None
    entries = set()
    for number, row in enumerate(text.splitlines(), 1):
        if not row.strip() or row.startswith("#"):
            continue
        cells = row.split("\t")
        if len(cells) != 3:
            raise InputError(f"{path}:{number}: want code, term and segment source, tab-separated")
        code, term, source = (tsv_unescape(cell) for cell in cells)
        entries.add(Entry(code.strip(), term, " ".join(source.split())))
    return entries


def ignored(entries: set[Entry], code: str, term: str, source: str) -> bool:
    source = " ".join(source.split())
    return Entry(code, term, source) in entries or Entry("", term, source) in entries


def write(path: Path, rows: Iterable[tuple[str, str, str]]) -> int:
    """Add (code, term, source) rows not already in the file; return how many were added."""
    have = read(path) if path.is_file() else set()
    new = [row for row in dict.fromkeys(rows) if not ignored(have, *row)]
    start = "" if path.is_file() and path.stat().st_size else HEADER
    with path.open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(start + "".join(line(*row) for row in new))
    return len(new)
