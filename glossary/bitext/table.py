"""Bilingual CSV or TSV: source in the first column, target in the second.  A header row
naming languages (``zh-CN,en``) gives them; a header of other words (``source,target``) is
skipped; without a header every row is a segment."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from glossary.errors import FormatError
from glossary.langtags import known_or
from glossary.model import Segment

NAME = "table"
SUFFIXES = (".csv", ".tsv", ".txt")


def read(path: Path) -> Iterator[Segment]:
    delimiter = "," if path.suffix.lower() == ".csv" else "\t"
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = csv.reader(handle, delimiter=delimiter, strict=True)
            source_lang = target_lang = ""
            for number, row in enumerate(rows, 1):
                if len(row) < 2:
                    if any(cell.strip() for cell in row):
                        raise FormatError(f"{path}: line {number}: needs a source and a target "
                                          "column")
                    continue
                if number == 1 and _is_header(row):
                    source_lang, target_lang = (known_or(row[0], ""), known_or(row[1], ""))
                    continue
                yield Segment(str(number), row[0], row[1], source_lang, target_lang, str(path),
                              number)
    except UnicodeDecodeError as err:
        raise FormatError(f"{path}: not UTF-8 (byte {err.start})") from None
    except csv.Error as err:
        raise FormatError(f"{path}: {err}") from None


def _is_header(row: list[str]) -> bool:
    words = {cell.strip().casefold() for cell in row[:2]}
    return bool(words & {"source", "target", "src", "tgt"}) or all(known_or(c, "") for c in row[:2])
