import random
from collections import Counter

from glossary.build import merge as merging
from glossary.build.merge import SHARED_RENDERING, merge
from glossary.model import Candidate, CandidateTerm, Concept, Evidence, Status, TermType
from tests.build import before_streaming


def candidate(*terms, line=1, confidence=0.9):
    return Candidate(tuple(CandidateTerm(*t) for t in terms),
                     Evidence("d.txt", line, "context", "test", confidence))


def test_traditional_and_simplified_are_one_concept():
    concepts = merge([candidate(("枫桥经验", "zh-Hans"), ("Fengqiao Model", "en"), line=1),
                      candidate(("楓橋經驗", "zh-Hans"), ("Fengqiao model", "en"), line=2)])
    (concept,) = concepts
    assert {(t.lang, t.text) for t in concept.terms} == {
        ("zh-Hans", "枫桥经验"), ("zh-Hant", "楓橋經驗"), ("en", "Fengqiao Model")}
    english = concept.terms_in("en")[0]
    assert len(english.evidence) == 2


def test_acronym_joins_full_form_and_chinese():
    concepts = merge([
        candidate(("Communist Party of China", "en"), ("CPC", "en", TermType.ACRONYM), line=1),
        candidate(("中国共产党", "zh-Hans"), ("CPC", "en", TermType.ACRONYM), line=5),
    ])
    (concept,) = concepts
    assert sorted(t.text for t in concept.terms) == ["CPC", "Communist Party of China", "中国共产党"]


def test_different_chinese_never_merge_through_shared_english():
    concepts = merge([candidate(("社会工作", "zh-Hans"), ("social work", "en"), line=1),
                      candidate(("社工", "zh-Hans"), ("social work", "en"), line=2)])
    assert len(concepts) == 2
    for concept in concepts:
        assert all(SHARED_RENDERING in t.flags for t in concept.terms)
        assert all(t.status is Status.NEEDS_REVIEW for t in concept.terms)


def test_low_confidence_needs_review_and_ids_are_stable():
    first = merge([candidate(("枫桥经验", "zh-Hans"), ("Fengqiao Model", "en"), confidence=0.3)])
    again = merge([candidate(("枫桥经验", "zh-Hans"), ("Fengqiao Model", "en"), line=9)])
    assert first[0].id == again[0].id
    assert first[0].terms[0].status is Status.NEEDS_REVIEW
    assert again[0].terms[0].status is Status.ADMITTED


def _definition(long_form, acronym, lang, file="a.txt"):
    from glossary.model import Candidate, CandidateTerm, Evidence, TermType

    return Candidate((CandidateTerm(long_form, lang), CandidateTerm(acronym, lang, TermType.ACRONYM)),
                     Evidence(file, 1, "…", "acronym", 0.9))


def test_translated_acronyms_join_one_concept():
    from glossary.build.merge import merge, translated_acronyms

    candidates = [_definition("Communist Party of China", "CPC", "en"),
                  _definition("Parti communiste chinois", "PCC", "fr"),
                  _definition("Partido Comunista de China", "PCC", "es"),
                  _definition("Parti communiste chinois", "PCC", "fr", file="other.txt"),
                  _definition("Comité permanent du Politburo", "CPP", "fr"),
                  _definition("Central Committee", "CC", "en")]
    assert translated_acronyms(candidates) == [(0, 1), (0, 2), (1, 2)]
    concepts = merge(candidates)
    joined = next(c for c in concepts if c.terms_in("es"))
    assert {t.text for t in joined.terms} == {"Communist Party of China", "CPC",
                                               "Parti communiste chinois", "PCC",
                                               "Partido Comunista de China"}


# --- the streaming merge: sums of any split, combined in any tree, join as the serial merge --


_CHINESE = ["中国", "中國", "中共", "社会工作", "社工", "社會工作", "共产党"]
_OTHER = [("China", "en"), ("china", "en"), ("CPC", "en"), ("social work", "en"),
          ("Social Work", "en-GB"), ("Chine", "fr"), ("PCC", "fr"), ("Parti communiste chinois", "fr"),
          ("Communist Party of China", "en"), ("trabajo social", "es")]


