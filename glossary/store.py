"""The SQLite termbase: the index lookups read, derived from a TBX and rebuilt when stale.

It is never the source of truth (terms/glossary.tbx is, and is committed); so it can always
be thrown away.  Each concept is stored whole as JSON (formats.jsonl) next to a `terms` table
and a `keys` table: every search key of every term (normalize.keys.term_keys), WHOLE and
INNER, under one B-tree index, so exact, prefix and in-term matches are all range scans.
`grams` is an FTS5 trigram index over the WHOLE keys, for typo-tolerant candidates; it is
contentless and without positions (detail=none) because it only has to say which keys share
trigrams with a query.  All keys are computed here, at index time, so a lookup never needs
pypinyin or jieba.  Writes go to a temporary file renamed into place, so a reader never sees
half a database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from glossary import __version__
from glossary.errors import FormatError
from glossary.fileio import atomic_path
from glossary.formats import jsonl
from glossary.model import Concept
from glossary.normalize.keys import term_keys

SCHEMA_VERSION = "2"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE concepts (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    concept_id TEXT NOT NULL REFERENCES concepts(id),
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT
);
CREATE TABLE keys (key TEXT NOT NULL, inner INTEGER NOT NULL, term INTEGER NOT NULL);
CREATE VIRTUAL TABLE grams USING fts5(key, tokenize='trigram', content='', detail='none');
"""
_INDEXES = """
CREATE INDEX keys_key ON keys (key, inner, term);
CREATE INDEX terms_concept ON terms (concept_id);
"""


def file_signature(path: Path) -> str:
    """Size and modification time: enough to notice an edited file without reading it, which
    matters when the file is a TBX of a million concepts and a lookup must stay instant."""
    info = path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


def write(concepts: Iterable[Concept], path: Path, source: str = "") -> int:
    """Write a fresh store at `path` (atomically); `source` is the signature of its origin."""
    count = 0
    with atomic_path(path) as temp:
        connection = sqlite3.connect(temp)
        try:
            with connection:
                connection.executescript(_SCHEMA)
                term_id = 0
                for concept in concepts:
                    connection.execute("INSERT INTO concepts VALUES (?, ?)",
                                       (concept.id, jsonl.dumps(concept)))
                    first = term_id + 1
                    terms = []
                    for term in concept.terms:
                        term_id += 1
                        terms.append((term_id, concept.id, term.lang, term.text, term.type.value,
                                      term.status.value if term.status else None))
                    connection.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?)", terms)
                    keys = [(key, kind, first + position)
                            for key, kind, position in concept_keys(concept)]
                    connection.executemany("INSERT INTO keys VALUES (?, ?, ?)", keys)
                    count += 1
                connection.execute("INSERT INTO grams (rowid, key) "
                                   "SELECT rowid, key FROM keys WHERE inner = 0")
                connection.executescript(_INDEXES)
                connection.executemany("INSERT INTO meta VALUES (?, ?)",
                                       [("schema", SCHEMA_VERSION), ("source", source),
                                        ("glossary", __version__),
                                        ("concepts", str(count))])
        finally:
            connection.close()
    return count


def concept_keys(concept: Concept) -> Iterator[tuple[str, int, int]]:
    """(key, WHOLE|INNER, position of the term in concept.terms), each key once per concept:
    from the first term that has it, and terms come in display order (Simplified first)."""
    seen: set[tuple[str, int]] = set()
    for position, term in enumerate(concept.terms):
        for key, kind in term_keys(term.text, term.lang):
            if (key, kind) not in seen:
                seen.add((key, kind))
                yield key, kind, position


def connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        version = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError:
        raise FormatError(f"{path}: not a glossary termbase") from None
    if not version or version[0] != SCHEMA_VERSION:
        raise FormatError(f"{path}: termbase schema {version and version[0]}, "
                          f"expected {SCHEMA_VERSION}; rebuild it")
    return connection


def source_of(path: Path) -> str | None:
    """The signature of the file a store was built from, or None if there is no store usable
    by this version."""
    try:
        connection = connect(path)
    except FormatError:
        return None
    with connection:
        meta = dict(connection.execute("SELECT key, value FROM meta"))
    connection.close()
    # Made by another version of glossary: its reader may have understood the source
    # differently, so the index counts as stale.
    return meta.get("source") if meta.get("glossary") == __version__ else None


def concepts(path: Path) -> Iterator[Concept]:
    connection = connect(path)
    try:
        for (data,) in connection.execute("SELECT data FROM concepts ORDER BY id"):
            yield jsonl.loads(data)
    finally:
        connection.close()
