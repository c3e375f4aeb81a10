"""Extraction precision and recall: on real public documents (the result), then on the
project's own annotated texts (a regression guard: written while tuning, they prove little).

    python -m bench.extraction

The real documents (bench/real/, see bench/realdocs.py) are scored per document kind on the
development set and on the third held aside before tuning.

Each document in tests/data/extract/ has a NAME.gold.tsv of the (Chinese, English) pairs a
terminologist would take from it; seeds 000 and 001 are scored against seeds.gold.tsv.  A
pair counts when the Chinese (in its Simplified form) and the English span are exactly the
gold ones: a span one word too long or too short is both a false positive and a miss.
Acronym-only candidates (no Chinese) are not scored here.
"""

from __future__ import annotations

from pathlib import Path

from glossary.build.documents import read_document
from glossary.build.extract import extract
from glossary.build.scorer import judge_all
from glossary.langtags import is_chinese, primary
from glossary.normalize.keys import chinese_key

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "extract"


def gold(path: Path) -> set[tuple[str, str]]:
    pairs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            chinese, english = line.split("\t")
            pairs.add((chinese_key(chinese), english))
    return pairs


def found(paths: list[Path]) -> set[tuple[str, str]]:
    """The pairs a build keeps: every extractor's candidates, judged by the scorer."""
    pairs = set()
    kept = [d.candidate for path in paths
            for d in judge_all(extract([read_document(path)])) if d.verdict.keep]
    for candidate in kept:
        chinese = [t.text for t in candidate.terms if is_chinese(t.lang)]
        english = [t.text for t in candidate.terms if primary(t.lang) == "en"]
        if chinese and english:
            pairs.add((chinese_key(chinese[0]), english[0]))
    return pairs


def corpora() -> list[tuple[str, list[Path], Path]]:
    sets = [(path.name, [path], path.with_suffix(".gold.tsv"))
            for path in sorted(DATA.glob("*.txt"))]
    seeds = sorted((ROOT / "seeds").glob("00[01]_*.txt"))
    return sets + [("seeds 000+001", seeds, DATA / "seeds.gold.tsv")]


def main() -> None:
    from bench import realdocs

    for split, title in (("dev", "Real documents: development set"),
                         ("held", "Real documents: held aside before tuning"),
                         ("test2", "Real documents: second test set, collected during tuning, "
                                   "scored at the end of round one"),
                         ("test3", "Real documents: third test set, collected after round one, "
                                   "first scored midway through round two"),
                         ("test4", "Real documents: fourth test set, collected during round two "
                                   "by a session that never ran the tool, scored once at its end"),
                         ("test5", "Real documents: fifth test set, collected at the start of round "
                                   "three by a session that never ran the tool, scored midway"),
                         ("test6", "Real documents: sixth test set, collected midway through round "
                                   "three by a session that never ran the tool, scored midway"),
                         ("test7", "Real documents: seventh test set, from sites not used before, "
                                   "collected during round three, scored once at its end"),
                         ("test8", "Real documents: eighth test set, from sites not used before, "
                                   "collected in round four, scored once after its first changes"),
                         ("test9", "Real documents: ninth test set, from sites not used before, "
                                   "collected in round four, scored once at the end of its changes"),
                         ("test10", "Real documents: tenth test set, from sites not used before, "
                                    "collected in round four, scored once after test8 and test9 "
                                    "were worked on"),
                         ("test11", "Real documents: eleventh test set, from sites not used before, "
                                    "collected in round four, scored once after test10 was "
                                    "worked on"),
                         ("test12", "Real documents: twelfth test set, from sites not used before, "
                                    "collected in round five, scored once as it began"),
                         ("test13", "Real documents: thirteenth test set, from sites not used "
                                    "before, collected in round five, scored once as it began"),
                         ("test14", "Real documents: fourteenth test set, from sites not used "
                                    "before, collected in round five, scored once at its end"),
                         ("test15", "Real documents: fifteenth test set, from sites not used "
                                    "before, collected in round five, scored once at its end"),
                         ("test16", "Real documents: sixteenth test set, from sites not used "
                                    "before, collected in round six, scored once midway"),
                         ("test17", "Real documents: seventeenth test set, from sites not used "
                                    "before, collected in round six, scored once midway"),
                         ("test18", "Real documents: eighteenth test set, from sites not used "
                                    "before, collected in round six, scored once after test14-"
                                    "test17 were worked on"),
                         ("test19", "Real documents: nineteenth test set, from sites not used "
                                    "before, collected in round six, scored once after test14-"
                                    "test17 were worked on"),
                         ("test20", "Real documents: twentieth test set, from sites not used "
                                    "before, collected in round seven, scored once as it began"),
                         ("test21", "Real documents: twenty-first test set, from sites not used "
                                    "before, collected in round seven, scored once as it began"),
                         ("test22", "Real documents: twenty-second test set, from sites not used "
                                    "before, collected in round seven, scored once after test20-"
                                    "test21 were worked on"),
                         ("test23", "Real documents: twenty-third test set, from sites not used "
                                    "before, collected in round seven, scored once after test20-"
                                    "test21 were worked on"),
                         ("test24", "Real documents: twenty-fourth test set, from sites not used "
                                    "before, collected in round eight, scored once as it began"),
                         ("test25", "Real documents: twenty-fifth test set, from sites not used "
                                    "before, collected in round eight, scored once as it began"),
                         ("test26", "Real documents: twenty-sixth test set, from sites not used "
                                    "before, collected in round eight, scored once at its end"),
                         ("test27", "Real documents: twenty-seventh test set, from sites not used "
                                    "before, collected in round eight, scored once at its end")):
        chosen = realdocs.golds(split)
        if not chosen:
            continue  # a set not collected in this checkout
        by_kind, _ = realdocs.evaluate(chosen, details=False)
        print(realdocs.table(by_kind, title))
        missing = [g.id for g in chosen if realdocs.document(g) is None]
        if missing:
            print(f"\n(not scored, text not in this checkout: {', '.join(missing)})")
        print()
    print("Own annotated texts (regression guard)\n")
    total_tp = total_fp = total_fn = 0
    print("| documents | gold | found | correct | precision | recall |\n|---|---:|---:|---:|---:|---:|")
    details = []
    for name, paths, gold_path in corpora():
        expected, got = gold(gold_path), found(paths)
        tp, fp, fn = len(expected & got), len(got - expected), len(expected - got)
        total_tp, total_fp, total_fn = total_tp + tp, total_fp + fp, total_fn + fn
        print(f"| {name} | {len(expected)} | {len(got)} | {tp} | {tp / max(1, tp + fp):.0%} | "
              f"{tp / max(1, tp + fn):.0%} |")
        details += [f"  {name}: missed {pair}" for pair in sorted(expected - got)]
        details += [f"  {name}: wrong  {pair}" for pair in sorted(got - expected)]
    print(f"| all | {total_tp + total_fn} | {total_tp + total_fp} | {total_tp} | "
          f"{total_tp / max(1, total_tp + total_fp):.0%} | {total_tp / max(1, total_tp + total_fn):.0%} |")
    print("\n" + "\n".join(details) if details else "")


if __name__ == "__main__":
    main()
