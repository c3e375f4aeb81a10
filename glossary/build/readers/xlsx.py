"""Excel workbooks (.xlsx): every sheet's rows, one line each, cells joined by " | ".

A glossary kept in Excel is a table: one row a term, a column a language.  Each row becomes
the `中文 | English` line the row extractor reads in a text file; empty cells are left out,
and sheets are separated by a blank line.  Numbers print as Excel shows them without a
format (2024, not 2024.0).

Read with openpyxl in read-only mode, which streams rows instead of loading the workbook:
shared strings, inline strings and rich text are its business, not ours.
"""

from __future__ import annotations

import io
import zipfile

from glossary.build.documents import Paragraph
from glossary.build.readers.text import text_paragraphs
from glossary.errors import InputError

NAME = "xlsx"
SUFFIXES = (".xlsx",)


def paragraphs(text: str, name: str) -> list[Paragraph]:
    return text_paragraphs(text)


def text(data: bytes, name: str) -> str:
    """One line per row of every sheet, a blank line between sheets."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise InputError(f"{name}: not an Excel workbook (.xlsx); a .xls from Excel 97–2003 "
                         "must be saved as .xlsx first") from None
    lines: list[str] = []
    try:
        for sheet in workbook.worksheets:
            if lines:
                lines.append("")
            for row in sheet.iter_rows(values_only=True):
                cells = [_cell(value) for value in row if value is not None]
                lines.append(" | ".join(cell for cell in cells if cell))
    finally:
        workbook.close()
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())  # a line break inside a cell is not a new row
