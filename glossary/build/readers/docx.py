"""Word documents (.docx): the body's paragraphs and table rows, then footnotes and endnotes,
as lines of text.

A Word paragraph is one line, a soft line break starts another, and a table row is one line
with its cells joined by " | " (as the HTML reader joins them), so a two-column glossary reads
as the `中文 | English` rows it shows.  That is the text Word itself saves as "Plain Text",
which is what the extractors are measured on.  Deleted tracked changes and field codes are
not text a reader sees, so they are left out; inserted ones are kept.

Read with lxml, already a dependency: the few WordprocessingML elements that carry text
(w:p, w:t, w:tab, w:br, w:tbl/w:tr/w:tc) need no library of their own.
"""

from __future__ import annotations

import io
import zipfile

from glossary.build.documents import Paragraph
from glossary.build.readers.text import text_paragraphs
from glossary.errors import InputError

NAME = "docx"
SUFFIXES = (".docx",)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")
_SKIPPED = {f"{_W}{tag}" for tag in ("del", "instrText", "delText", "rPr", "pPr", "sectPr",
                                     "tblPr", "trPr", "tcPr", "tblGrid")}
_BREAKS = {f"{_W}br", f"{_W}cr"}
# Markup compatibility: a text box is stored twice, as a DrawingML shape (the Choice) and as
# VML (the Fallback); the Choice is read.
_SKIPPED.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")


def paragraphs(text: str, name: str) -> list[Paragraph]:
    return text_paragraphs(text)


def text(data: bytes, name: str) -> str:
    """The document's text: one line per paragraph, soft line break or table row."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    lines: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if _PARTS[0] not in names:
                raise InputError(f"{name}: not a Word document (no word/document.xml inside)")
            for part in _PARTS:
                if part in names:
                    _read(etree.fromstring(package.read(part), parser), lines)
    except zipfile.BadZipFile:
        raise InputError(f"{name}: not a Word document (.docx is a zip file; this is not one; "
                         "a .doc from Word 97–2003 must be saved as .docx first)") from None
    except etree.XMLSyntaxError as err:
        raise InputError(f"{name}: damaged Word document ({err})") from None
    return "\n".join(lines)


def _read(element, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Append the lines of `element`'s paragraphs and tables, in document order."""
    for child in element:
        if child.tag == f"{_W}p":
            boxes: list = []  # type: ignore[type-arg]
            lines.extend(_paragraph(child, boxes).split("\n"))
            for box in boxes:  # a text box anchored in the paragraph: its own blocks
                _read(box, lines)
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                if _table_of(row) is child:  # a nested table's rows are read in their cell
                    cells = [" ".join(" ".join(_paragraph(p, []).split())
                                      for p in _cell_paragraphs(cell))
                             for cell in row.iterchildren(f"{_W}tc")]
                    lines.append(" | ".join(cells))
        elif child.tag not in _SKIPPED:
            _read(child, lines)  # w:sdt content controls, w:ins, w:footnote, w:customXml…


def _paragraph(paragraph, boxes: list) -> str:  # type: ignore[no-untyped-def,type-arg]
    """The paragraph's text; the text boxes anchored in it are appended to `boxes`."""
    parts: list[str] = []
    _runs(paragraph, parts, boxes)
    return "".join(parts)


def _runs(element, parts: list[str], boxes: list) -> None:  # type: ignore[no-untyped-def,type-arg]
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


def _cell_paragraphs(cell):  # type: ignore[no-untyped-def]
    # every paragraph in the cell, nested tables' too: a cell is one piece of text
    return cell.iter(f"{_W}p")


def _table_of(row):  # type: ignore[no-untyped-def]
    parent = row.getparent()
    while parent is not None and parent.tag != f"{_W}tbl":
        parent = parent.getparent()
    return parent
