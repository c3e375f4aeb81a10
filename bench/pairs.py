"""Every pair a build writes from every real document at hand, saved, and two such dumps
compared: how an extraction change is measured before it is kept.

    python -m bench.pairs dump OUT.json            # ~15 s for 500 documents on 2 cores
    python -m bench.pairs compare BEFORE.json AFTER.json [--hide test102 test103]
    python -m bench.pairs score DUMP.json test104 test105

A dump holds each pair as the scorer keys it (Simplified Chinese, the language, the
rendering folded: "socialmanagementsystem"), not as the build wrote it.  ``compare`` prints,
per document, each pair one dump has and the other lacks, marked by the
gold (``+`` right, ``-`` wrong, ``*`` a core pair), then the totals of right, wrong and core
pairs in each dump.  ``--hide`` leaves the named splits out, listing and totals (the sets
nobody may read before they are scored).  A change is kept when it
gains right pairs for few wrong ones across every document, not on the one it was written
from.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.realdocs import Gold, built_pairs, document, golds, pair_key
from glossary.errors import GlossaryError


def _pairs_of(path: str) -> list[list[str]]:
    try:
        return sorted(list(p) for p in built_pairs(Path(path)))
    except GlossaryError:  # a refused document writes nothing, as in realdocs
        return []


def dump(out: Path, workers: int = 2) -> int:
    at_hand = {g.id: str(path) for g in golds("all") if (path := document(g)) is not None}
    with ProcessPoolExecutor(workers) as pool:
        found = dict(zip(at_hand, pool.map(_pairs_of, at_hand.values(), chunksize=4)))
    out.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
    return len(found)


def _mark(gold: Gold, pair: tuple[str, str, str]) -> str:
    if pair in gold.core:
        return "*"
    return "+" if pair in gold.ok else "-"


def totals(found: dict[str, list[list[str]]], by_id: dict[str, Gold]) -> tuple[int, int, int]:
    right = wrong = core = 0
    for doc, pairs in found.items():
        gold = by_id[doc]
        for pair in map(tuple, pairs):
            hit = pair in gold.core or pair in gold.ok
            right, wrong = right + hit, wrong + (not hit)
            core += pair in gold.core
    return right, wrong, core


def compare(before: Path, after: Path, hide: set[str]) -> str:
    by_id = {g.id: g for g in golds("all")}
    # (a document whose gold was withdrawn since, as a copy of an earlier one, is left out)
    a = {doc: pairs for doc, pairs in json.loads(before.read_text(encoding="utf-8")).items()
         if doc in by_id}
    b = {doc: pairs for doc, pairs in json.loads(after.read_text(encoding="utf-8")).items()
         if doc in by_id}
    lines = []
    for doc in sorted(set(a) | set(b)):
        gold = by_id[doc]
        if gold.split in hide:
            continue
        old = {pair_key(*p) for p in a.get(doc, [])}
        new = {pair_key(*p) for p in b.get(doc, [])}
        lines += [f"{doc}  lost {_mark(gold, p)} {p}" for p in sorted(old - new)]
        lines += [f"{doc}  new  {_mark(gold, p)} {p}" for p in sorted(new - old)]
    for name, found in (("before", a), ("after", b)):
        shown = {doc: pairs for doc, pairs in found.items() if by_id[doc].split not in hide}
        right, wrong, core = totals(shown, by_id)
        lines.append(f"{name}: {right} right, {wrong} wrong, {core} core hits "
                     f"({len(shown)} documents)")
    return "\n".join(lines)


def score(dump_path: Path, splits: list[str]) -> str:
    """Precision and recall of each split as the dump found it, against the gold as it
    stands (a set scored at a part's start, then judged, is scored again from its dump)."""
    found = json.loads(dump_path.read_text(encoding="utf-8"))
    lines = []
    for split in splits:
        right = core = wrote = wanted = 0
        for gold in golds(split):
            got = {pair_key(*p) for p in found.get(gold.id, [])}
            wrote, wanted = wrote + len(got), wanted + len(gold.core)
            right += len(got & (gold.core | gold.ok))
            core += len(got & gold.core)
        lines.append(f"{split}: {right / max(wrote, 1):.0%} / {core / max(wanted, 1):.0%} "
                     f"({right} of {wrote} pairs right, {core} of {wanted} core pairs)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("dump").add_argument("out", type=Path)
    cmp = verbs.add_parser("compare")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    cmp.add_argument("--hide", nargs="*", default=[], metavar="SPLIT")
    scoring = verbs.add_parser("score")
    scoring.add_argument("dump", type=Path)
    scoring.add_argument("splits", nargs="+", metavar="SPLIT")
    args = parser.parse_args(argv)
    if args.verb == "dump":
        print(f"{dump(args.out)} documents dumped to {args.out}", file=sys.stderr)
    elif args.verb == "score":
        print(score(args.dump, args.splits))
    else:
        print(compare(args.before, args.after, set(args.hide)))


if __name__ == "__main__":
    main()
