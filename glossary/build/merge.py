"""Candidates → concepts.

Candidates that share a term join one concept: the same Simplified Chinese (楓橋經驗 and
枫桥经验 are one key), or the same rendering in one language compared case-insensitively.  So
"Communist Party of China (CPC)" and "中国共产党 (CPC)" end in one concept through CPC.  Across
languages, acronym definitions join when translated_acronyms says they name one thing
(CPC / PCC: same document, same letters reordered, cognate long forms).

One rule keeps the termbase honest: a concept has at most one Chinese key.  Two groups whose
Chinese differs are never joined through an English (or French, Spanish) term they share;
they stay apart and both get the flag ``shared-rendering`` for a reviewer, because either the
glosses disagree or one is damaged.

Within a concept, occurrences of the same term are one Term with all their evidence; the
spelling seen most often wins (ties: the first in sort order), so a rebuild is stable.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from glossary.langtags import ZH_HANS, ZH_HANT, display_key, is_chinese, primary
from glossary.model import Candidate, CandidateTerm, Concept, Status, Term, TermType, concept_id
from glossary.normalize.script import to_simplified

LOW_CONFIDENCE = 0.6
SHARED_RENDERING = "shared-rendering"


def term_key(term: CandidateTerm) -> tuple[str, str]:
    """What links candidates: Simplified Chinese, or the text in its language, casefolded."""
    if is_chinese(term.lang):
        return ("zh", to_simplified(term.text, term.lang))
    return (primary(term.lang), term.text.casefold())


def _spelling_key(term: CandidateTerm) -> tuple[str, str]:
    """What makes one Term inside a concept: Chinese keeps the script it was found in."""
    if is_chinese(term.lang):
        return (_script_tag(term.text), term.text)
    return term_key(term)


def _script_tag(text: str) -> str:
    return ZH_HANS if to_simplified(text) == text else ZH_HANT


def merge(candidates: Iterable[Candidate]) -> list[Concept]:
    """Group candidates into concepts, sorted by concept key for reproducible output."""
    candidates = list(candidates)
    parent = list(range(len(candidates)))
    chinese: list[str | None] = [None] * len(candidates)  # per group root: its Chinese key
    first_with: dict[tuple[str, str], int] = {}
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

    for index, candidate in enumerate(candidates):
        keys = [term_key(t) for t in candidate.terms]
        chinese[index] = next((k[1] for k in keys if k[0] == "zh"), None)
    for index, candidate in enumerate(candidates):
        for key in (term_key(t) for t in candidate.terms):
            if key in first_with:
                join(first_with[key], index)
            else:
                first_with[key] = index
    for a, b in translated_acronyms(candidates):
        join(a, b)

    groups: dict[int, list[Candidate]] = defaultdict(list)
    for index, candidate in enumerate(candidates):
        groups[find(index)].append(candidate)
    conflicted = {find(i) for i in conflicts}
    concepts = [_concept(members, root in conflicted) for root, members in groups.items()]
    return sorted(concepts, key=lambda c: c.id)


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


def _concept(members: list[Candidate], conflicted: bool) -> Concept:
    occurrences: dict[tuple[str, str], list[tuple[CandidateTerm, Candidate]]] = defaultdict(list)
    for candidate in members:
        for term in candidate.terms:
            occurrences[_spelling_key(term)].append((term, candidate))
    terms = [_term(found, conflicted) for found in occurrences.values()]
    terms.sort(key=lambda t: (display_key(t.lang), t.type != TermType.FULL_FORM,
                              -len(t.evidence), t.text))
    zh = sorted({to_simplified(k[1]) for k in occurrences if k[0] in (ZH_HANS, ZH_HANT)})
    key = zh[0] if zh else min(f"{k[0]}:{k[1]}" for k in occurrences)
    # A candidate's notes are about the pair (a suggested completion), so they are the
    # concept's: one place in the TBX and a column in the CSV, not a copy on every term.
    notes = tuple(sorted({note for candidate in members for note in candidate.notes}))
    return Concept(id=concept_id(key), terms=terms, notes=notes)


def _term(found: list[tuple[CandidateTerm, Candidate]], conflicted: bool) -> Term:
    spellings = Counter(term.text for term, _ in found)
    text = min(spellings, key=lambda s: (-spellings[s], s))
    first = found[0][0]
    lang = _script_tag(text) if is_chinese(first.lang) else first.lang
    flags = sorted({flag for _, c in found for flag in c.flags}
                   | ({SHARED_RENDERING} if conflicted else set()))
    evidence = tuple(sorted({term.evidence or c.evidence for term, c in found}))
    confidence = max(e.confidence for e in evidence)
    status = Status.NEEDS_REVIEW if flags or confidence < LOW_CONFIDENCE else Status.ADMITTED
    return Term(text=text, lang=lang, type=first.type, status=status, flags=tuple(flags),
                evidence=evidence)
