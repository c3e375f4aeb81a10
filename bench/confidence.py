"""The pair-confidence model (glossary.build.confidence): how well it ranks right pairs above
wrong ones on real documents, beside the extractor's prior and the scorer's evidence, and
training it.

    python -m bench.confidence [--hold test12,test13] [--write]

Every pair the rules keep in the documents of bench/real (gold and texts present) is a sample,
right when the gold lists it (core or ok).  Each split is rated by a model trained on the
other splits (leave one split out), so no split is rated by a model that saw it; ``--hold``
also trains one model without the named splits and rates those.  The table gives the ranking
AUC (the chance a right pair is rated above a wrong one; 0.5 is a coin) of the model, the
prior and the evidence, and the share of right pairs among those the model rates below
``merge.LOW_CONFIDENCE`` (sent to review) and at or above it.

``--write`` trains on every split but the held ones and writes glossary/data/confidence.json
(the trees).  Needs
scikit-learn (``pip install -e '.[train]'``); the build itself only reads the weights.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench import realdocs
from glossary.errors import GlossaryError

FLOORS = (0, 0.5, 0.6, 0.7, 0.8)
OUT = Path(__file__).resolve().parents[1] / "glossary" / "data" / "confidence.json"


def samples() -> list[tuple[str, dict[str, float], bool, float, float]]:
    """(split, features, right, prior, evidence) for every pair the rules keep."""
    from glossary.build import confidence
    from glossary.build.documents import read_document
    from glossary.build.extract import extract
    from glossary.build.scorer import judge_all

    found = []
    for gold in realdocs.golds("all"):
        path = realdocs.document(gold)
        if path is None:
            continue
        good = gold.core | gold.ok
        try:
            decisions = judge_all(extract([read_document(path)]), rate=False)
        except GlossaryError:  # a document the build refuses (.xsl) writes nothing, as in realdocs
            continue
        seen = confidence.survey(decisions)
        for decision in decisions:
            if not decision.verdict.keep:
                continue
            evidence = decision.candidate.evidence
            for pair in decision.pairs:
                # a rendering aligned through the English takes the English's rating
                if pair.zh and pair.verdict.keep and not confidence.through_english(pair):
                    values = confidence.features(pair, evidence.extractor,
                                                 confidence.prior(decision.candidate, pair),
                                                 evidence.file, seen)
                    right = realdocs.pair_key(pair.zh, pair.lang, pair.text) in good
                    found.append((gold.split, values, right, evidence.confidence,
                                  pair.verdict.score))
    return found


def train(rows: list[tuple[str, dict[str, float], bool, float, float]]) -> dict[str, Any]:
    """Gradient-boosted trees on the samples, as the plain data confidence.probability walks
    (checked against scikit-learn's own prediction for every sample)."""
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    from glossary.build.confidence import forest, probability

    vectorizer = DictVectorizer(sparse=False)
    matrix = vectorizer.fit_transform([values for _, values, *_ in rows])
    right = np.array([r[2] for r in rows])
    fitted = GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_leaf_nodes=8,
                                        min_samples_leaf=20, random_state=0).fit(matrix, right)
    share = right.mean()
    trees = []
    for (estimator,) in fitted.estimators_:
        tree = estimator.tree_
        trees.append({"left": tree.children_left.tolist(), "right": tree.children_right.tolist(),
                      "feature": [max(f, 0) for f in tree.feature.tolist()],
                      "threshold": tree.threshold.tolist(),
                      "value": [float(v[0][0]) for v in tree.value]})
    made = {"base": float(np.log(share / (1 - share))), "rate": fitted.learning_rate,
            "features": list(vectorizer.get_feature_names_out()), "trees": trees,
            "trained_on": {"pairs": len(rows), "right": int(right.sum()),
                           "splits": sorted({r[0] for r in rows})}}
    expected = fitted.predict_proba(matrix)[:, 1]
    ready = forest(made)
    walked = [probability(values, ready) for _, values, *_ in rows]
    assert np.allclose(walked, expected, atol=1e-9), "the exported trees disagree with sklearn"
    return made


