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
from glossary.han import han_count
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "dashed"
_DASHED = han.pattern(r"(?:—|–|\s-\s)\s*(?P<han>[\p{Han}·]{2,30})\s*(?=—|–|\s-\s|[,.;:，。；：)]|$)")


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        text = paragraph.text
        for match in _DASHED.finditer(text):
            chinese = match["han"]
            # the English is on the dash's own source line: a list's rows joined into one
            # paragraph would lend it the line above's last word ("zhongyang Central project")
            line, end = paragraph.line_bounds(match.start())
            if _row(text[line:match.start()], text[line:end]):
                continue  # "Capital construction – 基本建设投资 – jiben jianshe": rows' to read
            found = english_before(text[line:], match.start() - line, match.end() - line, chinese)
            if found is None:
                continue
            english, en_start, confidence = found
            en_start += line
            yield _candidate(document, paragraph, chinese, english, en_start, match.end(),
                             confidence)


def _row(before: str, line: str) -> bool:
    """The dash's line is a glossary's row: a few words, the dash, the Chinese (and maybe its
    reading), with no sentence punctuation anywhere."""
    words = before.split()
    return 1 <= len(words) <= 8 and not han_count(before) and \
        not any(mark in before for mark in ",()") and \
        not any(mark in line for mark in ".;:!?。；：！？")


def _candidate(document: Document, paragraph, chinese: str, english: str,  # type: ignore[no-untyped-def]
               start: int, end: int, confidence: float) -> Candidate:
    flags, notes = review(chinese, english)
    return Candidate(terms=(CandidateTerm(chinese, ZH_HANS), CandidateTerm(english, "en")),
                     evidence=evidence(document, paragraph, start, end, NAME, confidence),
                     flags=flags, notes=notes)
