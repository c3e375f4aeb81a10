"""A Dask cluster (`glossary build --engine dask [--scheduler ADDRESS]`): a LocalCluster of
`jobs` worker processes, or the cluster whose scheduler is at ADDRESS.

The tasks are cut into partitions of a few megabytes of documents; each partition is one Dask
task that reads, extracts, judges and sums up its documents (a partial merge), the sums are
cut into shards by signature and each shard reduced tree-wise by further tasks (merge.combine
is associative), and only the reduced shards come to the build's process, with each
partition's evidence and report rows, which the build writes to disk as they arrive and the
cluster then forgets.  So neither the process that runs `glossary build` nor a worker holds
the corpus, or all of its sums at once.  Once every document is read, the workers let go of
what only reading used (`release`) before they normalize.  Workers read the documents themselves: on a real
cluster, every worker must see them at the paths the build names (a shared file system).
Installed with the extra: pip install 'glossary[dask]'.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import getitem
from typing import Any

from glossary.build import merge, tasks
from glossary.build.engines import Counted, apply, batches
from glossary.errors import InputError

NAME = "dask"
_PARTITION_BYTES = (1_000_000, 8_000_000)  # smallest and largest partition, in bytes
_BATCH = 200  # concepts a `map` task normalizes
_CONNECT_SECONDS = 30
_SHARDS = 16  # trees the sums are reduced in (fewer when there are fewer partitions)
# Dask's configuration for a LocalCluster and the build's client (the nannies pass it on to
# the workers; a real cluster's processes are told in the README):
# - no sampling profiler on the workers: it keeps every call stack it samples, and
#   extraction's are many and deep (100 MB build: its history pickled to 11 MB twice over);
# - no log of the last 1,000 messages of each connection, payloads and all: the batches of
#   concepts sent to be normalized and their results stayed in it (the build's process grew
#   by 4 kB a 2 kB item sent and received: a 100 MB build's driver reached 630 MB).
QUIET = {"distributed.worker.profile.enabled": False, "distributed.admin.low-level-log-length": 0}


class Runner:
    def __init__(self, client: Any) -> None:
        self._client = client
        self._workers = max(1, sum(client.nthreads().values()))

    def results(self, found: Sequence[tasks.Task], options: tasks.Options) -> Counted[tasks.Result]:
        parts = partitions(found, self._workers)
        return Counted(self._reduced(parts, options), len(parts) + min(len(parts), _SHARDS))

    def _reduced(self, parts: list[list[tasks.Task]], options: tasks.Options) -> Iterator[tasks.Result]:
        from dask.distributed import as_completed

        client = self._client
        shards = min(len(parts), _SHARDS)
        # Reductions before reading: a partition's sums are added up as soon as they can be,
        # so that no worker holds many partitions' sums at once (Dask otherwise runs tasks in
        # the order they were submitted: every partition first).
        results = client.map(tasks.run_all, parts, options=options, pure=False)
        spills = [client.submit(_spill, result, pure=False, priority=2) for result in results]
        split = [client.submit(_split, result, shards, pure=False, priority=2)
                 for result in results]
        del results  # each partition's whole result lives only until both halves are taken
        # One tree of partial merges per shard of the signatures, on the workers: what comes
        # to this process, and what a worker holds at the top of a tree, is a shard of the
        # corpus's sums, not all of them at once (100 MB synthetic corpus: ~80 MB of sums).
        trees = []
        for number in range(shards):
            sums = [client.submit(getitem, pieces, number, pure=False, priority=3)
                    for pieces in split]
            while len(sums) > 1:
                sums = [client.submit(_combined, *sums[i:i + 2], pure=False, priority=1)
                        if i + 1 < len(sums) else sums[i] for i in range(0, len(sums), 2)]
            trees.append(sums[0])
        del split
        # Each shard's sum as soon as its tree is done, beside the spills: the tops of the
        # trees are not all held on the workers at once.
        for future in as_completed(spills + trees):
            yield future.result()
            future.release()

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
        (CC-CEDICT's, OpenCC's) would otherwise come on top of reading's lexicon and caches."""
        from glossary.build import models

        self._client.run(models.release)


def partitions(found: Sequence[tasks.Task], workers: int) -> list[list[tasks.Task]]:
    """Consecutive tasks, cut where a partition holds enough bytes of documents: several per
    worker (so that they keep busy), each a megabyte at least (so that scheduling stays
    cheap) and at most eight (so that what comes back is small)."""
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


def _split(result: tasks.Result, shards: int) -> list[tasks.Result]:
    """A partition's sums cut into `shards` by signature (the counts and the acronym pairs go
    with the first): each shard is reduced on its own, and their union is the partition's."""
    pieces = [tasks.Result() for _ in range(shards)]
    pieces[0] = tasks.Result(result.documents, result.candidates,
                             merge.Partial(pairs=result.partial.pairs), known=result.known)
    for signature, entry in result.partial.entries.items():
        pieces[shard(signature, shards)].partial.entries[signature] = entry
    return pieces


def shard(signature: str, shards: int) -> int:
    """Which shard a signature's sums go to: the same in every process (str's hash is not)."""
    return zlib.crc32(signature.encode("utf-8")) % shards


def _spill(result: tasks.Result) -> tasks.Result:
    return tasks.Result(evidence=result.evidence, report=result.report)


def _combined(a: tasks.Result, b: tasks.Result) -> tasks.Result:
    return tasks.Result().absorb(a).absorb(b)


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
            yield Runner(client)
