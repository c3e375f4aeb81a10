"""`glossary build`: documents → candidates → concepts → normalized termbase → files.

The corpus is never held whole, so memory stays flat whatever its size: each task (one
document, or files that translate each other; build.tasks) is read, extracted, judged and
summed up for the merge wherever an engine runs it (build.engines: this process, --jobs
processes, a Dask cluster); the sums are added up as they come, the evidence beside them goes
to disk (build.spill), and the concepts are then made, normalized and written one at a time.
Each output is written to a temporary file and the set renamed at the end, so a failure
leaves the previous termbase untouched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, Protocol, TypeVar

from glossary import memory
from glossary.build import engines, explain, merge, models, tasks
from glossary.build.documents import Document, find_documents, read_document
from glossary.build.scorer import Decision
from glossary.build.spill import Spill
from glossary.errors import InputError
from glossary.model import Candidate, Concept
from glossary.termbase import locate as termbase
from glossary.termbase.evidence import DEFAULT_CONTEXTS, parse_contexts

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Items(Sized, Iterable[T_co], Protocol[T_co]):
    """What a progress display is given: items whose number is known before they come."""


Progress = Callable[[Items[T], str], Iterable[T]]


def no_progress(items: Items[T], label: str) -> Iterable[T]:
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


def extract_from(paths: Iterable[str | Path], candidates: bool = False,
                 parallel: bool = False, min_confidence: float = 0.0) -> Extraction:
    """Documents → candidates, each judged by the scorer, all held in memory (for a few
    documents: tests, benchmarks, reports).  `candidates`: also add English-only set phrases,
    flagged for review (never confirmed).  `parallel`: the files translate each other;
    otherwise files named NAME.LANG.txt in one folder are taken as translations.
    `min_confidence`: as build's."""
    from glossary.build.confidence import at_least
    from glossary.build.extract import Corpus, english_only, extract, extract_corpus
    from glossary.build.scorer import judge_all

    files = find_documents(paths)
    documents = [read_document(path) for path in files]
    decisions = [d for document in documents for d in judge_all(extract([document]))]
    corpus = Corpus(documents, [d.candidate for d in decisions if d.verdict.keep], parallel,
                    frozenset({english_only.NAME} if candidates else ()))
    decisions += judge_all(extract_corpus(corpus))
    if min_confidence:
        decisions = [at_least(d, min_confidence) for d in decisions]
    return Extraction(documents, decisions)


def concepts_from(paths: Iterable[str | Path], **options: Any) -> list[Concept]:
    """The concepts a build writes, before normalization (what extraction is judged on)."""
    return merge.merge(extract_from(paths, **options).kept)


def build(paths: Iterable[str | Path], out: Path, progress: Progress[Any] = no_progress,
          candidates: bool = False, jobs: int = 1, parallel: bool = False,
          explain: Path | None = None, force: bool = False,
          notify: Callable[[str], None] = lambda message: None,
          engine: str | None = None, scheduler: str | None = None,
          contexts: int | str | None = DEFAULT_CONTEXTS,
          min_confidence: float = 0.0) -> BuildResult:
    """Build the termbase in `out` from the documents in `paths`.  `engine` runs the tasks
    (engines.registry(): serial, processes, dask; by default serial, or processes when
    `jobs` > 1) with `jobs` processes or workers, or on the Dask cluster at `scheduler`;
    the output is the same whatever the engine and the number of jobs.  `explain`: also write
    every candidate, kept or rejected, with its score and reasons (a TSV report).  `force`:
    replace a termbase that has concepts by an empty one (refused otherwise).  `notify` hears
    what the user should know (waiting for another writer).  `contexts`: how many contexts
    of each term the TBX, CSV and index keep, the most informative (None or "all": every
    one); every occurrence goes to evidence.tsv whatever the number (termbase.evidence).
    `min_confidence`: leave out the renderings whose pair is rated below it (build.confidence),
    for a smaller, surer termbase; 0 keeps every pair the scorer keeps."""
    limit = parse_contexts(contexts)  # a bad value fails before the work, not after
    name = engine or engines.default(jobs)
    if name not in engines.registry():
        raise InputError(f"unknown engine {name!r} (known: {', '.join(sorted(engines.registry()))})")
    if scheduler and name != "dask":
        raise InputError("--scheduler is for --engine dask")
    if not 0 <= min_confidence <= 1:
        raise InputError(f"--min-confidence must be between 0 and 1, not {min_confidence:g}")
    options = tasks.Options(parallel, explain is not None, candidates, min_confidence)
    count, planned = _planned(paths, parallel)
    with engines.registry()[name].session(jobs, scheduler) as runner, Spill() as spill, \
            _header(count, planned) as description:
        total = _extracted(runner, planned, options, spill, progress)
        del planned  # (a task per document: let go with the models, below)
        models.release()  # in this process,
        runner.release()  # and where the tasks ran (a Dask cluster's workers)
        merged = merge.concepts(spill)
        memory.trim()  # what grouping held (a dict of every key) goes before normalizing
        # The folder is made only now: a failure above leaves no empty folder behind.
        with termbase.writing(out, notify):
            # Decisions recorded on the termbase in `out` (decisions.tsv) and concepts
            # imported into it survive the rebuild (termbase.curate); read while the folder
            # is held.
            from glossary.termbase.curate import reapplied, reapplies

            # Each term with the contexts the termbase shows and the counts, its other
            # occurrences left in the spill for evidence.tsv: memory stays flat however often
            # a term is seen.  Decisions and imports change concepts as a whole: there, and
            # for --contexts all, terms hold every occurrence.
            made = merged if limit is None or reapplies(out) else merged.sampled(limit)
            whole = made is merged
            normalized = _trimming(runner.map(tasks.normalized, made))
            concepts = engines.Counted(progress(engines.Counted(normalized, len(merged)),
                                                "Normalizing"), len(merged))
            written = _Counting(reapplied(concepts, out))
            if written.empty() and not force and termbase.holds_concepts(out):
                # The report is what tells the user why nothing was kept: write it anyway.
                why = f"; why each candidate was dropped: {explain}" if explain else ""
                if explain:
                    explain_report(spill, explain)
                raise InputError(f"no terms found in {_plural(count, 'document')}; {out} "
                                 "keeps its termbase (use --force to replace it with an empty "
                                 f"one){why}")
            # The decisions report is replaced with the termbase, as one generation.
            also = {explain: lambda path: explain_report(spill, path)} if explain else {}
            # Writing starts once every concept is normalized (the writers read a spool of
            # them): what only normalizing used is let go then.
            outputs = termbase.write(_then(written, models.release_normalizing), out,
                                     description, notify, also=also,
                                     contexts=limit, every=None if whole else spill.every)
    return BuildResult(total.documents, total.candidates, written.count, outputs)