def auc(scores: list[float], right: list[bool]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(right, scores)) if 0 < sum(right) < len(right) else float("nan")


def rated_by(model: dict[str, Any], rows: list[Any]) -> list[float]:
    """Each sample's probability under `model` (the trees train() returns)."""
    from glossary.build.confidence import forest, probability

    ready = forest(model)
    return [probability(values, ready) for _, values, *_ in rows]


def row(name: str, rows: list[tuple[str, dict[str, float], bool, float, float]],
        rated: list[float]) -> str:
    """A table row for these samples, rated so by the model."""
    from glossary.build.merge import LOW_CONFIDENCE

    right = [r[2] for r in rows]
    low = [ok for p, ok in zip(rated, right) if p < LOW_CONFIDENCE]
    high = [ok for p, ok in zip(rated, right) if p >= LOW_CONFIDENCE]
    def share(xs):
        return (f"{sum(xs) / len(xs):.0%} of {len(xs)}" if xs else "–")
    return (f"| {name} | {len(rows)} | {sum(right) / len(rows):.0%} | "
            f"**{auc(rated, right):.2f}** | {auc([r[3] for r in rows], right):.2f} | "
            f"{auc([r[4] for r in rows], right):.2f} | {share(low)} | {share(high)} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", default="", help="splits to train without and rate, a,b")
    parser.add_argument("--write", action="store_true", help=f"train on all but --hold and write {OUT.name}")
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("(not measured: training needs scikit-learn: pip install -e '.[train]')")
        return
    rows = samples()
    by_split: dict[str, list[Any]] = defaultdict(list)
    for sample in rows:
        by_split[sample[0]].append(sample)
    print("| split (rated by a model trained without it) | pairs kept | right | AUC model | "
          "AUC prior | AUC evidence | right, sent to review | right, admitted |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|")
    rated: list[tuple[float, bool]] = []
    pooled: list[Any] = []
    for split in realdocs.splits():
        if by_split[split]:
            scores = rated_by(train([r for r in rows if r[0] != split]), by_split[split])
            print(row(split, by_split[split], scores))
            rated += [(p, sample[2]) for p, sample in zip(scores, by_split[split])]
            pooled += by_split[split]
    held = [s for s in args.hold.split(",") if s]
    if held:
        chosen = [r for r in rows if r[0] in held]
        print(row(f"{'+'.join(held)}, trained without them", chosen,
                  rated_by(train([r for r in rows if r[0] not in held]), chosen)))
    print(f"| every split, each rated by a model trained without it | {len(rated)} | "
          f"{sum(r for _, r in rated) / len(rated):.0%} | **{auc([p for p, _ in rated], [r for _, r in rated]):.2f}** "
          f"| {auc([r[3] for r in pooled], [r[2] for r in pooled]):.2f} | "
          f"{auc([r[4] for r in pooled], [r[2] for r in pooled]):.2f} | | |")
    print("\n`build --min-confidence P` on every split, each rated by the model trained without "
          "it:\n\n| P | pairs kept | right | right pairs lost |\n|---:|---:|---:|---:|")
    everything = sum(right for _, right in rated)
    for floor in FLOORS:
        kept = [right for p, right in rated if p >= floor]
        print(f"| {floor:g} | {len(kept)} | {sum(kept) / len(kept):.1%} | "
              f"{1 - sum(kept) / everything:.1%} |")
    if args.write:  # (without the held splits: they stay a set the shipped model never saw)
        kept = [r for r in rows if r[0] not in held]
        OUT.write_text(json.dumps(train(kept), sort_keys=True, separators=(",", ":")) + "\n",
                       encoding="utf-8")
        print(f"\nwrote {OUT}")


if __name__ == "__main__":
    main()
