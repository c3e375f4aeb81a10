"""Characters XML 1.0 cannot hold, cleaned before a termbase is written, and named.

A document pasted from Word carries vertical tabs (its manual line break) and form feeds;
others carry ESC or other C0 controls.  None can be written to TBX, and one used to abort a
whole build at write time.  Here a vertical tab or form feed becomes a space, any other such
character is removed, and each is reported once per place: FILE:LINE of the evidence it came
with, else the concept's id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from glossary.model import Concept, Evidence, Term

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_AS_SPACE = frozenset("\x0b\x0c")


def xml_safe(text: str) -> str:
    """The text as it is written: what XML cannot hold replaced or removed."""
    return NOT_XML.sub(_replacement, text) if NOT_XML.search(text) else text


def _replacement(match: re.Match[str]) -> str:
    return " " if match[0] in _AS_SPACE else ""


class Cleaner:
    """Cleans texts and tells `notify` what it changed, once per place and character."""

    def __init__(self, notify: Callable[[str], None]) -> None:
        self._notify = notify
        self._told: set[tuple[str, str]] = set()

    def text(self, text: str, where: str) -> str:
        if not NOT_XML.search(text):
            return text
        for char in sorted(set(NOT_XML.findall(text))):
            if (where, char) not in self._told:
                self._told.add((where, char))
                what = "replaced by a space" if char in _AS_SPACE else "removed"
                self._notify(f"{where}: control character U+{ord(char):04X} {what}")
        return xml_safe(text)

    def concepts(self, concepts: Iterable[Concept]) -> Iterator[Concept]:
        for concept in concepts:
            yield _concept(concept, self.text)

    def evidence(self, found: Iterable[Evidence]) -> Iterator[Evidence]:
        """Evidence as `concepts` cleans a term's (for evidence a term does not hold: the
        occurrences a build keeps aside, build.spill)."""
        for one in found:
            yield _evidence(one, self.text) if any(
                NOT_XML.search(text) for text in (one.file, one.context, one.extractor)) else one


def cleaned(concepts: Iterable[Concept], notify: Callable[[str], None]) -> Iterator[Concept]:
    """The concepts with every text XML can hold; what was changed is told to `notify`."""
    return Cleaner(notify).concepts(concepts)


def _concept(concept: Concept, clean: Callable[[str, str], str]) -> Concept:
    texts = [concept.id, concept.subject_field or "", concept.definition or "", *concept.notes]
    texts += [text for term in concept.terms for text in _term_texts(term)]
    if not any(NOT_XML.search(text) for text in texts):
        return concept
    place = f"concept {concept.id!r}"
    terms = [_term(term, concept, clean) for term in concept.terms]
    return replace(concept, id=clean(concept.id, place), terms=terms,
                   subject_field=concept.subject_field and clean(concept.subject_field, place),
                   definition=concept.definition and clean(concept.definition, place),
                   notes=tuple(clean(note, place) for note in concept.notes))


def _term_texts(term: Term) -> list[str]:
    return [term.text, term.lang, *term.flags, *term.notes,
            *(text for e in term.evidence for text in (e.file, e.context, e.extractor))]


def _term(term: Term, concept: Concept, clean: Callable[[str, str], str]) -> Term:
    if not any(NOT_XML.search(text) for text in _term_texts(term)):
        return term
    place = _place(term.evidence[0]) if term.evidence else f"concept {concept.id!r}"
    evidence = tuple(_evidence(e, clean) for e in term.evidence)
    return replace(term, text=clean(term.text, place), lang=clean(term.lang, place),
                   flags=tuple(clean(flag, place) for flag in term.flags),
                   notes=tuple(clean(note, place) for note in term.notes), evidence=evidence)


def _evidence(found: Evidence, clean: Callable[[str, str], str]) -> Evidence:
    place = _place(found)
    return Evidence(clean(found.file, place), found.line, clean(found.context, place),
                    clean(found.extractor, place), found.confidence)


def _place(evidence: Evidence) -> str:
    file = NOT_XML.sub("?", evidence.file)
    return f"{file}:{evidence.line}" if evidence.line else file
