"""OmegaT's glossary: tab-separated, one source term, its target term and a comment per line.

OmegaT reads ``.utf8`` files as UTF-8 whatever the platform (``.txt``/``.tab`` need a
coding line), skips lines starting with ``#``, and compares languages by primary subtag only.
A glossary holds one language pair: every source term × every target term of a concept is a
line (OmegaT's own TBX reader does the same).  The comment carries what OmegaT would otherwise
lose: the target's status (a deprecated term says what to use instead), its type, review flags
and the concept's subject field.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import IO

from glossary.errors import InputError
from glossary.langtags import ZH_HANS, primary
from glossary.model import Concept, Status, Term, TermType

NAME = "omegat"
SUFFIXES = (".utf8",)


def write(concepts: Iterable[Concept], out: IO[bytes], source: str = ZH_HANS,
          target: str = "en") -> int:
    """One line per source × target term pair; returns the number of lines."""
    if source == target:
        raise InputError(f"an OmegaT glossary needs two languages (got {source} twice)")
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    text.write(f"# glossary: {source} → {target}; OmegaT reads .utf8 files as UTF-8\n")
    lines = 0
    for concept in concepts:
        targets = _terms(concept, target)
        for source_term in _terms(concept, source):
            for target_term in targets:
                # The format has no quoting: a field is anything up to the next tab.
                text.write("\t".join(_cell(field) for field in (
                    source_term.text, target_term.text,
                    _comment(concept, target_term, targets))) + "\n")
                lines += 1
    text.flush()
    text.detach()
    return lines


def _terms(concept: Concept, lang: str) -> list[Term]:
    exact = concept.terms_in(lang)
    return exact or [t for t in concept.terms if primary(t.lang) == primary(lang)
                     and t.type is not TermType.TRANSLITERATION][:1]


def _comment(concept: Concept, term: Term, alternatives: list[Term]) -> str:
    parts = []
    if term.status is Status.DEPRECATED:
        better = [t.text for t in alternatives if t.status is not Status.DEPRECATED]
        parts.append("DEPRECATED" + (f", use: {' / '.join(better)}" if better else ""))
    elif term.status:
        parts.append(term.status.value)
    if term.type is not TermType.FULL_FORM:
        parts.append(term.type.value)
    parts += [f"review: {flag}" for flag in term.flags]
    if concept.subject_field:
        parts.append(concept.subject_field)
    return "; ".join(parts)


def _cell(text: str) -> str:
    """A field cannot hold a tab or a line break in this format: they become spaces."""
    return " ".join(text.split())
