"""Curating a termbase folder: record decisions and apply them at once, and re-apply them all
after a rebuild.  `glossary status`, `glossary add`, `glossary edit`, `glossary merge`,
`glossary split` and the web page's buttons are each one call here.

A decision is first applied to the current termbase (so a term that is not there is an error,
not a silent no-op), then the termbase is written, then the decision is appended to
decisions.tsv.  `reapply` is what `glossary build` runs over freshly extracted concepts: the
concepts imported before (imported.jsonl) join them, every term keeps the status it had and a
term never seen arrives as needs review, then every decision is replayed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from glossary.errors import GlossaryError, InputError
from glossary.langtags import canonical, is_chinese
from glossary.model import Concept, Status, Term, TermType
from glossary.termbase import decisions as store
from glossary.termbase import locate
from glossary.termbase.decisions import Decision

IMPORTED_NAME = "imported.jsonl"
_DESCRIPTION = re.compile(rb"<sourceDesc>\s*<p>(.*?)</p>", re.DOTALL)


class AmbiguousTerm(GlossaryError):
    """TERM matches several terms: the message lists them."""


class EditConflict(GlossaryError):
    """The concept changed since the editor read it; `concept` is how it is now."""

    def __init__(self, message: str, concept: Concept | None = None) -> None:
        super().__init__(message)
        self.concept = concept


@dataclass(frozen=True)
class Found:
    concept: Concept
    term: Term  # as it is now; a rejected term as it was, its history ending in the rejection
    rejected: bool = False


def folder_of(name: str | Path | None) -> Path:
    """The termbase folder to curate (decisions live beside a folder's TBX, not a lone file)."""
    path = locate.locate(name)
    if not path.is_dir():
        raise InputError(f"{path}: decisions need a termbase folder (made by `glossary build`), "
                         "not a single file")
    return path


def concepts(folder: Path) -> list[Concept]:
    """The folder's concepts with every occurrence of their terms (what a write keeps)."""
    return (list(locate.concepts(folder, evidence=True)) if (folder / locate.TBX_NAME).is_file()
            else [])


def find(folder: Path, text: str, lang: str | None = None, concept_id: str | None = None
         ) -> Found:
    """The one term written `text` (derived forms stand for their source), in concept
    `concept_id` when given; an error naming every match when there are several, and when
    there is none."""
    lang = canonical(lang) if lang and lang != "zh" else lang
    matches = [(c, t) for c, t in store.find(concepts(folder), text, lang)
               if concept_id is None or c.id == concept_id]
    if not matches and (history := store.rejected(store.read(folder), text, lang)):
        last = history[-1]
        term = Term(last.term, last.lang, status=None,
                    history=tuple(d.transaction() for d in history))
        return Found(Concept(id=last.concept, terms=[term]), term, rejected=True)
    if not matches:
        raise InputError(f"no term is written exactly {text!r}" + (f" in {lang}" if lang else ""))
    if len(matches) > 1:
        listed = "\n".join(f"  {c.id}  {t.lang}  {t.text}  ({store.status_name(t.status)})"
                           for c, t in matches)
        raise AmbiguousTerm(f"{text!r} matches {len(matches)} terms; name one with --lang:\n"
                            f"{listed}")
    concept, term = matches[0]
    return Found(concept, term)


def decide(folder: Path, decisions: Sequence[Decision], expected: str | None = None
           ) -> list[Concept]:
    """Apply `decisions` to the termbase in `folder`, write it, and record them.

    `expected` is the version (see `version`) of the concept the editor saw: when the concept
    has changed since, nothing is written and EditConflict says so."""
    with _locked(folder):
        return _decide(folder, decisions, expected)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One decision at a time per termbase, across processes (two reviewers' commands, the
    web page's requests), and none while a build or an import writes it: read, check, write
    and record happen holding the folder (locate.writing, the lock those take too)."""
    with locate.writing(folder):
        yield


def _decide(folder: Path, decisions: Sequence[Decision], expected: str | None) -> list[Concept]:
    current = concepts(folder)
    if expected is not None:
        concept = next((c for c in current if c.id == decisions[0].concept), None)
        if concept is None or version(concept) != expected:
            raise EditConflict(f"{decisions[0].concept} was changed by someone else since you "
                               "opened it: look at it again and decide", concept)
    applied = store.apply(current, decisions)
    if applied.stale:
        first = applied.stale[0]
        raise InputError(f"nothing to apply {first.action} to: {first.concept} "
                         f"{first.lang} {first.term!r}".rstrip())
    # The termbase and decisions.tsv are replaced together (one generation).
    locate.write(applied.concepts, folder, description(folder),
                 also={store.path(folder): lambda into: store.append(folder, decisions, into)})
    return applied.concepts


def version(concept: Concept) -> str:
    """A short fingerprint of a concept's content: an edit names the version it started from."""
    import hashlib

    from glossary.termbase.formats.jsonl import dumps

    return hashlib.sha1(dumps(concept).encode("utf-8")).hexdigest()[:12]


def description(folder: Path) -> str:
    """The TBX header's description, kept as the build wrote it."""
    tbx = folder / locate.TBX_NAME
    if tbx.is_file():
        with tbx.open("rb") as handle:
            match = _DESCRIPTION.search(handle.read(8192))
        if match:
            return html.unescape(match[1].decode("utf-8"))
    return "glossary termbase"


# --- the operations ---------------------------------------------------------------------------


def set_status(folder: Path, text: str, status: str, *, lang: str | None = None,
               who: str | None = None, note: str = "", when: str | None = None,
               expected: str | None = None, concept_id: str | None = None) -> Found:
    """Record a status decision on the term written `text`; return it as it is now."""
    store.check_status(status)
    found = find(folder, text, lang, concept_id)
    if found.rejected:
        raise InputError(f"{text!r} was rejected: add it again with `glossary add`")
    decision = Decision(when or store.now(), who or store.default_who(), "status",
                        found.concept.id, found.term.lang, found.term.text, status, note)
    after = decide(folder, [decision], expected)
    if status == store.REJECTED:
        return Found(found.concept, replace(found.term, history=found.term.history + (
            decision.transaction(),)), rejected=True)
    concept = next(c for c in after if c.id == found.concept.id)
    return Found(concept, next(t for t in concept.terms
                               if (t.lang, t.text) == (found.term.lang, found.term.text)))


def add(folder: Path, terms: Sequence[tuple[str, str]], *, status: str | None = None,
        concept_id: str | None = None, who: str | None = None, note: str = "",
        when: str | None = None) -> Concept:
    """Add a concept by hand (or terms to `concept_id`): `terms` are (language, text) pairs,
    the first naming the concept."""
    if not terms:
        raise InputError("give at least one term")
    when, who = when or store.now(), who or store.default_who()
    terms = [(_chinese_tag(text) if lang in ("zh", "zh-Hans") else lang, text) for lang, text in terms]
    lang, text = terms[0]
    target = concept_id or store.new_concept_id(lang, text)
    existing = {c.id: c for c in concepts(folder)}
    if concept_id and concept_id not in existing:
        raise InputError(f"no concept {concept_id}")
    if not concept_id and target in existing:
        raise InputError(f"{text!r} is already a term of {target}: use `glossary status`, or "
                         "add renderings to it with --concept")
    made = [Decision(when, who, "add", target, canonical(lang), text.strip(),
                     TermType.FULL_FORM.value, note) for lang, text in terms if text.strip()]
    if status:
        store.check_status(status)
        made += [Decision(when, who, "status", target, d.lang, d.term, status, note) for d in made]
    after = decide(folder, made)
    return next(c for c in after if c.id == target)


def _chinese_tag(text: str) -> str:
    """zh-Hans for Simplified (or script-neutral) Chinese, zh-Hant for Traditional."""
    from glossary.normalize.script import to_simplified

    return "zh-Hans" if to_simplified(text.strip()) == text.strip() else "zh-Hant"


def edit(folder: Path, text: str, new_text: str, *, lang: str | None = None,
           who: str | None = None, note: str = "", when: str | None = None,
           expected: str | None = None, concept_id: str | None = None) -> Found:
    """Correct a rendering: the term keeps its status, evidence and history."""
    if not new_text.strip():
        raise InputError("the new text is empty")
    found = find(folder, text, lang, concept_id)
    decision = Decision(when or store.now(), who or store.default_who(), "rename",
                        found.concept.id, found.term.lang, found.term.text, new_text.strip(), note)
    after = decide(folder, [decision], expected)
    concept = next(c for c in after if c.id == found.concept.id)
    return Found(concept, next(t for t in concept.terms if t.text == new_text.strip()))


def merge(folder: Path, source: str, target: str, *, who: str | None = None, note: str = "",
          when: str | None = None) -> Concept:
    """Merge concept `source` into concept `target` (ids)."""
    decision = Decision(when or store.now(), who or store.default_who(), "merge", source,
                        value=target, note=note)
    after = decide(folder, [decision])
    return next(c for c in after if c.id == target)


def split(folder: Path, text: str, *, lang: str | None = None, who: str | None = None,
          note: str = "", when: str | None = None, concept_id: str | None = None) -> Concept:
    """Move the term written `text` (with its derived forms) out into a concept of its own."""
    found = find(folder, text, lang, concept_id)
    new_id = store.new_concept_id(found.term.lang, found.term.text)
    if new_id == found.concept.id:
        new_id = store.new_concept_id(found.term.lang, f"{found.term.text} (split)")
    decision = Decision(when or store.now(), who or store.default_who(), "split",
                        found.concept.id, found.term.lang, found.term.text, new_id, note)
    after = decide(folder, [decision])
    return next(c for c in after if c.id == new_id)


# --- rebuilding -------------------------------------------------------------------------------


def reapplies(folder: Path) -> bool:
    """Whether the folder has something a build reapplies (decisions, concepts imported):
    then the build's concepts are held and changed as a whole (`reapply`), their terms with
    every occurrence, as a decision may join them."""
    return (folder / IMPORTED_NAME).is_file() or bool(store.read(folder))


def reapplied(extracted: Iterable[Concept], folder: Path) -> Iterable[Concept]:
    """`reapply`, streaming the concepts through (in the order given: a build's, by id) when
    the folder has nothing to reapply (`reapplies`)."""
    if reapplies(folder):
        return reapply(extracted, folder)
    return _last_of_each_id(concept for concept in extracted if concept.terms)


def _last_of_each_id(concepts: Iterable[Concept]) -> Iterator[Concept]:
    """Of concepts in id order, the last with each id (as `reapply` keeps, by id)."""
    held: Concept | None = None
    for concept in concepts:
        if held is not None and held.id != concept.id:
            yield held
        held = concept
    if held is not None:
        yield held


def reapply(extracted: Iterable[Concept], folder: Path) -> list[Concept]:
    """What `glossary build` writes into `folder`: the extracted concepts joined by those
    imported before and by the decided terms (preferred, admitted, deprecated) that the
    documents no longer give, statuses carried over from the previous termbase (new terms
    arrive as needs review), then every decision replayed.  A first build (no termbase yet, no
    decisions) keeps the extractors' statuses."""
    from glossary.termbase.ingest import merge_into

    result = list(extracted)
    imported = folder / IMPORTED_NAME
    if imported.is_file():
        result, *_ = merge_into(result, locate.read(imported))
    previous = folder / locate.TBX_NAME
    decided = store.read(folder)
    if previous.is_file() and (decided or imported.is_file()):
        before = concepts(folder)  # with all their evidence: a carried term keeps it
        result, *_ = merge_into(result, _decided_terms(before, decided, result))
        known = {(t.lang, t.text): t.status for c in before for t in c.terms}
        result = list(store.mark_new(result, known))
    applied = store.apply(result, decided)
    return sorted(applied.concepts, key=lambda c: c.id)


def _decided_terms(before: Iterable[Concept], decided: Sequence[Decision],
                   extracted: Iterable[Concept]) -> list[Concept]:
    """The terms of the previous termbase whose last status decision keeps them (not
    rejected) and that extraction no longer gives (their document changed or went), each in
    its concept with its derived forms: a decision is never lost to a rebuild."""
    last = {(d.lang, d.term): d.value for d in decided if d.action == "status"}
    present = {(t.lang, t.text) for c in extracted for t in c.terms}
    wanted = {key for key, value in last.items() if value != store.REJECTED} - present
    carried = []
    for concept in before:
        kept = [t for t in concept.terms if (t.lang, t.text) in wanted]
        sources = {t.text for t in kept}
        kept += [t for t in concept.terms if store.source_of(t) in sources and t not in kept]
        if kept:
            carried.append(replace(concept, terms=kept))
    return carried


def keep_imported(folder: Path, incoming: Iterable[Concept], into: Path | None = None) -> None:
    """Remember imported concepts (imported.jsonl), so that a rebuild keeps them; with `into`
    (a new file of a termbase generation), write the new version there."""
    from glossary.fileio import atomic_write
    from glossary.termbase.formats import jsonl
    from glossary.termbase.ingest import merge_into

    path = folder / IMPORTED_NAME
    kept = list(locate.read(path)) if path.is_file() else []
    merged, *_ = merge_into(kept, incoming)
    if into is not None:
        with into.open("wb") as handle:
            jsonl.write(sorted(merged, key=lambda c: c.id), handle)
        return
    with atomic_write(path) as handle:
        jsonl.write(sorted(merged, key=lambda c: c.id), handle)


def review_queue(items: Iterable[Concept]) -> list[Concept]:
    """Concepts with a term that needs review or carries a review flag, the least sure first
    (the lowest confidence of those terms: build.confidence's chance that the pair is right),
    so a reviewer meets the likeliest errors first."""
    queued = []
    for concept in items:
        waiting = [t for t in concept.terms if (t.status is Status.NEEDS_REVIEW or t.flags)
                   and (store.source_of(t) is None or not is_chinese(t.lang))]
        if waiting:
            queued.append((min(t.confidence for t in waiting), concept.id, concept))
    return [concept for _, _, concept in sorted(queued, key=lambda q: q[:2])]


# --- importing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedStatuses:
    incoming: list[Concept]  # with each status as it is to be kept
    decisions: list[Decision]  # statuses taken from the files, to record
    conflicts: list[str]


def import_statuses(existing: Sequence[Concept], files: Sequence[tuple[Path, list[Concept]]],
                    decided: Sequence[Decision], prefer: str = "ours",
                    when: str | None = None) -> ImportedStatuses:
    """The statuses that imported files give terms we have, as decisions (by "import FILE").

    Where one contradicts a decision already taken, the conflict is reported and `prefer`
    settles it: "ours" keeps the decision, "theirs" records the file's status.  A status
    equal to ours, "needs review" (no decision at all) or on a term we do not have is no
    decision: a new term keeps its status in imported.jsonl."""
    if prefer not in ("ours", "theirs"):
        raise InputError(f"--prefer is ours or theirs (got {prefer!r})")
    when = when or store.now()
    ours: dict[tuple[str, str], tuple[str, Status | None]] = {}
    for concept in existing:
        for term in concept.terms:
            if store.source_of(term) is None:
                ours.setdefault((term.lang, term.text), (concept.id, term.status))
    last = {(d.lang, d.term): d for d in decided if d.action == "status"}
    made: list[Decision] = []
    conflicts: list[str] = []
    incoming: list[Concept] = []
    for path, items in files:
        for concept in items:
            terms = []
            for term in concept.terms:
                key = (term.lang, term.text)
                if key in ours and term.status is not None and term.status is not ours[key][1]:
                    concept_id, mine = ours[key]
                    theirs = store.status_name(term.status)
                    before = last.get(key)
                    if term.status is Status.NEEDS_REVIEW or (
                            before is not None and before.value != theirs and prefer == "ours"):
                        if before is not None and term.status is not Status.NEEDS_REVIEW:
                            conflicts.append(_conflict(concept_id, term, before, theirs, path, "ours"))
                        term = replace(term, status=mine)
                    else:
                        if before is not None and before.value != theirs:
                            conflicts.append(_conflict(concept_id, term, before, theirs, path,
                                                       "theirs"))
                        decision = Decision(when, f"import {path.name}", "status", concept_id,
                                            term.lang, term.text, theirs)
                        made.append(decision)
                        last[key], ours[key] = decision, (concept_id, term.status)
                terms.append(term)
            incoming.append(replace(concept, terms=terms))
    return ImportedStatuses(incoming, made, conflicts)


def _conflict(concept_id: str, term: Term, before: Decision, theirs: str, path: Path,
              kept: str) -> str:
    took = before.value if kept == "ours" else theirs
    return (f"{concept_id}: {term.lang} {term.text!r} is {before.value} here (decided by "
            f"{before.who}, {before.when}), {theirs} in {path.name}; kept {took} (--prefer {kept})")
