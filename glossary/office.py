"""Office files as text: a Word document's paragraphs and table rows (.docx, and .doc from
Word 97–2003), an Excel workbook's rows.

Both wings read them: the build takes terms from their text (build.readers.word, .xlsx), the
checker takes translation segments from their bilingual tables (bitext.office).  Errors
are one-line InputErrors naming the file.

Word 97–2003 (.doc) is an OLE compound file (olefile opens it) holding the text in pieces
that a table of character positions orders (``doc_blocks``).  Word (.docx) is read with lxml,
already a dependency: the few WordprocessingML elements that carry text (w:p, w:t, w:tab,
w:br, w:tbl/w:tr/w:tc) need no library of their own.  A text box
is stored twice (a DrawingML shape, the markup-compatibility Choice, and VML, the Fallback):
the Choice is read.  Deleted tracked changes and field codes are not text a reader sees;
inserted ones are.  Excel (.xlsx) is read with openpyxl in read-only mode, which streams rows:
shared strings, inline strings and rich text are its business, not ours.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any

from glossary.errors import InputError

Block = str | list[str]  # a paragraph's line of text, or a table row's cells

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")
_SKIPPED = {f"{_W}{tag}" for tag in ("del", "instrText", "delText", "rPr", "pPr", "sectPr",
                                     "tblPr", "trPr", "tcPr", "tblGrid")}
_SKIPPED.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")
_BREAKS = {f"{_W}br", f"{_W}cr"}


def word_blocks(data: bytes, name: str) -> list[Block]:
    """A Word document's paragraphs and table rows, whichever its format: .docx (a zip of
    XML) or .doc (Word 97–2003, an OLE compound file), told by its first bytes, not its name
    (a .doc renamed .docx, or the reverse, is common)."""
    if data.startswith(b"PK"):
        return docx_blocks(data, name)
    if data.startswith(_OLE):
        return doc_blocks(data, name)
    raise InputError(f"{name}: not a Word document (neither .docx nor Word 97–2003 .doc)")


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def as_lines(blocks: list[Block]) -> str:
    """Blocks as text: a paragraph a line, a table row a line of its cells joined by " | "."""
    return "\n".join(block if isinstance(block, str) else " | ".join(block) for block in blocks)


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
    except zipfile.BadZipFile as err:
        raise InputError(f"{name}: damaged Word document (not a readable zip: {err})") from None
    except (etree.XMLSyntaxError, *_DAMAGED_ZIP) as err:
        raise InputError(f"{name}: damaged Word document ({err})") from None
    return blocks


# What zipfile raises on a damaged member besides BadZipFile: a corrupt deflate stream, a
# mangled name, an unknown compression method, a member cut short
_DAMAGED_ZIP = (zlib.error, UnicodeDecodeError, NotImplementedError, EOFError, OSError)


def doc_blocks(data: bytes, name: str) -> list[Block]:
    """A Word 97–2003 document's (.doc) main text as paragraphs and table rows, read from its
    piece table ([MS-DOC] 2.4.1): the text is stored in pieces, each 8-bit (cp1252) or UTF-16,
    which the CP ranges of the table stream's Clx put in order.  Field codes are left out and
    their results kept.  A cell ends with a cell mark and a row with one more, so a run of k
    marks ends a cell, k − 2 empty cells and the row; an empty cell inside a row (two marks
    before more text) is read as the row's end (only the paragraph properties, not read here,
    would tell the two apart)."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 - olefile raises many kinds on a broken header
        raise InputError(f"{name}: not a Word 97–2003 document (.doc: {err})") from None
    try:
        with ole:
            if not ole.exists("WordDocument"):
                raise InputError(f"{name}: not a Word document (no WordDocument stream)")
            word = ole.openstream("WordDocument").read()
            ident, version, _, _, _, flags = struct.unpack_from("<HHHHHH", word, 0)
            if ident != 0xA5EC or version < _WORD97:
                raise InputError(f"{name}: a Word 6/95 document or older: save it as .docx first")
            if flags & 0x0100:
                raise InputError(f"{name}: Word document is password-protected; save an "
                                 "unprotected copy")
            table_name = "1Table" if flags & 0x0200 else "0Table"
            table = ole.openstream(table_name).read()
            text = _pieces(word, table)
    except (struct.error, IndexError, ValueError, OSError) as err:
        raise InputError(f"{name}: damaged Word document ({type(err).__name__}: {err})") from None
    return _doc_blocks(_without_field_codes(text))


