"""Where a build's tasks run: one module per engine, found by the package registry.

An engine module declares ``NAME`` and provides ``session(jobs, scheduler)``, a context
manager giving a runner with four methods:

- ``results(tasks, options)``: run build.tasks over every task and give their results, in
  any order; added up, their sums (merge.Partial) are the corpus's.  Evidence and report rows
  come with them, for the build to spill to disk as they arrive.
- ``map(function, items)``: ``function`` over items in order, holding few at a time
  (normalization, concept by concept).
- ``call(function, *args)``: one task (english-only phrases over the whole corpus).
- ``release()``: once every document is read, let go of what only reading used
  (models.release) in the processes that ran the tasks and go on to normalize, other than
  the build's own (which the build releases itself).

``serial`` runs everything in the build's process; ``processes`` in ``jobs`` processes of
this machine; ``dask`` on a Dask cluster (a LocalCluster of ``jobs`` workers, or the scheduler
at ``scheduler``), a partition of tasks at a time, their rows packed.  The merge's sums are
associative, so every engine writes the same termbase.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from types import ModuleType
from typing import Generic, TypeVar

from glossary.registry import modules

T = TypeVar("T")


@cache
def registry() -> dict[str, ModuleType]:
    """NAME → engine module."""
    return modules(__name__, __path__)


def default(jobs: int) -> str:
    """The engine a build uses unless told: one process, or a pool for --jobs."""
    return "serial" if jobs <= 1 else "processes"


class Counted(Generic[T]):
    """Items whose number is known before they come (what a progress bar needs)."""

    def __init__(self, items: Iterable[T], length: int) -> None:
        self._items, self._length = items, length

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def apply(function, batch: list) -> list:  # type: ignore[no-untyped-def,type-arg]
    """`function` over a batch (one task of an engine's `map`)."""
    return [function(item) for item in batch]
