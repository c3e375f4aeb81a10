"""Candidates → concepts.

Candidates that share a term join one concept: the same Simplified Chinese (楓橋經驗 and
枫桥经验 are one key), or the same rendering in one language compared case-insensitively.  So
"Communist Party of China (CPC)" and "中国共产党 (CPC)" end in one concept through CPC.  Across
languages, acronym definitions join when translated_acronyms says they name one thing
(CPC / PCC: same document, same letters reordered, cognate long forms).

One rule keeps the termbase honest: a concept has at most one Chinese key.  Two groups whose
Chinese differs are never joined through an English (or French, Spanish) term they share;
they stay apart and both get the flag ``shared-rendering`` for a reviewer, because either the
glosses disagree or one is damaged.  Candidates are joined one by one in corpus order, so
which group a term joins first decides the conflicts.

Within a concept, occurrences of the same term are one Term with all their evidence; the
spelling seen most often wins (ties: the first in sort order), so a rebuild is stable.

For a corpus too big to hold, the merge works on sums (`Partial`): each task of the build
(one document, or files that translate each other) sums up its candidates, candidates with
the same keys in the same order being one `Entry` (how often each spelling was seen, where
first, the flags and notes), and sums combine (`combine`: associative and commutative, so a
tree of tasks can reduce them in any shape).  An entry met again joins the group its first
candidate joined and changes nothing else, so joining entries in the order of their first
candidate gives the concepts that joining every candidate gives (one exception: a candidate
that every group refused was, joined candidate by candidate, a concept per occurrence, all
with one id, of which a build kept the last; it is one concept now).  The evidence, which grows
with the corpus, is not in the sums: `evidence_rows` gives it to the caller.  The build keeps
both on disk (build.spill, a `Sums`), and `concepts` reads them back one concept at a time.
"""

from __future__ import annotations

import json
import marshal
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol, cast

from glossary.build.sampling import Sample
from glossary.langtags import ZH_HANS, ZH_HANT, display_key, is_chinese, primary
from glossary.model import Candidate, CandidateTerm, Concept, Evidence, Status, Term, TermType, concept_id
from glossary.normalize.script import to_simplified

LOW_CONFIDENCE = 0.6
SHARED_RENDERING = "shared-rendering"

Key = tuple[str, str]
# Where the serial merge meets a candidate: (phase, document or file set, candidate), phase 0
# for the per-document extractors, 1 for files that translate each other, 2 for phrases
# found over the whole corpus (build --candidates).
Position = tuple[int, int, int]
Signature = tuple[Key, ...]  # a candidate's term keys, in order: what makes one Entry


def term_key(term: CandidateTerm) -> Key:
    """What links candidates: Simplified Chinese, or the text in its language, casefolded."""
    if is_chinese(term.lang):
        return ("zh", to_simplified(term.text, term.lang))
    return (primary(term.lang), term.text.casefold())


def _spelling_key(term: CandidateTerm) -> Key:
    """What makes one Term inside a concept: Chinese keeps the script it was found in."""
    if is_chinese(term.lang):
        return (_script_tag(term.text), term.text)
    return term_key(term)


def _script_tag(text: str) -> str:
    return ZH_HANS if to_simplified(text) == text else ZH_HANT


# --- sums ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spelling:
    """One spelling key's occurrences among an entry's candidates: each text and how often it
    was seen, the first occurrence (its position, place in its candidate, type and language)
    and the flags of the candidates it was in."""

    texts: tuple[tuple[str, int], ...]
    first: tuple[Position, int, str, str]
    flags: frozenset[str]


@dataclass(frozen=True)
class Entry:
    """The candidates that have one signature: where the first was seen, their spellings (by
    spelling key) and their notes."""

    position: Position
    spellings: dict[Key, Spelling]
    notes: frozenset[str]


@dataclass
class Partial:
    """The merge's sum over some candidates: entries by signature (both packed: a few
    hundred bytes an entry, so that sums of a whole corpus travel and combine cheaply), and
    the acronym definitions translated_acronyms pairs (positions first, for the order they
    join in)."""

    entries: dict[str, bytes] = field(default_factory=dict)  # code(signature) → pack(entry)
    pairs: list[tuple[Position, Position, str, str]] = field(default_factory=list)

    def absorb(self, other: Partial) -> Partial:
        """Add `other` into this sum (`other` is not changed)."""
        for signature, entry in other.entries.items():
            mine = self.entries.get(signature)
            self.entries[signature] = entry if mine is None else pack(
                joined(unpack(mine), unpack(entry)))
        self.pairs.extend(other.pairs)
        return self


