"""Excel workbooks (.xlsx): every sheet's rows, one line each, cells joined by " | "
(``glossary.office`` reads the file).

A glossary kept in Excel is a table: one row a term, a column a language.  Each row becomes
the `中文 | English` line the row extractor reads in a text file; empty cells are left out,
and sheets are separated by a blank line.
"""

from __future__ import annotations

from glossary.office import xlsx_sheets

NAME = "xlsx"
SUFFIXES = (".xlsx",)


def text(data: bytes, name: str) -> str:
    """One line per row of every sheet, a blank line between sheets."""
    return "\n\n".join("\n".join(" | ".join(cell for cell in cells if cell) for cells in rows)
                       for _, rows in xlsx_sheets(data, name))
