import math

from glossary.build import confidence
from glossary.build.scorer import THROUGH_ENGLISH, Decision, Pair, Verdict, judge_all
from glossary.model import Candidate, CandidateTerm, Evidence


def _candidate(zh, text, extractor="inline", prior=0.8, lang="en", file="doc.txt", line=1):
    return Candidate((CandidateTerm(zh, "zh-Hans"), CandidateTerm(text, lang)),
                     Evidence(file, line, f"{text} ({zh})", extractor, prior))


def test_every_feature_the_trees_split_on_is_one_the_build_computes():
    """The shipped trees name their features; a renamed feature would silently read as 0."""
    pair = Pair("全面从严治党", "en", "full and rigorous Party self-governance",
                Verdict(True, 0.8))
    candidate = _candidate(pair.zh, pair.text)
    seen = confidence.survey([Decision(candidate, Verdict(True, 0.8), (pair,))])
    computed = set(confidence.features(pair, "inline", 0.8, "doc.txt", seen))
    trees = confidence.model()
    named = set(trees["features"])
    one_hot = {name for name in named if name.startswith(("extractor=", "lang="))}
    assert named - one_hot == {n for n in computed if not n.startswith(("extractor=", "lang="))}
    assert "extractor=inline" in named and "lang=en" in named
    used = {trees["features"][f] for tree in trees["trees"]
            for f, left in zip(tree["feature"], tree["left"]) if left >= 0}
    assert used <= named and len(used) > 10


def test_probability_walks_each_tree_to_its_leaf():
    # one stump on "a" (a <= 0.5: -1, else +1) and one on "b" (b <= 2: 0, else +2)
    stump = {"left": [1, -1, -1], "right": [2, -1, -1], "threshold": [0.5, -2.0, -2.0]}
    trees = confidence.forest({"base": 0.25, "rate": 0.5, "features": ["a", "b"], "trees": [
        {**stump, "feature": [0, 0, 0], "value": [0.0, -1.0, 1.0]},
        {**stump, "feature": [1, 0, 0], "threshold": [2.0, -2.0, -2.0], "value": [0.0, 0.0, 2.0]}]})

    def expected(total):
        return 1 / (1 + math.exp(-total))

    assert math.isclose(confidence.probability({"a": 0.2}, trees), expected(0.25 - 0.5))
    assert math.isclose(confidence.probability({"a": 0.9, "b": 3.0}, trees),
                        expected(0.25 + 0.5 * (1 + 2)))
    assert math.isclose(confidence.probability({"b": 2.0, "unknown": 9.0}, trees),
                        expected(0.25 - 0.5))


def test_a_linked_gloss_is_rated_above_a_neighbour_nothing_links():
    good, bad = judge_all([
        _candidate("全面从严治党", "full and rigorous Party self-governance", "inline", 0.8),
        _candidate("社会治理", "Potala Palace", "adjacent", 0.65, line=2),
    ] + [_candidate("共同富裕", "common prosperity", "inline", 0.8, line=3)])[:2]
    assert good.verdict.keep
    rated = good.pairs[0].verdict.confidence
    assert rated is not None and 0.5 < rated < 1
    # the scorer drops a pair nothing links; it is not rated, and keeps its prior
    assert not bad.verdict.keep and bad.pairs[0].verdict.confidence is None
    assert bad.candidate.terms[1].evidence is None


def test_rated_terms_carry_their_pair_confidence_and_the_chinese_its_best():
    decision = judge_all([_candidate("共同富裕", "common prosperity")])[0]
    rated = decision.pairs[0].verdict.confidence
    chinese, english = decision.candidate.terms
    assert english.evidence is not None and english.evidence.confidence == rated
    assert chinese.evidence is not None and chinese.evidence.confidence == rated
    # the candidate keeps the extractor's prior (the --explain report's "prior")
    assert decision.candidate.evidence.confidence == 0.8


def test_training_sees_the_rules_alone():
    decision = judge_all([_candidate("共同富裕", "common prosperity")], rate=False)[0]
    assert decision.pairs[0].verdict.confidence is None
    assert all(t.evidence is None for t in decision.candidate.terms)


