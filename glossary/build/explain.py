"""`glossary build --explain REPORT`: every candidate, kept or rejected, and why.

One row per (Chinese, rendering) pair the extractors proposed, tab-separated so that a
spreadsheet or ``grep`` reads it: decision (kept, review, rejected), the scorer's
translation evidence, the Chinese, the language and rendering, the extractor and its prior,
file:line, and the reasons (links found, or the rule that refused the pair).  Sorted by file
and line, so a reviewer reads it beside the document.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from glossary.build.scorer import UNCONFIRMED, Decision, Pair
from glossary.fileio import atomic_write

COLUMNS = ("decision", "evidence", "chinese", "lang", "rendering", "extractor", "prior",
           "source", "reasons")


def rows(decisions: Iterable[Decision]) -> list[tuple[str, ...]]:
    found = []
    for decision in decisions:
        candidate = decision.candidate
        where = f"{candidate.evidence.file}:{candidate.evidence.line}"
        pairs = decision.pairs or tuple(Pair("", t.lang, t.text, decision.verdict)
                                        for t in candidate.terms)
        for pair in pairs:
            verdict = pair.verdict
            keep = verdict.keep and decision.verdict.keep
            state = ("rejected" if not keep else
                     "review" if UNCONFIRMED in verdict.flags or candidate.flags else "kept")
            reasons = verdict.reasons + (decision.verdict.reasons if decision.pairs else ())
            found.append((state, f"{verdict.score:.2f}", pair.zh, pair.lang, pair.text,
                          candidate.evidence.extractor, f"{candidate.evidence.confidence:.2f}",
                          where, "; ".join(reasons)))
    return sorted(found, key=lambda row: (row[7].rsplit(":", 1)[0],
                                          int(row[7].rsplit(":", 1)[1]), row[2], row[4]))


def write_report(decisions: Iterable[Decision], path: Path) -> int:
    """Write the report whole or not at all; returns the number of rows."""
    found = rows(decisions)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(found)
    with atomic_write(path) as handle:
        handle.write(buffer.getvalue().encode("utf-8"))
    return len(found)
