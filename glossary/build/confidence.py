"""How likely a kept pair is right: a model learned from annotated real documents.

The scorer keeps a pair on rules (a layout that pairs the two sides, a word that links them),
and until now a term's confidence was its extractor's prior: how reliable a bracket or a row
usually is.  On documents nobody tuned the rules on, that prior does not tell right pairs from
wrong ones, and neither does the scorer's translation evidence (ranking AUC 0.54 and 0.58 on
two blind sets of 18 documents each).  Boosted decision trees over what the scorer saw — the
extractor and its prior, the links and their kinds, the shape of both sides, how the same
layout and the same terms fared elsewhere in the document — rank them at 0.76 on the same sets
(``python -m bench.confidence``).

Its probability becomes the confidence of each term the pair gives (a rendering: its own; the
Chinese: its best rendering's), which TBX and CSV carry and which sends a term to review
below ``merge.LOW_CONFIDENCE``.  It rates kept pairs and never drops one: which pairs a build
writes is the scorer's decision.  ``python -m bench.confidence`` trains it on bench/real's gold
(scikit-learn, a training-time dependency only) and writes ``glossary/data/confidence.json``:
each tree's splits and leaves, walked here in plain Python, summed and put through a sigmoid.
"""

from __future__ import annotations

import json
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from glossary.build.scorer import THROUGH_ENGLISH, UNCONFIRMED, Decision, Pair, links
from glossary.han import han_count
from glossary.langtags import is_chinese, primary
from glossary.model import Candidate

MODEL = "confidence.json"
_ARTICLE = re.compile(r"^(?:the|a|an|le|la|les|l'|el|los|las|un|une|una)\b", re.IGNORECASE)
_STOP = frozenset("of the and to in for on with a an de la le les du des et el los las y en "
                  "del por para à au aux by at or".split())
_ACRONYM = re.compile(r"[A-Z][A-Z&.-]{1,9}s?")
_QUOTE = re.compile(r"[\"“”«»]")
_ZH_PUNCT = re.compile(r"[，。、；：,;:]")


def features(pair: Pair, extractor: str, prior: float, file: str, seen: Survey) -> dict[str, float]:
    """What the model weighs for one kept pair of a document (`file`), by name; `seen`: what
    the document's other decisions say (``survey``)."""
    layout = seen.layouts[file, extractor]
    zh, text, lang = pair.zh, pair.text, pair.lang
    found = links(zh, text, lang)
    chars = max(1, han_count(zh))
    words = text.split()
    count = max(1, len(words))
    names = found.names
    values = {
        f"extractor={extractor}": 1.0, f"lang={lang}": 1.0,
        "prior": prior, "evidence": pair.verdict.score,
        "share_zh": min(1.0, len(found.chars) / chars),
        "share_text": len(found.words) / found.word_count if found.word_count else 0.0,
        "linked": float(bool(names)), "links": min(len(names), 5) / 5,
        "dictionary_links": sum("=" in n for n in names) / max(1, len(names)),
        "pinyin_links": sum("~" in n for n in names) / max(1, len(names)),
        "unconfirmed": float(UNCONFIRMED in pair.verdict.flags),
        "han": min(chars, 30) / 30, "words": min(len(words), 20) / 20,
        "letters": min(len(text), 120) / 120, "words_per_han": math.log(count / chars),
        "capitalised": sum(1 for w in words if w[:1].isupper()) / count,
        "starts_upper": float(text[:1].isupper()),
        "all_upper": float(text.isupper() and len(text) > 1),
        "digit": float(bool(re.search(r"\d", text))), "comma": float("," in text),
        "bracket": float("(" in text or ")" in text), "quote": float(bool(_QUOTE.search(text))),
        "full_stop": float(text.rstrip().endswith(".")), "article": float(bool(_ARTICLE.match(text))),
        "stop_words": sum(w.lower() in _STOP for w in words) / count,
        "ends_stop_word": float(bool(words) and words[-1].lower() in _STOP),
        "zh_digit": float(bool(re.search(r"\d", zh))),
        "zh_punctuation": float(bool(_ZH_PUNCT.search(zh))),
        "zh_ends_particle": float(zh[-1:] in "的了和与及"),
        "zh_starts_particle": float(zh[:1] in "的了和与及在是对把被"),
        "zh_title": float("《" in zh), "zh_frequency": _frequency(zh) / 6,
        "zh_latin": float(bool(re.search(r"[a-zA-Z]", zh))),
        "layout_size": min(layout[0], 100) / 100, "layout_support": layout[1],
        # one Chinese given several renderings in a document, or one rendering several
        # Chinese terms, is as often a row shifted against its neighbour as a synonym
        "other_renderings": min(max(seen.renderings[file, zh, lang] - 1, 0), 3) / 3,
        "other_chinese": min(max(seen.chinese[file, lang, text] - 1, 0), 3) / 3,
        "repeated": min(seen.pairs[file, zh, lang, text] - 1, 3) / 3,
    }
    return values


