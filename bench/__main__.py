"""Every benchmark in one run: `python -m bench [--quick | --medium]`.

Runs each bench module in its own process, in an order where later ones reuse the data
earlier ones generated (bench/.data/), and prints their tables one after another under the
machine's description.  Sizes:

    default   10k, 100k and 1M concepts, 1 and 10 MB corpora, 100k segments: 12 minutes
              on 2 cores from an empty bench/.data/; then builds of 20, 100 and 200 MB and
              Dask builds of 100 MB (bench.scale): about 80 minutes more
    --medium  the same without 1M concepts, scale at 20 MB: about 10 minutes
    --quick   10k concepts, a 1 MB corpus, 10k segments: under two minutes
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import time

PLANS = {
    "quick": [("build", ["--megabytes", "1"]), ("realbuild", ["--megabytes", "1"]), ("normalize", ["--sample", "1000"]),
              ("formats", ["--sizes", "10k"]), ("lookup", ["--sizes", "10k", "--runs", "5"]),
              ("check", ["--segments", "10000"]), ("extraction", []), ("confidence", []), ("alignment", []),
              ("evidence", ["--megabytes", "1"]), ("scale", ["--megabytes", "1", "--dask", "1"]), ("floor", [])],
    "medium": [("build", ["--megabytes", "1,10"]), ("realbuild", ["--megabytes", "5"]),
               ("normalize", []),
               ("formats", ["--sizes", "10k,100k"]), ("lookup", ["--sizes", "10k,100k"]),
               ("check", []), ("extraction", []), ("confidence", []), ("alignment", []),
               ("evidence", []), ("scale", ["--megabytes", "20", "--dask", "20"]), ("floor", [])],
    "default": [("build", ["--megabytes", "1,10"]), ("realbuild", ["--megabytes", "20"]),
             ("normalize", []),
             ("formats", ["--sizes", "10k,100k,1M"]), ("lookup", ["--sizes", "10k,100k,1M"]),
             ("check", []), ("extraction", []), ("confidence", []), ("alignment", []),
             ("evidence", []), ("scale", ["--megabytes", "20,100,200", "--dask", "100"]),
             ("floor", [])],
}
TITLES = {"build": "Build throughput",
          "realbuild": "Build of real documents, beside the floor (one regex pass and jieba)",
          "normalize": "Normalization (GB/T 16159, OpenCC cases, CPP polyphones, speed)",
          "formats": "TBX and CSV export/import, beside translate-toolkit",
          "lookup": "Lookup, beside the sqlite3 shell", "check": "Checking translations",
          "extraction": "Extraction precision and recall",
          "confidence": "Pair confidence: how well the learned model ranks right pairs above wrong",
          "alignment": "Parallel-text alignment (sentences, four-language entries)",
          "evidence": "Bounded evidence: a corpus of recurring terms, every occurrence kept or three",
          "scale": "Build at scale: time, CPU time and peak memory, beside the 300 MB target",
          "floor": "What a build's memory cannot go below: each model's MB"}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true")
    size.add_argument("--medium", action="store_true")
    args = parser.parse_args(argv)
    plan = PLANS["quick" if args.quick else "medium" if args.medium else "default"]
    print(f"# glossary benchmarks\n\n{platform.platform()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}\n")
    started = time.perf_counter()
    failed = []
    for name, options in plan:
        print(f"## {TITLES[name]} — python -m bench.{name} {' '.join(options)}\n", flush=True)
        section = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", f"bench.{name}", *options])
        if result.returncode:
            failed.append(name)
        print(f"\n({time.perf_counter() - section:.0f} s)\n", flush=True)
    print(f"Total: {time.perf_counter() - started:.0f} s")
    if failed:
        sys.exit(f"bench: failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
