"""TBX and CSV export and import: time and peak memory at 10k, 100k (and 1M) concepts, beside
translate-toolkit and a bare lxml parse.

    python -m bench.formats [--sizes 10k,100k,1M]

Each measurement runs in a fresh process (peak RSS from os.wait4, so one measurement's memory
never hides another's); seconds are CPU seconds.  The concepts are bench.synthetic's (four languages, pinyin, evidence).
Rows:
- generate: making the synthetic concepts alone (included in the write rows: subtract it);
- write tbx / tbx2 / csv: formats.tbx.write (2019), the 2008 dialect, formats.csv.write;
- read tbx: formats.tbx.read over the 2019 file, every concept built;
- lxml iterparse: the floor, iterparse over conceptEntry with clearing, nothing built;
- translate-toolkit csv2tbx: its converter on a source,target CSV of the same concepts (zh, en);
- translate-toolkit read: tbxfile.parsefile on our TBX 2008 file (it cannot read 2019).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench import synthetic

DATA = Path(__file__).resolve().parent / ".data"
MEASURES = ("generate", "write tbx", "write tbx2", "write csv", "read tbx", "lxml iterparse",
            "translate-toolkit csv2tbx", "translate-toolkit read")


def _paths(size: str) -> dict[str, Path]:
    return {"tbx": DATA / f"formats-{size}.tbx", "tbx2": DATA / f"formats-{size}.v2.tbx",
            "csv": DATA / f"formats-{size}.csv", "pairs": DATA / f"formats-{size}.pairs.csv",
            "tt": DATA / f"formats-{size}.tt.tbx"}


def measure(name: str, size: str) -> None:
    """Run one measurement in this process (the child) and print its seconds."""
    from glossary.termbase.formats import csv as canonical_csv
    from glossary.termbase.formats import tbx, tbx2

    count, paths = synthetic.SIZES[size], _paths(size)
    synthetic.words()  # CC-CEDICT parsing is set-up, not measured
    started = _cpu()
    if name == "generate":
        for _ in synthetic.concepts(count):
            pass
    elif name.startswith("write"):
        kind = name.split()[1]
        module = {"tbx": tbx, "tbx2": tbx2, "csv": canonical_csv}[kind]
        with paths[kind].open("wb") as out:
            module.write(synthetic.concepts(count), out)
    elif name == "read tbx":
        assert sum(1 for _ in tbx.read(str(paths["tbx"]))) == count
    elif name == "lxml iterparse":
        from lxml import etree

        for _, element in etree.iterparse(str(paths["tbx"]), tag=f"{{{tbx.NS}}}conceptEntry"):
            element.clear(keep_tail=False)
            while element.getprevious() is not None:
                del element.getparent()[0]
    elif name == "translate-toolkit csv2tbx":
        beside = Path(sys.executable).parent / "csv2tbx"  # the venv's, when not activated
        subprocess.run([str(beside) if beside.exists() else shutil.which("csv2tbx") or "csv2tbx",
                        str(paths["pairs"]),
                        str(paths["tt"])], check=True, capture_output=True)
    elif name == "translate-toolkit read":
        from translate.storage import tbx as tt_tbx

        assert len(tt_tbx.tbxfile.parsefile(str(paths["tbx2"])).units) == count
    print(json.dumps({"seconds": _cpu() - started}))


def _cpu() -> float:
    """CPU seconds of this process and of the children it waited for (csv2tbx): the machine
    is shared, so wall time says more about the neighbours than about the code."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _pairs(size: str) -> None:
    """The zh/en pairs of the same concepts, as csv2tbx reads them (source, target)."""
    path = _paths(size)["pairs"]
    if path.exists():
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target"])
        for concept in synthetic.concepts(synthetic.SIZES[size]):
            writer.writerow([concept.terms_in("zh-Hans")[0].text, concept.terms_in("en")[0].text])


# Measured once and stopped: translate-toolkit's reader grew past 22 GB on the 1M file.
SKIPPED = {("translate-toolkit read", "1M"): "killed at 22 GB in an earlier run"}


def run(name: str, size: str) -> tuple[float, float] | None:
    """(seconds, peak MB) of one measurement in a child process; None if it could not run."""
    if (name, size) in SKIPPED:
        print(f"  ({name} at {size} skipped: {SKIPPED[name, size]})", file=sys.stderr)
        return None
    process = subprocess.Popen([sys.executable, "-m", "bench.formats", "--measure", name,
                                "--size", size], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    output = process.stdout.read() if process.stdout else b""
    if os.waitstatus_to_exitcode(status) != 0:
        error = (process.stderr.read() if process.stderr else b"").decode()[-300:]
        print(f"  ({name} at {size} failed: {error.strip().splitlines()[-1:]})", file=sys.stderr)
        return None
    return json.loads(output)["seconds"], usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--size", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        measure(args.measure, args.size)
        return
    DATA.mkdir(exist_ok=True)
    sizes = args.sizes.split(",")
    results: dict[tuple[str, str], tuple[float, float] | None] = {}
    for size in sizes:
        _pairs(size)
        for name in MEASURES:  # in order: the writes make the files the reads read
            results[name, size] = run(name, size)
    print("| measure | " + " | ".join(f"{s}: s | {s}: peak MB" for s in sizes) + " |")
    print("|---|" + "---:|---:|" * len(sizes))
    for name in MEASURES:
        cells = []
        for size in sizes:
            result = results[name, size]
            cells += [f"{result[0]:.1f}", f"{result[1]:.0f}"] if result else ["—", "—"]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("\nReading TBX (issue 18): target within 2× of the bare iterparse; translate-toolkit "
          "beside it (its time and memory as a multiple of ours: below 1× it is faster)\n")
    print("| concepts | read tbx s | iterparse floor s | ratio | target | met | "
          "translate-toolkit read s | its time ÷ ours | its memory ÷ ours |")
    print("|---|---:|---:|---:|---:|---|---:|---:|---:|")
    for size in sizes:
        ours, floor = results["read tbx", size], results["lxml iterparse", size]
        theirs = results["translate-toolkit read", size]
        if not (ours and floor):
            continue
        ratio = ours[0] / floor[0]
        peer = ([f"{theirs[0]:.1f}", f"{theirs[0] / ours[0]:.2f}×", f"{theirs[1] / ours[1]:.1f}×"]
                if theirs else ["—", "—", "—"])
        print(f"| {size} | {ours[0]:.1f} | {floor[0]:.1f} | {ratio:.2f}× | ≤ 2× | "
              f"{'yes' if ratio <= 2 else 'no'} | " + " | ".join(peer) + " |")
    for size in sizes:
        parts = []
        write, convert = results["write tbx2", size], results["translate-toolkit csv2tbx", size]
        if write and convert:
            parts.append(f"writing TBX 2008 (ours: 4 languages + evidence; csv2tbx: 2 columns): "
                         f"csv2tbx takes {convert[0] / write[0]:.1f}× our time and "
                         f"{convert[1] / write[1]:.1f}× our memory")
        if parts:
            print(f"\n{size}: " + "; ".join(parts))


if __name__ == "__main__":
    main()
