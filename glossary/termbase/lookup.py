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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum

from glossary.model import Concept, Term
from glossary.normalize.keys import INNER, WHOLE, has_han, query_keys
from glossary.termbase import store

FUZZY_CUTOFF = 80.0
SUGGEST_CUTOFF = 60.0
_FUZZY_CANDIDATES = 200
_FUZZY_GRAMS = 12  # the query's rarest trigrams whose posting lists are counted
_INSIDE_GRAMS = 3  # the query's rarest trigrams a key must hold to be checked for it
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


class _Row:
    """An index row that matched.  (A plain class: a dataclass costs a lookup ~1 ms to
    create at import, a twentieth of the whole command.)"""

    __slots__ = ("rank", "concept", "term", "match", "score")

    def __init__(self, rank: tuple[int, int, int, float, int, str], concept: int, term: int,
                 match: Match, score: float) -> None:
        self.rank = rank
        self.concept = concept  # row in the store
        self.term = term  # position in the concept's terms
        self.match = match
        self.score = score


_SELECT = "SELECT key, concept, tag FROM keys WHERE id >= ? AND id < ? AND tag & 1 = ? LIMIT ?"
# Latin text inside a term: keys holding the query's trigrams (FTS5), then holding the query.
_INSIDE = ("SELECT k.key, k.concept, k.tag FROM grams CROSS JOIN keys AS k ON k.id = grams.rowid "
           "WHERE grams MATCH ? AND instr(k.key, ?) LIMIT ?")


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
        best = _fuzzy(connection, keys, limit)
    return _hits(connection, sorted(best.values(), key=lambda r: r.rank)[:limit])


def _fuzzy(connection: sqlite3.Connection, keys: list[str], limit: int) -> dict[int, _Row]:
    best: dict[int, _Row] = {}
    near = [(key, score) for key, score in _near_keys(connection, keys) if score >= FUZZY_CUTOFF]
    bounds = store.lower_bounds(connection, [k + end for k, _ in near for end in ("", "\0")])
    for key, score in near:
        rows = connection.execute(_SELECT, (bounds[key], bounds[key + "\0"], WHOLE,
                                            limit * _ROWS_PER_STAGE))
        _keep_best(best, (_row(Match.FUZZY, found, concept, tag, score)
                               for found, concept, tag in rows))
    return best


def _staged(connection: sqlite3.Connection, keys: list[str], limit: int) -> dict[int, _Row]:
    best: dict[int, _Row] = {}
    cap = limit * _ROWS_PER_STAGE
    bounds = store.lower_bounds(connection, [k + end for k in keys for end in ("", "\0", _END)])
    for match in (Match.EXACT, Match.PREFIX, Match.INNER):
        for key in keys:
            start, after, end = (bounds[key + e] for e in ("", "\0", _END))
            if match == Match.EXACT:
                rows = connection.execute(_SELECT, (start, after, WHOLE, cap))
            elif match == Match.PREFIX:
                rows = connection.execute(_SELECT, (after, end, WHOLE, cap))
            else:
                rows = connection.execute(_SELECT, (start, end, INNER, cap))
            _keep_best(best, (_row(match, *row) for row in rows))
            # Latin text inside a term, as typed (keys[0]); the query's pinyin spelling is
            # found inside pinyin keys by their syllable tails.
            if match == Match.INNER and key == keys[0] and not has_han(key):
                _keep_best(best, _inside(connection, key, cap))
        if len(best) >= limit:
            break
    return best


def _inside(connection: sqlite3.Connection, key: str, limit: int) -> Iterator[_Row]:
    """Rows of the WHOLE keys holding `key` (three letters or more; two at a word's start),
    as INNER matches on the key's tail from there: those from a word's start (" travail
    social" in "departement du travail social") rank before those inside a word."""
    wanted = key if len(key) >= 3 else " " + key if len(key) == 2 else ""
    if not wanted:
        return
    # The rarest few trigrams select few keys; instr() checks the rest.  (FTS5 pays for
    # every posting list of an AND: a common trigram's costs milliseconds.)
    grams = _rarest(connection, {wanted[i:i + 3] for i in range(len(wanted) - 2)},
                    _INSIDE_GRAMS)
    expression = " AND ".join(_phrase(gram) for gram in grams)
    for found, concept, tag in connection.execute(_INSIDE, (expression, wanted, limit)):
        at = f" {found}".find(f" {key}")
        if at >= 0:
            yield _row(Match.INNER, found[at:], concept, tag)
        else:
            yield _row(Match.INNER, found[found.find(key):], concept, tag, within_word=True)


