"""`glossary build --explain REPORT`: every candidate, kept or rejected, and why.

One row per (Chinese, rendering) pair the extractors proposed, tab-separated so that a
spreadsheet or ``grep`` reads it: decision (kept, review, rejected), the scorer's
translation evidence, the Chinese, the language and rendering, the extractor and its prior,
file:line, the reasons (links found, or the rule that refused the pair), and for a kept pair
its confidence (``build.confidence``: the chance, learned from annotated real documents, that
it is right).  Sorted by file and line, so a reviewer reads it beside the document.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from glossary.build.scorer import UNCONFIRMED, Decision, Pair
from glossary.fileio import atomic_write

COLUMNS = ("decision", "evidence", "chinese", "lang", "rendering", "extractor", "prior",
           "source", "reasons", "confidence")


def rows(decisions: Iterable[Decision]) -> list[tuple[str, ...]]:
    found = [cells for decision in decisions for cells in decision_rows(decision)]
    return sorted(found, key=sort_key)


def decision_rows(decision: Decision) -> list[tuple[str, ...]]:
    """The report's rows for one decision, one per pair, in the order they are proposed."""
    candidate = decision.candidate
    where = f"{candidate.evidence.file}:{candidate.evidence.line}"
    pairs = decision.pairs or tuple(Pair("", t.lang, t.text, decision.verdict)
                                    for t in candidate.terms)
    found: list[tuple[str, ...]] = []
    for pair in pairs:
        verdict = pair.verdict
        keep = verdict.keep and decision.verdict.keep
        state = ("rejected" if not keep else
                 "review" if UNCONFIRMED in verdict.flags or candidate.flags else "kept")
        reasons = verdict.reasons + (decision.verdict.reasons if decision.pairs else ())
        found.append((state, f"{verdict.score:.2f}", pair.zh, pair.lang, pair.text,
                      candidate.evidence.extractor, f"{candidate.evidence.confidence:.2f}",
                      where, "; ".join(reasons),
                      "" if verdict.confidence is None else f"{verdict.confidence:.2f}"))
    return found


def sort_key(cells: tuple[str, ...]) -> tuple[str, int, str, str]:
    """Rows go by file and line, then Chinese and rendering."""
    file, line = cells[7].rsplit(":", 1)
    return file, int(line), cells[2], cells[4]


def write_report(decisions: Iterable[Decision], path: Path) -> int:
    """Write the report whole or not at all; returns the number of rows."""
    return write_rows(rows(decisions), path)


def write_rows(found: Iterable[tuple[str, ...]], path: Path) -> int:
    """Write rows already in report order (a build streams them from its spill)."""
    count = 0
    with atomic_write(path) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        writer = csv.writer(text, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for cells in found:
            writer.writerow(cells)
            count += 1
        text.flush()
        text.detach()
    return count
