"""Normalization: pinyin accuracy on CC-CEDICT and terms per second, beside raw libraries.

    python -m bench.normalize [--sample N]

Accuracy is per syllable (tone numbers, neutral tone 5) and per word, on a deterministic
sample of CC-CEDICT (../shared/oracles/cedict) words of 2–6 Han characters with a single
reading, not capitalised (proper-noun entries are excluded, as in MEASUREMENTS.md).  The peer
is pypinyin's lazy_pinyin with defaults.  Speed is for the whole normalization of a term
(Simplified key, three Traditional forms, Taiwan vocabulary, pinyin in three spellings, keys)
beside the bare calls to OpenCC and pypinyin that it builds on.
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import sys
import time
from pathlib import Path

CEDICT = Path(__file__).resolve().parents[2] / "shared" / "oracles" / "cedict" / "cedict_ts.u8.gz"
_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_SYLLABLE = re.compile(r"[a-zü]+[1-5]")


def cedict_sample(size: int, seed: int = 16159) -> list[tuple[str, list[str]]]:
    readings: dict[str, set[str]] = {}
    with gzip.open(CEDICT, "rt", encoding="utf-8") as handle:
        for line in handle:
            match = _ENTRY.match(line)
            if not match or not _HAN.match(match[2]):
                continue
            reading = match[3]
            if reading[:1].isupper() or "r5" in reading:
                continue
            readings.setdefault(match[2], set()).add(reading.lower().replace("u:", "ü"))
    words = sorted((w, r.pop().split()) for w, r in readings.items() if len(r) == 1)
    return random.Random(seed).sample(words, min(size, len(words)))


def accuracy(sample, syllables_of) -> tuple[float, float]:
    right_words = right_syllables = total = 0
    for word, gold in sample:
        got = syllables_of(word)
        same = sum(g == s for g, s in zip(gold, got)) if len(got) == len(gold) else 0
        right_syllables += same
        total += len(gold)
        right_words += same == len(gold)
    return right_words / len(sample), right_syllables / total


def rate(function, items) -> float:
    started = time.perf_counter()
    for item in items:
        function(item)
    return len(items) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=5000)
    args = parser.parse_args(argv)
    if not CEDICT.exists():
        sys.exit(f"bench: {CEDICT} is absent (../shared must be beside the checkout)")

    from pypinyin import Style, lazy_pinyin

    from glossary.normalize import normalize
    from glossary.normalize.pinyin import pinyin
    from glossary.normalize.script import convert

    sample = cedict_sample(args.sample)
    words = [w for w, _ in sample]

    def raw(word: str) -> list[str]:
        return [s.replace("v", "ü") for s in
                lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True)]

    def ours(word: str) -> list[str]:
        return _SYLLABLE.findall(pinyin(word).numbers.lower())

    normalize(words[0])  # load jieba, dictionaries and converters before timing
    rows = [
        ("pinyin accuracy, raw pypinyin", *accuracy(sample, raw), None),
        ("pinyin accuracy, glossary", *accuracy(sample, ours), None),
        ("speed: raw pypinyin (TONE3 only)", None, None, rate(raw, words)),
        ("speed: raw OpenCC s2t only", None, None, rate(lambda w: convert(w, "s2t"), words)),
        ("speed: glossary full normalization", None, None, rate(normalize, words)),
    ]
    print(f"CC-CEDICT sample: {len(sample)} words (seed 16159)\n")
    print(f"| {'measure':<38} | {'word exact':>10} | {'syllable':>8} | {'terms/s':>9} |")
    print(f"|{'-' * 40}|{'-' * 12}|{'-' * 10}|{'-' * 11}|")
    for name, word, syllable, speed in rows:
        cells = [f"{word:.2%}" if word is not None else "",
                 f"{syllable:.2%}" if syllable is not None else "",
                 f"{speed:,.0f}" if speed is not None else ""]
        print(f"| {name:<38} | {cells[0]:>10} | {cells[1]:>8} | {cells[2]:>9} |")


if __name__ == "__main__":
    main()
