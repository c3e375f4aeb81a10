"""`glossary build`: documents → candidates → concepts → normalized termbase → files.

Everything is read and extracted before anything is written, and each output is written to a
temporary file and renamed, so a failure leaves the previous termbase untouched.
"""

from __future__ import annotations

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
from glossary.build.scorer import Decision, judge_all
from glossary.fileio import ensure_dir
from glossary.model import Candidate, Concept
from glossary.normalize.chinese import with_chinese_forms
from glossary.termbase import locate as termbase

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
          explain: Path | None = None) -> BuildResult:
    """Build the termbase in `out` from the documents in `paths`.  `jobs`: processes for the
    per-document map step (read, extract, judge) and for normalization; merging stays in one
    process, so the output is the same whatever the number of jobs.  `explain`: also write
    every candidate, kept or rejected, with its score and reasons (a TSV report)."""
    files = find_documents(paths)
    with _pool(jobs if len(files) > 1 else 1) as pool:
        extraction = extract_from(files, progress, candidates, jobs, parallel, pool=pool)
        found = extraction.kept
        merged = merge(found)
        concepts = [concept for _, concept in
                    zip(progress(merged, "Normalizing"), pool(with_chinese_forms, merged))]

    description = (f"Built by glossary from {len(files)} documents: "
                   + ", ".join(display_path(p) for p in files))
    if explain is not None:
        write_report(extraction.decisions, explain)
    # Decisions recorded on the termbase in `out` (decisions.tsv) and concepts imported into
    # it survive the rebuild (termbase.curate).
    from glossary.termbase.curate import reapply

    concepts = reapply(concepts, out)
    # The folder is made only now: a failure above leaves no empty folder behind.
    outputs = termbase.write(concepts, ensure_dir(out), description)
    return BuildResult(len(extraction.documents), len(found), len(concepts), outputs)


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
    with ProcessPoolExecutor(max_workers=jobs) as executor:
        yield lambda function, items: executor.map(function, items,
                                                   chunksize=max(1, len(items) // (jobs * 8)))
