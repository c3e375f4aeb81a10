"""Build at scale: time, CPU time and peak memory of `glossary build` on large corpora, beside
the target of flat memory (issue 18: peak RSS ≤ 300 MB whatever the corpus size).

    python -m bench.scale [--megabytes 20,100,200] [--kind synthetic,real]
                          [--dask 100] [--workers 1,2]

Each build runs as its own `glossary build` command with its standard error on a pipe (the
table counts the progress lines it printed there); peak RSS is the largest of the command's
processes (workers included), CPU time the sum over all of them.  Corpora are written once
under bench/.data/: `synthetic` is bench.corpus (glossed prose from CC-CEDICT words, 100 kB
files), `real` the real documents of bench/real/docs (and bench/.data/real/docs when present)
copied again and again into folders of their own, so the evidence grows with the corpus while
the vocabulary does not (a stamp, .made, tells a finished folder: names the two share make
one file, so its size never reaches the target).  `--dask` builds that corpus size with
`--engine dask` and each
number of `--workers` (a LocalCluster); there the peak is the largest process, a worker's.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import corpus

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / ".data"
TARGET_MB = 300
REAL = [ROOT / "bench" / "real" / "docs", DATA / "real" / "docs"]


def real_corpus(megabytes: float) -> Path:
    """Copies of the real documents, one folder per copy, up to `megabytes`."""
    folder = DATA / f"real-{megabytes:g}MB"
    documents = sorted(p for source in REAL if source.is_dir() for p in source.iterdir()
                       if p.is_file())
    if not documents:
        raise SystemExit("bench.scale: no real documents in bench/real/docs")
    target = int(megabytes * 1_000_000)
    stamp = _stamp(documents, target)
    made = folder / ".made"
    if made.is_file() and made.read_text() == stamp:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    written, copy = 0, 0
    while written < target:
        into = folder / f"copy{copy:05d}"
        into.mkdir(parents=True)
        for document in documents:
            shutil.copy(document, into / document.name)
            written += document.stat().st_size
        copy += 1
    made.write_text(stamp)
    return folder


def _stamp(documents: list[Path], target: int) -> str:
    """What a corpus folder was made from: the documents (names and sizes) and the copies."""
    sizes = [p.stat().st_size for p in documents]
    copies = -(-target // sum(sizes))
    return f"{copies} copies of {len(documents)} documents, {sum(sizes)} bytes each"


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure(folder: Path, *options: str) -> dict[str, float]:
    """One `glossary build` of `folder`: wall and CPU seconds, peak RSS (MB) of its largest
    process, concepts, and the progress lines it wrote on its standard error (a pipe).  Run
    it in a process of its own (`_isolated`): getrusage's figures for children are those of
    every child that process had."""
    import json
    import resource

    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-c", _DRIVER, "build", str(folder), "-o", out, "--json",
                   *options]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, cwd=ROOT, check=False)
        seconds = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"bench.scale: build failed: {done.stderr.decode()[-2000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = done.stderr.decode().splitlines()
    progress = [line for line in lines if line.startswith(("Reading: ", "Normalizing: "))]
    driver = next(int(line.split()[1]) for line in lines if line.startswith("driver-rss "))
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime,
            "rss": usage.ru_maxrss / 1024, "driver": driver / 1024,
            "concepts": json.loads(done.stdout)["concepts"], "progress": len(progress)}


# `glossary build`, telling at exit the peak of its own process (the driver, beside workers).
_DRIVER = ("import atexit, resource, sys; atexit.register(lambda: print('driver-rss', resource."
           "getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)); sys.argv[0] = "
           "'glossary'; from glossary.cli import main; main()")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", default="20,100,200")
    parser.add_argument("--kind", default="synthetic")
    parser.add_argument("--dask", type=float, default=100, help="corpus MB for the Dask rows "
                        "(0: none)")
    parser.add_argument("--workers", default="1,2")
    args = parser.parse_args(argv)
    print("| corpus | MB | engine | seconds | CPU seconds | peak RSS MB | target | "
          "driver's peak MB | concepts | progress lines on a pipe |\n"
          "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    runs: list[tuple[str, float, tuple[str, ...]]] = []
    for kind in args.kind.split(","):
        runs += [(kind, float(mb), ("--engine", "serial")) for mb in args.megabytes.split(",")
                 if mb]
    if args.dask:
        runs += [("synthetic", args.dask, ("--engine", "dask", "--jobs", workers))
                 for workers in args.workers.split(",")]
    for kind, megabytes, options in runs:
        folder = (corpus.make(DATA / f"corpus-{megabytes:g}MB", megabytes)[0].parent
                  if kind == "synthetic" else real_corpus(megabytes))
        result = _isolated(folder, options)
        engine = " ".join(options[1:]).replace("--jobs ", "×")
        print(f"| {kind} | {_size(folder) / 1e6:.0f} | {engine} | {result['seconds']:.0f} | "
              f"{result['cpu']:.0f} | {result['rss']:.0f} | ≤ {TARGET_MB} | "
              f"{result['driver']:.0f} | {result['concepts']:,.0f} | {result['progress']} |",
              flush=True)


def _isolated(folder: Path, options: tuple[str, ...]) -> dict[str, float]:
    """`measure` in a process of its own, so that the children's peak and CPU time are this
    build's alone (getrusage(RUSAGE_CHILDREN) keeps the largest peak of all children)."""
    import json

    code = ("import json, sys; from pathlib import Path; from bench.scale import measure; "
            "print(json.dumps(measure(Path(sys.argv[1]), *sys.argv[2:])))")
    done = subprocess.run([sys.executable, "-c", code, str(folder), *options], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    return json.loads(done.stdout.splitlines()[-1])


if __name__ == "__main__":
    main()
