"""What a build keeps on disk while it runs, so that its memory does not grow with the corpus:
the merge's sums (merge.Sums: an entry per distinct candidate, added to as tasks finish), every
occurrence's evidence (by entry and spelling, read back one concept at a time) and, with
``--explain``, the report's rows (read back sorted).

A private SQLite database (``sqlite3.connect("")``): SQLite keeps it in a temporary file
($SQLITE_TMPDIR or $TMPDIR, else /var/tmp or /tmp) that it unlinks as soon as it opens it, so
it vanishes when the build ends, however it ends (a ``kill -9`` included), and its page cache
is SQLite's default (2 MB).
"""

from __future__ import annotations

import json
import marshal
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from glossary.build import sampling
from glossary.build.merge import Entry, EvidenceRow, Partial, Signature, joined, pack, unpack
from glossary.build.sampling import Sample
from glossary.model import Evidence, Term
from glossary.termbase.clean import xml_safe

# A report row: the sort key (file, line, Chinese, rendering), where the decision came in
# the corpus (its position and the pair's place, for ties) and the row's cells.
ReportRow = tuple[str, int, str, str, tuple[int, int, int, int], tuple[str, ...]]

_SCHEMA = """
CREATE TABLE entries (signature TEXT PRIMARY KEY, p0 INTEGER, p1 INTEGER, p2 INTEGER,
                      data BLOB, rank INTEGER, root INTEGER);
CREATE TABLE pairs (a0 INTEGER, a1 INTEGER, a2 INTEGER, b0 INTEGER, b1 INTEGER, b2 INTEGER,
                    a TEXT, b TEXT);
CREATE TABLE groups (root INTEGER PRIMARY KEY, conflicted INTEGER, id TEXT);
CREATE TABLE evidence (entry TEXT, spelling TEXT, file TEXT, line INTEGER, context TEXT,
                       extractor TEXT, confidence REAL);
CREATE TABLE report (file TEXT, line INTEGER, chinese TEXT, rendering TEXT, p0 INTEGER,
                     p1 INTEGER, p2 INTEGER, p3 INTEGER, cells TEXT);
CREATE TABLE sampled (concept TEXT, lang TEXT, text TEXT, entries TEXT, spelling TEXT,
                      PRIMARY KEY (concept, lang, text)) WITHOUT ROWID;
"""


def pack_rows(evidence: Iterable[EvidenceRow], report: Iterable[ReportRow] = ()) -> bytes:
    """Rows as the records the spill stores, in bytes (marshal, then zlib at its fastest):
    how a Dask worker keeps and sends a partition's rows, a task's at a time (`add_packed`).
    As objects, a partition's 80,000 evidence rows (8 MB of the synthetic corpus) took some
    40 MB of the worker while it ran and waited to be sent; packed, about 2 MB."""
    return zlib.compress(marshal.dumps((list(map(_evidence_record, evidence)),
                                        list(map(_report_record, report)))), 1)


def _evidence_record(row: EvidenceRow) -> tuple[Any, ...]:
    entry, spelling, e = row
    return entry, spelling, e.file, e.line, e.context, e.extractor, e.confidence


def _report_record(row: ReportRow) -> tuple[Any, ...]:
    file, line, zh, text, place, cells = row
    return file, line, zh, text, *place, json.dumps(cells, ensure_ascii=False)


def _folded(text: str) -> str:
    """The term's text as most_informative looks for it in a context (as written: cleaned)."""
    return xml_safe(text).casefold()


