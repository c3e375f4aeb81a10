"""The annotated documents of bench/extraction.py as a regression guard: the closing note
quotes that script's table; this keeps the numbers from sliding unnoticed."""

from bench import extraction


def test_seeds_give_every_gloss_exactly():
    (seeds,) = [c for c in extraction.corpora() if c[0].startswith("seeds")]
    _, paths, gold_path = seeds
    assert extraction.found(paths) == extraction.gold(gold_path)


def test_precision_and_recall_on_annotated_documents():
    tp = fp = fn = 0
    for _, paths, gold_path in extraction.corpora():
        expected, got = extraction.gold(gold_path), extraction.found(paths)
        tp, fp, fn = tp + len(expected & got), fp + len(got - expected), fn + len(expected - got)
    assert tp / (tp + fp) >= 0.9 and tp / (tp + fn) >= 0.9
