"""Decisions on a termbase, kept in a file that survives every rebuild.

A reviewer's decisions — a term's status, a concept added by hand, a rendering corrected, two
concepts merged, a term split off — are the valuable part of a termbase.  Each one is a line
of `decisions.tsv` in the termbase folder, oldest first, committed beside the TBX so that a
team reviews them in version control::

    when	who	action	concept	lang	term	value	note
    2026-12-03T09:00:00Z	alice	status	c00a72a9aa334	en	Fengqiao Model	deprecated	use …

`apply` replays decisions over concepts: `glossary build` replays all of them over freshly
extracted concepts, `glossary status` one over the current termbase, so both give the same
termbase.  Every decision that touches a term is also kept on it as a Transaction (its
history), which the TBX writes as a transacGrp.

Actions (`value` and the fields they use):

    status  concept lang term  value: preferred, admitted, deprecated, needs-review or rejected
            (not a term: it leaves the termbase, and no rebuild brings it back)
    add     concept lang term  value: the term type (fullForm…); the concept is made if missing
    rename  concept lang term  value: the new text
    merge   concept            value: the concept it goes into
    split   concept lang term  value: the new concept's id

A decision on a Chinese term carries over to the forms derived from it (Traditional, pinyin).
Rejecting the last Chinese term of a concept rejects the entry: its renderings were glosses of
that Chinese, found beside it (add the right term by hand if one of them is worth keeping).
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path

from glossary.errors import FormatError, InputError
from glossary.fileio import tsv_escape, tsv_unescape
from glossary.langtags import ZH_HANS, display_key, is_chinese
from glossary.model import Concept, Status, Term, TermType, Transaction, concept_id

FILE_NAME = "decisions.tsv"
USER_ENVIRONMENT = "GLOSSARY_USER"
REJECTED = "rejected"
STATUSES: dict[str, Status | None] = {
    "preferred": Status.PREFERRED,
    "admitted": Status.ADMITTED,
    "deprecated": Status.DEPRECATED,
    "superseded": Status.SUPERSEDED,
    "needs-review": Status.NEEDS_REVIEW,
    REJECTED: None,
}
ACTIONS = ("status", "add", "rename", "merge", "split")
_COMMENT = "# glossary decisions: one a line, oldest first; `glossary build` re-applies them all.\n"
_DERIVED = "Derived: "


def status_name(status: Status | None) -> str:
    """The name a person types for a status (needs-review, not needsReview)."""
    return next((name for name, value in STATUSES.items() if value is status and status),
                "unmarked")


@dataclass(frozen=True)
class Decision:
    when: str
    who: str
    action: str
    concept: str
    lang: str = ""
    term: str = ""
    value: str = ""
    note: str = ""

    def line(self) -> str:
        return "\t".join(tsv_escape(getattr(self, f.name)) for f in fields(self)) + "\n"

    @classmethod
    def parse(cls, line: str, where: str) -> Decision:
        cells = [tsv_unescape(cell) for cell in line.rstrip("\n").split("\t")]
        if len(cells) != len(fields(cls)):
            raise FormatError(f"{where}: {len(cells)} fields, not {len(fields(cls))}")
        decision = cls(*cells)
        if decision.action not in ACTIONS:
            raise FormatError(f"{where}: unknown action {decision.action!r}")
        if decision.action == "status" and decision.value not in STATUSES:
            raise FormatError(f"{where}: unknown status {decision.value!r}")
        return decision

    def what(self) -> str:
        """How the term's history says it: "status deprecated", "added", "renamed from X"."""
        return {"status": f"status {self.value}", "add": "added",
                "rename": f"renamed from {self.term}", "merge": f"merged from {self.concept}",
                "split": f"split from {self.concept}"}[self.action]

    def transaction(self) -> Transaction:
        return Transaction(self.when, self.who, self.what(), self.note)


HEADER = "\t".join(f.name for f in fields(Decision)) + "\n"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def default_who() -> str:
    """Who decides: $GLOSSARY_USER, else the login name."""
    return os.environ.get(USER_ENVIRONMENT) or getpass.getuser()


# --- the file ---------------------------------------------------------------------------------


def path(folder: Path) -> Path:
    return folder / FILE_NAME


def read(folder: Path) -> list[Decision]:
    """The decisions of a termbase folder, oldest first (none when it has no file)."""
    file = path(folder)
    if not file.is_file():
        return []
    decisions = []
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("#") or line == HEADER or not line.strip():
                continue
            decisions.append(Decision.parse(line, f"{file}:{number}"))
    return decisions


