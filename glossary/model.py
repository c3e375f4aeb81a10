"""The plain data every stage passes along.

Extractors yield ``Candidate``s (terms that one piece of evidence says name one concept); the
merger groups them into ``Concept``s; normalizers add derived ``Term``s; exporters, lookup and
the checker read ``Concept``s.  Everything is an immutable dataclass except ``Concept``, whose
term list the merger and the normalizers build up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Status(str, Enum):
    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    SUPERSEDED = "superseded"  # TBX's supersededTerm: replaced by a newer term; not to be used
    NEEDS_REVIEW = "needsReview"

    @property
    def avoided(self) -> bool:
        """A term not to use in a translation: deprecated or superseded."""
        return self in (Status.DEPRECATED, Status.SUPERSEDED)


class TermType(str, Enum):
    FULL_FORM = "fullForm"
    ACRONYM = "acronym"
    ABBREVIATION = "abbreviation"
    SHORT_FORM = "shortForm"
    VARIANT = "variant"
    PHRASE = "phrase"
    TRANSLITERATION = "transliteration"


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a term was seen: file and 1-based line, the sentence around it, and who saw it."""

    file: str
    line: int
    context: str
    extractor: str
    confidence: float


@dataclass(frozen=True)
class Transaction:
    """One decision on a term: when (ISO 8601, UTC), by whom, what was decided, and why.

    TBX-Basic writes it as a transacGrp (date, transacNote responsibility, note)."""

    when: str
    who: str
    what: str  # "status deprecated", "added", "renamed from X"…
    note: str = ""


@dataclass(frozen=True)
class Term:
    text: str
    lang: str  # canonical BCP 47 (see langtags.canonical)
    type: TermType = TermType.FULL_FORM
    status: Status | None = Status.ADMITTED  # None: the source said nothing
    flags: tuple[str, ...] = ()  # review flags, e.g. "possibly-truncated"
    notes: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    history: tuple[Transaction, ...] = ()  # decisions taken on this term, oldest first
    # How often the term was seen, recorded where `evidence` does not show it: an export keeps
    # a few contexts a term; a CSV gives the concept's places to one of its terms.
    # Occurrences, and the distinct documents they are in; 0: not recorded, the evidence
    # shows it (see `counts`).
    occurrences: int = 0
    documents: int = 0

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=1.0)

    def counts(self) -> tuple[int, int]:
        """(occurrences, documents): as recorded, else as the evidence shows.  An occurrence
        is a place (file, line, sentence): two extractors finding the term there saw it once."""
        occurrences = self.occurrences or len({(e.file, e.line, e.context) for e in self.evidence})
        documents = self.documents or len({e.file for e in self.evidence if e.file})
        return occurrences, documents

    def counted(self, occurrences: int, documents: int) -> Term:
        """This term recording these counts, each only where its evidence does not show it
        (so a term whose evidence is whole compares equal however it was read)."""
        shown = Term(self.text, self.lang, evidence=self.evidence).counts()
        occurrences = 0 if occurrences == shown[0] else occurrences
        documents = 0 if documents == shown[1] else documents
        if (occurrences, documents) == (self.occurrences, self.documents):
            return self
        from dataclasses import replace

        return replace(self, occurrences=occurrences, documents=documents)


@dataclass(frozen=True)
class CandidateTerm:
    text: str
    lang: str
    type: TermType = TermType.FULL_FORM
    # Where this term itself was seen, when that is not the candidate's evidence: a parallel
    # text has each language's rendering on its own line, with its own confidence.
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Candidate:
    """Terms that one occurrence in a document says name the same concept."""

    terms: tuple[CandidateTerm, ...]
    evidence: Evidence
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass
class Concept:
    id: str
    terms: list[Term] = field(default_factory=list)
    subject_field: str | None = None
    definition: str | None = None
    notes: tuple[str, ...] = ()

    def terms_in(self, lang: str) -> list[Term]:
        return [t for t in self.terms if t.lang == lang]

    def languages(self) -> list[str]:
        from glossary.langtags import display_key

        return sorted({t.lang for t in self.terms}, key=display_key)


def concept_id(key: str) -> str:
    """A stable XML NCName derived from a concept's key, so a rebuild never renumbers."""
    import hashlib

    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Segment:
    """One translation unit of a bilingual file: what the checker reads."""

    id: str
    source: str
    target: str
    source_lang: str  # canonical tag, or "" when the file does not say
    target_lang: str
    file: str
    line: int
    # Every translation a multilingual unit holds (a TMX <tu> with zh, fr and en), as
    # (language, text): the checker takes the one in the language asked for.
    targets: tuple[tuple[str, str], ...] = ()
    note: str = ""  # a note for translators the file keeps with the unit (PO's "#." comment)
