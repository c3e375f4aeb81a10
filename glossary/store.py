"""The SQLite termbase: the index lookups read, derived from a TBX and rebuilt when stale.

It is never the source of truth (terms/glossary.tbx is, and is committed); so it can always
be thrown away.  Each concept is stored whole as JSON (formats.jsonl) next to a `terms` table
that indexes every term by language and text.  Writes go to a temporary file renamed into
place, so a reader never sees half a database.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from glossary.errors import FormatError
from glossary.fileio import atomic_path
from glossary.formats import jsonl
from glossary.model import Concept

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE concepts (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE terms (
    concept_id TEXT NOT NULL REFERENCES concepts(id),
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT
);
"""
_INDEXES = """
CREATE INDEX terms_text ON terms (text);
CREATE INDEX terms_concept ON terms (concept_id);
"""


def file_signature(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write(concepts: Iterable[Concept], path: Path, source: str = "") -> int:
    """Write a fresh store at `path` (atomically); `source` is the signature of its origin."""
    count = 0
    with atomic_path(path) as temp:
        connection = sqlite3.connect(temp)
        try:
            with connection:
                connection.executescript(_SCHEMA)
                for concept in concepts:
                    connection.execute("INSERT INTO concepts VALUES (?, ?)",
                                       (concept.id, jsonl.dumps(concept)))
                    connection.executemany(
                        "INSERT INTO terms VALUES (?, ?, ?, ?, ?)",
                        [(concept.id, t.lang, t.text, t.type.value,
                          t.status.value if t.status else None) for t in concept.terms])
                    count += 1
                connection.executescript(_INDEXES)
                connection.executemany("INSERT INTO meta VALUES (?, ?)",
                                       [("schema", SCHEMA_VERSION), ("source", source),
                                        ("concepts", str(count))])
        finally:
            connection.close()
    return count


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
    """The signature of the file a store was built from, or None if there is no usable store."""
    try:
        connection = connect(path)
    except FormatError:
        return None
    with connection:
        row = connection.execute("SELECT value FROM meta WHERE key = 'source'").fetchone()
    connection.close()
    return row[0] if row else None


def concepts(path: Path) -> Iterator[Concept]:
    connection = connect(path)
    try:
        for (data,) in connection.execute("SELECT data FROM concepts ORDER BY id"):
            yield jsonl.loads(data)
    finally:
        connection.close()
