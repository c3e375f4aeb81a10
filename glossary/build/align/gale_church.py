"""Sentence alignment of two blocks: Gale & Church (1993) length model plus lexical anchors.

Each bead joins 0–2 sentences of one side to 0–2 of the other.  Its cost is
- the Gale–Church length cost: how unlikely the two lengths are as translations, given the
  ratio of the two blocks' total lengths (so zh ↔ en, whose characters differ about
  threefold, needs no table) and a variance proportional to length;
- minus a reward for shared anchors (``anchors.similarity``), which is what keeps the
  alignment on track when sentences of similar length are reordered or a title has no
  counterpart;
- plus the bead type's prior (1:1 is by far the most common).
Dynamic programming finds the cheapest path, in a band around the diagonal so that a long
document costs time linear in its length.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

Bead = tuple[tuple[int, ...], tuple[int, ...]]  # sentence indexes on each side

# -log prior of each bead type (Gale & Church's estimates; 2:2 rare).
_MOVES = {
    (1, 1): -math.log(0.89),
    (1, 0): -math.log(0.0099 / 2), (0, 1): -math.log(0.0099 / 2),
    (2, 1): -math.log(0.089 / 2), (1, 2): -math.log(0.089 / 2),
    (2, 2): -math.log(0.011),
}
_VARIANCE = 6.8  # per character, from Gale & Church
ANCHOR_WEIGHT = 6.0
SKIP = 3.0  # a fully shared sentence is worth this much -log probability


def align(left: Sequence[int], right: Sequence[int],
          similarity: Callable[[tuple[int, ...], tuple[int, ...]], float] | None = None,
          left_starts: frozenset[int] = frozenset(), right_starts: frozenset[int] = frozenset(),
          ) -> list[Bead]:
    """Align sentences given by their lengths; `similarity(left_ids, right_ids)` scores 0–1.
    `*_starts`: sentences that start a paragraph; a bead never joins two paragraphs
    (translators keep paragraphs, and a title merged into the first sentence is wrong)."""
    n, m = len(left), len(right)
    if not n or not m:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    ratio = (sum(right) or 1) / (sum(left) or 1)
    # The band follows the diagonal of the two lengths, so it only has to hold local
    # detours (a few sentences left out or merged), not the difference in counts.
    band = 10 + max(n, m) // 50
    inf = float("inf")
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        centre = i * m / n
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            if (i, j) == (0, 0):
                continue
            best, step = inf, None
            for (di, dj), prior in _MOVES.items():
                before = cost.get((i - di, j - dj))
                if before is None:
                    continue
                if (di == 2 and i - 1 in left_starts) or (dj == 2 and j - 1 in right_starts):
                    continue
                ids = (tuple(range(i - di, i)), tuple(range(j - dj, j)))
                total = before + prior + _length_cost(
                    sum(left[k] for k in ids[0]), sum(right[k] for k in ids[1]), ratio)
                if di and dj and similarity is not None and total - ANCHOR_WEIGHT < best:
                    # (similarity is at most 1: a bead that cannot win is not scored)
                    total -= ANCHOR_WEIGHT * similarity(*ids)
                if total < best:
                    best, step = total, (di, dj)
            if step is not None:
                cost[i, j] = best
                back[i, j] = step
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        di, dj = back[i, j]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return beads[::-1]


def _length_cost(left: int, right: int, ratio: float) -> float:
    """-log P(lengths match), two-tailed, as in Gale & Church."""
    if not left or not right:
        # A sentence the other side left out: a fixed cost, as in hunalign.  Its length
        # says nothing about a translation that does not exist, and Gale & Church's length
        # cost for it is so high that a wrong 2:1 merge is cheaper.
        return SKIP
    mean = (left + right / ratio) / 2
    delta = (right - left * ratio) / math.sqrt(max(mean, 1.0) * _VARIANCE * ratio)
    tail = math.erfc(abs(delta) / math.sqrt(2))  # 2 * (1 - Φ(|δ|))
    return -math.log(max(tail, 1e-12))
