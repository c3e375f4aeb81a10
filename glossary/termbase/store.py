"""The SQLite termbase: the index lookups read, derived from a TBX and rebuilt when stale.

It is never the source of truth (terms/glossary.tbx is, and is committed); so it can always
be thrown away.  Tables:
- `concepts`: each concept whole, as formats.jsonl's JSON compressed with zlib (JSON is
  two thirds of the file otherwise; zlib is in the standard library and inflates a concept
  in microseconds);
- `keys`: every search key of every term (normalize.keys.term_keys), WHOLE and INNER, with
  the concept's row, the term's position and its status rank, in one clustered B-tree
  (WITHOUT ROWID: the key is stored once), so exact, prefix and in-term matches are range
  scans that need no other table until the few winning concepts are read;
- `vocab` + `grams`: the distinct WHOLE keys and an FTS5 trigram index over them (no
  positions, detail=none: it only has to say which keys share trigrams with a typo).
All keys are computed here, at index time, so a lookup never needs pypinyin or jieba.  Writes
go to a temporary file renamed into place, so a reader never sees half a database.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from glossary import __version__
from glossary.errors import FormatError
from glossary.fileio import atomic_path
from glossary.model import Concept, Status, Term
from glossary.normalize.keys import term_keys
from glossary.termbase.formats import jsonl

SCHEMA_VERSION = "4"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE concepts (row INTEGER PRIMARY KEY, id TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE keys (
    key TEXT NOT NULL,
    inner INTEGER NOT NULL,  -- normalize.keys.WHOLE or INNER
    rank INTEGER NOT NULL,   -- the term's status_rank: preferred first
    concept INTEGER NOT NULL REFERENCES concepts(row),
    term INTEGER NOT NULL,   -- position in the concept's terms
    PRIMARY KEY (key, inner, concept, term)
) WITHOUT ROWID;
CREATE TABLE vocab (id INTEGER PRIMARY KEY, key TEXT NOT NULL);
CREATE VIRTUAL TABLE grams USING fts5(
    key, tokenize='trigram', content='vocab', content_rowid='id', detail='none');
CREATE VIRTUAL TABLE grams_vocab USING fts5vocab(grams, 'row');
"""
_BATCH = 5000


def file_signature(path: Path) -> str:
    """Size and modification time: enough to notice an edited file without reading it, which
    matters when the file is a TBX of a million concepts and a lookup must stay instant."""
    info = path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


class Damaged(FormatError):
    """The index cannot be read as written (a damaged page, blob or row): rebuild it."""


def pack(concept: Concept) -> bytes:
    return zlib.compress(jsonl.dumps(concept).encode("utf-8"))


def unpack(data: bytes) -> Concept:
    try:
        return jsonl.loads(zlib.decompress(data).decode("utf-8"))
    except (zlib.error, ValueError, KeyError, TypeError) as err:  # JSON and field errors too
        raise Damaged("a concept cannot be read") from err


def write(concepts: Iterable[Concept], path: Path, source: str = "") -> int:
    """Write a fresh store at `path` (atomically); `source` is the signature of its origin."""
    with atomic_path(path) as temp:
        return fill(concepts, temp, source)


def fill(concepts: Iterable[Concept], temp: Path, source: str = "") -> int:
    """Write a fresh store into the new, private file `temp` (the caller renames it into
    place); return how many concepts it holds."""
    count = 0
    connection = sqlite3.connect(temp)
    try:
        # The file is private until renamed into place: no journal, no fsync (the caller
        # syncs it before the rename), a big cache.
        connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                                 "PRAGMA cache_size = -262144;")
        with connection:
            connection.executescript(_SCHEMA)
            rows: list[tuple[int, str, bytes]] = []
            keys: list[tuple[str, int, int, int, int]] = []
            for count, concept in enumerate(concepts, 1):
                rows.append((count, concept.id, pack(concept)))
                keys.extend((key, kind, status_rank(concept.terms[position]), count, position)
                            for key, kind, position in concept_keys(concept))
                if len(rows) >= _BATCH:
                    _flush(connection, rows, keys)
            _flush(connection, rows, keys)
            connection.execute("INSERT INTO vocab (key) "
                               "SELECT DISTINCT key FROM keys WHERE inner = 0")
            connection.execute("INSERT INTO grams (grams) VALUES ('rebuild')")
            connection.executemany("INSERT INTO meta VALUES (?, ?)",
                                   [("schema", SCHEMA_VERSION), ("source", source),
                                    ("glossary", __version__), ("concepts", str(count))])
    finally:
        connection.close()
    return count


def _flush(connection: sqlite3.Connection, rows: list, keys: list) -> None:  # type: ignore[type-arg]
    connection.executemany("INSERT INTO concepts VALUES (?, ?, ?)", rows)
    connection.executemany("INSERT OR IGNORE INTO keys VALUES (?, ?, ?, ?, ?)", keys)
    rows.clear()
    keys.clear()


def status_rank(term: Term) -> int:
    """Preferred 0, admitted 1, unmarked 2, needs review 3, deprecated 4: the order lookups
    show terms that match equally well."""
    return _STATUS_RANK[term.status]


_STATUS_RANK = {Status.PREFERRED: 0, Status.ADMITTED: 1, None: 2, Status.NEEDS_REVIEW: 3,
                Status.DEPRECATED: 4, Status.SUPERSEDED: 4}


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
    try:
        with connection:
            meta = dict(connection.execute("SELECT key, value FROM meta"))
            (last,) = connection.execute("SELECT max(row) FROM concepts").fetchone()
    except sqlite3.DatabaseError:  # damaged: as good as no index
        return None
    finally:
        connection.close()
    if str(last or 0) != meta.get("concepts"):  # rows gone (a cheap look, not a full check)
        return None
    # Made by another version of glossary: its reader may have understood the source
    # differently, so the index counts as stale.
    return meta.get("source") if meta.get("glossary") == __version__ else None


def concepts(path: Path) -> Iterator[Concept]:
    connection = connect(path)
    try:
        for (data,) in connection.execute("SELECT data FROM concepts ORDER BY row"):
            yield unpack(data)
    except Damaged as err:
        raise damaged(path, str(err)) from None
    except sqlite3.DatabaseError as err:
        raise damaged(path, str(err)) from None
    finally:
        connection.close()


def damaged(path: Path, reason: str) -> Damaged:
    """The error for an index that cannot be repaired here (there is no TBX beside it)."""
    return Damaged(f"{path}: the index is damaged ({reason}); rebuild it from its TBX "
                   "(glossary import FILE.tbx)")
