"""The SQLite termbase: the index lookups read, derived from a TBX and rebuilt when stale.

It is never the source of truth (terms/glossary.tbx is, and is committed); so it can always
be thrown away.  Tables:
- `concepts`: each concept whole, as formats.jsonl's JSON deflated with a preset dictionary
  (`meta`'s zdict: the JSON of the termbase's first concepts, so field names, language tags,
  statuses and file names cost a few bits each; a concept is ~90 bytes where plain zlib
  made ~340, and inflates in microseconds);
- `keys`: every search key of every term (normalize.keys.term_keys: WHOLE keys of every term,
  INNER tails of Chinese and pinyin ones) with the concept's row and a `tag` (the term's
  position, status rank and WHOLE/INNER: see tag()).  Rows are written in (key, concept,
  tag) order, so the rowid order is the key order: a range of keys is a range of rowids.
  `fence`, every 64th key with its rowid, finds where a key's rows start (lower_bounds): an
  index of 1/64 of the keys where a B-tree over `keys` would store every key again;
- `grams`: an FTS5 trigram index over the WHOLE keys, with `keys` as its content (nothing is
  stored twice; no positions, detail=none): it finds Latin text inside a term and the keys
  that share trigrams with a typo; `common_grams` counts the keys of its common trigrams, so
  that a lookup reads the posting lists of the rare ones.
All keys are computed here, at index time, so a lookup never needs pypinyin or jieba.  Writes
go to a temporary file renamed into place, so a reader never sees half a database.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain, islice
from pathlib import Path

from glossary import __version__
from glossary.errors import FormatError
from glossary.langtags import PINYIN
from glossary.model import Concept, Status, Term
from glossary.normalize.keys import INNER, WHOLE, term_keys
from glossary.termbase.formats import jsonl

SCHEMA_VERSION = "5"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value NOT NULL);
CREATE TABLE concepts (row INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE keys (id INTEGER PRIMARY KEY, key TEXT NOT NULL, concept INTEGER NOT NULL,
                   tag INTEGER NOT NULL);
CREATE VIRTUAL TABLE grams USING fts5(
    key, tokenize='trigram', content='keys', content_rowid='id', detail='none', columnsize=0);
CREATE TABLE fence (key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (key, id))
    WITHOUT ROWID;
CREATE TABLE common_grams (gram TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
"""
FENCE = 64  # rows of `keys` per `fence` entry
COMMON = 32  # trigrams in this many WHOLE keys or more are listed in common_grams
_BATCH = 1000  # concepts a batch: at 5,000 the freed batches left 57 MB more arenas behind
_DICTIONARY_CONCEPTS = 64  # the first concepts' JSON: its last _DICTIONARY_BYTES are the dictionary
# Deflate settings for the concepts: an 8 kB window (the dictionary's size: the JSON of the
# termbase's first ~20 concepts), level 2, memLevel 6.  Each concept starts from a copy of
# the primed compressor, so its state is copied once a concept: against level 6 with the
# whole 32 kB window, packing 100k concepts takes 0.5 s less CPU (7.5 µs a concept against
# 12.5) for 12 bytes more a concept (88 against 76).  Any window inflates with wbits -15.
_DICTIONARY_BYTES = 8192
_WINDOW_BITS = -13
_LEVEL, _MEMORY_LEVEL = 2, 6


def file_signature(path: Path) -> str:
    """Size and modification time: enough to notice an edited file without reading it, which
    matters when the file is a TBX of a million concepts and a lookup must stay instant."""
    info = path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


class Damaged(FormatError):
    """The index cannot be read as written (a damaged page, blob or row): rebuild it."""


def tag(term: int, rank: int, kind: int) -> int:
    """A key row's term position, status rank (status_rank) and WHOLE/INNER in one small
    integer (one byte for the first eight terms; SQLite stores 0 and 1 in no bytes)."""
    return term << 4 | rank << 1 | kind


def untag(value: int) -> tuple[int, int, int]:
    """(term position, status rank, WHOLE|INNER) of a tag."""
    return value >> 4, value >> 1 & 7, value & 1


# One encoder for every concept: json.dumps with options makes a new one at each call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json(concept: Concept) -> bytes:
    return _ENCODE(jsonl.to_dict(concept)).encode("utf-8")