_WORD97 = 0x00C1  # nFib of Word 97: the FIB layout read below


def _pieces(word: bytes, table: bytes) -> str:
    """The main document's characters, CP 0 to ccpText, in piece order."""
    (characters,) = struct.unpack_from("<i", word, 0x4C)  # FibRgLw97.ccpText
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x01A2)  # FibRgFcLcb97.fcClx, lcbClx
    clx = table[fc_clx:fc_clx + lcb_clx]
    at = 0
    while clx[at] == 0x01:  # Prc: property modifiers, skipped
        (size,) = struct.unpack_from("<H", clx, at + 1)
        at += 3 + size
    if clx[at] != 0x02:
        raise ValueError("no piece table")
    (size,) = struct.unpack_from("<I", clx, at + 1)
    plc = clx[at + 5:at + 5 + size]
    count = (size - 4) // 12
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    parts = []
    for k in range(count):
        start, end = cps[k], min(cps[k + 1], characters)
        if start >= end:
            break
        (fc,) = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * k + 2)
        if fc & 0x40000000:  # fCompressed: one byte a character at fc / 2
            offset = (fc & 0x3FFFFFFF) // 2
            parts.append(word[offset:offset + end - start].decode("cp1252", "replace"))
        else:
            offset = fc & 0x3FFFFFFF
            parts.append(word[offset:offset + 2 * (end - start)].decode("utf-16-le", "replace"))
    return "".join(parts)


def _without_field_codes(text: str) -> str:
    """Text without each field's code (between its begin and separator marks, 0x13 and 0x14);
    its result, up to the end mark (0x15), stays."""
    kept, depth_code = [], []  # per open field: still in its code?
    for char in text:
        if char == "\x13":
            depth_code.append(True)
        elif char == "\x14" and depth_code:
            depth_code[-1] = False
        elif char == "\x15" and depth_code:
            depth_code.pop()
        elif not any(depth_code):
            kept.append(char)
    return "".join(kept)


# Word's special characters: line and page breaks end a line; a non-breaking hyphen is a
# hyphen; an optional hyphen, object anchors and footnote references are not text
_SPECIAL = str.maketrans({"\x0b": "\r", "\x0c": "\r", "\x0e": "\r", "\x1e": "-", "\x1f": None,
                          "\x01": None, "\x02": None, "\x05": None, "\x08": None})


def _doc_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    row: list[str] | None = None  # the table row being read
    current = ""  # the paragraph's or the cell's text so far
    for token in re.split(r"(\r|\x07+)", text.translate(_SPECIAL)):
        if token == "\r":
            if row is None:
                blocks.append(current)
                current = ""
            else:  # a paragraph mark inside a cell: the cell goes on
                current += " "
        elif token.startswith("\x07"):
            row = [] if row is None else row
            row.append(" ".join(current.split()))
            current = ""
            if len(token) >= 2:  # the last cell's mark, empty cells', then the row's
                row.extend([""] * (len(token) - 2))
                blocks.append(row)
                row = None
        else:
            current += token
    if row is not None:
        blocks.append(row)
    if current:
        blocks.append(current)
    return blocks


def xlsx_sheets(data: bytes, name: str) -> Iterator[tuple[int, list[list[str]]]]:
    """(sheet number from 1, its rows) for every sheet that has rows: ``xlsx_rows`` by sheet."""
    for number, rows in groupby(xlsx_rows(data, name), key=itemgetter(0)):
        yield number, [cells for _, cells in rows]


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
