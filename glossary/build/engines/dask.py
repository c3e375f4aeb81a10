"""A Dask cluster (`glossary build --engine dask [--scheduler ADDRESS]`): a LocalCluster of
`jobs` worker processes, or the cluster whose scheduler is at ADDRESS.

The tasks are cut into partitions of a few megabytes of documents; each partition is one Dask
task that reads, extracts, judges and sums up its documents (a partial merge), its evidence and
report rows packed as bytes a task at a time (tasks.run_packed), and comes to the build's
process as soon as it is done, which adds it to its spill on disk (as the serial engine adds
each document's) while the cluster forgets it.  So neither the process that runs `glossary
build` nor a worker holds the corpus: a worker holds the partition it runs and at most one
more.  Once every document is read, the workers let go of what only reading used (`release`)
before they normalize.  Workers read the documents themselves: on a real cluster, every
worker must see them at the paths the build names (a shared file system).
Installed with the extra: pip install 'glossary[dask]'.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from glossary.build import tasks
from glossary.build.engines import Counted, apply, batches
from glossary.errors import InputError

NAME = "dask"
_PARTITION_BYTES = (1_000_000, 2_000_000)  # smallest and largest partition, in bytes
_BATCH = 200  # concepts a `map` task normalizes
_CONNECT_SECONDS = 30
_IN_FLIGHT = 2  # partitions a worker is given at once: one running, one waiting
# Dask's configuration for a LocalCluster and the build's client (the nannies pass it on to
# the workers; a real cluster's processes are told in the README):
# - no sampling profiler on the workers: it keeps every call stack it samples, and
#   extraction's are many and deep (100 MB build: its history pickled to 11 MB twice over);
# - no log of the last 1,000 messages of each connection, payloads and all: the batches of
#   concepts sent to be normalized and their results stayed in it (the build's process grew
#   by 4 kB a 2 kB item sent and received: a 100 MB build's driver reached 630 MB).
QUIET = {"distributed.worker.profile.enabled": False, "distributed.admin.low-level-log-length": 0}


class Runner:
    def __init__(self, client: Any, own: bool = False) -> None:
        self._client, self._own = client, own  # own: a LocalCluster of this build's
        self._workers = max(1, sum(client.nthreads().values()))

    def results(self, found: Sequence[tasks.Task], options: tasks.Options) -> Counted[tasks.Result]:
        parts = partitions(found, self._workers)
        return Counted(self._unordered(parts, options), len(parts))

    def _unordered(self, parts: list[list[tasks.Task]], options: tasks.Options) -> Iterator[tasks.Result]:
        """Each partition's result as soon as it is done, and let go on the cluster then: a
        worker holds the partition it runs and those done that this process has not taken
        yet, never more than `_IN_FLIGHT` of them (so not when the build's process, adding
        them to its spill, falls behind the workers).  (The sums were once reduced tree-wise
        on the workers, shard by shard: the trees' lower sums waited there for the last
        partition, beside each partition's rows as objects until this process took them,
        and a 100 MB build's worker grew with each partition, to 466 MB.)"""
        from dask.distributed import as_completed

        running = as_completed()
        for part in parts:
            running.add(self._client.submit(tasks.run_packed, part, options, pure=False))
            if running.count() >= _IN_FLIGHT * self._workers:
                yield _taken(next(running))
        for future in running:
            yield _taken(future)

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        pending: deque[Any] = deque()
        for batch in batches(items, _BATCH):
            pending.append(self._client.submit(apply, function, batch, pure=False))
            if len(pending) > 2 * self._workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def call(self, function: Callable[..., Any], *args: Any) -> Any:
        return self._client.submit(function, *args, pure=False).result()

    def release(self) -> None:
        """On every worker: the workers live on to normalize, and normalizing's tables
        (CC-CEDICT's, OpenCC's) would otherwise come on top of reading's lexicon and caches.
        The build's own LocalCluster's workers are started again, empty, and load what
        normalizing reads, in the order that peaks least (`models.preload`): letting go in
        place frees the objects, not all of their memory (a worker at 302 MB at the end of
        reading 48 MB of the synthetic corpus, 277 after `models.release`, and normalizing's
        tables to come; restarted, 257 with them).  A cluster of others' is not restarted."""
        from glossary.build import models

        if self._own:
            self._client.restart()
            self._client.run(models.preload, False)
        else:
            self._client.run(models.release)


def partitions(found: Sequence[tasks.Task], workers: int) -> list[list[tasks.Task]]:
    """Consecutive tasks, cut where a partition holds enough bytes of documents: several per
    worker (so that they keep busy), each a megabyte at least (so that scheduling stays
    cheap) and at most two (what a worker holds besides its models is the partition it
    runs and the one done before, its sums and packed rows)."""
    sizes = [sum(_size(source.path) for source in task.sources) for task in found]
    smallest, largest = _PARTITION_BYTES
    target = min(max(sum(sizes) // (4 * workers), smallest), largest)
    parts: list[list[tasks.Task]] = []
    held = 0
    for task, size in zip(found, sizes):
        if not parts or held >= target:
            parts.append([])
            held = 0
        parts[-1].append(task)
        held += size
    return parts or [[]]


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # unreadable here: the worker that reads it says so


def _taken(future: Any) -> Any:
    result = future.result()
    future.release()
    return result


@contextmanager
def session(jobs: int = 1, scheduler: str | None = None) -> Iterator[Runner]:
    try:
        import dask
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--engine dask needs Dask: pip install 'glossary[dask]'") from None
    with dask.config.set(QUIET):
        if scheduler:
            try:
                client = Client(scheduler, timeout=_CONNECT_SECONDS)
            except (OSError, TimeoutError, ValueError) as err:
                raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({err})") from None
            with client:
                yield Runner(client)
            return
        # One thread per worker: extraction is pure Python, so threads would share one core.
        with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                          dashboard_address=":0", silence_logs=logging.ERROR) as cluster, \
                Client(cluster) as client:
            yield Runner(client, own=True)
