"""Checking speed: segments per second on a generated 100k-segment zh→en job.

    python -m bench.check [--segments N] [--concepts N]

The termbase is bench.synthetic's first --concepts concepts (default 10k); each segment
embeds two of its Chinese terms in filler text, and its English target uses the approved
rendering, a wrong word or nothing, so all three checks do real work.  Reported: reading
the XLIFF, building the automaton, checking, and the whole, in segments/s.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from xml.sax.saxutils import escape

from bench import synthetic

DATA = Path(__file__).resolve().parent / ".data"


def job(path: Path, segments: int, concepts: int) -> None:
    rng = random.Random(11)
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
                  'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="job" '
                  'source-language="zh-CN" target-language="en" datatype="plaintext"><body>\n')
        for number in range(segments):
            first, second = (synthetic.concept(rng.randrange(concepts)) for _ in range(2))
            zh = [c.terms_in("zh-Hans")[0].text for c in (first, second)]
            en = [c.terms_in("en")[0].text for c in (first, second)]
            choice = number % 10
            target_word = en[1] if choice < 8 else ("something else" if choice == 8 else "")
            source = f"我们要坚持{zh[0]}，并且推进{zh[1]}的工作。"
            target = f"We uphold {en[0]} and advance the work of {target_word}."
            out.write(f'<trans-unit id="{number}"><source>{escape(source)}</source>'
                      f"<target>{escape(target)}</target></trans-unit>\n")
        out.write("</body></file></xliff>\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--concepts", type=int, default=10_000)
    args = parser.parse_args(argv)
    from glossary import bitext
    from glossary.check.checks import check
    from glossary.check.termfind import Finder

    DATA.mkdir(exist_ok=True)
    path = DATA / f"check-{args.segments}.xlf"
    if not path.exists():
        job(path, args.segments, args.concepts)
    concepts = list(synthetic.concepts(args.concepts))
    started = time.perf_counter()
    segments = list(bitext.read(path))
    read = time.perf_counter() - started
    started = time.perf_counter()
    Finder(concepts, "zh-Hans")
    automaton = time.perf_counter() - started
    started = time.perf_counter()
    report = check(segments, concepts)
    checked = time.perf_counter() - started
    total = read + checked
    print(f"{len(segments):,} segments, {len(concepts):,} concepts, "
          f"{len(report.findings):,} findings {report.summary()}\n")
    print("| step | seconds | segments/s |\n|---|---:|---:|")
    for name, seconds in (("read XLIFF", read), ("build automaton (in check)", automaton),
                          ("check", checked), ("read + check", total)):
        print(f"| {name} | {seconds:.2f} | {len(segments) / seconds:,.0f} |")


if __name__ == "__main__":
    main()
