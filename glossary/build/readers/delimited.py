"""CSV and TSV files: one line per row, cells joined by " | ".

A glossary exported as CSV quotes cells that hold commas or line breaks; read as plain text,
those rows would break apart.  The csv module reads the quoting, and each row becomes the
`中文 | English` line the row extractor reads.  A .tsv file is split at tabs; a .csv file at
whichever of comma, semicolon, tab or bar its first lines use.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator

from glossary.build.documents import utf8
from glossary.errors import InputError

NAME = "delimited"
SUFFIXES = (".csv", ".tsv")


def text(data: bytes, name: str) -> str:
    """One line per row, its cells between bars, an empty one kept in its place (a column's
    name in the header is found by its place)."""
    content = utf8(data, name)  # tabs kept: they may be the delimiter
    if name.lower().endswith(".tsv"):
        delimiter = "\t"
    else:
        try:
            sample = "\n".join(content.splitlines()[:20])
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    # strict, as check's bilingual CSV reader: a quote left open is a malformed file, not a
    # cell that runs to the end of it
    rows = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter, strict=True)
    try:
        # a quoted line break is inside its cell, not a new row
        return "\n".join(" | ".join(" ".join(cell.split()) for cell in row)
                         for row in _overflow_joined(rows, delimiter))
    except csv.Error as err:
        raise InputError(f"{name}: malformed CSV (line {rows.line_num}: {err})") from None


def _overflow_joined(rows: Iterator[list[str]], delimiter: str) -> list[list[str]]:
    """Rows whose last cell, a note, holds the delimiter unquoted ("…（Lishui, Zhejiang）…")
    as written by hand: in a file whose rows mostly have one width, the overflow is that
    last cell again, not more columns, which would cost the row its header's names."""
    table = list(rows)
    widths = Counter(len(row) for row in table)
    width, count = widths.most_common(1)[0] if widths else (0, 0)
    if width < 2 or 5 * count < 3 * len(table):
        return table
    return [[*row[:width - 1], delimiter.join(row[width - 1:])] if len(row) > width else row
            for row in table]
