"""Glosses set off by dashes inside prose:

    the Department of Social Work — 社会工作部 — was set up    → inline's English rules

After a dash (— – or a spaced hyphen), a run of Han characters that ends at another dash,
clause punctuation or the paragraph's end is a gloss, and the English before the dash is
found by inline.english_before (quotes, list clauses, capitalised names).  The pair goes
through truncation.review.  A line that is nothing but "Chinese — English" is a row of a
glossary: ``rows`` reads those, with every other separator.
"""

from __future__ import annotations

from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.build.extract._truncation import review
from glossary.build.extract.inline import english_before
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "dashed"
_DASHED = han.pattern(r"(?:—|–|\s-\s)\s*(?P<han>[\p{Han}·]{2,30})\s*(?=—|–|\s-\s|[,.;:，。；：)]|$)")


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


def _candidate(document: Document, paragraph, chinese: str, english: str,  # type: ignore[no-untyped-def]
               start: int, end: int, confidence: float) -> Candidate:
    flags, notes = review(chinese, english)
    return Candidate(terms=(CandidateTerm(chinese, ZH_HANS), CandidateTerm(english, "en")),
                     evidence=evidence(document, paragraph, start, end, NAME, confidence),
                     flags=flags, notes=notes)
