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


def cleaned(concepts: Iterable[Concept], notify: Callable[[str], None]) -> Iterator[Concept]:
    """The concepts with every text XML can hold; what was changed is told to `notify`."""
    told: set[tuple[str, str]] = set()

    def clean(text: str, where: str) -> str:
        if not NOT_XML.search(text):
            return text
        for char in sorted(set(NOT_XML.findall(text))):
            if (where, char) not in told:
                told.add((where, char))
                what = "replaced by a space" if char in _AS_SPACE else "removed"
                notify(f"{where}: control character U+{ord(char):04X} {what}")
        return NOT_XML.sub(lambda m: " " if m[0] in _AS_SPACE else "", text)

    for concept in concepts:
        yield _concept(concept, clean)


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
    evidence = tuple(Evidence(clean(e.file, _place(e)), e.line, clean(e.context, _place(e)),
                              clean(e.extractor, _place(e)), e.confidence) for e in term.evidence)
    return replace(term, text=clean(term.text, place), lang=clean(term.lang, place),
                   flags=tuple(clean(flag, place) for flag in term.flags),
                   notes=tuple(clean(note, place) for note in term.notes), evidence=evidence)


def _place(evidence: Evidence) -> str:
    file = NOT_XML.sub("?", evidence.file)
    return f"{file}:{evidence.line}" if evidence.line else file
