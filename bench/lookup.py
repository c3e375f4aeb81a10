"""Lookup speed on synthetic termbases of 10k, 100k and 1M concepts, beside the sqlite3 shell.

    python -m bench.lookup [--sizes 10k,100k,1M] [--runs N]

For each size: the index is built once (bench/.data/, reused while the glossary version is the
same) from bench.synthetic concepts.  In-process latency is glossary.termbase.lookup.search on a
deterministic mix of queries (Simplified, Traditional, tone-number pinyin, English prefix,
accentless French, a Chinese substring, an English typo), reported as p50/p95 per kind.
Whole-command wall time runs `glossary lookup --json` as a user would (a new process each
time), beside the `sqlite3` shell answering the equivalent exact-key query on the same file
(the concepts a key names), and a naive `LIKE '%…%'` scan, what one would write without the
key index.  Medians of --runs runs.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench import synthetic
from glossary import __version__
from glossary.model import Concept
from glossary.normalize.keys import fold
from glossary.termbase import lookup, store

DATA = Path(__file__).resolve().parent / ".data"
SAMPLE = 60


def index(size: str) -> tuple[Path, float]:
    """The bench index for `size`, built when absent or made by another version."""
    path = DATA / f"lookup-{size}.sqlite"
    if path.exists() and store.source_of(path) == f"synthetic-{size}":
        return path, 0.0
    DATA.mkdir(exist_ok=True)
    started = time.perf_counter()
    store.write(synthetic.concepts(synthetic.SIZES[size]), path, source=f"synthetic-{size}")
    return path, time.perf_counter() - started


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
            started = time.perf_counter()
            hits = lookup.search(connection, text)
            times.append((time.perf_counter() - started) * 1000)
            found += any(hit.concept.id == wanted for hit in hits)
        result[kind] = (percentile(times, 0.5), percentile(times, 0.95), found / len(pairs))
    connection.close()
    return result


def wall(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


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
    latency_rows, wall_rows = [], []
    for size in args.sizes.split(","):
        path, built = index(size)
        megabytes = path.stat().st_size / 1e6
        by_kind = queries(size)
        for kind, (p50, p95, found) in in_process(path, by_kind).items():
            latency_rows.append((size, kind, p50, p95, found))
        word = by_kind["zh exact"][0][0]
        command = glossary_command() + ["lookup", "--json", "-t", str(path), word]
        ours = wall(command, args.runs)
        exact = naive = float("nan")
        if sqlite_shell:
            key = word.replace("'", "''")
            exact = wall([sqlite_shell, str(path),
                          "SELECT c.data FROM keys k JOIN concepts c ON c.row = k.concept "
                          f"WHERE k.key = '{key}' AND k.inner = 0 LIMIT 10"], args.runs)
            naive = wall([sqlite_shell, str(path), f"SELECT key FROM keys WHERE key LIKE "
                          f"'%{key}%' LIMIT 10"], max(3, args.runs // 5))
        wall_rows.append((size, built, megabytes, ours, exact, naive))

    print("In-process glossary.termbase.lookup.search: latency (ms) and the share of queries whose "
          "concept is among the results (top 10)\n")
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
