"""Office files as text: a Word document's paragraphs and table rows, an Excel workbook's rows.

Both wings read them: the build takes terms from their text (build.readers.docx, .xlsx), the
checker takes translation segments from their bilingual tables (check.bitext.office).  Errors
are one-line InputErrors naming the file.

Word (.docx) is read with lxml, already a dependency: the few WordprocessingML elements that
carry text (w:p, w:t, w:tab, w:br, w:tbl/w:tr/w:tc) need no library of their own.  A text box
is stored twice (a DrawingML shape, the markup-compatibility Choice, and VML, the Fallback):
the Choice is read.  Deleted tracked changes and field codes are not text a reader sees;
inserted ones are.  Excel (.xlsx) is read with openpyxl in read-only mode, which streams rows:
shared strings, inline strings and rich text are its business, not ours.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from glossary.errors import InputError

Block = str | list[str]  # a paragraph's line of text, or a table row's cells

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")
_SKIPPED = {f"{_W}{tag}" for tag in ("del", "instrText", "delText", "rPr", "pPr", "sectPr",
                                     "tblPr", "trPr", "tcPr", "tblGrid")}
_SKIPPED.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")
_BREAKS = {f"{_W}br", f"{_W}cr"}


def docx_blocks(data: bytes, name: str) -> list[Block]:
    """The body's paragraphs (one line each; a soft line break starts another) and table rows,
    in document order, then the footnotes' and endnotes'."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    blocks: list[Block] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if _PARTS[0] not in names:
                raise InputError(f"{name}: not a Word document (no word/document.xml inside)")
            for part in _PARTS:
                if part in names:
                    _read(etree.fromstring(package.read(part), parser), blocks)
    except zipfile.BadZipFile:
        raise InputError(f"{name}: not a Word document (.docx is a zip file; this is not one; "
                         "a .doc from Word 97–2003 must be saved as .docx first)") from None
    except (etree.XMLSyntaxError, *_DAMAGED_ZIP) as err:
        raise InputError(f"{name}: damaged Word document ({err})") from None
    return blocks


# What zipfile raises on a damaged member besides BadZipFile: a corrupt deflate stream, a
# mangled name, an unknown compression method, a member cut short
_DAMAGED_ZIP = (zlib.error, UnicodeDecodeError, NotImplementedError, EOFError, OSError)


def xlsx_rows(data: bytes, name: str) -> Iterator[tuple[int, list[str]]]:
    """(sheet number from 1, the row's cells as text, "" for an empty cell) for every row of
    every sheet.  Numbers print as Excel shows them without a format (2024, not 2024.0)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except zipfile.BadZipFile:
        raise InputError(f"{name}: not an Excel workbook (.xlsx); a .xls from Excel 97–2003 "
                         "must be saved as .xlsx first") from None
    except Exception as err:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise InputError(f"{name}: damaged Excel workbook ({type(err).__name__}: {err})") from None
    try:
        for number, sheet in enumerate(workbook.worksheets, 1):
            for row in sheet.iter_rows(values_only=True):
                yield number, [_cell(value) for value in row]
    except Exception as err:  # noqa: BLE001 - (rows are parsed as they are read)
        raise InputError(f"{name}: damaged Excel workbook ({type(err).__name__}: {err})") from None
    finally:
        workbook.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())  # a line break inside a cell is not a new row


def _read(element: Any, blocks: list[Block]) -> None:
    """Append the blocks of `element`'s paragraphs and tables, in document order."""
    for child in element:
        if child.tag == f"{_W}p":
            boxes: list[Any] = []
            blocks.extend(_paragraph(child, boxes).split("\n"))
            for box in boxes:  # a text box anchored in the paragraph: its own blocks
                _read(box, blocks)
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                if _table_of(row) is child:  # a nested table's rows are read in their cell
                    blocks.append([" ".join(" ".join(_paragraph(p, []).split())
                                            for p in cell.iter(f"{_W}p"))
                                   for cell in row.iterchildren(f"{_W}tc")])
        elif child.tag not in _SKIPPED:
            _read(child, blocks)  # w:sdt content controls, w:ins, w:footnote, w:customXml…


def _paragraph(paragraph: Any, boxes: list[Any]) -> str:
    """The paragraph's text; the text boxes anchored in it are appended to `boxes`."""
    parts: list[str] = []
    _runs(paragraph, parts, boxes)
    return "".join(parts)


def _runs(element: Any, parts: list[str], boxes: list[Any]) -> None:
    for child in element:
        tag = child.tag
        if tag == f"{_W}txbxContent":
            boxes.append(child)
        elif tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in _BREAKS:
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag not in _SKIPPED and tag != f"{_W}tbl":
            _runs(child, parts, boxes)  # runs, hyperlinks, smart tags, inserted text


def _table_of(row: Any) -> Any:
    parent = row.getparent()
    while parent is not None and parent.tag != f"{_W}tbl":
        parent = parent.getparent()
    return parent
