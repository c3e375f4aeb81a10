"""Find concepts by anything a translator may type: Chinese in either script, pinyin in any
spelling, English, French or Spanish without caring for case or accents, acronyms.

The query becomes keys (normalize.keys.query_keys) and the index (store) is searched in
stages, best first: EXACT (a whole key equals the query), PREFIX (a whole key starts with it),
INNER (some term's tail from a word, character or syllable on starts with it: 治理 finds
社会治理).  Each is a range scan on one B-tree, so its cost does not grow with the termbase.
Only when all three find nothing does FUZZY run: candidates sharing trigrams with the query
come from the FTS5 index, rapidfuzz scores them (edit similarity of the whole key, or
of its best-matching stretch, discounted), and those above FUZZY_CUTOFF are matches;
those above SUGGEST_CUTOFF are offered as "did you mean".  Within a stage, preferred terms
rank before admitted ones, then unmarked, needs-review and deprecated; then shorter keys.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from glossary.model import Concept, Term
from glossary.normalize.keys import has_han, query_keys
from glossary.termbase.store import unpack

FUZZY_CUTOFF = 80.0
SUGGEST_CUTOFF = 60.0
_FUZZY_CANDIDATES = 200
_FUZZY_GRAMS = 12  # the query's rarest trigrams whose posting lists are counted
_ROWS_PER_STAGE = 50  # rows read per stage and key, times the limit
_END = "\U0010ffff"


class Match(IntEnum):
    EXACT = 0
    PREFIX = 1
    INNER = 2
    FUZZY = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Hit:
    concept: Concept
    match: Match
    term: Term  # the term whose key matched
    score: float  # 100 except for fuzzy matches (0–100 similarity)


@dataclass(frozen=True)
class _Row:
    rank: tuple[int, int, float, int, str]
    concept: int  # row in the store
    term: int  # position in the concept's terms
    match: Match
    score: float


_SQL = {
    Match.EXACT: "key = ?1 AND inner = 0",
    Match.PREFIX: "key > ?1 AND key < ?1 || ?2 AND inner = 0",
    Match.INNER: "key >= ?1 AND key < ?1 || ?2 AND inner = 1",
}
_SELECT = "SELECT key, rank, concept, term FROM keys WHERE "


def search(connection: sqlite3.Connection, query: str, limit: int = 10) -> list[Hit]:
    """The concepts matching `query`, best first, at most `limit` of them."""
    keys = query_keys(query, simplify=False)
    best = _staged(connection, keys, limit)
    if not best and has_han(query):
        # Only now convert to Simplified: most queries are Simplified and the index holds
        # only Simplified keys, so a Traditional character can never match as typed.
        simplified = query_keys(query)
        if simplified != keys:
            keys = simplified
            best = _staged(connection, keys, limit)
    if not best:
        for key, score in _near_keys(connection, keys):
            if score < FUZZY_CUTOFF:
                break
            rows = _key_rows(connection, Match.EXACT, key, limit * _ROWS_PER_STAGE)
            _keep_best(best, (_row(Match.FUZZY, found, rank, concept, term, score)
                              for found, rank, concept, term in rows))
    return _hits(connection, sorted(best.values(), key=lambda r: r.rank)[:limit])


def _staged(connection: sqlite3.Connection, keys: list[str], limit: int) -> dict[int, _Row]:
    best: dict[int, _Row] = {}
    for match in (Match.EXACT, Match.PREFIX, Match.INNER):
        for key in keys:
            rows = _key_rows(connection, match, key, limit * _ROWS_PER_STAGE)
            _keep_best(best, (_row(match, *row) for row in rows))
        if len(best) >= limit:
            break
    return best


def suggest(connection: sqlite3.Connection, query: str, limit: int = 5) -> list[str]:
    """Terms near `query` for a "did you mean" when nothing matched, best first."""
    near = [key for key, score in _near_keys(connection, query_keys(query))
            if score >= SUGGEST_CUTOFF][:limit]
    rows = [next(_key_rows(connection, Match.EXACT, key, 1)) for key in near]
    hits = _hits(connection, [_row(Match.FUZZY, *row) for row in rows])
    return list(dict.fromkeys(hit.term.text for hit in hits))


def _key_rows(connection: sqlite3.Connection, match: Match, key: str,
              limit: int) -> sqlite3.Cursor:
    """(key, rank, concept, term) of the index entries `key` matches in the way `match` says."""
    return connection.execute(_SELECT + _SQL[match] + " LIMIT ?3", (key, _END, limit))


def _row(match: Match, key: str, rank: int, concept: int, term: int,
         score: float = 100.0) -> _Row:
    return _Row((int(match), rank, -score, len(key), key), concept, term, match, score)


def _keep_best(best: dict[int, _Row], rows: Iterable[_Row]) -> None:
    for row in rows:
        kept = best.get(row.concept)
        if kept is None or row.rank < kept.rank:
            best[row.concept] = row


def _near_keys(connection: sqlite3.Connection, keys: list[str]) -> list[tuple[str, float]]:
    """Whole keys sharing trigrams with the query, with a 0–100 similarity, best first.

    A typo spoils the three trigrams around it and leaves the rest, so the keys sharing the
    most trigrams with the query are the candidates.  Counting runs over the posting lists
    of the query's rarest trigrams only (document frequencies from fts5vocab): common ones
    ("ion", "the") would cost time in proportion to the termbase and select nothing.
    rapidfuzz is imported only here: most lookups never get this far."""
    grams = {key[i:i + 3] for key in keys for i in range(len(key) - 2)}
    if not grams:
        return []
    marks = ",".join("?" * len(grams))
    frequency = dict(connection.execute(
        f"SELECT term, doc FROM grams_vocab WHERE term IN ({marks})", sorted(grams)))
    rarest = sorted(frequency, key=lambda gram: (frequency[gram], gram))[:_FUZZY_GRAMS]
    shared: Counter[int] = Counter()
    for gram in rarest:
        shared.update(row for (row,) in connection.execute(
            "SELECT rowid FROM grams WHERE grams MATCH ?", ('"' + gram.replace('"', '""') + '"',)))
    rows = [row for row, _ in shared.most_common(_FUZZY_CANDIDATES)]
    if not rows:
        return []
    from rapidfuzz import fuzz

    candidates = connection.execute(
        f"SELECT key FROM vocab WHERE id IN ({','.join('?' * len(rows))})", rows)
    # Whole-string similarity, or (discounted) the best-matching stretch of a longer key.
    # Not WRatio: its token-set part scores unrelated names sharing "of" and "work" at 86.
    scored = [(key, max(max(fuzz.ratio(query, key), 0.9 * fuzz.partial_ratio(query, key))
                        for query in keys)) for (key,) in candidates]
    return sorted(scored, key=lambda pair: (-pair[1], len(pair[0]), pair[0]))


def _hits(connection: sqlite3.Connection, rows: list[_Row]) -> list[Hit]:
    if not rows:
        return []
    marks = ",".join("?" * len(rows))
    concepts = {row: unpack(data) for row, data in connection.execute(
        f"SELECT row, data FROM concepts WHERE row IN ({marks})", [r.concept for r in rows])}
    return [Hit(concepts[r.concept], r.match, concepts[r.concept].terms[r.term], r.score)
            for r in rows]
