"""Normalization beside the raw libraries: GB/T 16159 spelling, OpenCC's cases, polyphones, speed.

    python -m bench.normalize [--sample N]

1. GB/T 16159 exactness on tests/normalize/data/gbt16159_terms.tsv (each row's source is in
   the file), dev rows and held-out rows apart.  The peer is raw pypinyin: jieba's words, each
   written with pypinyin's tone marks, syllables joined, no capitals.  "Letters" ignores
   capitals; "exact" does not.
2. OpenCC's upstream test cases (../shared/oracles/opencc) through ``glossary normalize``: the
   form normalize gives for the case's configuration (s2t → zh-Hant, s2tw → zh-Hant-TW, s2hk →
   zh-Hant-HK, s2twp → the Taiwan vocabulary form, t2s/tw2s/hk2s → zh-Hans, t2tw/t2hk → the
   regional form of a Traditional input).  Beside OpenCC itself (its own regression suite:
   right by construction) and the old way, a round trip through the Simplified key.  Then the
   phrase-boundary errors OpenCC's users reported, and whether ``ambiguous`` names them; and
   how often CC-CEDICT words are flagged where s2t agrees with CC-CEDICT and where it does not.
3. CPP polyphones (../shared/oracles/pinyin_cpp, 10,254 sentences): the annotated
   character's reading, beside pypinyin's on the whole sentence.  CPP writes ü as "u:"; the
   first peer row compares as written (MEASUREMENTS.md's 87.3%), the others with ü unified.
   The one constant of polyphones.py chosen on data (STANDALONE_FREQUENCY) was chosen on the
   even lines; the odd lines are its held-out half.
4. Terms per second for the whole normalization, beside the bare library calls.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glossary.normalize.polyphones import Reading

ROOT = Path(__file__).resolve().parents[1]
ORACLES = ROOT.parent / "shared" / "oracles"
CPP = ORACLES / "pinyin_cpp"
OPENCC_CASES = ORACLES / "opencc" / "testcases.strict.json"
MARK = "\u2581"
# Phrase-boundary errors of OpenCC's s2t reported upstream and still in the 1.4.2 dictionaries:
# BYVoid/OpenCC#1497 (2026), #586 / pull 1450, #349.
REPORTED_ERRORS = [("被发明", "发"), ("被发掘", "发"), ("展示了如何", "了"), ("学习了如何", "了"),
                   ("了解了如何", "了"), ("参与制造", "制"), ("前头发生", "发"), ("空白发票", "发")]


def raw_pinyin(text: str) -> str:
    from pypinyin import Style, lazy_pinyin

    from glossary.normalize.pinyin import jieba_words

    return " ".join("".join(lazy_pinyin(word, style=Style.TONE)) for word in jieba_words(text))


def gbt_rows(spell: Callable[[str], str]) -> dict[str, tuple[int, int, int]]:
    sys.path.insert(0, str(ROOT))
    from tests.normalize.gbt16159 import DEV, HELD_OUT, rows

    out = {}
    for split in (DEV, HELD_OUT):
        table = rows(split)
        got = [(spell(row.chinese), row.pinyin) for row in table]
        out[split] = (sum(g == e for g, e in got), sum(g.lower() == e.lower() for g, e in got),
                      len(table))
    return out


def opencc_cases() -> list[tuple[str, int, int, int]]:
    """(config, normalize right, round trip right, cases) per configuration normalize has."""
    from glossary.normalize.chinese import chinese_forms
    from glossary.normalize.script import convert, is_traditional, to_simplified

    cases = json.loads(OPENCC_CASES.read_text("utf-8"))["cases"]
    key = {"s2t": "zh-Hant", "s2tw": "zh-Hant-TW", "s2hk": "zh-Hant-HK", "s2twp": "vocabulary",
           "t2s": "zh-Hans", "tw2s": "zh-Hans", "hk2s": "zh-Hans", "t2tw": "zh-Hant-TW",
           "t2hk": "zh-Hant-HK"}
    region = {"tw2s": "zh-Hant-TW", "hk2s": "zh-Hant-HK"}
    out = []
    for config, form in key.items():
        right = old = total = 0
        for case in cases:
            text, expected = case["input"], case["expected"].get(config)
            if expected is None or (config in ("t2tw", "t2hk") and not is_traditional(text)):
                continue
            forms = chinese_forms(text, source_tag=region.get(config))
            got = (forms.get("zh-Hant-TW-vocabulary", forms["zh-Hant-TW"])
                   if form == "vocabulary" else forms[form])
            back = to_simplified(text, region.get(config))
            before = back if config.endswith("2s") else convert(back, config)
            right += got == expected
            old += before == expected
            total += 1
        out.append((config, right, old, total))
    return out


def flags_on_cedict(size: int = 5000) -> tuple[int, int, int, int]:
    """On CC-CEDICT's common words with one Traditional form (Simplified ≠ Traditional, two
    characters or more, a deterministic sample): (words where OpenCC's s2t differs from
    CC-CEDICT, of those flagged, words where they agree, of those flagged).  Not independent:
    CC-CEDICT settles characters no OpenCC phrase covers."""
    import random

    from glossary.normalize import cedict
    from glossary.normalize.script import ambiguities, convert

    forms: dict[str, set[str]] = {}
    for trad, simplified, syllables, _ in cedict._parse(cedict.source().read_bytes()):
        if len(simplified) > 1 and simplified != trad and not syllables[0][:1].isupper():
            forms.setdefault(simplified, set()).add(trad)
    words = sorted(w for w, t in forms.items() if len(t) == 1)
    random.Random(19).shuffle(words)
    differ = differ_flagged = agree = agree_flagged = 0
    for word in words[:size]:
        flagged = bool(ambiguities(word))
        if convert(word, "s2t") == next(iter(forms[word])):
            agree, agree_flagged = agree + 1, agree_flagged + flagged
        else:
            differ, differ_flagged = differ + 1, differ_flagged + flagged
    return differ, differ_flagged, agree, agree_flagged


def cpp() -> dict[str, tuple[int, int]]:
    """Right and total per (peer, half) on CPP."""
    from glossary.normalize.polyphones import _pypinyin, readings

    sentences = (CPP / "cpp_test.sent").read_text("utf-8").splitlines()
    labels = (CPP / "cpp_test.lb").read_text("utf-8").splitlines()
    counts: dict[str, list[int]] = {}

    def count(name: str, right: bool) -> None:
        counts.setdefault(name, [0, 0])
        counts[name][0] += right
        counts[name][1] += 1

    for line, (sentence, label) in enumerate(zip(sentences, labels)):
        index = sentence.index(MARK)
        text = sentence.replace(MARK, "")
        gold = label.replace("u:", "ü")
        raw = _per_character(text, _pypinyin)[index]
        ours = _sentence_readings(text, readings)[index]
        half = "even" if line % 2 == 0 else "odd"
        count("pypinyin, labels as written", raw.replace("ü", "v") == label)
        count("pypinyin", raw == gold)
        count("glossary", ours == gold)
        count(f"glossary, {half} lines", ours == gold)
        count(f"pypinyin, {half} lines", raw == gold)
    return {name: (right, total) for name, (right, total) in counts.items()}


def _sentence_readings(text: str, read: Callable[[str], tuple[Reading, ...]]) -> list[str]:
    return _per_character(text, lambda run: [r.syllable for r in read(run)])


def _per_character(text: str, read: Callable[[str], list[str]]) -> list[str]:
    """One reading per character of `text`, read over each Han run, "" elsewhere."""
    out = [""] * len(text)
    for match in re.finditer(r"[\u3400-\u9fff]+", text):
        for offset, syllable in enumerate(read(match.group())):
            out[match.start() + offset] = syllable
    return out


def rate(function: Callable[[str], object], items: list[str]) -> float:
    started = time.perf_counter()
    for item in items:
        function(item)
    return len(items) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=2000, help="terms timed (default 2000)")
    args = parser.parse_args(argv)
    if not ORACLES.exists():
        sys.exit(f"bench: {ORACLES} is absent (../shared must be beside the checkout)")

    from glossary.normalize import normalize
    from glossary.normalize.pinyin import pinyin
    from glossary.normalize.script import ambiguities, convert

    print("GB/T 16159 table (tests/normalize/data/gbt16159_terms.tsv): exact / letters right\n")
    print(f"| {'rows':<9} | {'raw pypinyin':>22} | {'glossary':>22} |")
    print(f"|{'-' * 11}|{'-' * 24}|{'-' * 24}|")
    raw = gbt_rows(raw_pinyin)
    ours = gbt_rows(lambda text: pinyin(text).marks)
    for split in raw:
        cells = [f"{r[0]}/{r[2]} ({r[0] / r[2]:.0%}) · {r[1]}" for r in (raw[split], ours[split])]
        print(f"| {split:<9} | {cells[0]:>22} | {cells[1]:>22} |")

    print("\nOpenCC's test cases through glossary normalize (OpenCC itself: all, by construction)\n")
    print(f"| {'config':<7} | {'cases':>5} | {'via Simplified (old)':>20} | {'glossary':>9} |")
    print(f"|{'-' * 9}|{'-' * 7}|{'-' * 22}|{'-' * 11}|")
    for config, right, old, total in opencc_cases():
        print(f"| {config:<7} | {total:>5} | {old:>20} | {right:>9} |")
    named = sum(any(a.char == char for a in ambiguities(text)) for text, char in REPORTED_ERRORS)
    print(f"\nReported OpenCC phrase-boundary errors flagged ambiguous: {named}/{len(REPORTED_ERRORS)}"
          " (OpenCC itself reports none)")
    differ, differ_flagged, agree, agree_flagged = flags_on_cedict()
    print(f"CC-CEDICT words, s2t differs from CC-CEDICT's form: {differ_flagged} of {differ} flagged "
          f"(most are variant conventions, 麪/麵, 裏/裡); s2t agrees: {agree_flagged} of {agree} "
          "flagged")

    print("\nCPP polyphones (test split): the annotated character's reading\n")
    print(f"| {'reader':<30} | {'right':>6} | {'of':>6} | {'accuracy':>8} |")
    print(f"|{'-' * 32}|{'-' * 8}|{'-' * 8}|{'-' * 10}|")
    for name, (right, total) in cpp().items():
        print(f"| {name:<30} | {right:>6} | {total:>6} | {right / total:>8.2%} |")

    from pypinyin import Style, lazy_pinyin

    from glossary.normalize.cedict import readings as cedict_words

    every = sorted(w for w in cedict_words() if len(w) > 1)
    words = every[::max(1, len(every) // args.sample)][:args.sample]
    from glossary.normalize.cedict import traditional
    from glossary.normalize.polyphones import word_readings

    normalize(words[0])  # load jieba, dictionaries and converters before timing
    traditional(), word_readings()

    print(f"\nSpeed ({len(words)} CC-CEDICT words)\n")
    print(f"| {'what':<40} | {'terms/s':>9} |")
    print(f"|{'-' * 42}|{'-' * 11}|")
    for name, function in (("raw pypinyin (TONE3 only)", lambda w: lazy_pinyin(w, style=Style.TONE3)),
                           ("raw OpenCC s2t only", lambda w: convert(w, "s2t")),
                           ("glossary full normalization", normalize)):
        print(f"| {name:<40} | {rate(function, words):>9,.0f} |")


if __name__ == "__main__":
    main()
