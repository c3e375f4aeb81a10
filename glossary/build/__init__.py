"""`glossary build`: documents → candidates → concepts → normalized termbase → files.

Everything is read and extracted before anything is written, and each output is written to a
temporary file and renamed, so a failure leaves the previous termbase untouched.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from glossary.build.documents import Document, display_path, find_documents, read_document
from glossary.build.explain import write_report
from glossary.build.extract import Corpus, english_only, extract, extract_corpus
from glossary.build.merge import merge
from glossary.build.models import preload
from glossary.build.scorer import Decision, judge_all
from glossary.errors import InputError
from glossary.model import Candidate, Concept
from glossary.normalize.chinese import with_chinese_forms
from glossary.termbase import locate as termbase
from glossary.termbase.evidence import DEFAULT_CONTEXTS, parse_contexts

T = TypeVar("T")
Progress = Callable[[Sequence[T], str], Iterable[T]]


def no_progress(items: Sequence[T], label: str) -> Iterable[T]:
    return items


@dataclass(frozen=True)
class BuildResult:
    documents: int
    candidates: int
    concepts: int
    outputs: tuple[Path, ...]


@dataclass(frozen=True)
class Extraction:
    documents: list[Document]
    decisions: list[Decision]  # every candidate, kept or not, with the scorer's reasons

    @property
    def kept(self) -> list[Candidate]:
        return [d.candidate for d in self.decisions if d.verdict.keep]


def extract_from(paths: Iterable[str | Path], progress: Progress = no_progress,
                 candidates: bool = False, jobs: int = 1, parallel: bool = False,
                 pool: Mapper | None = None) -> Extraction:
    """Documents → candidates, each judged by the scorer.  `candidates`: also add English-only
    set phrases, flagged for review (never confirmed).  `parallel`: the files translate each
    other; otherwise files named NAME.LANG.txt in one folder are taken as translations."""
    files = find_documents(paths)
    with _pool(jobs if len(files) > 1 else 1) if pool is None else nullcontext(pool) as mapper:
        mapped = mapper(_map, files)
        results = [result for _, result in zip(progress(files, "Reading"), mapped)]
    documents = [document for document, _ in results]
    decisions = [decision for _, found in results for decision in found]
    corpus = Corpus(documents, [d.candidate for d in decisions if d.verdict.keep], parallel,
                    frozenset({english_only.NAME} if candidates else ()))
    decisions += judge_all(extract_corpus(corpus))
    return Extraction(documents, decisions)


def concepts_from(paths: Iterable[str | Path], **options: Any) -> list[Concept]:
    """The concepts a build writes, before normalization (what extraction is judged on)."""
    return merge(extract_from(paths, **options).kept)


def build(paths: Iterable[str | Path], out: Path, progress: Progress = no_progress,
          candidates: bool = False, jobs: int = 1, parallel: bool = False,
          explain: Path | None = None, force: bool = False,
          notify: Callable[[str], None] = lambda message: None,
          contexts: int | str | None = DEFAULT_CONTEXTS) -> BuildResult:
    """Build the termbase in `out` from the documents in `paths`.  `jobs`: processes for the
    per-document map step (read, extract, judge) and for normalization; merging stays in one
    process, so the output is the same whatever the number of jobs.  `explain`: also write
    every candidate, kept or rejected, with its score and reasons (a TSV report).  `force`:
    replace a termbase that has concepts by an empty one (refused otherwise).  `notify` hears
    what the user should know (waiting for another writer).  `contexts`: how many contexts
    of each term the TBX, CSV and index keep, the most informative (None or "all": every
    one); every occurrence goes to evidence.tsv whatever the number (termbase.evidence)."""
    limit = parse_contexts(contexts)  # a bad value fails before the work, not after
    files = _distinct(find_documents(paths))
    with _pool(jobs if len(files) > 1 else 1) as pool:
        extraction = extract_from(files, progress, candidates, jobs, parallel, pool=pool)
        found = extraction.kept
        merged = merge(found)
        concepts = [concept for _, concept in
                    zip(progress(merged, "Normalizing"), pool(with_chinese_forms, merged))]

    # Sorted: the header must not depend on the order the files were named in.
    description = (f"Built by glossary from {len(files)} documents: "
                   + ", ".join(sorted(display_path(p) for p in files)))
    # The folder is made only now: a failure above leaves no empty folder behind.
    with termbase.writing(out, notify):
        # Decisions recorded on the termbase in `out` (decisions.tsv) and concepts imported
        # into it survive the rebuild (termbase.curate); read while the folder is held.
        from glossary.termbase.curate import reapply

        concepts = reapply(concepts, out)
        if not concepts and not force and termbase.holds_concepts(out):
            raise InputError(f"no terms found in {_plural(len(files), 'document')}; {out} "
                             "keeps its termbase (use --force to replace it with an empty one)")
        # The decisions report is replaced with the termbase, as one generation.
        also = {explain: lambda path: write_report(extraction.decisions, path)} if explain else {}
        outputs = termbase.write(concepts, out, description, notify, also=also,
                                 contexts=limit)
    return BuildResult(len(extraction.documents), len(found), len(concepts), outputs)


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _distinct(files: list[Path]) -> list[Path]:
    """Each file once, however often it was named (directly, or inside a folder named too)."""
    seen: set[Path] = set()
    kept = []
    for path in files:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            kept.append(path)
    return kept


def _map(path: Path) -> tuple[Document, list[Decision]]:
    """The per-document step: it needs nothing from other documents, so it runs anywhere
    (another process here; a Dask or Spark task for corpora beyond one machine)."""
    document = read_document(path)
    return document, judge_all(extract([document]))


Mapper = Callable[[Callable[[Any], Any], Sequence[Any]], Iterator[Any]]


@contextmanager
def _pool(jobs: int) -> Iterator[Mapper]:  # type: ignore[type-arg]
    """An ordered map over `jobs` processes, or the built-in map for one."""
    if jobs <= 1:
        yield map  # type: ignore[misc]
        return
    preload()  # before the fork: the workers share the parent's models
    with ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent,
                             initargs=(os.getpid(),)) as executor:
        yield lambda function, items: executor.map(function, items,
                                                   chunksize=max(1, len(items) // (jobs * 8)))


def _die_with_parent(parent: int) -> None:
    """In each worker: end when the build that started it is gone (`kill -9` gives the pool
    no chance to stop its workers, which would run on for minutes)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="die-with-parent").start()
