"""Build time of one-line paragraphs of growing length: the check that extraction is linear.

    python -m bench.long_paragraph [--kilobytes 160,320,640]

Each document is one line of English with two inline glosses every hundred characters (PDF
text pasted without line breaks reaches hundreds of kilobytes).  Time per kilobyte should
stay flat as the line grows; it grew with the square of the length before the extractors
read a window before each gloss (a 650 kB line did not finish in five minutes).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

SENTENCE = ("The officials praised the Fengqiao Model (枫桥经验) and social governance "
            "(社会治理) in county {n}. ")


def measure(kilobytes: int) -> tuple[float, int]:
    from glossary.build import extract_from

    text, n = "", 0
    while len(text.encode("utf-8")) < kilobytes * 1000:
        text += SENTENCE.format(n=n)
        n += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text(text, encoding="utf-8")
        started = time.process_time()
        found = len(extract_from([path]).kept)
        return time.process_time() - started, found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kilobytes", default="160,320,640")
    args = parser.parse_args(argv)
    measure(10)  # load the dictionaries and models once, outside the timings
    print("| line kB | CPU seconds | ms per kB | candidates kept |\n|---:|---:|---:|---:|")
    for size in (int(k) for k in args.kilobytes.split(",")):
        seconds, found = measure(size)
        print(f"| {size} | {seconds:.1f} | {1000 * seconds / size:.1f} | {found} |")


if __name__ == "__main__":
    main()
