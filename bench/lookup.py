"""Lookup speed on synthetic termbases of 10k, 100k and 1M concepts, beside the sqlite3 shell;
the index's size and build time; the whole `glossary lookup` command on the seeds.

    python -m bench.lookup [--sizes 10k,100k,1M] [--runs N]

For each size: the index is built once (bench/.data/, reused while the glossary version is the
same) from bench.synthetic concepts; its build time is CPU seconds in store.write less the time
spent generating the concepts it reads.  A two-language index (zh-Hans, zh-Hant, pinyin, en:
what a build of English documents gives) is built afresh at each size up to 100k, for the
targets: ≤ 450 bytes per concept, 100k concepts in ≤ 10 s.

In-process latency is glossary.termbase.lookup.search on a deterministic mix of queries
(Simplified, Traditional, tone-number pinyin, English prefix, accentless French, a Chinese
substring, an English typo), reported as p50/p95 CPU ms per kind.  Whole-command wall time
runs `glossary lookup` as a user would (a new process each time): on the seeds termbase
(terms/) against the 60 ms target, and on each synthetic index beside the `sqlite3` shell
answering the equivalent exact-key query on the same file (the concepts a key names), and a
naive `LIKE '%…%'` scan, what one would write without the key index.  Medians of --runs runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from bench import synthetic
from glossary import __version__
from glossary.model import Concept
from glossary.normalize.keys import fold
from glossary.termbase import lookup, store

DATA = Path(__file__).resolve().parent / ".data"
SEEDS = Path(__file__).resolve().parents[1] / "terms"
SAMPLE = 60
BYTES_TARGET = 450  # per two-language concept (issue 18)
BUILD_TARGET = (100_000, 10.0)  # concepts, CPU seconds
COMMAND_TARGET = 60.0  # ms, the whole `glossary lookup TERM` on the seeds
TWO_LANGUAGES = ("zh-Hans", "zh-Hant", "zh-Latn-pinyin", "en")


class _Timed:
    """Concepts from `source`, keeping the CPU time spent making them: the index's own build
    time is the total less this."""

    def __init__(self, source: Iterable[Concept]) -> None:
        self.source, self.seconds = iter(source), 0.0

    def __iter__(self) -> Iterator[Concept]:
        return self

    def __next__(self) -> Concept:
        started = time.process_time()
        try:
            return next(self.source)
        finally:
            self.seconds += time.process_time() - started


def build(concepts: Iterable[Concept], path: Path, source: str) -> float:
    """CPU seconds store.write spends on `concepts` (their generation left out)."""
    timed = _Timed(concepts)
    started = time.process_time()
    store.write(timed, path, source=source)
    return time.process_time() - started - timed.seconds


def index(size: str) -> tuple[Path, float]:
    """The bench index for `size`, built when absent or made by another version."""
    path = DATA / f"lookup-{size}.sqlite"
    if path.exists() and store.source_of(path) == f"synthetic-{size}":
        return path, 0.0
    DATA.mkdir(exist_ok=True)
    return path, build(synthetic.concepts(synthetic.SIZES[size]), path, f"synthetic-{size}")


def two_languages(concept: Concept) -> Concept:
    return dataclasses.replace(concept, terms=[t for t in concept.terms if t.lang in TWO_LANGUAGES])


def two_language_index(size: str) -> tuple[float, float]:
    """(CPU seconds to build, bytes per concept) of a fresh two-language index of `size`."""
    path = DATA / f"lookup-{size}-two.sqlite"
    DATA.mkdir(exist_ok=True)
    count = synthetic.SIZES[size]
    seconds = build(map(two_languages, synthetic.concepts(count)), path, f"synthetic-2-{size}")
    return seconds, path.stat().st_size / count


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 6:
        return text + "x"
    at = rng.randrange(1, len(text) - 2)
    return text[:at] + text[at + 1] + text[at] + text[at + 2:]


QUERY_KINDS: dict[str, Callable[[Concept, random.Random], str]] = {
    "zh exact": lambda c, r: c.terms_in("zh-Hans")[0].text,
    "zh Traditional": lambda c, r: c.terms_in("zh-Hant")[0].text,
    "pinyin numbers": lambda c, r: c.terms_in("zh-Latn-pinyin")[0].text,
    "en prefix": lambda c, r: c.terms_in("en")[0].text[:max(4, len(c.terms_in("en")[0].text) // 2)],
    "fr no accents": lambda c, r: fold(c.terms_in("fr")[0].text),
    "zh substring": lambda c, r: c.terms_in("zh-Hans")[0].text[-2:],
    "en typo": lambda c, r: _typo(c.terms_in("en")[0].text, r),
}


def queries(size: str) -> dict[str, list[tuple[str, str]]]:
    """(query, id of the concept it was made from) per kind."""
    rng = random.Random(7)
    numbers = rng.sample(range(synthetic.SIZES[size]), SAMPLE)
    return {kind: [(make(synthetic.concept(n), rng), synthetic.concept(n).id) for n in numbers]
            for kind, make in QUERY_KINDS.items()}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def in_process(path: Path, by_kind: dict[str, list[tuple[str, str]]]
               ) -> dict[str, tuple[float, float, float]]:
    """p50 and p95 latency (ms) and the share of queries whose concept is in the top 10."""
    connection = store.connect(path)
    lookup.search(connection, "warm up")
    result = {}
    for kind, pairs in by_kind.items():
        times, found = [], 0
        for text, wanted in pairs:
            started = time.thread_time()  # CPU: wall time on a shared machine is its load
            hits = lookup.search(connection, text)
            times.append((time.thread_time() - started) * 1000)
            found += any(hit.concept.id == wanted for hit in hits)
        result[kind] = (percentile(times, 0.5), percentile(times, 0.95), found / len(pairs))
    connection.close()
    return result


def wall(command: list[str], runs: int) -> float:
    return timed(command, runs)[0]


def seeds_command(runs: int) -> tuple[float, float]:
    """Median wall and CPU ms of `glossary lookup 枫桥经验` in the checkout (terms/: the seeds),
    as a user runs it: with Python's bytecode cache, which an installed package has (pip
    compiles it; PYTHONDONTWRITEBYTECODE, set in some sandboxes, would make every run compile
    every module: +40 ms).  The first run writes the cache and the index."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = glossary_command() + ["lookup", "枫桥经验"]
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd=SEEDS.parent, env=environment)
    return timed(command, runs, cwd=SEEDS.parent, env=environment)


