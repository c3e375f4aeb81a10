"""Bounded evidence: what a term used thousands of times costs the files tools read.

    python -m bench.evidence [--megabytes 3] [--vocabulary 300]

One synthetic corpus of terms that recur (bench.corpus: 100 kB files glossing CC-CEDICT's
first 300 words, and "National Work Conference (NWC)" in a quarter of the paragraphs), built
twice by `glossary build` in a process of its own: with `--contexts all`, every occurrence in
the TBX and CSV as before issue 18 (the same files as then, plus one counts note a term), and
with the default, the three most informative contexts a term, every occurrence in
evidence.tsv.  Then `glossary lookup --evidence` of the most frequent term, in-process, which
lists every occurrence from evidence.tsv.  CPU seconds are the build process's (user + system).
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import corpus

DATA = Path(__file__).resolve().parent / ".data"
CSV_LIMIT = 131_072  # the csv module's default field_size_limit


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _largest_cell(path: Path) -> tuple[int, bool]:
    """(characters of the largest cell, whether the csv module reads the file as it is)."""
    default = csv.field_size_limit()
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            list(csv.reader(handle))
        readable = True
    except csv.Error:
        readable = False
    csv.field_size_limit(sys.maxsize)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            largest = max(len(cell) for row in csv.reader(handle) for cell in row)
    finally:
        csv.field_size_limit(default)
    return largest, readable


def measure(files: list[Path], out: Path, contexts: str) -> dict[str, float]:
    from glossary.termbase import locate

    started = _cpu()
    done = subprocess.run([sys.executable, "-m", "glossary", "build", *map(str, files), "-o",
                           str(out), "--contexts", contexts], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr)
    seconds = _cpu() - started
    concepts = list(locate.read(out / "glossary.tbx"))
    most = max(len(t.evidence) for c in concepts for t in c.terms)
    top = max((t for c in concepts for t in c.terms), key=lambda t: t.counts()[0])
    largest, readable = _largest_cell(out / "glossary.csv")
    return {"cpu": seconds, "tbx": (out / "glossary.tbx").stat().st_size,
            "csv": (out / "glossary.csv").stat().st_size,
            "index": (out / "glossary.sqlite").stat().st_size,
            "evidence": (out / "evidence.tsv").stat().st_size, "most": most,
            "largest": largest, "readable": readable, "top": top.text,
            "occurrences": top.counts()[0], "documents": top.counts()[1]}


def lookup(folder: Path, text: str) -> tuple[float, float, int]:
    """(ms, ms of the peer, occurrences listed) for `glossary lookup --evidence TEXT`,
    in-process, warm; the peer reads the whole evidence.tsv, as a lookup without the mapped
    search would."""
    from glossary.termbase import Termbase, evidence

    runs = 10
    with Termbase.open(folder) as termbase:
        termbase.evidence(text)  # the index opened once, as a shell session does
        started = time.perf_counter()
        for _ in range(runs):
            found = termbase.evidence(text, limit=1)
        ms = (time.perf_counter() - started) / runs * 1000
    started = time.perf_counter()
    for _ in range(runs):
        with (folder / evidence.FILE_NAME).open(encoding="utf-8") as handle:
            peer = dict(evidence._groups(handle))[found[0].hit.concept.id]
    peer_ms = (time.perf_counter() - started) / runs * 1000
    assert sum(map(len, peer.values())) == len(found[0].rows)
    return ms, peer_ms, len({(r.evidence.file, r.evidence.line, r.evidence.context)
                             for f in found for r in f.rows if r.term == text})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=3)
    parser.add_argument("--vocabulary", type=int, default=300)
    args = parser.parse_args(argv)
    files = corpus.make(DATA / f"corpus-{args.megabytes:g}MB-{args.vocabulary}words",
                        args.megabytes, vocabulary=args.vocabulary)
    size = sum(p.stat().st_size for p in files) / 1e6
    with tempfile.TemporaryDirectory() as temp:
        before = measure(files, Path(temp) / "all", "all")
        after = measure(files, Path(temp) / "three", "3")
        ms, peer_ms, listed = lookup(Path(temp) / "three", str(after["top"]))

    def mb(value: float) -> str:
        return f"{value / 1e6:.2f}"

    print(f"{size:.1f} MB corpus, {len(files)} files; most frequent term {after['top']!r}: "
          f"{after['occurrences']:,} occurrences in {after['documents']} documents\n")
    print("| measure | before: every occurrence (`--contexts all`) | after: 3 a term (default) "
          "| target |\n|---|---:|---:|---|")
    rows = [
        ("TBX MB", mb(before["tbx"]), mb(after["tbx"]), "smaller"),
        ("most contexts on one term in the TBX", f"{before['most']:,}", f"{after['most']:,}",
         "≤ 3"),
        ("CSV MB", mb(before["csv"]), mb(after["csv"]), "smaller"),
        ("largest CSV cell, characters", f"{before['largest']:,}", f"{after['largest']:,}",
         f"< {CSV_LIMIT:,} (the csv module's default limit)"),
        ("Python's csv module reads the CSV", "yes" if before["readable"] else "no",
         "yes" if after["readable"] else "no", "yes"),
        ("index MB", mb(before["index"]), mb(after["index"]), "smaller"),
        ("evidence.tsv MB (every occurrence)", mb(before["evidence"]), mb(after["evidence"]),
         "the same"),
        ("build CPU s", f"{before['cpu']:.1f}", f"{after['cpu']:.1f}", "no slower"),
        (f"lookup --evidence {after['top']}: occurrences listed", "—", f"{listed:,}",
         f"{after['occurrences']:,} (all)"),
        (f"lookup --evidence {after['top']}: ms in-process", "—", f"{ms:.1f}",
         f"< {peer_ms:.0f} (reading all of evidence.tsv)"),
    ]
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