def _frequency(zh: str) -> float:
    """log10 of jieba's count of `zh` as one word: everyday words (大家, 目标) are common."""
    from glossary.normalize.segment import jieba

    return math.log10(jieba().get_FREQ(zh, 0) + 1)


@cache
def model() -> dict[str, Any]:
    return dict(json.loads(resources.files("glossary.data").joinpath(MODEL).read_text("utf-8")))


def probability(values: dict[str, float], trees: Forest | None = None) -> float:
    """The model's chance that the pair with these feature values is right: its starting
    log-odds plus each tree's leaf, scaled by the learning rate (gradient boosting).  `trees`:
    the shipped model's unless given (training, tests)."""
    forest = trees or _shipped()
    # the trees compare in single precision, as scikit-learn's do
    point = array("f", [values.get(name, 0.0) for name in forest.features]).tolist()
    total = 0.0
    for left, right, feature, threshold, value in forest.trees:
        node = 0
        while left[node] >= 0:
            node = left[node] if point[feature[node]] <= threshold[node] else right[node]
        total += value[node]
    return 1 / (1 + math.exp(-(forest.base + forest.rate * total)))


@dataclass(frozen=True)
class Forest:
    """The trees as tuples, walked without a dictionary lookup (a build rates every pair)."""

    features: tuple[str, ...]
    base: float
    rate: float
    trees: tuple[tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[float, ...],
                       tuple[float, ...]], ...]


@cache
def _shipped() -> Forest:
    return forest(model())


def forest(trees: dict[str, Any]) -> Forest:
    """The trees as confidence.json holds them, made ready to walk."""
    return Forest(tuple(trees["features"]), float(trees["base"]), float(trees["rate"]), tuple(
        (tuple(t["left"]), tuple(t["right"]), tuple(t["feature"]), tuple(t["threshold"]),
         tuple(float(v) for v in t["value"])) for t in trees["trees"]))


def prior(candidate: Candidate, pair: Pair) -> float:
    """The extractor's confidence in the pair's rendering: its own where it was seen apart
    (a parallel text's line), else the candidate's."""
    own = next((t.evidence for t in candidate.terms if t.evidence and t.text == pair.text
                and primary(t.lang) == pair.lang), None)
    return (own or candidate.evidence).confidence


def through_english(pair: Pair) -> bool:
    return THROUGH_ENGLISH in pair.verdict.reasons


def at_least(decision: Decision, minimum: float) -> Decision:
    """The decision without the renderings rated below `minimum` (build --min-confidence);
    dropped when none is left.  Pairs not rated (an acronym alone, a term with no rendering)
    are not the model's to judge and stay."""
    low = {(p.lang, p.text): p.verdict.confidence for p in decision.pairs
           if p.verdict.confidence is not None and p.verdict.confidence < minimum}
    if not decision.verdict.keep or not low:
        return decision
    why = f"confidence below --min-confidence {minimum:g}"
    pairs = tuple(replace(p, verdict=replace(p.verdict, keep=False,
                                             reasons=p.verdict.reasons + (why,)))
                  if (p.lang, p.text) in low else p for p in decision.pairs)
    candidate = decision.candidate
    terms = tuple(t for t in candidate.terms if (primary(t.lang), t.text) not in low)
    if not any(p.verdict.keep for p in pairs):
        return Decision(candidate, replace(decision.verdict, keep=False), pairs)
    return Decision(replace(candidate, terms=terms), decision.verdict, pairs)


