"""Build speed on real documents, beside the floor (issue 18): one process, CPU seconds.

    python -m bench.realbuild [--megabytes 20] [--jobs 1]

The corpus is the real documents of bench/real/docs/ and bench/.data/real/docs/ (the texts we
may not commit; see bench/real/SOURCES.md), copied round after round into
bench/.data/realbuild-NMB/ until it holds N MB.  The floor is what any tool reading these
files must do at least: decode each file, one regular-expression pass over its text, and
jieba over every run of Chinese characters (jieba loaded beforehand, not counted).  The
target is a build within 3× of that floor.
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent / ".data"
SOURCES = (Path(__file__).resolve().parent / "real" / "docs", DATA / "real" / "docs")
TARGET = 3.0
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def corpus(megabytes: float) -> list[Path]:
    """The corpus of about `megabytes` MB, written once (same files, same order each time)."""
    folder = DATA / f"realbuild-{megabytes:g}MB"
    texts = {p.name: p for source in SOURCES if source.is_dir()
             for p in sorted(source.iterdir()) if p.is_file() and _readable(p)}
    if not texts:
        raise SystemExit("bench.realbuild: no real documents (bench/real/docs is empty)")
    if not folder.is_dir():
        building = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        size, round_ = 0, 0
        while size < megabytes * 1e6:
            for name, path in texts.items():
                target = building / f"r{round_:04d}-{name}"
                shutil.copyfile(path, target)
                size += target.stat().st_size
            round_ += 1
        building.rename(folder)
    return sorted(folder.iterdir())


def _readable(path: Path) -> bool:
    """A document the build reads (a malformed one, which it refuses, would stop it)."""
    from glossary.build.documents import read_document
    from glossary.errors import GlossaryError

    try:
        read_document(path)
    except GlossaryError:
        return False
    return True


def floor(files: list[Path]) -> float:
    """CPU seconds to decode every file, scan it once and cut its Chinese runs with jieba."""
    from glossary.normalize.segment import jieba

    cut = jieba().lcut
    started = time.process_time()
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        for match in _HAN_RUN.finditer(text):
            cut(match.group(), HMM=False)
    return time.process_time() - started


def build_seconds(files: list[Path], jobs: int) -> tuple[float, int]:
    """CPU seconds of a whole build (read, extract, merge, normalize, write), this process
    and its workers, and the number of concepts."""
    import resource

    from glossary.build import build

    def cpu() -> float:
        own, children = (resource.getrusage(who) for who in
                         (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    with tempfile.TemporaryDirectory() as out:
        started = cpu()
        result = build(files, Path(out) / "tb", jobs=jobs)
        return cpu() - started, result.concepts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    files = corpus(args.megabytes)
    size = sum(p.stat().st_size for p in files) / 1e6
    from glossary.normalize.segment import jieba

    jieba()  # loading jieba is set-up for both
    floor_s = min(floor(files) for _ in range(3))  # the least of three: the machine is shared
    build_s, concepts = build_seconds(files, args.jobs)
    ratio = build_s / floor_s
    print("| corpus MB | files | jobs | build CPU s | floor CPU s | ratio | target | met | "
          "concepts |\n|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    print(f"| {size:.1f} | {len(files):,} | {args.jobs} | {build_s:.1f} | {floor_s:.1f} | "
          f"{ratio:.1f}× | ≤ {TARGET:g}× | {'yes' if ratio <= TARGET else 'no'} | "
          f"{concepts:,} |")


if __name__ == "__main__":
    main()