def timed(command: list[str], runs: int, cwd: Path | None = None,
          env: dict[str, str] | None = None) -> tuple[float, float]:
    """Median wall and CPU time (ms) of `command`, a new process each run."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd,
                       env=env)
        walls.append((time.perf_counter() - started) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return statistics.median(walls), statistics.median(cpus)


# The sqlite3 shell's equivalent of an exact-key lookup: `keys` is in key order by rowid, so
# a binary search over rowids (as store.lower_bounds does) finds the key's first row.
_SHELL_EXACT = """
WITH RECURSIVE half(lo, hi) AS (
    SELECT 1, (SELECT max(id) + 1 FROM keys)
    UNION ALL
    SELECT CASE WHEN (SELECT key FROM keys WHERE id = (lo + hi) / 2) < '{key}'
                THEN (lo + hi) / 2 + 1 ELSE lo END,
           CASE WHEN (SELECT key FROM keys WHERE id = (lo + hi) / 2) < '{key}'
                THEN hi ELSE (lo + hi) / 2 END
    FROM half WHERE lo < hi)
SELECT c.data FROM keys AS k JOIN concepts AS c ON c.row = k.concept
WHERE k.id >= (SELECT lo FROM half WHERE lo = hi) AND k.key = '{key}' AND k.tag & 1 = 0 LIMIT 10
"""


def glossary_command() -> list[str]:
    script = Path(sys.executable).parent / "glossary"
    return [str(script)] if script.exists() else [sys.executable, "-m", "glossary"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1M")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    sqlite_shell = shutil.which("sqlite3")
    print(f"glossary {__version__}, SQLite {sqlite3.sqlite_version}, {SAMPLE} queries per kind\n")
    latency_rows, wall_rows, index_rows = [], [], []
    for size in args.sizes.split(","):
        if synthetic.SIZES[size] <= BUILD_TARGET[0]:
            index_rows.append((size, "zh + en", *two_language_index(size)))
        path, built = index(size)
        megabytes = path.stat().st_size / 1e6
        index_rows.append((size, "zh + en, fr, es", built, path.stat().st_size / synthetic.SIZES[size]))
        by_kind = queries(size)
        for kind, (p50, p95, found) in in_process(path, by_kind).items():
            latency_rows.append((size, kind, p50, p95, found))
        word = by_kind["zh exact"][0][0]
        command = glossary_command() + ["lookup", "--json", "-t", str(path), word]
        ours = wall(command, args.runs)
        exact = naive = float("nan")
        if sqlite_shell:
            key = word.replace("'", "''")
            exact = wall([sqlite_shell, str(path), _SHELL_EXACT.format(key=key)], args.runs)
            naive = wall([sqlite_shell, str(path), f"SELECT key FROM keys WHERE key LIKE "
                          f"'%{key}%' LIMIT 10"], max(3, args.runs // 5))
        wall_rows.append((size, built, megabytes, ours, exact, naive))

    seed_wall, seed_cpu = seeds_command(args.runs)

    print("Index: build time (CPU s, generating the concepts left out; 0 = reused) and bytes "
          "per concept, beside the targets (two-language concepts, issue 18)\n")
    print("| concepts | languages | build s | target | bytes per concept | target |\n"
          "|---|---|---:|---:|---:|---:|")
    for size, languages, seconds, per_concept in index_rows:
        two = languages == "zh + en"
        build_target = (f"≤ {BUILD_TARGET[1]:.0f}" if two and synthetic.SIZES[size] ==
                        BUILD_TARGET[0] else "—")
        print(f"| {size} | {languages} | {seconds:.1f} | {build_target} | {per_concept:.0f} | "
              f"{f'≤ {BYTES_TARGET}' if two else '—'} |")
    print(f"\nWhole command on the seeds (terms/): `glossary lookup 枫桥经验` in the checkout, "
          f"median of {args.runs} runs (CPU: user + system)\n")
    print("| wall ms | CPU ms | target |\n|---:|---:|---:|")
    print(f"| {seed_wall:.0f} | {seed_cpu:.0f} | ≤ {COMMAND_TARGET:.0f} ms wall |\n")

    print("In-process glossary.termbase.lookup.search: latency (CPU ms) and the share of queries "
          "whose concept is among the results (top 10)\n")
    print("| concepts | query kind | p50 | p95 | found |\n|---|---|---:|---:|---:|")
    for size, kind, p50, p95, found in latency_rows:
        print(f"| {size} | {kind} | {p50:.2f} | {p95:.2f} | {found:.0%} |")
    print("\nWhole command, median wall time (ms); index build time (s, 0 = reused) and size\n")
    print("| concepts | index build s | index MB | glossary lookup | sqlite3 exact key "
          "| ratio | sqlite3 LIKE scan |\n|---|---:|---:|---:|---:|---:|---:|")
    for size, built, megabytes, ours, exact, naive in wall_rows:
        print(f"| {size} | {built:.0f} | {megabytes:.0f} | {ours:.0f} | {exact:.0f} | "
              f"{ours / exact:.1f}× | {naive:.0f} |")


if __name__ == "__main__":
    main()