def test_a_rendering_aligned_through_the_english_is_no_surer_than_the_english_or_its_line():
    evidence = Evidence("doc.txt", 1, "…", "parallel", 0.7)
    french_line = Evidence("doc.fr.txt", 1, "…", "parallel", 0.55)
    candidate = Candidate((CandidateTerm("共同富裕", "zh-Hans"),
                           CandidateTerm("common prosperity", "en"),
                           CandidateTerm("prospérité commune", "fr", evidence=french_line)),
                          evidence)
    english = Pair("共同富裕", "en", "common prosperity", Verdict(True, 1.0))
    french = Pair("共同富裕", "fr", "prospérité commune", Verdict(True, 0.5, (THROUGH_ENGLISH,)))
    decision = confidence.rate([Decision(candidate, Verdict(True, 1.0), (english, french))])[0]
    rated_english, rated_french = (p.verdict.confidence for p in decision.pairs)
    assert rated_english is not None and rated_french == min(rated_english, 0.55)
    assert decision.candidate.terms[2].evidence.file == "doc.fr.txt"  # its own line kept


def _rated_decision(*rated):
    """A kept decision whose English and French pairs carry these confidences."""
    evidence = Evidence("doc.txt", 1, "…", "rows", 0.8)
    texts = {"en": "common prosperity", "fr": "prospérité commune"}
    candidate = Candidate((CandidateTerm("共同富裕", "zh-Hans"),) + tuple(
        CandidateTerm(texts[lang], lang) for lang, _ in rated), evidence)
    pairs = tuple(Pair("共同富裕", lang, texts[lang], Verdict(True, 1.0, confidence=p))
                  for lang, p in rated)
    return Decision(candidate, Verdict(True, 1.0), pairs)


def test_at_least_leaves_out_the_renderings_rated_below_the_floor():
    decision = _rated_decision(("en", 0.9), ("fr", 0.3))
    floored = confidence.at_least(decision, 0.5)
    assert floored.verdict.keep
    assert [t.text for t in floored.candidate.terms] == ["共同富裕", "common prosperity"]
    french = floored.pairs[1].verdict
    assert not french.keep and "below --min-confidence 0.5" in french.reasons[-1]
    dropped = confidence.at_least(decision, 0.95)
    assert not dropped.verdict.keep
    assert all("below --min-confidence" in p.verdict.reasons[-1] for p in dropped.pairs)
    assert confidence.at_least(decision, 0.2) is decision


def test_build_min_confidence_keeps_only_surer_renderings(tmp_path):
    import csv
    import json

    from click.testing import CliRunner

    from glossary.cli import cli

    doc = tmp_path / "notes.md"
    doc.write_text("全面从严治党 (full and rigorous Party self-governance) 是关键。\n"
                   "共同富裕 (common prosperity) 和枫桥经验 (Fengqiao Model)。\n"
                   "- 新质生产力: new quality productive forces\n"
                   "- 躺平: lying flat\n"
                   "- 内卷: involution\n- 摆烂: let it rot\n", encoding="utf-8")

    def built(*options):
        out = tmp_path / ("tb" + "".join(options).replace(".", ""))
        result = CliRunner().invoke(cli, ["build", str(doc), "-o", str(out), "--json", *options])
        assert result.exit_code == 0, result.output
        with (out / "evidence.tsv").open(encoding="utf-8") as handle:
            next(handle)  # the file's comment line
            rows = [r for r in csv.DictReader(handle, delimiter="\t")
                    if not r["lang"].startswith("zh")]
        return json.loads(result.stdout)["concepts"], rows

    every, rows = built()
    rated = sorted(float(r["confidence"]) for r in rows)
    floor = rated[len(rated) // 2]  # about half the renderings are surer than the median
    fewer, kept = built("--min-confidence", str(floor))
    assert 0 < fewer < every
    assert kept and all(float(r["confidence"]) >= floor for r in kept)
    result = CliRunner().invoke(cli, ["build", str(doc), "-o", str(tmp_path / "x"),
                                      "--min-confidence", "1.5"])
    assert result.exit_code == 2 and "1.5" in result.output


def test_survey_counts_rival_renderings_but_not_an_acronym_beside_its_name():
    """Rows shifted against each other give one rendering to two Chinese terms."""
    decisions = judge_all([
        _candidate("中央党校", "Central Party School", "rows", line=1),
        _candidate("中央档案馆", "Central Party School", "rows", line=2),
        _candidate("中国共产党", "Communist Party of China", "inline", line=3),
        _candidate("中国共产党", "CPC", "inline", line=4),
    ], rate=False)
    seen = confidence.survey(decisions)
    assert seen.chinese["doc.txt", "en", "Central Party School"] == 2
    assert seen.renderings["doc.txt", "中国共产党", "en"] == 1
    shifted = confidence.features(decisions[0].pairs[0], "rows", 0.8, "doc.txt", seen)
    named = confidence.features(decisions[2].pairs[0], "inline", 0.8, "doc.txt", seen)
    assert shifted["other_chinese"] > 0 and named["other_renderings"] == 0
