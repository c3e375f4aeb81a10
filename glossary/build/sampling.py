"""A term's evidence as a build writes it, taken from the spill in SQL: the few most
informative contexts and the counts, without holding every occurrence.

A term a corpus uses in every document would otherwise bring all its Evidence into memory
when its concept is made (hundreds of thousands for a 200 MB corpus).  Here its occurrences
stay in the spill's `evidence` table: the counts are SQL aggregates, and the sample is
termbase.evidence.most_informative's rule written as a query (a test holds the two equal):
rank the distinct occurrences (surest, then showing the term, then shortest, then file, line,
sentence), keep the first of each sentence, then take documents in turn.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from glossary.model import Evidence


@dataclass(frozen=True)
class Sample:
    """What a term keeps of its occurrences: `shown`, the most informative (in Evidence
    order), and, over every distinct occurrence, how many there are (`distinct`), the surest
    confidence, the places (file, line, sentence) and the documents."""

    shown: tuple[Evidence, ...]
    distinct: int
    confidence: float
    occurrences: int
    documents: int


def prepare(connection: sqlite3.Connection) -> None:
    """Give the connection the two Python functions the ranking needs (str.casefold and
    str.split, whose Unicode rules SQL does not have)."""
    connection.create_function("hides", 2, _hides, deterministic=True)
    connection.create_function("sentence", 3, _sentence, deterministic=True)
    connection.create_function("chars", 1, len, deterministic=True)


def _hides(context: str, folded: str) -> int:
    return int(bool(folded) and folded not in context.casefold())


def _sentence(context: str, file: str, line: int) -> str:
    """A context repeated word for word is one sentence; an empty one is its place."""
    words = " ".join(context.split()).casefold()
    return "s" + words if words else f"p{file}\0{line}"


# The term's distinct occurrences: rows of the entries (a JSON list) with the spelling.
_DISTINCT = """
SELECT DISTINCT file, line, context, extractor, confidence FROM evidence
WHERE entry IN (SELECT value FROM json_each(:entries)) AND spelling = :spelling
"""

_FIRST = _DISTINCT + " ORDER BY file, line, context, extractor, confidence LIMIT :limit"

_COUNTS = f"""
WITH found AS ({_DISTINCT})
SELECT count(*), max(confidence),
       (SELECT count(*) FROM (SELECT DISTINCT file, line, context FROM found)),
       (SELECT count(DISTINCT file) FROM found WHERE file != '')
FROM found
"""

# most_informative: rank, the first of each sentence, then each document's best before a
# second of any (documents in the order of their best).
_SAMPLE = f"""
WITH found AS ({_DISTINCT}),
ranked AS (
    SELECT *, sentence(context, file, line) AS said,
           row_number() OVER (ORDER BY confidence DESC, hides(context, :folded),
                              chars(context), file, line, context, extractor) AS rank
    FROM found),
firsts AS (SELECT *, row_number() OVER (PARTITION BY said ORDER BY rank) AS nth FROM ranked),
placed AS (
    SELECT *, row_number() OVER (PARTITION BY file ORDER BY rank) AS depth,
           min(rank) OVER (PARTITION BY file) AS best
    FROM firsts WHERE nth = 1)
SELECT file, line, context, extractor, confidence FROM placed ORDER BY depth, best LIMIT :limit
"""


def sample(connection: sqlite3.Connection, entries: Sequence[str], spelling: str, limit: int,
           folded: str) -> Sample | None:
    """The sample and counts of the spelling's occurrences in these entries, at most `limit`
    shown; `folded` is the term's text casefolded.  None when the term has no more than
    `limit` distinct occurrences: it keeps them all, as it always did."""
    given = {"entries": json.dumps(list(entries)), "spelling": spelling}
    first = connection.execute(_FIRST, {**given, "limit": limit + 1}).fetchall()
    if len(first) <= limit:
        return None
    distinct, confidence, occurrences, documents = connection.execute(_COUNTS, given).fetchone()
    shown = sorted(Evidence(*row) for row in connection.execute(
        _SAMPLE, {**given, "folded": folded, "limit": limit}))
    return Sample(tuple(shown), distinct, confidence, occurrences, documents)


def every(connection: sqlite3.Connection, entries: Sequence[str],
          spelling: str) -> Iterator[Evidence]:
    """Every distinct occurrence, in Evidence order, streamed."""
    for row in connection.execute(
            _DISTINCT + " ORDER BY file, line, context, extractor, confidence",
            {"entries": json.dumps(list(entries)), "spelling": spelling}):
        yield Evidence(*row)
