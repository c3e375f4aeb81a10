"""The passages of bench/alignment.py as a regression guard: the closing note quotes that
script's table; this keeps the numbers from sliding unnoticed."""

from bench import alignment


def test_seed_002_core_terms_and_wrong_renderings():
    (seed,) = [p for p in alignment.passages() if p.name == "seed_002"]
    result = alignment.score(seed)
    right, core = result.core
    assert right / core >= 0.8  # the bar
    assert len(result.wrong) / result.entries < 0.2


def test_sentence_alignment_on_every_passage():
    correct = total = 0
    for passage in alignment.passages():
        for ok, gold in alignment.score(passage).sentences.values():
            correct, total = correct + ok, total + gold
    assert correct / total >= 0.95


def test_gold_files_match_their_passages():
    """Every gold bead's text is really in the passage (a typo in the gold would make a
    bead impossible to find and the score meaningless)."""
    for passage in alignment.passages():
        text = " ".join(" ".join(p.text for p in d.paragraphs) for d in passage.documents())
        flat = text.replace(" ", "")
        for _, english, other in alignment.gold_beads(passage):
            for side in (english, other):
                assert side.replace(" ", "") in flat
