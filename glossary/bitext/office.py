"""Bilingual tables in Word (.docx, .doc) and Excel (.xlsx) files: what translators send for review
(a CAT tool's "bilingual review" export, or a two-column table made by hand).

Each table row is a segment.  The row that heads the columns decides which are the source and
the target: the first two that name a language ("Chinese (Simplified)", "English (United
States)", "zh-CN", "英文"), else those headed source and target ("Source segment", "原文",
"Target", "译文", "Translation"); a column headed "ID" or "Segment ID" gives the segments'
ids.  A table with no such heading in its first rows is read as source, target: its first
two columns that hold anything.  A Word
file's paragraphs outside tables are not segments, nor is a row of merged cells (a section
title), and each table has its own heading.
Line numbers count the document's lines as the build reads them (a paragraph or row a line)
in Word, and rows in Excel (a later sheet's ids are prefixed with its number: 2!14).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from glossary.errors import InputError
from glossary.langtags import from_name
from glossary.model import Segment
from glossary.office import word_blocks, xlsx_sheets

NAME = "office"
SUFFIXES = (".docx", ".doc", ".xlsx")

_SOURCE = {"source", "source segment", "source text", "src", "原文", "源文", "源语", "原文本"}
_TARGET = {"target", "target segment", "target text", "tgt", "translation", "译文", "譯文",
           "目标", "目标语", "翻译"}
_ID = {"id", "segment id", "seg id", "#", "no.", "no", "编号", "序号"}
_HEADING_ROWS = 3  # a table's heading is among its first rows (a title row may come first)


def read(path: Path) -> Iterator[Segment]:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    tables = _xlsx_tables(data, str(path)) if path.suffix.lower() == ".xlsx" else \
        _word_tables(data, str(path))
    for rows in tables:
        yield from _segments(rows, str(path))


def _word_tables(data: bytes, name: str) -> Iterator[list[tuple[str, int, list[str]]]]:
    table: list[tuple[str, int, list[str]]] = []
    for line, block in enumerate(word_blocks(data, name), 1):
        if isinstance(block, list):
            table.append((str(line), line, block))
        elif table:
            yield table
            table = []
    if table:
        yield table


def _xlsx_tables(data: bytes, name: str) -> Iterator[list[tuple[str, int, list[str]]]]:
    for sheet, rows in xlsx_sheets(data, name):
        yield [(str(row) if sheet == 1 else f"{sheet}!{row}", row, cells)
               for row, cells in enumerate(rows, 1)]


def _segments(rows: list[tuple[str, int, list[str]]], file: str) -> Iterator[Segment]:
    columns = None
    filled = [index for index, (_, _, cells) in enumerate(rows) if any(c.strip() for c in cells)]
    for index in filled[:_HEADING_ROWS]:  # (a sheet's empty rows above its table don't count)
        columns = _heading(rows[index][2])
        if columns is not None:
            rows = rows[index + 1:]
            break
    if columns is None:  # no heading: the table's first two columns that hold anything
        used = sorted({k for _, _, cells in rows for k, cell in enumerate(cells) if cell.strip()})
        first, second = used[:2] if len(used) >= 2 else (0, 1)
        columns = (first, second, "", "", None)
    source, target, source_lang, target_lang, ids = columns
    for number, line, cells in rows:
        if len(cells) <= max(source, target) or not (cells[source].strip() or
                                                    cells[target].strip()):
            continue  # a row of merged cells (a section's title), or an empty one
        segment_id = cells[ids].strip() if ids is not None and cells[ids].strip() else number
        yield Segment(segment_id, cells[source], cells[target], source_lang, target_lang,
                      file, line)


def _heading(cells: list[str]) -> tuple[int, int, str, str, int | None] | None:
    """(source column, target column, their languages, the id column) that a heading row
    names, or None for a row that is not a heading."""
    named = [(k, from_name(cell)) for k, cell in enumerate(cells)]
    languages = [(k, tag) for k, tag in named if tag]
    words = [" ".join(cell.split()).casefold() for cell in cells]
    ids = next((k for k, word in enumerate(words) if word in _ID), None)
    if len(languages) >= 2:
        (source, source_lang), (target, target_lang) = languages[:2]
        return source, target, source_lang, target_lang, ids
    sources = [k for k, word in enumerate(words) if word in _SOURCE]
    targets = [k for k, word in enumerate(words) if word in _TARGET]
    if sources and targets:
        return sources[0], targets[0], "", "", ids
    return None
