"""PDF: the text layer of every page, line by line, read by the text reader.

A PDF keeps lines as they were set on the page, so a paragraph arrives broken at the page
width and a table row as its cells separated by spaces.  The text reader rejoins wrapped
paragraphs (it was written for text pasted out of PDFs) and drops page numbers, but the row
extractors read lines: a row the margin broke loses its end.  Saved as PDF, the real
documents of bench/real/ give 89% of the pairs their text gives (``python -m bench.packaged``).
A scanned PDF has no text layer; it is refused with a one-line error rather than read as
empty.

Read with pypdf (pure Python, no system library): its text keeps Chinese and digits
together as set ("第74届"), where pdfminer.six puts spaces between them ("第 74 届"), which
would cut terms with numbers in them.
"""

from __future__ import annotations

import io
import logging

from glossary.errors import InputError

NAME = "pdf"
SUFFIXES = (".pdf",)


def text(data: bytes, name: str) -> str:
    """Every page's text, one line per line set on the page."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    # pypdf logs a warning for each damaged object it works around; the text still comes
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(f"{name}: not a PDF file (it does not start with %PDF)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # many PDFs are "encrypted" with an empty password
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        raise InputError(f"{name}: PDF is password-protected; save an unprotected copy") from None
    except PdfReadError as err:
        raise InputError(f"{name}: damaged PDF ({err})") from None
    except Exception as err:  # noqa: BLE001 - pypdf raises many kinds on a damaged file
        raise InputError(f"{name}: damaged PDF ({type(err).__name__}: {err})") from None
    if not any(page.strip() for page in pages):
        raise InputError(f"{name}: PDF has no text layer (a scanned document?); "
                         "run OCR on it first")
    return "\n".join(pages)
