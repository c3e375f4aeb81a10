"""Document readers, one module per kind of document, found by the package registry.

A reader declares ``NAME`` and ``SUFFIXES`` (the file endings it takes) and provides
``paragraphs(text, name) → list[Paragraph]`` for a decoded document; adding a kind of
document is adding a module here.  A packaged format (Word, Excel, PDF, CSV) provides
``text(data, name) → str`` instead: the file's bytes as plain text, one line per paragraph or
table row (a row's cells joined by " | ", as the HTML reader joins them), which the text
reader's paragraphs then read like any text file.  Line numbers in evidence are lines of that
text.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from glossary.registry import modules


@cache
def registry() -> dict[str, ModuleType]:
    """NAME → reader module."""
    return modules(__name__, __path__)