def append(folder: Path, decisions: Iterable[Decision], into: Path | None = None) -> None:
    """Add decisions at the end of the file (made, with its header, when missing).  Appending
    keeps earlier lines byte for byte, so a diff shows only what was decided.  With `into`
    (a new file of a termbase generation, see fileio.generation), the file's lines and the
    new ones are written there instead, to replace the file together with the termbase."""
    lines = "".join(decision.line() for decision in decisions)
    file = path(folder)
    if into is not None:
        before = file.read_bytes() if file.is_file() else b""
        start = "" if before or not lines else _COMMENT + HEADER
        into.write_bytes(before + (start + lines).encode("utf-8"))
        return
    if not lines:
        return
    start = "" if file.is_file() and file.stat().st_size else _COMMENT + HEADER
    with file.open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(start + lines)
        handle.flush()
        os.fsync(handle.fileno())


# --- finding terms ----------------------------------------------------------------------------


def source_of(term: Term) -> str | None:
    """The text a derived term (Traditional form, pinyin) was made from, else None."""
    for note in term.notes:
        if note.startswith(_DERIVED) and " from " in note:
            return note.rpartition(" from ")[2]
    return None


def find(concepts: Iterable[Concept], text: str, lang: str | None = None
         ) -> list[tuple[Concept, Term]]:
    """The terms written exactly `text` (in any script or language, or in `lang`): a derived
    form found stands for the term it was made from, so 楓橋經驗 finds 枫桥经验."""
    found: dict[tuple[str, str, str], tuple[Concept, Term]] = {}
    for concept in concepts:
        for term in concept.terms:
            if term.text != text or (lang and term.lang != lang and not (
                    lang == "zh" and is_chinese(term.lang))):
                continue
            origin = source_of(term)
            if origin is not None:
                term = next((t for t in concept.terms if t.text == origin
                             and is_chinese(t.lang) and source_of(t) is None), term)
            found.setdefault((concept.id, term.lang, term.text), (concept, term))
    return list(found.values())


def rejected(decisions: Iterable[Decision], text: str, lang: str | None = None
             ) -> list[Decision]:
    """The decisions on a term written `text` whose last word was: rejected (none otherwise)."""
    last: dict[tuple[str, str], list[Decision]] = {}
    for decision in decisions:
        if decision.term == text and (not lang or decision.lang == lang):
            last.setdefault((decision.concept, decision.lang), []).append(decision)
    return next((history for history in last.values()
                 if history[-1].action == "status" and history[-1].value == REJECTED), [])


def new_concept_id(lang: str, text: str) -> str:
    """The id a concept gets from its term, as a build gives it (merge.py's key)."""
    from glossary.normalize.script import to_simplified

    return concept_id(to_simplified(text) if is_chinese(lang) else f"{lang}:{text}")


# --- applying ---------------------------------------------------------------------------------


@dataclass
class Applied:
    concepts: list[Concept]
    stale: list[Decision]  # decisions whose term or concept is no longer there


def apply(concepts: Iterable[Concept], decisions: Iterable[Decision]) -> Applied:
    """Replay `decisions`, in order, over `concepts`; concepts left without terms go."""
    by_id = {concept.id: concept for concept in concepts}
    touched: set[str] = set()
    stale: list[Decision] = []
    for decision in decisions:
        done = _ACTIONS[decision.action](by_id, decision)
        if done is None:
            stale.append(decision)
        else:
            touched.update(done)
    result = []
    for concept in by_id.values():
        if concept.id in touched:
            concept = _with_forms(concept)
        if concept.terms:
            result.append(concept)
    return Applied(result, stale)


def _locate(by_id: dict[str, Concept], decision: Decision) -> tuple[Concept, Term] | None:
    """The decision's term in its concept, else wherever it now is."""
    concept = by_id.get(decision.concept)
    if concept is not None:
        term = next((t for t in concept.terms
                     if t.lang == decision.lang and t.text == decision.term), None)
        if term is not None:
            return concept, term
    found = find(by_id.values(), decision.term, decision.lang)
    return found[0] if found else None


def _family(concept: Concept, term: Term) -> list[Term]:
    """The term and every form derived from it."""
    return [t for t in concept.terms if t == term or (source_of(t) == term.text and t is not term)]


