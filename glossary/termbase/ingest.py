"""`glossary import`: bring other termbases into ours without losing or silently overwriting.

Incoming concepts join an existing one with the same id, else one sharing a Simplified
Chinese term; otherwise they are added.  Joining takes the union of terms (a term is its
language and text), evidence, flags and notes.  Where the two disagree — a term's status, a
subject field, a definition — the termbase keeps its value and the disagreement is reported,
so a reviewer decides; nothing is dropped without a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from glossary.errors import FormatError, InputError, LanguageError
from glossary.langtags import ZH_HANS, canonical, display_key
from glossary.model import Concept, Term, concept_id
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
    # Counts recorded beside a sample of the evidence (an export's) cannot be added up: the
    # same occurrence may be behind both.  The larger is kept, which re-importing our own
    # export leaves right.
    joined = replace(old, status=old.status or new.status,
                     flags=tuple(dict.fromkeys(old.flags + new.flags)),
                     notes=tuple(dict.fromkeys(old.notes + new.notes)),
                     evidence=tuple(dict.fromkeys(old.evidence + new.evidence)))
    (old_seen, old_documents), (new_seen, new_documents) = old.counts(), new.counts()
    return joined.counted(max(old_seen, new_seen), max(old_documents, new_documents))


# An XML NCName, as TBX requires of an entry's id: a letter or _ first, then letters, digits,
# _ . - (and combining marks); no colon, no space.
_NCNAME = re.compile(r"^[^\W\d][\w.\-\u00b7\u0300-\u036f\u203f\u2040]*$")


def checked(path: Path, concepts: Iterable[Concept]) -> Iterator[Concept]:
    """The concepts of one file, refused (FormatError naming the file) where the termbase could
    not store them soundly: an id that is no XML name or is used twice in the file, a language
    code that is not one, a concept without a term, an empty term.  A concept without an id
    gets one made from its terms; tags are made canonical."""
    seen: dict[str, int] = {}
    for position, concept in enumerate(concepts, 1):
        if not concept.terms or not any(t.text.strip() for t in concept.terms):
            raise FormatError(f"{path}: concept {concept.id!r} has no term")
        if not concept.id:
            concept = replace(concept, id=concept_id(
                "import:" + "\n".join(f"{t.lang}\t{t.text}" for t in concept.terms)))
        if not _NCNAME.match(concept.id):
            raise FormatError(f"{path}: concept id {concept.id!r} is not an XML name (a letter "
                              "or _ first, then letters, digits, _ . -)")
        if concept.id in seen:
            raise FormatError(f"{path}: concept id {concept.id!r} is used by two entries (the "
                              f"{_ordinal(seen[concept.id])} and the {_ordinal(position)}); ids "
                              "must be unique")
        seen[concept.id] = position
        terms = []
        for term in concept.terms:
            if not term.text.strip():
                raise FormatError(f"{path}: concept {concept.id!r}: an empty {term.lang} term")
            try:
                lang = canonical(term.lang)
                # Replaced only when the tag changes: a copy of every term was half the
                # time of this check.
                terms.append(term if lang == term.lang else replace(term, lang=lang))
            except LanguageError:
                raise FormatError(f"{path}: concept {concept.id!r}: unknown language code "
                                  f"{term.lang!r}") from None
        yield replace(concept, terms=sorted(terms, key=lambda t: display_key(t.lang)))


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


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
    files = [(path, list(checked(path, termbase.read(path, lambda m: notify(f"note: {m}")))))
             for path in paths]
    with termbase.writing(folder, notify):
        existing = (list(termbase.concepts(folder, evidence=True))
                    if (folder / termbase.TBX_NAME).is_file() else [])
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
                                 "imported", notify, also=also)
    return ImportResult(len(incoming), added, merged, tuple(statuses.conflicts + conflicts), outputs,
                        len(statuses.decisions))
