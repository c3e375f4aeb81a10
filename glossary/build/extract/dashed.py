"""Glosses set off by dashes, and glossary-style lines with the Chinese first:

    the Department of Social Work — 社会工作部 — was set up    → inline's English rules
    社会治理 — social governance      社会治理：social governance      社会治理<TAB>social governance

After a dash (— – or a spaced hyphen), a run of Han characters that ends at another dash,
clause punctuation or the paragraph's end is a gloss, and the English before the dash is
found by inline.english_before (quotes, list clauses, capitalised names).  A source line
that is nothing but "Chinese, separator, English" is a headword entry; the whole English
part is the rendering.  Both go through truncation.review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.build.documents import Document
from glossary.build.extract.evidence import evidence
from glossary.build.extract.inline import english_before
from glossary.build.extract.truncation import review
from glossary.han import script_of
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "dashed"
_DASHED = re.compile(r"(?:—|–|\s-\s)\s*(?P<han>[\u3400-\u9fff·]{2,30})\s*(?=—|–|\s-\s|[,.;:，。；：)]|$)")
_HEADWORD = re.compile(r"^\s*(?P<han>[\u3400-\u9fff·（）()]{2,30})\s*(?:—|–|-|:|：|\t)\s*"
                       r"(?P<english>[A-Za-z][^\u3400-\u9fff]{1,120}?)\s*$")


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        text = paragraph.text
        for match in _DASHED.finditer(text):
            chinese = match["han"]
            found = english_before(text, match.start(), match.end(), chinese)
            if found is None:
                continue
            english, en_start, confidence = found
            yield _candidate(document, paragraph, chinese, english, en_start, match.end(),
                             confidence)
        for offset, line in _lines(paragraph):
            entry = _HEADWORD.match(line)
            if entry and script_of(entry["english"]) == "latin":
                yield _candidate(document, paragraph, entry["han"], entry["english"].rstrip(" .;"),
                                 offset, offset + len(line), 0.8)


def _lines(paragraph) -> Iterator[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """(offset, text) of each source line inside a paragraph."""
    starts = [offset for offset, _ in paragraph.lines] + [len(paragraph.text)]
    for begin, end in zip(starts, starts[1:]):
        yield begin, paragraph.text[begin:end].strip()


def _candidate(document: Document, paragraph, chinese: str, english: str,  # type: ignore[no-untyped-def]
               start: int, end: int, confidence: float) -> Candidate:
    flags, notes = review(chinese, english)
    return Candidate(terms=(CandidateTerm(chinese, ZH_HANS), CandidateTerm(english, "en")),
                     evidence=evidence(document, paragraph, start, end, NAME, confidence),
                     flags=flags, notes=notes)