def _set_status(by_id: dict[str, Concept], decision: Decision) -> set[str] | None:
    located = _locate(by_id, decision)
    if located is None:
        return None
    concept, term = located
    family = _family(concept, term)
    status = STATUSES[decision.value]
    if decision.value == REJECTED:
        concept.terms = [t for t in concept.terms if t not in family]
        if is_chinese(term.lang) and not any(is_chinese(t.lang) for t in concept.terms):
            concept.terms = []  # its renderings were glosses of it: the entry goes
        return {concept.id}
    assert status is not None
    terms = []
    for t in concept.terms:
        if t is term:
            t = replace(t, status=status, history=t.history + (decision.transaction(),))
        elif t in family and not ("taiwan-vocabulary" in t.flags
                                  and status in (Status.PREFERRED, Status.ADMITTED)):
            t = replace(t, status=status)
        terms.append(t)
    concept.terms = terms
    return {concept.id}


def _add(by_id: dict[str, Concept], decision: Decision) -> set[str] | None:
    concept = by_id.setdefault(decision.concept, Concept(id=decision.concept))
    if any(t.lang == decision.lang and t.text == decision.term for t in concept.terms):
        return {concept.id}
    term = Term(text=decision.term, lang=decision.lang,
                type=TermType(decision.value) if decision.value else TermType.FULL_FORM,
                status=Status.ADMITTED, history=(decision.transaction(),))
    concept.terms = sorted([*concept.terms, term], key=lambda t: display_key(t.lang))
    return {concept.id}


def _rename(by_id: dict[str, Concept], decision: Decision) -> set[str] | None:
    located = _locate(by_id, decision)
    if located is None or not decision.value:
        return None
    concept, term = located
    derived = [t for t in _family(concept, term) if t is not term]
    renamed = replace(term, text=decision.value, history=term.history + (decision.transaction(),))
    concept.terms = [renamed if t is term else t for t in concept.terms if t not in derived]
    return {concept.id}


def _merge(by_id: dict[str, Concept], decision: Decision) -> set[str] | None:
    source, target = by_id.get(decision.concept), by_id.get(decision.value)
    if source is None or target is None or source is target:
        return None
    have = {(t.lang, t.text) for t in target.terms}
    moved = [replace(t, history=t.history + (decision.transaction(),))
             for t in source.terms if (t.lang, t.text) not in have]
    target.terms = sorted([*target.terms, *moved], key=lambda t: display_key(t.lang))
    target.notes = tuple(dict.fromkeys(target.notes + source.notes))
    del by_id[source.id]
    return {target.id}


def _split(by_id: dict[str, Concept], decision: Decision) -> set[str] | None:
    located = _locate(by_id, decision)
    if located is None or not decision.value or decision.value in by_id:
        return None
    concept, term = located
    family = _family(concept, term)
    concept.terms = [t for t in concept.terms if t not in family]
    moved = [replace(t, history=t.history + (decision.transaction(),)) if t is term else t
             for t in family]
    by_id[decision.value] = Concept(id=decision.value, terms=moved)
    return {concept.id, decision.value}


_ACTIONS = {"status": _set_status, "add": _add, "rename": _rename, "merge": _merge,
            "split": _split}


def _with_forms(concept: Concept) -> Concept:
    """Traditional forms and pinyin for Chinese terms added or renamed by hand."""
    if not any(t.lang == ZH_HANS or is_chinese(t.lang) for t in concept.terms):
        return concept
    from glossary.normalize.chinese import with_chinese_forms

    return with_chinese_forms(concept)


# --- rebuilding -------------------------------------------------------------------------------


def mark_new(concepts: Iterable[Concept], known: dict[tuple[str, str], Status | None]
             ) -> Iterator[Concept]:
    """Concepts of a rebuild, each term keeping the status it had in the previous termbase
    (`known`); a term it did not have arrives as needs review.  Derived forms follow the term
    they were made from."""
    for concept in concepts:
        statuses = {}
        terms = []
        for term in concept.terms:
            if source_of(term) is None:
                status = known.get((term.lang, term.text), Status.NEEDS_REVIEW)
                if (term.lang, term.text) not in known or status is not term.status:
                    term = replace(term, status=status)
                statuses[term.text] = term.status
            terms.append(term)
        yield replace(concept, terms=[
            replace(t, status=statuses[origin]) if (origin := source_of(t)) in statuses
            and "taiwan-vocabulary" not in t.flags else t for t in terms])


def check_status(name: str) -> str:
    if name not in STATUSES:
        raise InputError(f"unknown status {name!r} (known: {', '.join(STATUSES)})")
    return name