class Spill:
    def __init__(self) -> None:
        self._db = sqlite3.connect("")
        # Nothing here outlives the build: no journal, no syncs.
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        sampling.prepare(self._db)
        self._indexed = False

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- as tasks finish ---------------------------------------------------------------

    def absorb(self, partial: Partial) -> None:
        """Add a task's sums (or a tree of them) to the corpus's."""
        with self._db:
            for signature, data in partial.entries.items():
                row = self._db.execute("SELECT data FROM entries WHERE signature = ?",
                                       (signature,)).fetchone()
                entry = unpack(data) if row is None else joined(unpack(row[0]), unpack(data))
                self._db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, NULL, NULL)",
                                 (signature, *entry.position, data if row is None else pack(entry)))
            self._db.executemany("INSERT INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 ((*a, *b, x, y) for a, b, x, y in partial.pairs))

    def add(self, evidence: Iterable[EvidenceRow], report: Iterable[ReportRow] = ()) -> None:
        self._insert(map(_evidence_record, evidence), map(_report_record, report))

    def add_packed(self, packed: Iterable[bytes]) -> None:
        """Rows that `pack_rows` packed (each unpacked only as it is stored)."""
        for data in packed:
            self._insert(*marshal.loads(zlib.decompress(data)))

    def _insert(self, evidence: Iterable[tuple[Any, ...]], report: Iterable[tuple[Any, ...]]) -> None:
        with self._db:
            self._db.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?)", evidence)
            self._db.executemany("INSERT INTO report VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", report)

    # --- merge.Sums: making the concepts -------------------------------------------------

    def signatures(self) -> Iterator[Signature]:
        with self._db:
            self._db.execute("UPDATE entries SET rank = ranked.rank FROM (SELECT signature, "
                             "row_number() OVER (ORDER BY p0, p1, p2) - 1 AS rank FROM entries) "
                             "AS ranked WHERE entries.signature = ranked.signature")
            self._db.execute("CREATE UNIQUE INDEX entries_by_rank ON entries (rank)")
        for (signature,) in self._db.execute("SELECT signature FROM entries ORDER BY rank"):
            yield tuple(tuple(key) for key in json.loads(signature))

    def pairs(self) -> Iterator[tuple[int, int]]:
        yield from self._db.execute(
            "SELECT ea.rank, eb.rank FROM pairs JOIN entries AS ea ON ea.signature = pairs.a "
            "JOIN entries AS eb ON eb.signature = pairs.b ORDER BY a0, a1, a2, b0, b1, b2")

    def group(self, roots: Iterable[tuple[int, int]], conflicted: set[int]) -> None:
        with self._db:
            self._db.executemany("UPDATE entries SET root = ? WHERE rank = ?",
                                 ((root, rank) for rank, root in roots))
            self._db.execute("CREATE INDEX entries_by_root ON entries (root, rank)")
            self._db.execute("INSERT INTO groups SELECT DISTINCT root, 0, NULL FROM entries")
            self._db.executemany("UPDATE groups SET conflicted = 1 WHERE root = ?",
                                 ((root,) for root in conflicted))

    def groups(self) -> Iterator[tuple[int, list[tuple[str, Entry]]]]:
        held: list[tuple[str, Entry]] = []
        current = None
        for root, signature, data in self._db.execute(
                "SELECT root, signature, data FROM entries ORDER BY root, rank"):
            if root != current and held:
                yield current, held  # type: ignore[misc]
                held = []
            current = root
            held.append((signature, unpack(data)))
        if held:
            yield current, held  # type: ignore[misc]

    def name(self, ids: Iterable[tuple[int, str]]) -> None:
        found = list(ids)  # (the groups are read from this database while they are named)
        with self._db:
            self._db.executemany("UPDATE groups SET id = ? WHERE root = ?",
                                 ((identity, root) for root, identity in found))
            self._db.execute("CREATE INDEX groups_by_id ON groups (id, root)")

    def named(self) -> Iterator[tuple[str, bool, list[tuple[str, Entry]]]]:
        for root, identity, conflicted in self._db.execute(
                "SELECT root, id, conflicted FROM groups ORDER BY id, root"):
            members = [(signature, unpack(data)) for signature, data in self._db.execute(
                "SELECT signature, data FROM entries WHERE root = ? ORDER BY rank", (root,))]
            yield identity, bool(conflicted), members

    def evidence(self, entries: Sequence[str], spelling: str) -> Iterator[Evidence]:
        self._index()
        for entry in entries:
            for row in self._db.execute(
                    "SELECT file, line, context, extractor, confidence FROM evidence "
                    "WHERE entry = ? AND spelling = ?", (entry, spelling)):
                yield Evidence(*row)

    def sample(self, concept: str, term: Term, entries: Sequence[str], spelling: str,
               limit: int) -> Sample | None:
        """merge.Sampled: the term's sample and counts, in SQL (build.sampling)."""
        self._index()
        taken = sampling.sample(self._db, entries, spelling, limit, _folded(term.text))
        if taken is not None:
            # Where `every` finds all its occurrences again (entries and spelling), by the
            # term as written: kept here, not in memory, since on a large corpus most terms
            # are seen more often than they show (100 MB synthetic: ~140,000 of them).
            self._db.execute("INSERT OR REPLACE INTO sampled VALUES (?, ?, ?, ?, ?)",
                             (concept, term.lang, xml_safe(term.text),
                              json.dumps(list(entries), ensure_ascii=False), spelling))
        return taken

    def every(self, concept: str, term: Term) -> Iterator[Evidence] | None:
        """Every distinct occurrence of a term `sample` gave a sample, in Evidence order
        (what a term held before it was sampled), streamed; None for any other term."""
        found = self._db.execute("SELECT entries, spelling FROM sampled WHERE concept = ? AND "
                                 "lang = ? AND text = ?", (concept, term.lang, term.text)
                                 ).fetchone()
        return None if found is None else sampling.every(self._db, json.loads(found[0]),
                                                         found[1])

    def _index(self) -> None:
        if not self._indexed:  # built once, after the last row: an index kept up while rows
            self._db.execute("CREATE INDEX evidence_of ON evidence (entry, spelling)")
            self._indexed = True  # come in would cost more than sorting them at the end

    # --- the report ----------------------------------------------------------------------

    def report(self) -> Iterator[tuple[str, ...]]:
        """The report's rows by file, line, Chinese and rendering, then corpus order (SQLite
        compares text as UTF-8 bytes: the order of code points, as Python does)."""
        for (cells,) in self._db.execute("SELECT cells FROM report ORDER BY file, line, chinese, "
                                         "rendering, p0, p1, p2, p3"):
            yield tuple(json.loads(cells))
