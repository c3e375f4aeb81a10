"""One task of a build: read a document (or the files that translate each other), extract and
judge its candidates, and sum them up for the merge (merge.Partial), with their evidence and,
for --explain, the report's rows beside.  A task needs nothing from another, so it runs
anywhere: in the build's process, in another (--jobs), on a Dask worker on another machine
(--engine dask); what it takes and gives is plain picklable data.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from glossary import memory
from glossary.build import confidence, explain, models, spill
from glossary.build.documents import display_path, read_document
from glossary.build.extract import Corpus, english_only, extract, extract_corpus
from glossary.build.extract.parallel import file_sets
from glossary.build.merge import EvidenceRow, Partial, Position, evidence_rows, partial
from glossary.build.scorer import Decision, judge_all
from glossary.build.spill import ReportRow
from glossary.model import Candidate, CandidateTerm, Concept, Evidence


@dataclass(frozen=True, slots=True)  # slots: a build holds one per document
class Source:
    index: int  # its place among the build's documents: the order the merge meets them in
    name: str  # as evidence shows it (display_path where the build started)
    folder: str = ""  # absolute, what a relative `name` is relative to (one string for all)

    @property
    def path(self) -> str:
        """Absolute, where a worker reads it."""
        return os.path.join(self.folder, self.name)


@dataclass(frozen=True, slots=True)
class Task:
    sources: tuple[Source, ...]
    translations: int | None = None  # files that translate each other: the set's number


@dataclass(frozen=True)
class Options:
    parallel: bool = False  # build --parallel: the files given translate each other
    explain: bool = False  # keep the report's rows
    known: bool = False  # keep the terms found, which english-only leaves out (--candidates)
    min_confidence: float = 0.0  # build --min-confidence: renderings rated below are left out


@dataclass
class Result:
    documents: int = 0
    candidates: int = 0  # kept
    partial: Partial = field(default_factory=Partial)
    evidence: list[EvidenceRow] = field(default_factory=list)
    report: list[ReportRow] = field(default_factory=list)
    known: set[str] = field(default_factory=set)
    packed: list[bytes] = field(default_factory=list)  # more rows, spill.pack_rows (`run_packed`)

    def absorb(self, other: Result) -> Result:
        self.documents += other.documents
        self.candidates += other.candidates
        self.partial.absorb(other.partial)
        self.evidence += other.evidence
        self.report += other.report
        self.known |= other.known
        self.packed += other.packed
        return self


class Plan(Sequence[Task]):
    """A build's tasks, made as they are asked for from a compact record: every document's
    name in one string, its folder as a small number, and which files translate each other
    (a build of 70,000 documents holds 7 MB here, where a Task and Source apiece took 27)."""

    def __init__(self, names: list[str], folders: list[str], sets: list[tuple[int, ...]],
                 parallel: bool) -> None:
        self._names = "\0".join(names)
        self._starts = array("Q", [0])
        for name in names:
            self._starts.append(self._starts[-1] + len(name) + 1)
        self._kinds = sorted(set(folders))
        self._folders = array("B", (self._kinds.index(f) for f in folders)) if len(
            self._kinds) < 256 else folders
        self._sets = sets
        # Each task: a document alone (its index), or the set of files starting there (-1 -
        # the set's number); --parallel: one task of them all.
        firsts = {members[0]: number for number, members in enumerate(sets)}
        members = {index for found in sets for index in found}
        self._heads = array("q", [0] if parallel else (
            -1 - firsts[index] if index in firsts else index
            for index in range(len(names)) if index in firsts or index not in members))
        self._parallel = parallel

    def __len__(self) -> int:
        return len(self._heads)

    def __getitem__(self, position):  # type: ignore[no-untyped-def,override]
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        head = self._heads[position]
        if self._parallel:
            return Task(tuple(self.source(i) for i in range(len(self._starts) - 1)), 0)
        if head >= 0:
            return Task((self.source(head),))
        return Task(tuple(self.source(i) for i in self._sets[-1 - head]), -1 - head)

    def source(self, index: int) -> Source:
        name = self._names[self._starts[index]:self._starts[index + 1] - 1]
        return Source(index, name, self._kinds[self._folders[index]] if isinstance(
            self._folders, array) else self._folders[index])

    def names(self) -> Iterator[str]:
        """Every document's name, in document order."""
        return (self._names[a:b - 1] for a, b in zip(self._starts, self._starts[1:]))


