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
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from glossary.formats import jsonl
from glossary.model import Concept, Status, Term
from glossary.normalize.keys import query_keys

FUZZY_CUTOFF = 80.0
SUGGEST_CUTOFF = 60.0
_FUZZY_CANDIDATES = 200
_ROWS_PER_STAGE = 50  # rows read per stage and key, times the limit
_STATUS_RANK = {Status.PREFERRED.value: 0, Status.ADMITTED.value: 1, None: 2,
                Status.NEEDS_REVIEW.value: 3, Status.DEPRECATED.value: 4}
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
    concept_id: str
    lang: str
    text: str
    match: Match
    score: float


_SQL = {
    Match.EXACT: "k.key = ?1 AND k.inner = 0",
    Match.PREFIX: "k.key > ?1 AND k.key < ?1 || ?2 AND k.inner = 0",
    Match.INNER: "k.key >= ?1 AND k.key < ?1 || ?2 AND k.inner = 1",
}
_SELECT = ("SELECT k.key, t.concept_id, t.lang, t.text, t.status FROM keys k "
           "JOIN terms t ON t.id = k.term WHERE ")


def search(connection: sqlite3.Connection, query: str, limit: int = 10) -> list[Hit]:
    """The concepts matching `query`, best first, at most `limit` of them."""
    keys = query_keys(query)
    best: dict[str, _Row] = {}
    for match in (Match.EXACT, Match.PREFIX, Match.INNER):
        for key in keys:
            rows = connection.execute(_SELECT + _SQL[match] + " LIMIT ?3",
                                      (key, _END, limit * _ROWS_PER_STAGE))
            _keep_best(best, (_row(match, *row) for row in rows))
        if len(best) >= limit:
            break
    if not best:
        _keep_best(best, (row for row in _fuzzy(connection, keys) if row.score >= FUZZY_CUTOFF))
    return _hits(connection, sorted(best.values(), key=lambda r: r.rank)[:limit])


def suggest(connection: sqlite3.Connection, query: str, limit: int = 5) -> list[str]:
    """Terms near `query` for a "did you mean" when nothing matched, best first."""
    rows = sorted(_fuzzy(connection, query_keys(query)), key=lambda r: r.rank)
    seen: list[str] = []
    for row in rows:
        if row.score >= SUGGEST_CUTOFF and row.text not in seen:
            seen.append(row.text)
    return seen[:limit]


def _row(match: Match, key: str, concept_id: str, lang: str, text: str, status: str | None,
         score: float = 100.0) -> _Row:
    rank = (int(match), _STATUS_RANK.get(status, 2), -score, len(key), key)
    return _Row(rank, concept_id, lang, text, match, score)


def _keep_best(best: dict[str, _Row], rows: Iterable[_Row]) -> None:
    for row in rows:
        kept = best.get(row.concept_id)
        if kept is None or row.rank < kept.rank:
            best[row.concept_id] = row


def _fuzzy(connection: sqlite3.Connection, keys: list[str]) -> list[_Row]:
    """Keys sharing trigrams with the query, scored by rapidfuzz (imported only here)."""
    grams = sorted({key[i:i + 3] for key in keys for i in range(len(key) - 2)})
    if not grams:
        return []
    from rapidfuzz import fuzz

    expression = " OR ".join('"' + gram.replace('"', '""') + '"' for gram in grams)
    rows = connection.execute(
        _SELECT + "k.rowid IN (SELECT rowid FROM grams WHERE grams MATCH ? "
        "ORDER BY rank LIMIT ?)", (expression, _FUZZY_CANDIDATES))
    scored = []
    for key, concept_id, lang, text, status in rows:
        # Whole-string similarity, or (discounted) the best-matching stretch of a longer key.
        # Not WRatio: its token-set part scores unrelated names sharing "of" and "work" at 86.
        score = max(max(fuzz.ratio(query, key), 0.9 * fuzz.partial_ratio(query, key))
                    for query in keys)
        scored.append(_row(Match.FUZZY, key, concept_id, lang, text, status, score))
    return scored


def _hits(connection: sqlite3.Connection, rows: list[_Row]) -> list[Hit]:
    if not rows:
        return []
    marks = ",".join("?" * len(rows))
    concepts = {concept_id: jsonl.loads(data) for concept_id, data in connection.execute(
        f"SELECT id, data FROM concepts WHERE id IN ({marks})", [r.concept_id for r in rows])}
    hits = []
    for row in rows:
        concept = concepts[row.concept_id]
        term = next(t for t in concept.terms if t.lang == row.lang and t.text == row.text)
        hits.append(Hit(concept, row.match, term, row.score))
    return hits

