"""Extractors, one module each, found by the package registry: adding one is adding a module.

An extractor module declares ``NAME`` and provides ``extract``.  Most read one document at a
time (``extract(document) → Iterator[Candidate]``: they run in the per-document map step, in
any process).  A module that declares ``SCOPE = "corpus"`` reads the whole set of documents
at once (``extract(corpus) → Iterator[Candidate]``): files that translate each other, phrases
that recur across documents.  ``DEFAULT = False`` keeps an extractor off unless asked for
(``glossary build --candidates`` asks for english-only).

Extractors only propose: every candidate then goes through ``glossary.build.scorer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from types import ModuleType

from glossary.build.documents import Document
from glossary.langtags import is_chinese
from glossary.model import Candidate
from glossary.registry import modules


@dataclass(frozen=True)
class Corpus:
    """What a corpus-level extractor reads."""

    documents: Sequence[Document]
    found: Sequence[Candidate] = ()  # what the per-document extractors kept
    parallel: bool = False  # the user says the files translate each other (build --parallel)
    names: frozenset[str] = field(default=frozenset())  # extractors asked for beyond defaults


@cache
def registry() -> dict[str, ModuleType]:
    """NAME → extractor module, every one the package holds."""
    return modules(__name__, __path__)


def _chosen(scope: str, names: Iterable[str] | None) -> list[ModuleType]:
    found = [module for module in registry().values()
             if getattr(module, "SCOPE", "document") == scope]
    if names is None:
        return [module for module in found if getattr(module, "DEFAULT", True)]
    wanted = set(names)
    return [module for module in found if module.NAME in wanted]


def extract(documents: Iterable[Document], names: Iterable[str] | None = None) -> Iterator[Candidate]:
    """Run the per-document extractors (the default ones, or those named) over every
    document, in document order."""
    chosen = _chosen("document", names)
    for document in documents:
        for extractor in chosen:
            for candidate in extractor.extract(document):
                yield tidy(candidate)


# What frames a span without being part of it: a list number ("I. Review of Work…", "一、"),
# a dash that introduces a subtitle ("——在…上的报告", "China and the United Nations --"),
# Markdown emphasis and a slash between the two languages ("**Civil Code", "Labor Law /").
_MARKUP = r"^[*_`/]+\s*|\s*[*_`/]+$"
_LATIN_EDGE = re.compile(r"^(?:[IVX]{1,4}|\d{1,3}|[a-z])[.)]\s+(?=[A-Z])|^[-–—]+\s*|\s*[-–—]+$|"
                         # a part's number before its name: "Book 4: Personality Rights"
                         r"^(?:Book|Part|Chapter|Section|Title|Livre|Libro|Chapitre|Cap[ií]tulo|"
                         r"Parte|Partie|Titre|T[ií]tulo)\s+(?:\d{1,3}|[IVX]{1,5})\s*[:.]\s+|"
                         # a learner's list tags the part of speech: "carrier n.", "boost v."
                         r"(?<=[a-z])\s+(?:n|v|vt|vi|adj|adv|prep|conj)\.$|\s*(?:…|\.\.\.)$|"
                         + _MARKUP)
_HAN_EDGE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
                       r"\d{1,3}[.、．])\s*|^[-–—]+\s*|\s*[-–—]+$|" + _MARKUP)


def tidy(candidate: Candidate) -> Candidate:
    """The candidate with list numbers and framing dashes cut from its terms' edges."""
    terms = []
    for term in candidate.terms:
        edge = _HAN_EDGE if is_chinese(term.lang) else _LATIN_EDGE
        text = _once(_balanced(edge.sub("", term.text).strip()))
        if is_chinese(term.lang) and "”" in text and "“" not in text.split("”")[0]:
            text = "“" + text  # “互联网+”行动计划: the opening quote was cut with the cell's edge
        terms.append(replace(term, text=text) if text and text != term.text else term)
    if all(a is b for a, b in zip(terms, candidate.terms)):
        return candidate
    return replace(candidate, terms=tuple(terms))


def extract_corpus(corpus: Corpus) -> Iterator[Candidate]:
    """Run the corpus-level extractors: the default ones and those the corpus names."""
    for extractor in _chosen("corpus", None) + [m for m in _chosen("corpus", corpus.names)
                                                if not getattr(m, "DEFAULT", True)]:
        yield from extractor.extract(corpus)


def _balanced(text: str) -> str:
    """Without a bracket at an edge that closes or opens nothing ("四个意识)")."""
    for opening, closing in ("()", "（）"):
        if text.endswith(closing) and text.count(opening) < text.count(closing):
            text = text[:-1].rstrip()
        if text.startswith(opening) and text.count(opening) > text.count(closing):
            text = text[1:].lstrip()
    return text


def _once(text: str) -> str:
    """A name said twice in a row, as pages that repeat a heading in its first sentence give
    it ("Chinese People's Political Consultative Conference the Chinese People's …"), once."""
    words = text.split()
    folded = [w.casefold() for w in words]  # once, not once for every cut

    def bare(part: list[str]) -> list[str]:
        return part[1:] if part and part[0] in _ARTICLES else part

    for cut in range(2, len(words) - 1):
        if bare(folded[:cut]) == bare(folded[cut:]):
            return " ".join(words[:cut])
    return text


_ARTICLES = frozenset({"the", "la", "le", "les", "el", "los", "las"})
