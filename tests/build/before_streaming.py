"""The build as it was before it streamed, kept as the oracle the streaming build is checked
against: every document and candidate held in memory, the candidates joined one by one in
corpus order (`merge`, verbatim), then normalization and the writers."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from glossary.build.merge import (
    LOW_CONFIDENCE,
    SHARED_RENDERING,
    _script_tag,
    _spelling_key,
    term_key,
    translated_acronyms,
)
from glossary.langtags import ZH_HANS, ZH_HANT, display_key, is_chinese
from glossary.model import Candidate, CandidateTerm, Concept, Status, Term, TermType, concept_id
from glossary.normalize.script import to_simplified


def merge(candidates: Iterable[Candidate]) -> list[Concept]:
    candidates = list(candidates)
    parent = list(range(len(candidates)))
    chinese: list[str | None] = [None] * len(candidates)
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


def build(paths: list[Path], out: Path, candidates: bool = False, parallel: bool = False,
          explain: Path | None = None, contexts: int | None = 3) -> None:
    from glossary.build import extract_from
    from glossary.build.documents import display_path, find_documents
    from glossary.build.explain import write_report
    from glossary.normalize.chinese import with_chinese_forms
    from glossary.termbase import locate
    from glossary.termbase.curate import reapply

    files = find_documents(paths)
    extraction = extract_from(files, candidates=candidates, parallel=parallel)
    concepts = [with_chinese_forms(concept) for concept in merge(extraction.kept)]
    description = (f"Built by glossary from {len(files)} documents: "
                   + ", ".join(sorted(display_path(p) for p in files)))
    with locate.writing(out):
        also = {explain: lambda path: write_report(extraction.decisions, path)} if explain else {}
        locate.write(reapply(concepts, out), out, description, also=also, contexts=contexts)