def suggest(connection: sqlite3.Connection, query: str, limit: int = 5) -> list[str]:
    """Terms near `query` for a "did you mean" when nothing matched, best first."""
    near = [key for key, score in _near_keys(connection, query_keys(query))
            if score >= SUGGEST_CUTOFF][:limit]
    bounds = store.lower_bounds(connection, [k + end for k in near for end in ("", "\0")])
    rows = [connection.execute(_SELECT, (bounds[key], bounds[key + "\0"], WHOLE, 1)).fetchone()
            for key in near]
    hits = _hits(connection, [_row(Match.FUZZY, *row) for row in rows if row])
    return list(dict.fromkeys(hit.term.text for hit in hits))


def _row(match: Match, key: str, concept: int, tag: int, score: float = 100.0,
         within_word: bool = False) -> _Row:
    term, rank, _ = store.untag(tag)
    return _Row((int(match), int(within_word), rank, -score, len(key), key), concept, term,
                match, score)


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
    frequency = _common(connection, grams)
    postings = {gram: _posting(connection, gram) for gram in grams if gram not in frequency}
    frequency.update((gram, len(rows)) for gram, rows in postings.items() if rows)
    shared: Counter[int] = Counter()
    for gram in sorted(frequency, key=lambda gram: (frequency[gram], gram))[:_FUZZY_GRAMS]:
        shared.update(postings[gram] if gram in postings else _posting(connection, gram))
    rows = [row for row, _ in shared.most_common(_FUZZY_CANDIDATES)]
    if not rows:
        return []
    from rapidfuzz import fuzz

    candidates = connection.execute(
        f"SELECT DISTINCT key FROM keys WHERE id IN ({','.join('?' * len(rows))})", rows)
    # Whole-string similarity, or (discounted) the best-matching stretch of a longer key.
    # Not WRatio: its token-set part scores unrelated names sharing "of" and "work" at 86.
    scored = [(key, max(max(fuzz.ratio(query, key), 0.9 * fuzz.partial_ratio(query, key))
                        for query in keys)) for (key,) in candidates]
    return sorted(scored, key=lambda pair: (-pair[1], len(pair[0]), pair[0]))


def _common(connection: sqlite3.Connection, grams: set[str]) -> dict[str, int]:
    """{trigram: how many WHOLE keys hold it} for those of `grams` that are common
    (store.common_grams); the others are in fewer than store.COMMON keys."""
    ordered = sorted(grams)
    return dict(connection.execute(
        f"SELECT gram, docs FROM common_grams WHERE gram IN ({','.join('?' * len(ordered))})",
        ordered))


def _rarest(connection: sqlite3.Connection, grams: set[str], count: int) -> list[str]:
    """`count` trigrams of `grams` in the fewest WHOLE keys (rare ones first)."""
    frequency = _common(connection, grams)
    return sorted(grams, key=lambda gram: (frequency.get(gram, 0), gram))[:count]


def _posting(connection: sqlite3.Connection, gram: str) -> list[int]:
    """The rows of the WHOLE keys holding `gram`."""
    return [row for (row,) in connection.execute(
        "SELECT rowid FROM grams WHERE grams MATCH ?", (_phrase(gram),))]


def _phrase(gram: str) -> str:
    return '"' + gram.replace('"', '""') + '"'


def _hits(connection: sqlite3.Connection, rows: list[_Row]) -> list[Hit]:
    if not rows:
        return []
    marks = ",".join("?" * len(rows))
    read = store.unpacker(connection)
    concepts = {row: read(data) for row, data in connection.execute(
        f"SELECT row, data FROM concepts WHERE row IN ({marks})", [r.concept for r in rows])}
    return [Hit(concepts[r.concept], r.match, concepts[r.concept].terms[r.term], r.score)
            for r in rows]
