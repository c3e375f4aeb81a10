"""Documents in the packaged formats for the reader tests.

The Word and PDF files in data/ were made by LibreOffice (Writer, from data/governance-
glossary.html, our own text): real files from a real office suite.  A Word file with a
particular piece of markup (a tracked deletion, a text box) is written here as the few XML
parts Word needs, an Excel workbook by openpyxl, and a translation memory by lxml.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

from lxml import etree

DATA = Path(__file__).parent / "data"
GLOSSARY_DOCX = DATA / "governance-glossary.docx"
GLOSSARY_DOC = DATA / "governance-glossary.doc"  # Word 97–2003, saved by LibreOffice
GLOSSARY_PDF = DATA / "governance-glossary.pdf"
XML_NS = "http://www.w3.org/XML/1998/namespace"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def docx(body: str, footnotes: str | None = None) -> bytes:
    """A Word file whose w:body holds `body` (WordprocessingML, prefix w)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml",
                         f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}" '
                         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                         f"<w:body>{body}</w:body></w:document>")
        if footnotes is not None:
            package.writestr("word/footnotes.xml", f'<w:footnotes xmlns:w="{_W}">{footnotes}'
                                                   "</w:footnotes>")
    return out.getvalue()


def paragraph(*runs: str) -> str:
    return "<w:p>" + "".join(f'<w:r><w:t xml:space="preserve">{run}</w:t></w:r>'
                             for run in runs) + "</w:p>"


def xlsx(*sheets: list[list[object]]) -> bytes:
    """An Excel workbook with one sheet per list of rows."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for number, rows in enumerate(sheets, 1):
        sheet = workbook.create_sheet(f"Sheet{number}")
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def sample(reader: str, text: str, folder: Path) -> Path:
    """A file for `reader` holding `text`, one paragraph (or row) per line; the PDF reader's
    is the LibreOffice fixture (a PDF with text needs an office suite to make)."""
    path = folder / ("doc" + {"delimited": ".csv", "text": ".txt", "word": ".docx",
                              "data": ".json", "memories": ".tmx",
                              "source": ".js"}.get(reader, f".{reader}"))
    lines = text.splitlines()
    if reader == "word":
        path.write_bytes(docx("".join(paragraph(line) for line in lines)))
    elif reader == "xlsx":
        path.write_bytes(xlsx([[line] for line in lines]))
    elif reader == "pdf":
        path.write_bytes(GLOSSARY_PDF.read_bytes())
    elif reader == "data":
        path.write_text(json.dumps({"lines": lines}), encoding="utf-8")
    elif reader == "memories":  # each line a unit: as written (zh), and without its Chinese (en)
        path.write_bytes(memory([(line, re.sub(r"[\u3400-\u9fff（）()]", "", line))
                                 for line in lines if line]))
    elif reader == "source":  # each line a program's comment
        path.write_text("".join(f"// {line}\n" for line in lines), encoding="utf-8")
    else:
        path.write_text(f"<p>{text}</p>" if reader == "html" else text, encoding="utf-8")
    return path


def memory(units: list[tuple[str, str]]) -> bytes:
    """A TMX 1.4 file of (Chinese, English) units."""
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", srclang="zh-CN", datatype="plaintext", segtype="sentence",
                     adminlang="en", creationtool="tests", creationtoolversion="1",
                     attrib={"o-tmf": "tests"})
    body = etree.SubElement(root, "body")
    for chinese, english in units:
        tu = etree.SubElement(body, "tu")
        for lang, value in (("zh-CN", chinese), ("en", english)):
            tuv = etree.SubElement(tu, "tuv", attrib={f"{{{XML_NS}}}lang": lang})
            etree.SubElement(tuv, "seg").text = value
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
