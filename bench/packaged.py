"""The real documents saved as Word (.docx and Word 97–2003 .doc) and PDF files: what
extraction keeps of them.

    python -m bench.packaged [--split all] [--limit N]

Users keep their documents as .docx and .pdf, not as the plain text the extraction corpus is
(bench.realdocs).  Each real document is opened by LibreOffice (``soffice``, Debian's
libreoffice-writer-nogui, with fonts-noto-cjk so Chinese is set in a real font) and saved as
Word, and the Word file as Word 97–2003 and as PDF, the way an office user would make them;
all are cached in bench/.data/packaged/.  Each is then built like the original, and the table compares them:
precision and recall against the same gold, and how many of the original's pairs the
packaged file gives too.  A PDF breaks every line at the page width and a table row into
cells separated by spaces, so it is the harder of the two.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from bench import realdocs

DATA = Path(__file__).resolve().parent / ".data" / "packaged"
_TEXT_FILTER = "Text (encoded):UTF8,LF,,,"
_FILTERS = {"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97", "pdf": "pdf"}


def convert(sources: list[Path], fmt: str) -> dict[Path, Path]:
    """Each source saved as `fmt` (docx from the original, doc and pdf from that docx), cached."""
    folder = DATA / fmt
    folder.mkdir(parents=True, exist_ok=True)
    done = {source: folder / f"{source.stem}.{fmt}" for source in sources}
    todo = [source for source, target in done.items() if not target.exists()]
    if todo:
        soffice = shutil.which("soffice")
        if soffice is None:
            sys.exit("bench.packaged: LibreOffice (soffice) is not installed: "
                     "apt-get install libreoffice-writer-nogui fonts-noto-cjk")
        inputs = todo if fmt == "docx" else [done_docx for done_docx in
                                             convert(todo, "docx").values()]
        with tempfile.TemporaryDirectory() as profile:
            for group in _by_filter(inputs).values():
                for batch in (group[i:i + 40] for i in range(0, len(group), 40)):
                    infilter = ([f"--infilter={_TEXT_FILTER}"]
                                if batch[0].suffix in (".txt", ".md") else [])
                    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}",
                                    "--headless", *infilter, "--convert-to",
                                    _FILTERS[fmt],
                                    "--outdir", str(folder), *map(str, batch)],
                                   check=False, capture_output=True, timeout=600)
    return {source: target for source, target in done.items() if target.exists()}


def _by_filter(paths: list[Path]) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = defaultdict(list)
    for path in paths:
        groups["text" if path.suffix in (".txt", ".md") else path.suffix].append(path)
    return groups


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=realdocs.splits() + ["all"], default="all")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args(argv)
    golds = [g for g in realdocs.golds(args.split) if realdocs.document(g) is not None]
    if args.limit:
        golds = golds[:args.limit]
    sources = {g.id: realdocs.document(g) for g in golds}
    packaged = {fmt: convert([p for p in sources.values() if p], fmt)
                for fmt in ("docx", "doc", "pdf")}
    rows = []
    original: dict[str, set] = {}  # type: ignore[type-arg]
    for fmt in ("original", "docx", "doc", "pdf"):
        score, kept, base, documents = realdocs.Score(), 0, 0, 0
        for gold in golds:
            source = sources[gold.id]
            path = source if fmt == "original" else packaged[fmt].get(source)  # type: ignore[index]
            if path is None:
                continue
            try:
                got = realdocs.built_pairs(path)
            except Exception as err:  # noqa: BLE001 - a document the reader refuses is counted
                print(f"  {fmt} {gold.id}: {err}", file=sys.stderr)
                got = set()
            if fmt == "original":
                original[gold.id] = got
            documents += 1
            kept += len(got & original[gold.id])
            base += len(original[gold.id])
            good = gold.core | gold.ok
            score.add(realdocs.Score(1, len(gold.core), len(got), len(got & good),
                                     len(got & gold.core)))
        rows.append(f"| {fmt} | {documents} | {score.gold} | {score.found} | {score.correct} | "
                    f"{score.precision:.0%} | {score.recall:.0%} | "
                    f"{kept / base if base else 1:.0%} |")
    print(f"Real documents ({args.split}) as LibreOffice saves them\n")
    print("| read from | documents | gold | found | correct | precision | recall | "
          "the original's pairs kept |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
