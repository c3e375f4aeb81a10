"""What a build keeps on disk while it runs, so that its memory does not grow with the corpus:
every occurrence's evidence (by merge entry and spelling, read back one concept at a time)
and, with ``--explain``, the report's rows (read back sorted).

A private SQLite database (``sqlite3.connect("")``): SQLite keeps it in a temporary file
($SQLITE_TMPDIR or $TMPDIR, else /var/tmp or /tmp) that it unlinks as soon as it opens it, so
it vanishes when the build ends, however it ends (a ``kill -9`` included).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from glossary.build.merge import EvidenceRow
from glossary.model import Evidence

# A report row: the sort key (file, line, Chinese, rendering), where the decision came in
# the corpus (its position and the pair's place, for ties) and the row's cells.
ReportRow = tuple[str, int, str, str, tuple[int, int, int, int], tuple[str, ...]]

_SCHEMA = """
CREATE TABLE evidence (entry TEXT, spelling TEXT, file TEXT, line INTEGER, context TEXT,
                       extractor TEXT, confidence REAL);
CREATE TABLE report (file TEXT, line INTEGER, chinese TEXT, rendering TEXT, p0 INTEGER,
                     p1 INTEGER, p2 INTEGER, p3 INTEGER, cells TEXT);
"""


class Spill:
    def __init__(self) -> None:
        self._db = sqlite3.connect("")
        # Nothing here outlives the build: no journal, no syncs.
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        self._indexed = False

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, evidence: Iterable[EvidenceRow], report: Iterable[ReportRow] = ()) -> None:
        with self._db:
            self._db.executemany(
                "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?)",
                ((entry, spelling, e.file, e.line, e.context, e.extractor, e.confidence)
                 for entry, spelling, e in evidence))
            self._db.executemany(
                "INSERT INTO report VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((file, line, zh, text, *place, json.dumps(cells, ensure_ascii=False))
                 for file, line, zh, text, place, cells in report))

    def evidence(self, entries: Sequence[str], spelling: str) -> Iterator[Evidence]:
        """Every occurrence of the spelling in these entries (repeats included)."""
        if not self._indexed:  # built once, after the last row: an index kept up while rows
            self._db.execute("CREATE INDEX evidence_of ON evidence (entry, spelling)")
            self._indexed = True  # come in would cost more than sorting them at the end
        for entry in entries:
            for row in self._db.execute(
                    "SELECT file, line, context, extractor, confidence FROM evidence "
                    "WHERE entry = ? AND spelling = ?", (entry, spelling)):
                yield Evidence(*row)

    def report(self) -> Iterator[tuple[str, ...]]:
        """The report's rows by file, line, Chinese and rendering, then corpus order (SQLite
        compares text as UTF-8 bytes: the order of code points, as Python does)."""
        for (cells,) in self._db.execute("SELECT cells FROM report ORDER BY file, line, chinese, "
                                         "rendering, p0, p1, p2, p3"):
            yield tuple(json.loads(cells))
