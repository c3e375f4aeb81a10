"""Extractors: functions ``Document → Iterator[Candidate]``, one module each, one registry.

The built-ins register here exactly as a plug-in would: add a module, add one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from glossary.build.documents import Document
from glossary.build.extract import (
    acronyms,
    dashed,
    glued,
    inline,
    labelled,
    line_pairs,
    named_as,
    parallel,
    romanized,
    rows,
    zh_first,
)
from glossary.model import Candidate

Extractor = Callable[[Document], Iterator[Candidate]]

EXTRACTORS: dict[str, Extractor] = {
    "inline": inline.extract,
    "acronym": acronyms.extract,
    "romanized": romanized.extract,
    "glued": glued.extract,
    "zh-first": zh_first.extract,
    "dashed": dashed.extract,
    "rows": rows.extract,
    "line-pairs": line_pairs.extract,
    "labelled": labelled.extract,
    "named-as": named_as.extract,
    "parallel": parallel.extract,
}


def extract(documents: Iterable[Document], names: Iterable[str] | None = None) -> Iterator[Candidate]:
    """Run the named extractors (all by default) over every document, in document order."""
    chosen = [EXTRACTORS[name] for name in (names or EXTRACTORS)]
    for document in documents:
        for extractor in chosen:
            yield from extractor(document)
