"""A term's sample and counts taken in SQL are those termbase.evidence takes in memory."""

import random

import pytest

from glossary.build.spill import Spill
from glossary.model import Evidence, Term
from glossary.termbase.evidence import most_informative

_SENTENCES = ["The National Work Conference (NWC) met.", "the  national work conference (nwc) MET.",
              "NWC again", "", "Nothing of the term here.", "Une phrase française sur la NWC.",
              "A much longer sentence that names the National Work Conference (NWC) once more."]


def _hot_term(rng: random.Random, count: int) -> list[Evidence]:
    """Occurrences of one term with every kind of tie: repeated sentences (also differing by
    case and spaces), empty contexts, two extractors at one place, equal confidences."""
    found = []
    for _ in range(count):
        file = f"copy{rng.randrange(12):02d}/doc{rng.randrange(3)}.txt" if rng.random() > 0.05 else ""
        context = rng.choice(_SENTENCES) + (f" {rng.randrange(30)}" if rng.random() < 0.3 else "")
        found.append(Evidence(file, rng.randrange(1, 40), context,
                              rng.choice(["inline", "acronym"]), rng.choice([0.85, 0.9, 0.6])))
    return found


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("limit", [0, 1, 3, 7])
def test_a_sample_in_sql_is_the_sample_in_memory(seed, limit):
    rng = random.Random(seed)
    found = _hot_term(rng, rng.choice([5, 40, 400]))
    text = rng.choice(["National Work Conference", "NWC", "nwc"])
    with Spill() as spill:
        # The term's occurrences in two entries (repeats included), and another term's beside.
        spill.add([(rng.choice(["e1", "e2"]), "s", e) for e in found + found[:7]])
        spill.add([("e1", "other", e) for e in _hot_term(rng, 30)])
        taken = spill.sample("c1", Term(text, "en"), ["e1", "e2"], "s", limit)
        distinct = sorted(set(found))
        if len(distinct) <= limit:
            assert taken is None
            return
        assert taken is not None
        assert taken.shown == most_informative(distinct, limit, text)
        whole = Term(text, "en", evidence=tuple(distinct))
        assert (taken.occurrences, taken.documents) == whole.counts()
        assert (taken.distinct, taken.confidence) == (len(distinct), whole.confidence)
        # Every occurrence, for evidence.tsv: as the term held them.
        every = spill.every("c1", Term(text, "en"))
        assert every is not None and list(every) == distinct
        assert spill.every("c1", Term("other", "en")) is None


def test_a_term_seen_a_few_times_keeps_all_its_evidence():
    with Spill() as spill:
        one = [Evidence("a.txt", line, "NWC", "inline", 0.9) for line in (1, 2, 3)]
        spill.add([("e1", "s", e) for e in one + one])
        assert spill.sample("c1", Term("NWC", "en"), ["e1"], "s", 3) is None
        assert spill.every("c1", Term("NWC", "en")) is None