def combine(a: Partial, b: Partial) -> Partial:
    """The sum of two sums (neither is changed): associative and commutative."""
    return Partial(dict(a.entries), list(a.pairs)).absorb(b)


def joined(a: Entry, b: Entry) -> Entry:
    """One entry's sums from two parts of the corpus."""
    spellings = dict(a.spellings)
    for key, spelling in b.spellings.items():
        mine = spellings.get(key)
        spellings[key] = spelling if mine is None else Spelling(
            _summed(mine.texts, spelling.texts), min(mine.first, spelling.first),
            mine.flags | spelling.flags)
    return Entry(min(a.position, b.position), spellings, a.notes | b.notes)


def _summed(a: tuple[tuple[str, int], ...], b: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    counts = dict(a)
    for text, count in b:
        counts[text] = counts.get(text, 0) + count
    return tuple(sorted(counts.items()))


EvidenceRow = tuple[str, str, Evidence]  # (signature code, spelling key code, evidence)
# The evidence of terms: (signature codes of a concept's entries that have the spelling,
# spelling key code) → every occurrence's evidence (repeats allowed).
EvidenceOf = Callable[[Sequence[str], str], Iterable[Evidence]]
# A term's sample, from its entries' signature codes and its spelling key code (Sampled).
SampleOf = Callable[[Term, Sequence[str], str], Sample | None]


def code(value: Signature | Key) -> str:
    """A signature or spelling key as one string (how the spill stores them)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def partial(candidates: Sequence[tuple[Position, Candidate]]) -> Partial:
    """The sum of these candidates (those of one task, in their order)."""
    entries: dict[Signature, Entry] = {}
    for position, candidate in candidates:
        keys = tuple(term_key(t) for t in candidate.terms)
        spellings: dict[Key, Spelling] = {}
        for place, term in enumerate(candidate.terms):
            key = _spelling_key(term)
            one = Spelling(((term.text, 1),), (position, place, term.type.value, term.lang),
                           frozenset(candidate.flags))
            mine = spellings.get(key)
            spellings[key] = one if mine is None else Spelling(
                _summed(mine.texts, one.texts), mine.first, mine.flags)
        entry = Entry(position, spellings, frozenset(candidate.notes))
        entries[keys] = joined(entries[keys], entry) if keys in entries else entry
    found = [candidate for _, candidate in candidates]
    pairs = [(candidates[a][0], candidates[b][0], code(tuple(map(term_key, found[a].terms))),
              code(tuple(map(term_key, found[b].terms))))
             for a, b in translated_acronyms(found)]
    return Partial({code(keys): pack(entry) for keys, entry in entries.items()}, pairs)


def evidence_rows(candidates: Iterable[Candidate]) -> Iterator[EvidenceRow]:
    """Each occurrence's evidence, by the entry and spelling it belongs to: a term's own, else
    its candidate's."""
    for candidate in candidates:
        signature = code(tuple(term_key(t) for t in candidate.terms))
        for term in candidate.terms:
            yield signature, code(_spelling_key(term)), term.evidence or candidate.evidence


def pack(entry: Entry) -> bytes:
    """An entry as bytes (how the build keeps its sums on disk: a few hundred bytes each)."""
    return marshal.dumps((entry.position, tuple(
        (key, s.texts, s.first, tuple(sorted(s.flags))) for key, s in entry.spellings.items()),
        tuple(sorted(entry.notes))))


def unpack(data: bytes) -> Entry:
    position, spellings, notes = marshal.loads(data)
    return Entry(position, {key: Spelling(texts, first, frozenset(flags))
                            for key, texts, first, flags in spellings}, frozenset(notes))


# --- joining ------------------------------------------------------------------------------


class Sums(Protocol):
    """Where a corpus's sums are kept while its concepts are made (build.spill: on disk)."""

    def signatures(self) -> Iterator[Signature]:
        """Every entry's signature, in the order of the entries' first candidates (an
        entry's rank is its place in this order)."""

    def pairs(self) -> Iterator[tuple[int, int]]:
        """The ranks of the entries translated_acronyms pairs, in the order they join."""

    def group(self, roots: Iterable[tuple[int, int]], conflicted: set[int]) -> None:
        """Keep each entry's group (rank → rank of the group's root), and which are flagged."""

    def groups(self) -> Iterator[tuple[int, list[tuple[str, Entry]]]]:
        """Each group's root and entries (signature code, entry), in rank order."""

    def name(self, ids: Iterable[tuple[int, str]]) -> None:
        """Keep each group's concept id (root → id)."""

    def named(self) -> Iterator[tuple[str, bool, list[tuple[str, Entry]]]]:
        """Each group in concept id order: its id, whether flagged, its entries."""

    def evidence(self, entries: Sequence[str], spelling: str) -> Iterator[Evidence]:
        """Every occurrence of the spelling in these entries (repeats included)."""


class Sampled(Sums, Protocol):
    """Sums that can also sample a term's evidence where they keep it (build.spill: what
    `Concepts.sampled` asks of them)."""

    def sample(self, concept: str, term: Term, entries: Sequence[str], spelling: str,
               limit: int) -> Sample | None:
        """The `limit` most informative occurrences of the spelling in these entries and the
        counts of all (None when there are no more than `limit`); `term` of `concept`, as
        made so far, is what the sample is for (its text, and its place for `every`)."""


class Concepts:
    """The concepts of a corpus's sums, in id order, made one at a time as they are read
    (len() is known before).  Each term holds every occurrence, or with `sampled` the few a
    termbase shows."""

    def __init__(self, sums: Sums, count: int, limit: int | None = None) -> None:
        self._sums, self._count, self._limit = sums, count, limit

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Concept]:
        for identity, conflicted, members in self._sums.named():
            yield _concept(identity, members, conflicted, self._sums.evidence,
                           None if self._limit is None else
                           _sampler(cast(Sampled, self._sums), identity, self._limit))

    def sampled(self, limit: int) -> Concepts:
        """The concepts with each term's `limit` most informative contexts and the counts of
        all (termbase.evidence.sampled's result), taken by the sums where they keep the
        evidence (`Sampled`: the spill, in SQL), so that a term seen a million times does
        not bring a million occurrences into memory."""
        if not hasattr(self._sums, "sample"):
            raise TypeError("these sums keep no evidence to sample")
        return Concepts(self._sums, self._count, limit)