def plan(files: Sequence[Path], parallel: bool) -> Plan:
    """The tasks for these documents: each alone, except files that translate each other
    (named NAME.LANG.txt in one folder, or all of them with `parallel`), which are one task."""
    # A name is relative to the real working folder (display_path), or as given: relative
    # to the working folder, or absolute.
    here, real = os.getcwd(), os.path.realpath(os.getcwd())
    names, folders = [], []
    for path in files:
        name = display_path(path)
        names.append(name)
        folders.append("" if os.path.isabs(name) else real if name != path.as_posix() else here)
    sets: list[tuple[int, ...]] = []
    if not parallel:
        # As parallel_files finds the sets and numbers them: by the names evidence shows (a
        # set's files in document order).
        by_name = {Path(name): index for index, name in enumerate(names)}
        sets = [tuple(sorted(by_name[path] for path in found)) for found in file_sets(by_name)]
    return Plan(names, folders, sets, parallel)


def run(task: Task, options: Options) -> Result:
    """Read, extract, judge and sum up one task's documents."""
    documents = [(source.index, read_document(Path(source.path), source.name))
                 for source in task.sources]
    decided: list[tuple[Position, Decision]] = []
    for index, document in documents:
        found = list(extract([document]))
        # The caches one large document fills (it is one task), kept bounded inside it too
        models.bound()
        decided += [((0, index, n), d) for n, d in
                    enumerate(judge_all(found, every_thousand=models.bound))]
    result = summed(decided, len(documents), options)
    if options.known:
        result.known = {t.text for _, d in decided if d.verdict.keep for t in d.candidate.terms}
    if task.translations is not None:
        # Their sentences aligned: the corpus-level extractors that run by default, over the
        # set alone (parallel_files reads each set by itself).
        corpus = Corpus([document for _, document in documents], (), options.parallel)
        result.absorb(summed([((1, task.translations, n), d) for n, d in
                              enumerate(judge_all(extract_corpus(corpus)))], 0, options))
    models.bound()  # the caches this task filled, wherever it ran
    return result


def normalized(concept: Concept) -> Concept:
    """One concept with its Chinese forms (what an engine's `map` runs while a build
    normalizes), the caches they filled kept bounded."""
    from glossary.normalize.chinese import with_chinese_forms

    made = with_chinese_forms(concept)
    models.bound()
    return made


def run_packed(tasks: Iterable[Task], options: Options) -> Result:
    """Several tasks as one (a partition of a Dask build), each task's evidence and report
    rows packed as soon as it is done (`Result.packed`): a partition's rows are most of what
    it gives, and as objects they would be held until the build's process takes them."""
    total = Result()
    for task in tasks:
        result = run(task, options)
        total.packed.append(spill.pack_rows(result.evidence, result.report))
        result.evidence, result.report = [], []
        total.absorb(result)
    memory.trim()  # the tasks' objects are freed: their pages go back to the system
    return total


def phrases(sources: Sequence[Source], known: set[str], options: Options) -> Result:
    """English-only set phrases (build --candidates), which recur across the whole corpus:
    every document is read again, and held while they are found."""
    documents = [read_document(Path(source.path), source.name) for source in sources]
    # english_only reads the texts of what was found, and only those: one candidate per text.
    found = [Candidate((CandidateTerm(text, "und"),), _NOWHERE) for text in sorted(known)]
    corpus = Corpus(documents, found, options.parallel, frozenset({english_only.NAME}))
    return summed([((2, 0, n), d) for n, d in
                   enumerate(judge_all(english_only.extract(corpus)))], 0, options)


_NOWHERE = Evidence("", 0, "", "", 0.0)


def summed(decided: list[tuple[Position, Decision]], documents: int, options: Options) -> Result:
    if options.min_confidence:
        decided = [(position, confidence.at_least(d, options.min_confidence))
                   for position, d in decided]
    kept = [(position, d.candidate) for position, d in decided if d.verdict.keep]
    report = []
    if options.explain:
        for position, decision in decided:
            for place, cells in enumerate(explain.decision_rows(decision)):
                file, line, zh, text = explain.sort_key(cells)
                report.append((file, line, zh, text, (*position, place), cells))
    return Result(documents, len(kept), partial(kept), list(evidence_rows(c for _, c in kept)),
                  report)
