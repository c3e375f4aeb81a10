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
import re
from collections.abc import Iterable, Iterator
from typing import IO

from glossary.errors import FormatError, InputError
from glossary.langtags import ZH_HANS, canonical, primary
from glossary.model import Concept, Status, Term, TermType

NAME = "omegat"
SUFFIXES = (".utf8",)
HELP = "tab-separated, one language pair"
OPTIONS = ("source", "target")
UNIT = "line"
CONTEXTS = 0  # a CAT tool's layout: no evidence (nor has the format a place for it)


def write(concepts: Iterable[Concept], out: IO[bytes], source: str = ZH_HANS,
          target: str = "en") -> int:
    """One line per source × target term pair; returns the number of lines."""
    source, target = canonical(source), canonical(target)
    if source == target:
        raise InputError(f"an OmegaT glossary needs two languages (got {source} twice)")
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    text.write(f"# glossary: {source} → {target}; OmegaT reads .utf8 files as UTF-8\n")  # read() uses it
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
        better = [t.text for t in alternatives if not (t.status and t.status.avoided)]
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


_HEADER = re.compile(r"#\s*glossary:\s*(?P<source>\S+)\s*→\s*(?P<target>[^;\s]+)")


def read(source: IO[bytes], name: str = "OmegaT glossary",
         languages: tuple[str, str] | None = None) -> Iterator[Concept]:
    """Concepts from a tab-separated glossary: one per source term, its targets as terms.
    The languages come from `languages` or from the first line glossary writes; a glossary
    without either cannot say what its columns are, which is an error, not a guess."""
    from glossary.model import concept_id

    text = io.TextIOWrapper(source, encoding="utf-8-sig")
    concepts: dict[str, Concept] = {}
    try:
        for number, line in enumerate(text, 1):
            if line.startswith("#"):
                header = _HEADER.match(line)
                if header and languages is None:
                    languages = (canonical(header["source"]), canonical(header["target"]))
                continue
            fields = line.rstrip("\n").split("\t")
            if not line.strip():
                continue
            if languages is None:
                raise FormatError(f"{name}: line {number}: the languages are unknown (no "
                                  "'# glossary: zh-Hans → en' line)")
            if len(fields) < 2 or not fields[0].strip():
                raise FormatError(f"{name}: line {number}: needs a source and a target term")
            term, rendering = fields[0].strip(), fields[1].strip()
            status, kind, flags, subject = _parse_comment(fields[2] if len(fields) > 2 else "")
            concept = concepts.setdefault(term, Concept(
                concept_id(f"{languages[0]}:{term}"), [Term(term, languages[0])],
                subject_field=subject))
            if rendering and all(t.text != rendering for t in concept.terms_in(languages[1])):
                concept.terms.append(Term(rendering, languages[1], kind, status, flags))
    except UnicodeDecodeError as err:
        raise FormatError(f"{name}: not UTF-8 (byte {err.start})") from None
    finally:
        text.detach()
    yield from concepts.values()


def _parse_comment(comment: str) -> tuple[Status | None, TermType, tuple[str, ...], str | None]:
    """(status, type, flags, subject field): the comment _comment() writes, read back."""
    status, kind, flags, subject = None, TermType.FULL_FORM, [], None
    for part in (p.strip() for p in comment.split(";") if p.strip()):
        if part.startswith("DEPRECATED"):
            status = Status.DEPRECATED
        elif part in _STATUSES:
            status = Status(part)
        elif part in _TYPES:
            kind = TermType(part)
        elif part.startswith("review: "):
            flags.append(part[len("review: "):])
        else:
            subject = part
    return status, kind, tuple(flags), subject


_STATUSES = {s.value for s in Status}
_TYPES = {t.value for t in TermType}
