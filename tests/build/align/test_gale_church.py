from glossary.build.align.gale_church import align


def test_equal_lengths_align_one_to_one():
    assert align([10, 20, 30], [11, 19, 31]) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_a_sentence_split_in_two_is_a_one_to_two_bead():
    assert align([40, 100, 40], [40, 50, 50, 40]) == [
        ((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


def test_merges_never_cross_a_paragraph():
    # Lengths alone would join 1 and 2; they are in different paragraphs on the right.
    beads = align([40, 100, 40], [40, 50, 50, 40], right_starts=frozenset({0, 2}))
    assert ((1,), (1, 2)) not in beads


def test_anchors_override_lengths():
    # Same lengths, but the anchors say the right side lost its first sentence.
    shared = {((1,), (0,)), ((2,), (1,))}

    def similarity(left, right):
        return 1.0 if (left, right) in shared else 0.0

    assert align([50, 50, 50], [50, 50], similarity) == [
        ((0,), ()), ((1,), (0,)), ((2,), (1,))]


def test_an_empty_side():
    assert align([10, 20], []) == [((0,), ()), ((1,), ())]
