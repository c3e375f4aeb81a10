"""Build throughput: MB of corpus per second, with 1 and N processes (`build --jobs`).

    python -m bench.build [--megabytes 1,10] [--jobs 2]

Corpora from bench.corpus (100 kB files of glossed prose), written once under bench/.data/.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench import corpus

DATA = Path(__file__).resolve().parent / ".data"


def measure(megabytes: float, jobs: int) -> tuple[float, float, int]:
    """(seconds, MB, concepts) of one build of the corpus of that size."""
    from glossary.build import build

    files = corpus.make(DATA / f"corpus-{megabytes:g}MB", megabytes)
    size = sum(p.stat().st_size for p in files) / 1e6
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = build(files, Path(out), jobs=jobs)
        seconds = time.perf_counter() - started
    return seconds, size, result.concepts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", default="1,10")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)
    print("| corpus MB | jobs | seconds | MB/s | MB/s per core | concepts |\n"
          "|---:|---:|---:|---:|---:|---:|")
    for megabytes in (float(m) for m in args.megabytes.split(",")):
        for jobs in sorted({1, args.jobs}):
            seconds, size, concepts = measure(megabytes, jobs)
            print(f"| {size:.1f} | {jobs} | {seconds:.1f} | {size / seconds:.2f} | "
                  f"{size / seconds / jobs:.2f} | {concepts:,} |")


if __name__ == "__main__":
    main()