@dataclass(frozen=True)
class Survey:
    """What a document's decisions say about each of its pairs."""

    # (file, extractor) → (candidates proposed, share of their pairs kept with a link)
    layouts: dict[tuple[str, str], tuple[int, float]]
    renderings: Counter[tuple[str, str, str]]  # (file, Chinese, lang) → renderings kept
    chinese: Counter[tuple[str, str, str]]  # (file, lang, rendering) → Chinese terms kept
    pairs: Counter[tuple[str, str, str, str]]  # (file, Chinese, lang, rendering) → times kept


def survey(decisions: Iterable[Decision]) -> Survey:
    proposed: Counter[tuple[str, str]] = Counter()
    linked: dict[tuple[str, str], list[bool]] = defaultdict(list)
    kept: Counter[tuple[str, str, str, str]] = Counter()
    for decision in decisions:
        evidence = decision.candidate.evidence
        key = evidence.file, evidence.extractor
        proposed[key] += 1
        for pair in decision.pairs:
            keep = decision.verdict.keep and pair.verdict.keep
            linked[key].append(keep and UNCONFIRMED not in pair.verdict.flags)
            if keep:
                kept[evidence.file, pair.zh, pair.lang, pair.text] += 1
    renderings: Counter[tuple[str, str, str]] = Counter()
    chinese: Counter[tuple[str, str, str]] = Counter()
    for file, zh, lang, text in kept:
        if not _ACRONYM.fullmatch(text):  # an acronym beside the full name is no rival
            renderings[file, zh, lang] += 1
            chinese[file, lang, text] += 1
    return Survey({key: (proposed[key], sum(linked[key]) / len(linked[key]) if linked[key]
                         else 0.0) for key in proposed}, renderings, chinese, kept)


def rate(decisions: list[Decision]) -> list[Decision]:
    """Each kept pair's probability, on its verdict and as its terms' confidence."""
    seen = survey(decisions)
    return [_rated(d, seen) for d in decisions]


def _rated(decision: Decision, seen: Survey) -> Decision:
    candidate = decision.candidate
    if not decision.verdict.keep or not decision.pairs:
        return decision
    evidence = candidate.evidence
    rated = tuple(replace(p, verdict=replace(p.verdict, confidence=round(probability(
        features(p, evidence.extractor, prior(candidate, p), evidence.file, seen)), 2)))
        if p.verdict.keep and not through_english(p) else p for p in decision.pairs)
    # A French or Spanish rendering aligned through the English one was judged by the
    # English (scorer.judge), but the alignment can still miss where the English did not;
    # the gold has almost no such pairs to learn from, so one is no likelier right than
    # the English, nor than its extractor's prior says.
    english = next((p.verdict.confidence for p in rated if p.lang == "en"
                    and p.verdict.confidence is not None), evidence.confidence)
    rated = tuple(replace(p, verdict=replace(p.verdict, confidence=min(
        english, prior(candidate, p)))) if through_english(p) and p.verdict.keep else p
        for p in rated)
    by_rendering = {(p.lang, p.text): p.verdict.confidence for p in rated
                    if p.verdict.confidence is not None}
    best = max(by_rendering.values(), default=evidence.confidence)
    terms = []
    for term in candidate.terms:
        lang = primary(term.lang)
        confidence = by_rendering.get((lang, term.text), best if is_chinese(term.lang) else None)
        if confidence is not None:
            term = replace(term, evidence=replace(term.evidence or evidence, confidence=confidence))
        terms.append(term)
    return Decision(replace(candidate, terms=tuple(terms)), decision.verdict, rated)