def _extracted(runner: Any, found: Sequence[tasks.Task], options: tasks.Options, spill: Spill,
               progress: Progress[Any]) -> tasks.Result:
    """Every task run and its result added up in the spill (sums, evidence, report rows);
    what is returned counts documents and candidates (and, for --candidates, holds the terms
    found)."""
    total = tasks.Result()
    for result in progress(runner.results(found, options), "Reading"):
        spill.add(result.evidence, result.report)
        spill.add_packed(result.packed)
        spill.absorb(result.partial)
        total.absorb(tasks.Result(result.documents, result.candidates, known=result.known))
    if options.known:  # build --candidates: phrases over the whole corpus, after the rest
        sources = [source for task in found for source in task.sources]
        phrases = runner.call(tasks.phrases, sorted(sources, key=lambda s: s.index),
                              total.known, options)
        spill.add(phrases.evidence, phrases.report)
        spill.absorb(phrases.partial)
        total.absorb(tasks.Result(0, phrases.candidates))
    return total


def explain_report(spill: Spill, path: Path) -> int:
    return explain.write_rows(spill.report(), path)


class _Counting(Iterable[Concept]):
    """The concepts written, counted on their way; `empty()` looks at the first."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self._items: Iterator[Concept] = iter(concepts)
        self.count = 0

    def empty(self) -> bool:
        first = next(self._items, None)
        if first is None:
            return True
        self._items = chain([first], self._items)
        return False

    def __iter__(self) -> Iterator[Concept]:
        for concept in self._items:
            self.count += 1
            yield concept


def _trimming(items: Iterable[T], every: int = 1000) -> Iterator[T]:
    """`items`, the heap's free pages given back to the system after every `every`: making
    a concept frees as much as it keeps, and glibc returns only what is free at the top of
    its heap (20 MB synthetic corpus: 15 MB more at the end of normalizing without it)."""
    for number, item in enumerate(items, 1):
        yield item
        if number % every == 0:
            memory.trim()


def _then(items: Iterable[T], action: Callable[[], object]) -> Iterator[T]:
    """`items`, then `action()` once the last has been taken."""
    yield from items
    action()


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _planned(paths: Iterable[str | Path], parallel: bool) -> tuple[int, tasks.Plan]:
    """The number of documents and the tasks.  What is held for the rest of the build is the
    tasks alone (a few hundred bytes a document); the paths found on the way (a kilobyte
    each) are let go, and their pages given back."""
    files = _distinct(find_documents(paths))
    planned = tasks.plan(files, parallel)
    count = len(files)
    del files
    memory.trim()
    return count, planned


@contextmanager
def _header(count: int, planned: tasks.Plan) -> Iterator[Callable[[], str]]:
    """The TBX header's description, which names every document (sorted: the header must not
    depend on the order the files were named in), kept in a temporary file until the TBX is
    written: 5 MB at 78,000 documents that reading and normalizing need not hold."""
    import tempfile

    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as aside:
        aside.write(f"Built by glossary from {count} documents: ")
        aside.write(", ".join(sorted(planned.names())))
        memory.trim()

        def description() -> str:
            aside.seek(0)
            return aside.read()

        yield description


def _distinct(files: list[Path]) -> list[Path]:
    """Each file once, however often it was named (directly, or inside a folder named too)."""
    seen: set[str] = set()
    kept = []
    for path in files:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            kept.append(path)
    return kept
