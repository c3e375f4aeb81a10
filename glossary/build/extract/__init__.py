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

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from glossary.build.documents import Document
from glossary.build.extract._tidy import alternatives, tidy
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
                # edges framed by layout, whichever extractor cut them
                yield from alternatives(tidy(candidate))


def extract_corpus(corpus: Corpus) -> Iterator[Candidate]:
    """Run the corpus-level extractors: the default ones and those the corpus names."""
    for extractor in _chosen("corpus", None) + [m for m in _chosen("corpus", corpus.names)
                                                if not getattr(m, "DEFAULT", True)]:
        yield from extractor.extract(corpus)
