"""Processes of this machine (`glossary build --jobs N`), each running whole tasks.

At most a few tasks per process are in flight, so results never pile up in memory when
one document takes long."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from functools import partial
from typing import Any

from glossary.build import tasks
from glossary.build.engines import Counted, apply, batches

NAME = "processes"
_IN_FLIGHT = 4  # tasks per process
_BATCH = 64  # items of a `map` sent to a process at once
_RELEASE_SECONDS = 60  # at most, for every process of the pool to take its `release`


class Runner:
    def __init__(self, executor: ProcessPoolExecutor, jobs: int) -> None:
        self._executor, self._window, self._jobs = executor, jobs * _IN_FLIGHT, jobs

    def results(self, found: Sequence[tasks.Task], options: tasks.Options) -> Counted[tasks.Result]:
        return Counted(self._unordered(partial(tasks.run, options=options), found), len(found))

    def _unordered(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        pending: set[Future[Any]] = set()
        for item in items:
            pending.add(self._executor.submit(function, item))
            if len(pending) >= self._window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in done)
        for future in pending:
            yield future.result()

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        pending: deque[Future[list[Any]]] = deque()
        for batch in batches(items, _BATCH):
            pending.append(self._executor.submit(apply, function, batch))
            if len(pending) >= self._window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def call(self, function: Callable[..., Any], *args: Any) -> Any:
        return self._executor.submit(function, *args).result()

    def release(self) -> None:
        """In every process of the pool: they live on to normalize, and reading's caches and
        lexicon, filled or copied in each, would stay under normalizing's tables.  A pool
        cannot address one of its processes, so each of `jobs` calls waits at a barrier
        until all have started: no process can take two."""
        from glossary.build.models import release

        self.each(release)

    def each(self, function: Callable[[], Any]) -> list[Any]:
        """`function` once in every process of the pool, and what each gave."""
        return [future.result() for future in
                [self._executor.submit(_at_barrier, function) for _ in range(self._jobs)]]


@contextmanager
def session(jobs: int = 2, scheduler: str | None = None) -> Iterator[Runner]:
    from glossary.build.models import preload

    preload()  # before the fork: the workers share the parent's models
    with ProcessPoolExecutor(max_workers=jobs, initializer=_started,
                             initargs=(os.getpid(), multiprocessing.Barrier(jobs))) as executor:
        yield Runner(executor, jobs)


_barrier: Any = None  # in each process of the pool: where `release` meets the others


def _started(parent: int, barrier: Any) -> None:
    global _barrier
    _barrier = barrier
    die_with_parent(parent)


def _at_barrier(function: Callable[[], Any]) -> Any:
    """`function`, then wait for every other process of the pool to have run it too (if one
    never comes, a process died: the build fails on its own, not here)."""
    given = function()
    try:
        _barrier.wait(_RELEASE_SECONDS)
    except threading.BrokenBarrierError:
        pass
    return given


def die_with_parent(parent: int) -> None:
    """In each worker: end when the build that started it is gone (`kill -9` gives the pool
    no chance to stop its workers, which would run on for minutes)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="die-with-parent").start()