def packer(zdict: bytes) -> Callable[[Concept], bytes]:
    """A function deflating a concept with `zdict` (raw deflate: no header, no checksum; the
    JSON inside is check enough).  Each concept starts from a copy of one primed
    compressor: setting a dictionary hashes all of it, a copy is a memcpy."""
    primed = zlib.compressobj(_LEVEL, zlib.DEFLATED, _WINDOW_BITS, _MEMORY_LEVEL,
                              zlib.Z_DEFAULT_STRATEGY, zdict)

    def pack(concept: Concept) -> bytes:
        deflate = primed.copy()
        return deflate.compress(_json(concept)) + deflate.flush()

    return pack


def unpack(data: bytes, zdict: bytes) -> Concept:
    try:
        inflate = zlib.decompressobj(-15, zdict)
        text = inflate.decompress(data) + inflate.flush()
        if not inflate.eof:
            raise zlib.error("truncated")
        return jsonl.loads(text.decode("utf-8"))
    except (zlib.error, ValueError, KeyError, TypeError) as err:  # JSON and field errors too
        raise Damaged("a concept cannot be read") from err


def unpacker(connection: sqlite3.Connection) -> Callable[[bytes], Concept]:
    """unpack() with the store's dictionary (read here: a few microseconds)."""
    row = connection.execute("SELECT value FROM meta WHERE key = 'zdict'").fetchone()
    zdict = bytes(row[0]) if row else b""
    return lambda data: unpack(data, zdict)


def write(concepts: Iterable[Concept], path: Path, source: str = "") -> int:
    """Write a fresh store at `path` (atomically); `source` is the signature of its origin."""
    from glossary.fileio import atomic_path

    with atomic_path(path) as temp:
        return fill(concepts, temp, source)


def fill(concepts: Iterable[Concept], temp: Path, source: str = "") -> int:
    """Write a fresh store into the new, private file `temp` (the caller renames it into
    place); return how many concepts it holds."""
    collecting = gc.isenabled()
    # Millions of small tuples and strings, none in a cycle: the collector would walk the
    # heap (the caller's concepts included) over and over for nothing.
    gc.disable()
    try:
        return _fill(concepts, temp, source)
    finally:
        if collecting:
            gc.enable()


def _fill(concepts: Iterable[Concept], temp: Path, source: str) -> int:
    from glossary.normalize.keys import chinese_keys, is_chinese_text

    count = 0
    stream = iter(concepts)
    first = list(islice(stream, _DICTIONARY_CONCEPTS))
    zdict = b"".join(_json(concept) for concept in first)[-_DICTIONARY_BYTES:]
    connection = sqlite3.connect(temp)
    try:
        # The file is private until renamed into place: no journal, no fsync (the caller
        # syncs it before the rename), a cache of 32 MB: 256 MB built 100k concepts no
        # faster (18–20 s CPU either way) and would add up to 224 MB more to a build's peak.
        connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                                 "PRAGMA cache_size = -32768; PRAGMA temp_store = FILE;")
        with connection:
            connection.executescript(_SCHEMA)
            # Keys go to a scratch table as they come and into `keys` sorted, in one pass.
            connection.execute("CREATE TEMP TABLE scratch (key TEXT, concept INTEGER, "
                               "tag INTEGER)")
            pack = packer(zdict)
            stream = chain(first, stream)
            while batch := list(islice(stream, _BATCH)):
                chinese = list(dict.fromkeys((t.text, t.lang) for concept in batch
                                             for t in concept.terms
                                             if is_chinese_text(t.text, t.lang)))
                simplified = dict(zip(chinese, chinese_keys(chinese)))
                rows = [(count + number, pack(concept)) for number, concept in enumerate(batch, 1)]
                keys = [(key, count + number, value) for number, concept in enumerate(batch, 1)
                        for key, value in concept_keys(concept, simplified)]
                count += len(batch)
                connection.executemany("INSERT INTO concepts VALUES (?, ?)", rows)
                connection.executemany("INSERT INTO scratch VALUES (?, ?, ?)", keys)
            connection.execute("INSERT INTO keys (key, concept, tag) SELECT key, concept, tag "
                               "FROM scratch ORDER BY key, concept, tag")
            connection.execute("DROP TABLE scratch")
            connection.execute(f"INSERT INTO fence SELECT key, id FROM keys WHERE id % {FENCE} = 1")
            connection.execute("INSERT INTO grams (rowid, key) "
                               f"SELECT id, key FROM keys WHERE tag & 1 != {INNER}")
            # fts5vocab counts a trigram's keys by reading its whole posting list (ms for a
            # common one, at every lookup); counted once here, rare ones left out.
            connection.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, grams, row)")
            connection.execute("INSERT INTO common_grams "
                               f"SELECT term, doc FROM temp.vocab WHERE doc >= {COMMON}")
            connection.executemany("INSERT INTO meta VALUES (?, ?)",
                                   [("schema", SCHEMA_VERSION), ("source", source),
                                    ("glossary", __version__), ("concepts", str(count)),
                                    ("zdict", zdict)])
    finally:
        connection.close()
    return count