def _sampler(sums: Sampled, concept: str, limit: int) -> SampleOf:
    return lambda term, entries, spelling: sums.sample(concept, term, entries, spelling, limit)


def concepts(sums: Sums) -> Concepts:
    """Group the entries of the sums into concepts, sorted by concept id for reproducible
    output.  Entries join one by one in the order of their first candidates, as candidates
    did; the memory this takes grows with the number of distinct keys, not the corpus."""
    parent = array("q")
    chinese: list[str | None] = []  # per group root: its Chinese key
    first_with: dict[Key, int] = {}
    conflicts: set[int] = set()

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        a, b = find(a), find(b)
        if a == b:
            return
        if chinese[a] and chinese[b] and chinese[a] != chinese[b]:
            conflicts.update((a, b))
            return
        parent[b] = a
        chinese[a] = chinese[a] or chinese[b]

    for index, keys in enumerate(sums.signatures()):
        parent.append(index)
        chinese.append(next((k[1] for k in keys if k[0] == "zh"), None))
        for key in keys:
            if key in first_with:
                join(first_with[key], index)
            else:
                first_with[key] = index
    for a, b in sums.pairs():
        join(a, b)
    first_with.clear()  # (no more joins: what they needed goes)
    chinese.clear()
    sums.group(((index, find(index)) for index in range(len(parent))),
               {find(i) for i in conflicts})
    count = 0

    def ids() -> Iterator[tuple[int, str]]:
        nonlocal count
        for root, members in sums.groups():
            count += 1
            yield root, concept_id(_concept_key([entry for _, entry in members]))

    sums.name(ids())
    return Concepts(sums, count)


def merge(candidates: Iterable[Candidate]) -> list[Concept]:
    """Group candidates, all at once, into concepts sorted by concept id."""
    from glossary.build.spill import Spill

    found = list(candidates)
    with Spill() as spill:
        spill.add(evidence_rows(found))
        spill.absorb(partial([((0, 0, index), candidate) for index, candidate in enumerate(found)]))
        return list(concepts(spill))


