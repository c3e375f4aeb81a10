"""Word documents (.docx, and .doc from Word 97–2003): the body's paragraphs and table rows
(then a .docx's footnotes and endnotes) as lines of text (``glossary.office`` reads the file).

A Word paragraph is one line, a soft line break starts another, and a table row is one line
with its cells joined by " | " (as the HTML reader joins them), so a two-column glossary reads
as the `中文 | English` rows it shows.  That is the text Word itself saves as "Plain Text",
which is what the extractors are measured on.
"""

from __future__ import annotations

from glossary.office import as_lines, word_blocks

NAME = "word"
SUFFIXES = (".docx", ".doc")


def text(data: bytes, name: str) -> str:
    """The document's text: one line per paragraph, soft line break or table row."""
    return as_lines(word_blocks(data, name))