def status_rank(term: Term) -> int:
    """Preferred 0, admitted 1, unmarked 2, needs review 3, deprecated 4: the order lookups
    show terms that match equally well."""
    return _STATUS_RANK[term.status]


_STATUS_RANK = {Status.PREFERRED: 0, Status.ADMITTED: 1, None: 2, Status.NEEDS_REVIEW: 3,
                Status.DEPRECATED: 4, Status.SUPERSEDED: 4}


def concept_keys(concept: Concept, simplified: Mapping[tuple[str, str], str] | None = None
                 ) -> Iterator[tuple[str, int]]:
    """(key, tag) of every search key of the concept, each key once: from the first term
    that has it (terms come in display order, Simplified first).

    The concept's pinyin terms give its Chinese terms their pinyin keys (normalize.keys:
    syllables_of): the reading the termbase chose (from the document, CC-CEDICT and word
    rules) is better than pypinyin's guess for a polyphone, and free, where pypinyin was most
    of the time an index took to build.  `simplified` maps (text, lang) of Chinese terms to
    their keys when the caller computed them for many concepts at once (chinese_keys)."""
    terms = concept.terms
    pinyin = {position: term_keys(term.text, term.lang)
              for position, term in enumerate(terms) if term.lang == PINYIN}
    readings = tuple(dict.fromkeys(key for keys in pinyin.values() for key, kind in keys
                                   if kind == WHOLE))
    seen: set[tuple[str, int]] = set()
    for position, term in enumerate(terms):
        keys = pinyin[position] if position in pinyin else term_keys(
            term.text, term.lang, readings,
            simplified.get((term.text, term.lang)) if simplified else None)
        base = tag(position, _STATUS_RANK[term.status], 0)
        for pair in keys:
            if pair not in seen:
                seen.add(pair)
                yield pair[0], base | pair[1]


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
            meta = dict(connection.execute(
                "SELECT key, value FROM meta WHERE key IN ('source', 'glossary', 'concepts')"))
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
        read = unpacker(connection)
        for (data,) in connection.execute("SELECT data FROM concepts ORDER BY row"):
            yield read(data)
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


# The first rowid of `keys` whose key is not below a target: `fence` (every FENCE-th key, a
# B-tree) names the stretch of FENCE rows it lies in, scanned by rowid.  Several targets in
# one statement, so a lookup pays one round trip.
_LOWER_BOUNDS = f"""
WITH targets(target) AS (VALUES {{targets}}),
starts(target, after) AS (
    SELECT target, coalesce((SELECT id FROM fence WHERE key < target
                             ORDER BY key DESC, id DESC LIMIT 1), 0) FROM targets)
SELECT target, coalesce(
    (SELECT id FROM keys WHERE id > after AND id <= after + {FENCE} AND key >= target
     ORDER BY id LIMIT 1),
    (SELECT coalesce(max(id), 0) + 1 FROM keys))
FROM starts
"""


def lower_bounds(connection: sqlite3.Connection, targets: Iterable[str]) -> dict[str, int]:
    """{target: the first rowid of `keys` whose key is ≥ target} (one past the last row when
    none is)."""
    wanted = list(dict.fromkeys(targets))
    if not wanted:
        return {}
    sql = _LOWER_BOUNDS.format(targets=", ".join("(?)" for _ in wanted))
    return dict(connection.execute(sql, wanted))