def translated_acronyms(candidates: list[Candidate]) -> list[tuple[int, int]]:
    """Pairs of acronym definitions that name one thing in two languages: defined in the same
    document, the same letters in another order (CPC, PCC: word order differs between
    languages), and long forms that share at least two cognates ("Communist Party of China",
    "Parti communiste chinois", "Partido Comunista de China")."""
    from rapidfuzz import fuzz

    # Grouped by document and letters first: only definitions that can pair are compared
    # (a corpus may define thousands of acronyms).
    # A definition repeated word for word is joined by its text already: only the first of
    # each (language, long form) needs pairing.
    groups: dict[tuple[str, str], dict[tuple[str, str], tuple[int, str, list[str]]]] = (
        defaultdict(dict))
    for index, candidate in enumerate(candidates):
        acronyms = [t for t in candidate.terms if t.type is TermType.ACRONYM]
        long_forms = [t for t in candidate.terms if t.type is TermType.FULL_FORM]
        if candidate.evidence.extractor == "acronym" and acronyms and long_forms:
            letters = "".join(sorted(acronyms[0].text.upper()))
            long_form = long_forms[0]
            groups[candidate.evidence.file, letters].setdefault(
                (long_form.lang, long_form.text.casefold()),
                (index, long_form.lang, _content_words(long_form)))
    pairs = []
    for unique in groups.values():
        definitions = list(unique.values())
        for position, (a, lang_a, words_a) in enumerate(definitions):
            for b, lang_b, words_b in definitions[position + 1:]:
                if primary(lang_a) == primary(lang_b):
                    continue
                cognates = sum(any(fuzz.ratio(x, y) >= 70 for y in words_b) for x in words_a)
                if cognates >= 2:
                    pairs.append((a, b))
    return sorted(pairs)


def _content_words(term: CandidateTerm) -> list[str]:
    from glossary.normalize.keys import fold

    return [w for w in fold(term.text).replace("-", " ").split() if len(w) >= 4]


# --- one concept --------------------------------------------------------------------------


def _concept_key(members: list[Entry]) -> str:
    keys = {key for entry in members for key in entry.spellings}
    zh = sorted({to_simplified(k[1]) for k in keys if k[0] in (ZH_HANS, ZH_HANT)})
    return zh[0] if zh else min(f"{k[0]}:{k[1]}" for k in keys)


def _concept(identity: str, members: list[tuple[str, Entry]], conflicted: bool,
             evidence: EvidenceOf, sample: SampleOf | None = None) -> Concept:
    spellings: dict[Key, list[tuple[str, Spelling]]] = defaultdict(list)
    for signature, entry in members:
        for key, spelling in entry.spellings.items():
            spellings[key].append((signature, spelling))
    # Terms in the order the serial merge met them (the sort below is total; this only keeps
    # it so were it not).
    found = sorted(spellings.items(), key=lambda item: min(s.first for _, s in item[1]))
    made = []
    for key, seen in found:
        entries = [sig for sig, _ in seen]
        term = _term([s for _, s in seen], conflicted)
        taken = sample(term, entries, code(key)) if sample else None
        if taken is None:
            every = _evidence(evidence(entries, code(key)))
            taken = Sample(every, len(every), max(e.confidence for e in every), 0, 0)
        made.append((_evidenced(term, taken), taken.distinct))
    made.sort(key=lambda pair: (display_key(pair[0].lang), pair[0].type != TermType.FULL_FORM,
                                -pair[1], pair[0].text))
    terms = [term for term, _ in made]
    # A candidate's notes are about the pair (a suggested completion), so they are the
    # concept's: one place in the TBX and a column in the CSV, not a copy on every term.
    notes = tuple(sorted({note for _, entry in members for note in entry.notes}))
    return Concept(id=identity, terms=terms, notes=notes)


def _term(seen: list[Spelling], conflicted: bool) -> Term:
    """One term from its spelling's sums, before its evidence (`_evidenced`)."""
    spellings: dict[str, int] = {}
    for spelling in seen:
        for text, count in spelling.texts:
            spellings[text] = spellings.get(text, 0) + count
    text = min(spellings, key=lambda s: (-spellings[s], s))
    _, _, kind, first_lang = min(spelling.first for spelling in seen)
    lang = _script_tag(text) if is_chinese(first_lang) else first_lang
    flags = sorted({flag for spelling in seen for flag in spelling.flags}
                   | ({SHARED_RENDERING} if conflicted else set()))
    return Term(text=text, lang=lang, type=TermType(kind), status=None, flags=tuple(flags))


def _evidenced(term: Term, taken: Sample) -> Term:
    """The term with its evidence (all of it, or a sample and the counts of all) and the
    status they give it."""
    low = term.flags or taken.confidence < LOW_CONFIDENCE
    made = replace(term, status=Status.NEEDS_REVIEW if low else Status.ADMITTED,
                   evidence=taken.shown)
    if len(taken.shown) < taken.distinct:
        return made.counted(taken.occurrences, taken.documents)
    return made


def _evidence(occurrences: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """What a term keeps of the evidence of its occurrences: each distinct one, sorted."""
    return tuple(sorted(set(occurrences)))
