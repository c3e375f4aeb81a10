"""`glossary import`: bring other termbases into ours without losing or silently overwriting.

Incoming concepts join an existing one with the same id, else one sharing a Simplified
Chinese term; otherwise they are added.  Joining takes the union of terms (a term is its
language and text), evidence, flags and notes.  Where the two disagree — a term's status, a
subject field, a definition — the termbase keeps its value and the disagreement is reported,
so a reviewer decides; nothing is dropped without a word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from glossary.errors import InputError
from glossary.langtags import ZH_HANS, display_key
from glossary.model import Concept, Term
from glossary.termbase import locate as termbase


@dataclass(frozen=True)
class ImportResult:
    read: int
    added: int
    merged: int
    conflicts: tuple[str, ...]
    outputs: tuple[Path, ...]
    decisions: int = 0  # statuses recorded as decisions (termbase.curate.import_statuses)


def merge_into(existing: list[Concept], incoming: Iterable[Concept]
               ) -> tuple[list[Concept], int, int, list[str]]:
    """(concepts, added, merged, conflicts): `incoming` folded into `existing`, in order."""
    concepts = list(existing)
    by_id = {c.id: i for i, c in enumerate(concepts)}
    by_chinese = {t.text: i for i, c in enumerate(concepts) for t in c.terms_in(ZH_HANS)}
    added = merged = 0
    conflicts: list[str] = []
    for concept in incoming:
        at = by_id.get(concept.id)
        if at is None:
            at = next((by_chinese[t.text] for t in concept.terms_in(ZH_HANS)
                       if t.text in by_chinese), None)
        if at is None:
            by_id[concept.id] = len(concepts)
            for term in concept.terms_in(ZH_HANS):
                by_chinese.setdefault(term.text, len(concepts))
            concepts.append(concept)
            added += 1
        else:
            concepts[at] = _joined(concepts[at], concept, conflicts)
            merged += 1
    return concepts, added, merged, conflicts


def _joined(kept: Concept, new: Concept, conflicts: list[str]) -> Concept:
    terms = {(t.lang, t.text): t for t in kept.terms}
    for term in new.terms:
        old = terms.get((term.lang, term.text))
        terms[(term.lang, term.text)] = term if old is None else _joined_term(
            old, term, kept.id, conflicts)
    for field in ("subject_field", "definition"):
        mine, theirs = getattr(kept, field), getattr(new, field)
        if mine and theirs and mine != theirs:
            conflicts.append(f"{kept.id}: {field} {mine!r} kept, {theirs!r} not taken")
    return replace(
        kept, terms=sorted(terms.values(), key=lambda t: display_key(t.lang)),
        subject_field=kept.subject_field or new.subject_field,
        definition=kept.definition or new.definition,
        notes=tuple(dict.fromkeys(kept.notes + new.notes)))


def _joined_term(old: Term, new: Term, concept_id: str, conflicts: list[str]) -> Term:
    if new.status and old.status and new.status != old.status:
        conflicts.append(f"{concept_id}: {old.lang} {old.text!r} is {old.status.value} here, "
                         f"{new.status.value} in the import; kept {old.status.value}")
    return replace(old, status=old.status or new.status,
                   flags=tuple(dict.fromkeys(old.flags + new.flags)),
                   notes=tuple(dict.fromkeys(old.notes + new.notes)),
                   evidence=tuple(dict.fromkeys(old.evidence + new.evidence)))


def import_files(paths: Iterable[Path], folder: Path, prefer: str = "ours",
                 notify: termbase.Notify = lambda message: None) -> ImportResult:
    """Read every file first (a bad one changes nothing), then, holding the folder (one
    writer at a time), read the termbase, merge and write it back as one generation: TBX,
    CSV, index, decisions.tsv and imported.jsonl replaced together.

    Statuses the files give our terms are recorded as decisions; where they contradict one
    already taken, `prefer` (ours, theirs) decides and the conflict is reported."""
    from glossary.termbase import curate, decisions

    paths = [Path(path) for path in paths]
    for path in paths:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    files = [(path, list(termbase.read(path))) for path in paths]
    with termbase.writing(folder, notify):
        existing = list(termbase.concepts(folder)) if (folder / termbase.TBX_NAME).is_file() else []
        statuses = curate.import_statuses(existing, files, decisions.read(folder), prefer)
        incoming = statuses.incoming
        concepts, added, merged, conflicts = merge_into(existing, incoming)
        concepts = decisions.apply(concepts, statuses.decisions).concepts
        also: dict[Path, Callable[[Path], object]] = {
            folder / curate.IMPORTED_NAME: lambda into: curate.keep_imported(folder, incoming, into)}
        if statuses.decisions:
            also[decisions.path(folder)] = lambda into: decisions.append(
                folder, statuses.decisions, into)
        outputs = termbase.write(concepts, folder, f"glossary termbase; {len(incoming)} concepts "
                                 "imported", also=also)
    return ImportResult(len(incoming), added, merged, tuple(statuses.conflicts + conflicts), outputs,
                        len(statuses.decisions))