def _random_candidates(rng: random.Random, count: int) -> list[Candidate]:
    found = []
    for index in range(count):
        terms = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.45:
                text = rng.choice(_CHINESE)
                terms.append(CandidateTerm(text, rng.choice(["zh-Hans", "zh-Hant", "zh"])))
            else:
                text, lang = rng.choice(_OTHER)
                kind = TermType.ACRONYM if text.isupper() else rng.choice(
                    [TermType.FULL_FORM, TermType.FULL_FORM, TermType.SHORT_FORM])
                own = (Evidence(f"d{rng.randint(0, 2)}.txt", rng.randint(1, 9), "own", "parallel",
                                rng.choice([0.5, 0.9])) if rng.random() < 0.2 else None)
                terms.append(CandidateTerm(text, lang, kind, own))
        extractor = rng.choice(["acronym", "inline", "zh-first"])
        found.append(Candidate(tuple(terms), Evidence(
            f"d{rng.randint(0, 2)}.txt", rng.randint(1, 9), f"context {index % 4}", extractor,
            rng.choice([0.3, 0.7, 0.9])), flags=tuple(rng.sample(["a", "b"], rng.randint(0, 1))),
            notes=tuple(rng.sample(["n1", "n2"], rng.randint(0, 1)))))
    return found


def _tree_merge(rng: random.Random, found: list[Candidate]) -> list[Concept]:
    """Cut the candidates into runs (tasks), sum each, combine the sums in a random tree."""
    from glossary.build.spill import Spill

    cuts = sorted(rng.sample(range(1, len(found)), min(len(found) - 1, rng.randint(0, 6))))
    runs = [found[a:b] for a, b in zip([0, *cuts], [*cuts, len(found)])]
    with Spill() as spill:
        sums = []
        for number, run in enumerate(runs):
            sums.append(merging.partial([((0, number, n), c) for n, c in enumerate(run)]))
            spill.add(merging.evidence_rows(run))
        while len(sums) > 2:
            i = rng.randrange(len(sums) - 1)
            a, b = sums[i], sums[i + 1]
            sums[i:i + 2] = [merging.combine(*((a, b) if rng.random() < 0.5 else (b, a)))]
        for total in sums:  # the last two added to the spill one after the other
            spill.absorb(total)
        return list(merging.concepts(spill))


def test_any_tree_of_sums_merges_as_the_before_streaming():
    """The serial merge joins candidates one by one; the streaming merge joins sums of runs
    of them, combined in any order.  On random corpora full of conflicts (two Chinese keys
    sharing a rendering, candidates with two Chinese terms), every tree gives the same
    concepts, and those of the serial merge, except where it wrote several concepts with one
    id (see the next test): there the sums may join some of them, with the same terms."""
    rng = random.Random(18)
    identical = 0
    for _ in range(400):
        found = _random_candidates(rng, rng.randint(1, 25))
        expected, got = before_streaming.merge(found), merge(found)
        assert _tree_merge(rng, found) == got
        ids = Counter(c.id for c in expected)
        twice = {i for i, n in ids.items() if n > 1}
        assert [c for c in got if c.id not in twice] == [c for c in expected if c.id not in twice]
        for identity in twice:
            mine = [c for c in got if c.id == identity]
            assert 1 <= len(mine) <= ids[identity]
            assert ({(t.lang, t.text) for c in mine for t in c.terms}
                    == {(t.lang, t.text) for c in expected if c.id == identity for t in c.terms})
        identical += got == expected
    assert identical > 300


def test_a_candidate_met_again_joins_where_its_first_went():
    """The serial merge made a candidate that every group refused (a conflict on each of its
    keys) a concept of its own, and the same candidate met again another, with the same id
    (of which a build wrote only the last).  The sums make them one concept, with both
    occurrences; nothing else changes."""
    def candidate(line, *terms):
        return Candidate(tuple(CandidateTerm(*t) for t in terms),
                         Evidence("a.txt", line, "c", "test", 0.9))

    found = [candidate(1, ("西班牙", "zh-Hans"), ("China", "en")),  # owns "china"
             candidate(2, ("美国", "zh-Hans"), ("中国", "zh-Hans")),  # owns 中国, keyed 美国
             candidate(3, ("China", "en"), ("中国", "zh-Hans")),  # refused by both
             candidate(4, ("China", "en"), ("中国", "zh-Hans"))]  # the same again
    before, after = before_streaming.merge(found), merge(found)
    lines = [[[e.line for e in t.evidence] for t in c.terms] for c in before]
    assert lines == [[[2], [2]], [[3], [3]], [[4], [4]], [[1], [1]]]
    assert len({c.id for c in before[:3]}) == 1  # three concepts, one id
    assert [[[e.line for e in t.evidence] for t in c.terms] for c in after] == [
        [[2], [2]], [[3, 4], [3, 4]], [[1], [1]]]
    assert after[0] == before[0] and after[2] == before[3]
