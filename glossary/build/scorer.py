"""One scorer for every extractor: does this pair of spans translate each other?

Extractors find where a Chinese term and a rendering are set side by side (a bracket, a row,
a line pair); they do not decide whether the two spans are a term and its translation.  The
rules they were first written with fit the texts they were tuned on, and on real documents
they took pinyin for translations, sentences for terms and unrelated neighbours for pairs.
This module judges every candidate pair on evidence, the same way whichever extractor
proposed it, and says why (``glossary build --explain``).

Refused outright (no evidence can save them):
- ``reading``: the rendering is pinyin (tone marks or numbers), or spells the Chinese's own
  syllables ("Gongtong fuyu" for 共同富裕): a reading of the term, not a translation;
- ``script``: the rendering holds Han characters, or the Chinese holds Latin words;
- ``sentence``: the Chinese ends a sentence or holds clause punctuation (。！？；，) beyond
  a short enumeration, or the rendering has more than 20 words or ends in "?" or "!";
- ``ratio``: a rendering far too long or short for the Chinese (more than four words per
  character, or a one-word rendering of more than twelve characters when nothing links them).

Translation evidence (0–1), the mean of the share of Chinese characters explained and the
share of the rendering's content words explained, where a link is:
- a CC-CEDICT word of the Chinese whose gloss is the English word or a form of it
  (``lexicon.same_word``); for French and Spanish, a cognate of a gloss word
  (``lexicon.cognate`` ≥ 80: gouvernance, gobernanza) or its listed translation
  (``lexicon.translations``: travail, ley);
- a name spelled in the Chinese's pinyin (Fengqiao ↔ 枫桥, Xi ↔ 习);
- a number: 7th ↔ 第七, 20th ↔ 二十, 2035 ↔ 二〇三五;
- an acronym, whose letters cannot be checked against Chinese: it is neither evidence for
  nor against.

Decision: a candidate whose extractor saw a structure that pairs the two explicitly (a
bracket, a row, a dash: prior ≥ 0.7) is kept when nothing refuses it and a word links the
two.  With no link at all it is kept for review (flag ``unconfirmed``) only when the prior is
0.75 or more (a gloss glued to its Chinese, a Chinese-first line, a row under a header), and
then only when the prior is high (≥ 0.85: a quoted or capitalised name right before its
bracket) or the layout vouches for it: the same extractor's other pairs in the document (four or more) are mostly
linked (half of them; 40% in French and Spanish, whose only links are cognates), so the
rows are a glossary, not prose that looks like one (``judge_all``).  A pair inferred from
position alone (prior < 0.7) needs translation evidence ≥ 0.3.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from glossary.han import chinese_numbers, han_count
from glossary.han import pattern as han_pattern
from glossary.langtags import is_chinese, primary
from glossary.model import Candidate, TermType
from glossary.normalize.readings import is_pinyin, reads

UNCONFIRMED = "unconfirmed"
THROUGH_ENGLISH = "aligned through the English rendering"
_LAYOUT_SIZE = 4  # pairs of one extractor in a document before its layout can vouch
_LAYOUT_SUPPORT = 0.5
_LAYOUT_SUPPORT_ROMANCE = 0.4
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CLAUSE = re.compile(r"[。！？!?；;，,：:]")
_MAX_WORDS = 20
_MAX_NAME_WORDS = 30
_LONG_NAME = 15  # characters
# "…" inside a phrase stands for words to fill in (向…报告, "ask for…deliberation"); at its
# end it only marks a quotation cut short.
_PLACEHOLDER_ZH = re.compile(r"某[事人物种]|\S(?:…|\.\.\.)+\S")
_PLACEHOLDER_EN = re.compile(r"\b(?:sth|sb|sb's|one's|someone's)\b|\w\s*(?:…|\.\.\.)\s*\w",
                             re.IGNORECASE)
_DATE = re.compile(r"\d{1,4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日")
@dataclass(frozen=True)
class Verdict:
    keep: bool
    score: float  # translation evidence, 0–1
    reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    refused: bool = False  # refused as a glossary's other column (a reading, a list number)
    confidence: float | None = None  # a kept pair's chance of being right (build.confidence)


@dataclass(frozen=True)
class Pair:
    """One (Chinese, rendering) pair of a candidate, and its verdict."""

    zh: str
    lang: str
    text: str
    verdict: Verdict


@dataclass(frozen=True)
class Decision:
    candidate: Candidate  # with the renderings that passed, when kept
    verdict: Verdict  # the candidate's: kept when a pair is; reasons that concern it whole
    pairs: tuple[Pair, ...] = field(default=())


def forget() -> None:
    """Empty the judging caches (scores, links, the lexicon's word tests): they serve
    extraction only, and hold ~240 MB once full, which normalizing and writing a large
    termbase do not need."""
    from glossary.build.align import lexicon

    for cached in (score, links, lexicon.same_word, lexicon.cognate, lexicon.stem,
                   lexicon._gloss_set):
        cached.cache_clear()


def judge_all(candidates: Iterable[Candidate], rate: bool = True,
              every_thousand: Callable[[], None] | None = None) -> list[Decision]:
    """Judge each candidate, then the unconfirmed ones by their layout: a pair with no word
    link is kept (for review) only where the same extractor's other pairs in the document
    are mostly linked, so the layout is shown to be a glossary, not prose that looks like one.
    `rate`: then give each kept pair its confidence (``build.confidence``; off only to train
    that model on what the rules alone decide).  `every_thousand` is called after each
    thousand candidates judged (the build bounds its caches there: one large document)."""
    decisions = []
    for count, candidate in enumerate(candidates, 1):
        decisions.append(judge(candidate))
        if every_thousand is not None and count % 1000 == 0:
            every_thousand()
    linked: dict[tuple[str, str], list[bool]] = defaultdict(list)
    romance: dict[tuple[str, str], int] = defaultdict(int)
    for decision in decisions:
        # a pair refused as another column (the pinyin column's reading, a list number)
        # says nothing of whether the layout pairs terms with their translations
        if decision.pairs and not all(p.verdict.refused for p in decision.pairs):
            evidence = decision.candidate.evidence
            linked[evidence.file, evidence.extractor].append(
                decision.verdict.keep and UNCONFIRMED not in decision.verdict.flags)
            romance[evidence.file, evidence.extractor] += decision.pairs[0].lang in ("fr", "es")
    result = []
    for decision in decisions:
        evidence = decision.candidate.evidence
        key = (evidence.file, evidence.extractor)
        votes = linked.get(key, [])
        support = sum(votes) / len(votes) if votes else 0.0
        # French and Spanish are linked through cognates only: a glossary in them shows
        # fewer links than an English one (gold pairs of the real documents: en 90%
        # linked, fr 78%, es 72%), and its layout is asked for proportionally fewer
        needed = _LAYOUT_SUPPORT_ROMANCE if 2 * romance[key] > len(votes) else _LAYOUT_SUPPORT
        if UNCONFIRMED in decision.verdict.flags and evidence.confidence < 0.85 and (
                len(votes) < _LAYOUT_SIZE or support < needed):
            decision = _without_unconfirmed(decision, f"dropped: only {support:.0%} of this "
                                            f"layout's {len(votes)} pairs are linked")
        result.append(decision)
    if rate:
        from glossary.build import confidence

        return confidence.rate(result)
    return result


def judge(candidate: Candidate) -> Decision:
    """Score every (Chinese, rendering) pair of the candidate; the candidate is kept with the
    renderings that pass, or dropped when none does."""
    chinese = [t for t in candidate.terms if is_chinese(t.lang) and t.lang != "zh-Latn-pinyin"]
    others = [t for t in candidate.terms if primary(t.lang) in ("en", "fr", "es")]
    if not chinese or not others:
        return Decision(candidate, Verdict(True, 1.0, ("no Chinese-rendering pair to judge",)))
    zh = chinese[0].text
    prior = candidate.evidence.confidence
    english = [t for t in others if primary(t.lang) == "en"]
    pivot = bool(english) and score(zh, english[0].text, "en", prior).keep
    pairs = []
    for term in others:
        # French and Spanish aligned through an English rendering that passed are judged
        # by the refusals only: their evidence is the English, not the Chinese.
        through = pivot and primary(term.lang) != "en"
        unchecked = (THROUGH_ENGLISH if through else
                     "acronym: letters are not checked against Chinese"
                     if term.type is TermType.ACRONYM else None)
        pairs.append(Pair(zh, primary(term.lang), term.text,
                          score(zh, term.text, primary(term.lang), prior, unchecked)))
    best = max(p.verdict.score for p in pairs)
    kept = [t for t, p in zip(others, pairs) if p.verdict.keep]
    if not kept:
        return Decision(candidate, Verdict(False, best), tuple(pairs))
    flags = {flag for p in pairs if p.verdict.keep for flag in p.verdict.flags}
    rest = tuple(t for t in candidate.terms if t not in others or t in kept)
    judged = replace(candidate, terms=rest, flags=tuple(sorted(set(candidate.flags) | flags)))
    return Decision(judged, Verdict(True, best, (), tuple(sorted(flags))), tuple(pairs))


def _without_unconfirmed(decision: Decision, why: str) -> Decision:
    """The decision without its renderings that no word links, which the layout does not
    vouch for: the candidate is kept with its linked ones ("CPPCC", not the name in its
    aside), or dropped when none is."""
    dropped = {(p.lang, p.text) for p in decision.pairs if UNCONFIRMED in p.verdict.flags}
    kept = [p for p in decision.pairs if p.verdict.keep and (p.lang, p.text) not in dropped]
    verdict = decision.verdict
    if not kept:
        return Decision(decision.candidate, Verdict(False, verdict.score, verdict.reasons + (why,)),
                        decision.pairs)
    candidate = decision.candidate
    terms = tuple(t for t in candidate.terms if (primary(t.lang), t.text) not in dropped)
    flags = tuple(f for f in verdict.flags if f != UNCONFIRMED)
    pairs = tuple(replace(p, verdict=replace(p.verdict, keep=False, reasons=p.verdict.reasons + (
        why,))) if (p.lang, p.text) in dropped else p for p in decision.pairs)
    return Decision(replace(candidate, terms=terms, flags=tuple(
        f for f in candidate.flags if f != UNCONFIRMED)), replace(verdict, flags=flags), pairs)


@lru_cache(maxsize=1 << 16)  # a corpus glosses the same term the same way hundreds of times
def score(zh: str, text: str, lang: str, prior: float, unchecked: str | None = None) -> Verdict:
    """`unchecked`: why the translation evidence is not asked for (an acronym; a rendering
    aligned through another one); the refusals still apply."""
    refused = _refusal(zh, text)
    if refused:
        # a reading, a number or a label is a glossary's own column, not a sign of prose
        neutral = refused.startswith(("reading", "number", "date", "label"))
        return Verdict(False, 0.0, (refused,), refused=neutral)
    if unchecked:
        return Verdict(True, 0.5, (unchecked,))
    evidence, links = translation_evidence(zh, text, lang)
    words = len(text.split())
    chars = han_count(zh)
    why = [f"evidence {evidence:.2f}" + (f" ({', '.join(links)})" if links else " (no link)"),
           f"prior {prior:.2f}"]
    if not links and (words > 4 * chars + 2 or (words == 1 and chars > 12)):
        return Verdict(False, evidence, tuple(why) + ("ratio: lengths do not fit",))
    if prior >= 0.7:
        if links:
            return Verdict(True, evidence, tuple(why))
        if prior >= 0.75:
            return Verdict(True, evidence, tuple(why) + ("kept for review: no word links",),
                           (UNCONFIRMED,))
        return Verdict(False, evidence, tuple(why) + ("dropped: no word links",))
    if evidence >= 0.3:
        return Verdict(True, evidence, tuple(why))
    return Verdict(False, evidence, tuple(why) + ("dropped: inferred from position, "
                                                  "too little translation evidence",))


_PINYIN_TONE = re.compile(r"[āēīǎěǐǒǔǚǜǘǖ]")  # (not ō, ū: Japanese romanization has them)
_VOWELLESS = re.compile(r"(?:[b-df-hj-np-tv-xz]{3,}\s*)+")


def word_limit(text: str, long_name: bool = True) -> int:
    """The most words a rendering may have before it is a sentence: more for a long name
    with no punctuation in it (`long_name`: its Chinese is long, or unknown), as French gives
    one ("Bureau du Commissaire du Ministère des Affaires étrangères … dans la Région …
    de Hong Kong")."""
    return _MAX_NAME_WORDS if long_name and not _PUNCTUATED.search(text) else _MAX_WORDS


_PUNCTUATED = re.compile(r"[.,;:!?]")


def _refusal(zh: str, text: str) -> str | None:
    if not text.strip():
        return "empty rendering"
    if han_count(text):
        return "script: the rendering holds Chinese characters"
    if _is_label(text) or _IDENTIFIER.fullmatch(text.strip()):
        return "label: the rendering names a language or a field, not the term"
    if _is_label(zh) and not _LANGUAGE_WORD.search(text):
        return "label: the Chinese names a language (法语, 英文), not the term"
    if "|" in text or "=" in text or _FIELD_KEY.search(text) or _FILE_NAME.search(text):
        return ("markup: the rendering holds a cell bar, a field's key or a file's name "
                "(\"body-zh-cn: |\", \"place:CN=township\", \"Relation.png\")")
    if _PLACEHOLDER_ZH.search(zh) or _PLACEHOLDER_EN.search(text):
        return "pattern: a phrase pattern with a placeholder (某事, sth), not a term"
    if not han_count(zh) or _DATE.search(zh):
        return "date: the Chinese is a date or a number, not a term"
    if re.search(r"[a-z]{2,}", zh):  # acronyms belong to Chinese terms: APEC蓝, 20国集团
        return "script: the Chinese holds Latin words"
    if is_pinyin(text) or reads(zh, text) and not proper_name(zh, text) or \
            _PINYIN_TONE.search(text) or _VOWELLESS.fullmatch(text):
        # (a reading whose other letters a page's encoding lost: "zīběn zhǔy", "gmng" for
        # gémìng; pinyin's caron vowels and ā ē ī are no French, Spanish or English letters,
        # and no word of theirs is all consonants)
        return "reading: the rendering is the pinyin of the Chinese, not a translation"
    if _partial_reading(zh, text):
        return "reading: the rendering spells part of the Chinese in pinyin, and nothing else"
    cut = _cut_short(zh, text)
    if cut:
        return f"truncated: CC-CEDICT names {zh} \"{cut}\"; the rendering leaves words out"
    if _continues_a_clause(zh):
        return "sentence: the Chinese opens with a copula or a particle (是国家…): a clause's rest"
    stripped = zh.strip("。.")
    if zh.rstrip().endswith(("。", "！", "？", "?", "!")) or len(_CLAUSE.findall(stripped)) > 0 and \
            han_count(zh) > 12:
        return "sentence: the Chinese is a sentence or clause"
    if len(text.split()) > word_limit(text, han_count(zh) >= _LONG_NAME) \
            or text.rstrip().endswith(("?", "!", "。")) \
            or _EXCLAMATION.search(text):  # "Hi! Welcome to … is": a sentence cut short
        return "sentence: the rendering is a sentence"
    if _NUMBER_ONLY.fullmatch(text.strip()):
        return "number: the rendering is a list or part number (\"IV.\"), not a term"
    if _BORN.match(text):
        return "date: the rendering is a birth date (\"né en 1953\"), not a term"
    if _ADOPTED.match(text):
        return ("note: the rendering is a law's adoption note (\"Adopted at the … Session of "
                "…\"), not its title")
    bare = text.rstrip(" .…")
    if _DANGLING_ARTICLE.search(bare) or text[:1].isupper() and _DANGLING_END.search(bare):
        return "truncated: the rendering ends on a connector (\"Membre du ...\"), cut short"
    if _DEFINITION.search(text):
        return "definition: the rendering explains the term rather than names it"
    if _PRONOUN_START.match(text) and len(text.split()) >= 4 or _PRONOUN_ZH.match(zh) or \
            _COPULA.search(text) and len(text.split()) >= 5:
        return "sentence: the pair is an example sentence (a pronoun or a verb in it)"
    if len(text.split()) > max(_LONG_RENDERING, _WORDS_PER_HAN * han_count(zh)):
        return ("sentence: the rendering is a clause far longer than the term (a sentence's "
                "translation glossing its last words)")
    return None


_LONG_RENDERING = 10  # words a rendering of a short term may have ("Central Military Commission…")
_WORDS_PER_HAN = 3
_FILE_NAME = re.compile(r"\w\.(?:png|jpe?g|gif|svg|webp|pdf|docx?|xlsx?|html?|md)\b", re.IGNORECASE)
_FIELD_KEY = re.compile(r"[A-Za-z]-(?:zh|en|fr|es)(?:-[A-Za-z]{2,4})?\s*:")
_EXCLAMATION = re.compile(r"[!?]\s+\w")
_NUMBER_ONLY = re.compile(r"(?:[IVXLC]{1,6}|\d{1,3})[.)]?")
# A name in code or data: "UNTERM_Chinese_Formal", "name_en" (a term has spaces, not _)
# (and a Wikidata item an export left unlabelled: "Q61122")
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|Q\d{2,}")
# a law's note under its title: "(Adopted at the Third Meeting of the Standing Committee …)"
_ADOPTED = re.compile(r"\(?(?:Adopted|Approved|Promulgated|Revised|Amended|Aprobad[oa]|Adoptée?|"
                      r"Promulgad[oa]|Promulguée?|Modificad[oa])\s+(?:at|on|by|in|en|por|par|à|le|el)\s",
                      re.IGNORECASE)
_BORN = re.compile(r"(?:born|b\.|n[ée]e?|nacid[oa])\s+(?:in\s+|en\s+)?\d{4}\b", re.IGNORECASE)
# A rendering that ends on a preposition, article or conjunction lost its last words
# (a preposition that takes the sentence's object, "headway has been made in", can end a
# phrase pattern, and a learner's verb its preposition, "parvenir à"; an article cannot end
# anything, nor "of", "de" a capitalised name or title, "Membre du ...")
_DANGLING_END = re.compile(r"\s(?:of|and|or|de|du|des|del|al|à|y|et|ou)$", re.IGNORECASE)
_DANGLING_ARTICLE = re.compile(r"\s(?:the|la|le|les|el|los|las|an|une?)$", re.IGNORECASE)
_PRONOUN_START = re.compile(r"(?:I|we|you|he|she|they|it|nous|ils|elles|nosotros|ellos)\s",
                            re.IGNORECASE)
_COPULA = re.compile(r"\s(?:is|are|was|were|est|sont|es|son)\s(?:often|usually|always|a|an|the|\w+ed)\b",
                     re.IGNORECASE)
_PRONOUN_ZH = re.compile(r"(?:我们|你们|他们|她们|它们|我|你|他|她)(?!国|方|党|校|院|市|省|县)")
# "a term that refers to the National Assembly…", "refers to…", "un terme qui désigne…"
_DEFINITION = re.compile(r"^(?:an?|the)\s+(?:term|word|phrase|expression|slogan)\s+"
                         r"(?:that|which|for|used)\b|\b(?:refers?|referring)\s+to\b|"
                         r"^(?:(?:un|une|el|la)\s+)?(?:terme|mot|término|palabra|expression|expresión)\s+"
                         r"(?:qui|que|pour|para)\b|\bse\s+r(?:efiere|éfère)\s+[aà]\b|\bdésigne\b",
                         re.IGNORECASE)


# Words no term begins with: the copula, particles and adverbs that go on a clause (在
# opens phrases a text may gloss whole: 在关键领域 "in key fields")
_CLAUSE_WORDS = frozenset("是 的 地 得 被 把 并 而 且 就 也 都 又 还 则 即 了 着 过".split())


def _continues_a_clause(zh: str) -> bool:
    from glossary.normalize.segment import jieba

    zh = zh.strip()
    if zh[:1] not in _CLAUSE_WORDS:
        return False  # (each is one character: the first word can be one only if it starts so)
    first = next(iter(jieba().cut(zh)), "")
    return first in _CLAUSE_WORDS  # (jieba keeps 和平, 是非, 在野党 whole)


def _is_label(text: str) -> bool:
    from glossary.build.extract.rows import LABELS

    folded = text.casefold().strip(" :：.")
    return folded in LABELS or folded in _GRAMMAR_TAGS


# (中文 ↔ "Chinese language" in a dictionary is a term, not a label)
_LANGUAGE_WORD = re.compile(r"(?i)english|french|spanish|chinese|language|anglais|fran[cç]ais|"
                            r"chinois|espagnol|langue|ingl[eé]s|franc[eé]s|chino|espa[nñ]ol|idioma")
_GRAMMAR_TAGS = frozenset("n v vt vi adj adv prep conj abbr".split())


def _partial_reading(zh: str, text: str) -> bool:
    """Every word of `text` spells some of the characters of `zh`, but not all of them
    ("Minzu" for 中华民族): a fragment of a romanization, not a name for the whole."""
    from glossary.build.align import lexicon
    from glossary.normalize.script import to_simplified

    words = [w.casefold() for w in _LATIN_WORD.findall(text)]
    simplified = to_simplified(zh)
    if text[:1].isupper() and simplified[-1:] in _GENERIC_NOUNS and reads(simplified[:-1], text):
        return False  # "Beijing" for 北京市, "Hui" for 回族: English names it without 市, 族
    if text[:1].isupper() and words and set(words) <= lexicon.glosses(simplified):
        return False  # the dictionary's own name: "Xinhua" of 新华社, "Xinhua News Agency"
    return bool(words) and all(_pinyin_span(simplified, w) for w in words) and \
        not reads(zh, text)


def _cut_short(zh: str, text: str) -> str:
    """CC-CEDICT's name for a set phrase when the rendering is a piece of that name
    ("Chinese characteristics" for 中国特色社会主义, "socialism with Chinese
    characteristics"; "scientific outlook" for 科学发展观), else ""."""
    from glossary.build.align import lexicon
    from glossary.build.align.words import content_words
    from glossary.normalize.script import to_simplified

    simplified = to_simplified(zh.strip())
    name = lexicon.set_phrase(simplified)
    if not name:
        return ""
    named = content_words(name, "en")
    words = content_words(text, "en")
    if not words or len(words) >= len(named) or \
            "".join(named) in re.sub(r"[^a-z]", "", text.casefold()):
        return ""  # "ChinaDaily", "GlobalTimes": the whole name, written as one word
    if any(conjunct.split() == words for conjunct in re.split(r"\s+(?:and|or)\s+", name)):
        return ""  # one of a pair of near-synonyms: "extravagance" for "extravagance and waste"
    # the rendering is a stretch of the name, words in the same order ("rule of law" is
    # not a piece of "rule the country according to law", but its own rendering)
    covered = any(all(lexicon.inflected(w, n) for w, n in zip(words, named[i:]))
                  for i in range(len(named) - len(words) + 1))
    # A word of the name counts as left out only when a part of the Chinese says it: "Belt
    # and Road" is 一带一路 whole, though CC-CEDICT names it "Belt and Road Initiative".
    parts = [lexicon.glosses(simplified[a:b]) for a, b in
             lexicon.dictionary_words(simplified, longest=len(simplified) - 1)]
    missing = [n for n in named if not any(lexicon.same_word(w, n) for w in words)
               and any(_glossed(n, glosses, "en") for glosses in parts)]
    if missing == named[:1] and missing[0] in ("chinese", "china"):
        return ""  # "People's Liberation Army" for the Chinese People's Liberation Army
    return name if covered and missing else ""


def proper_name(zh: str, text: str) -> bool:
    """Xi Jinping, Zhongnanhai: toneless pinyin written as a name is how English names
    people and places, so it is a rendering, unlike "gongtong fuyu" or "Gòngtóng fùyù".
    A person's or a place's name is a spelling CC-CEDICT itself gives as the gloss, or, for
    a word it lacks, one or two words for at most four characters; a longer romanization ("Zhongyang Shen'gai
    Wei" for 中央深改委) spells out the name of a body, and is its reading."""
    from glossary.build.align import lexicon
    from glossary.normalize.script import to_simplified

    words = text.split()
    if not all(word[:1].isupper() for word in words):
        return False
    simplified = to_simplified(zh)
    if len(words) >= 2 and words[-1].casefold() == _GENERIC_READINGS.get(simplified[-1:]):
        return False  # "Changping Xian" for 昌平县: a place's English translates 县 (County)
    glosses = lexicon.glosses(simplified)
    if len(words) <= 2 and han_count(zh) <= 4 and not glosses:
        return _named(simplified)
    # a word CC-CEDICT knows is a name when its gloss spells it so (中南海 "Zhongnanhai", 叶挺
    # "Ye Ting"); a common word's capitalised reading is a glossary's pinyin column
    # ("Fayuan" for 法院, "court of law")
    return bool(glosses) and all(w.casefold().replace("'", "") in glosses for w in words)


_NAME_TAGS = ("nr", "ns", "nt", "nz")  # jieba's person, place, organisation, other proper name


def _named(simplified: str) -> bool:
    """jieba reads a word CC-CEDICT lacks as a name (陈良宇, 财新; 陈羽 and a last
    character): its capitalised romanization is then how English names it, where a
    glossary's column spelling 京饷 "Jing Xiang", 市委常委 "Shiwei Changwei" is a
    reading of an office or a tax, which jieba tags as a common word."""
    return _name_tag(simplified).startswith(_NAME_TAGS)


def person(zh: str) -> bool:
    """jieba reads the Chinese as a person's name (陈良宇, 温家宝)."""
    from glossary.normalize.script import to_simplified

    return _name_tag(to_simplified(zh)).startswith("nr")


@lru_cache(maxsize=1 << 12)
def _name_tag(simplified: str) -> str:
    """jieba's tag of the word that opens `simplified`, when that word is all of it or all
    but its last character (陈羽 of 陈羽凡); else ""."""
    from glossary.normalize.segment import jieba

    first = next(iter(jieba().posseg.cut(simplified)), None)
    return first.flag if first is not None and len(simplified) - len(first.word) <= 1 else ""


# The readings of the generic nouns that end a place's or a body's name: written apart in
# pinyin ("Chaoyang Qu"), they are a romanization, where a name in English translates them
_GENERIC_READINGS = {"区": "qu", "县": "xian", "市": "shi", "省": "sheng", "镇": "zhen",
                     "乡": "xiang", "村": "cun", "州": "zhou", "旗": "qi", "盟": "meng"}


# (and a people's, a website's: 回族 the Hui, 求是网 Qiushi)
_GENERIC_NOUNS = frozenset(_GENERIC_READINGS) | {"族", "网"}


@lru_cache(maxsize=256)  # asked for each Chinese stretch of the line
def orientation(line: str) -> tuple[float, float]:
    """Which way a line of alternating Chinese and Latin stretches pairs them: how well the
    dictionary links each Chinese stretch to the stretch before it, and to the one after it
    (summed evidence; both 0 for a line with fewer than two Chinese stretches).  A run-on
    list is read one way or the other by the extractors (adjacent: English first; rows:
    Chinese first); this tells them which the line is."""
    stretches = [(m.lastgroup, m.group().strip(" ,;.、，；")) for m in _STRETCH.finditer(line)]
    before = after = 0.0
    chinese = 0
    for k, (kind, stretch) in enumerate(stretches):
        if kind != "han":
            continue
        chinese += 1
        if k > 0 and stretches[k - 1][0] == "latin":
            before += translation_evidence(stretch, stretches[k - 1][1], "en")[0]
        if k + 1 < len(stretches) and stretches[k + 1][0] == "latin":
            after += translation_evidence(stretch, stretches[k + 1][1], "en")[0]
    return (before, after) if chinese >= 2 else (0.0, 0.0)


_STRETCH = han_pattern(r"(?P<han>[\p{Han}][\p{Han}·]*)|(?P<latin>[A-Za-z][^\p{Han}]*)")


def translation_evidence(zh: str, text: str, lang: str) -> tuple[float, list[str]]:
    """(0–1 evidence, the links found) that `text` in `lang` translates `zh`."""
    found = links(zh, text, lang)
    # (digits count as characters here: "建党90周年" has four Han and two digits)
    share_zh = min(1.0, len(found.chars) / max(1, han_count(zh) + len(re.findall(r"\d", zh))))
    share_text = len(found.words) / max(1, found.word_count) if found.word_count else (
        1.0 if found.names else 0.0)
    return round((share_zh + share_text) / 2, 2), list(found.names)


@dataclass(frozen=True)
class Links:
    chars: frozenset[int]  # offsets of the Chinese characters explained
    words: frozenset[int]  # indices of the rendering's content words explained
    word_count: int
    names: tuple[str, ...]  # each link, for the report: 国务院=council, 枫桥~fengqiao, 七=7


@lru_cache(maxsize=1 << 16)
def links(zh: str, text: str, lang: str) -> Links:
    """Which characters of `zh` and which content words of `text` explain each other."""
    from glossary.build.align import lexicon
    from glossary.build.align.words import content_words
    from glossary.normalize.script import to_simplified

    simplified = to_simplified(zh)
    if lang == "en" and " " not in text.strip() and len(text) >= _GLUED_WORDS and \
            not _one_word(text.strip().casefold()):
        text = " ".join(_spaced(text))
    words = content_words(text, lang) or [w.casefold() for w in _LATIN_WORD.findall(text)]
    linked_chars: set[int] = set()
    linked_words: set[int] = set()
    names: list[str] = []
    spans = lexicon.dictionary_words(simplified)
    for start, end in spans:
        piece = simplified[start:end]
        glosses = lexicon.glosses(piece)
        for index, word in enumerate(words):
            if _glossed(word, glosses, lang):
                linked_chars.update(range(start, end))
                linked_words.add(index)
                names.append(f"{piece}={word}")
    # A compound's own gloss may not say what its parts do: 行政机关 is "administrative
    # authority" to CC-CEDICT, "administrative organs" to a legal text, and 机关 is "organ"
    for start, end in (span for span in spans if span[1] - span[0] >= 3):
        if len(linked_words) == len(words):
            break
        piece = simplified[start:end]
        for a, b in lexicon.dictionary_words(piece, longest=end - start - 1):
            glosses = lexicon.glosses(piece[a:b]) if b - a >= 2 else frozenset()
            for index, word in enumerate(words):
                if index not in linked_words and _glossed(word, glosses, lang):
                    linked_chars.update(range(start + a, start + b))
                    linked_words.add(index)
                    names.append(f"{piece[a:b]}={word}")
    for index, word in enumerate(words):
        found = _pinyin_span(simplified, word)
        if found:
            linked_chars.update(range(*found))
            linked_words.add(index)
            names.append(f"{simplified[found[0]:found[1]]}~{word}")
    romans = _roman_ordinals(text)
    folded = [w.casefold() for w in words]
    for number, (start, end) in chinese_numbers(simplified):
        if re.search(rf"\b{number}(?:st|nd|rd|th|e|er|re|º|ª|°)?\b", text):
            linked_chars.update(range(start, end))
            names.append(f"{simplified[start:end]}={number}")
            linked_words.update(i for i, w in enumerate(words) if w.startswith(str(number)))
        elif number in _NUMBER_WORDS and set(_NUMBER_WORDS[number]) & set(folded):
            # "Two Sessions" ↔ 两会, "Four Comprehensives" ↔ 四个全面, "quatre" ↔ 四
            word = next(w for w in folded if w in _NUMBER_WORDS[number])
            linked_chars.update(range(start, end))
            names.append(f"{simplified[start:end]}={word}")
            linked_words.update(i for i, w in enumerate(folded) if w == word)
        elif number in romans:  # "XXe Congrès national", "XX Congreso Nacional"
            linked_chars.update(range(start, end))
            names.append(f"{simplified[start:end]}={romans[number]}")
            linked_words.update(i for i, w in enumerate(words) if w == romans[number].casefold())
    return Links(frozenset(linked_chars), frozenset(linked_words), len(words), tuple(names))


_GLUED_WORDS = 12  # letters of one "word" before it is asked whether it is several
# endings that make a long word of a shorter one ("informationized", "institutionalization")
_DERIVED = ("ization", "isation", "ized", "ised", "izing", "ising", "ize", "ise", "ally", "ness",
            "ment", "ing", "ed", "es", "s", "al", "ly")


def _one_word(word: str) -> bool:
    """A long word that is one English word (a gloss word of CC-CEDICT, or one made from one by
    an ending), not several run together: "informationized" is not "in format ionized"."""
    from glossary.build.align import lexicon

    return lexicon.is_english_word(word) or any(
        word.endswith(ending) and (lexicon.is_english_word(word[:-len(ending)]) or
                                   lexicon.is_english_word(word[:-len(ending)] + "e"))
        for ending in _DERIVED)


def _spaced(text: str) -> list[str]:
    """English that lost its spaces ("deputytotheNationalPeople'sCongress", as some pages
    copy it) as its words: the split into CC-CEDICT's gloss words and the small words that
    join a name's (two letters long only these) whose words are longest (the sum of their squared lengths);
    the text itself when none spells it."""
    from glossary.build.align import lexicon

    letters = text.casefold()
    best: list[tuple[int, list[str]] | None] = [(0, [])] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 16), end):
            found, piece = best[start], letters[start:end].strip("'’")
            if found is None:
                continue
            acronym = 2 <= end - start <= 5 and text[start:end].isupper()  # NPC
            known = piece in _SMALL_WORDS or len(piece) > 2 and (
                lexicon.is_english_word(piece) or piece.endswith("s") and
                lexicon.is_english_word(piece[:-1]))  # glosses are singular
            if not (acronym or known):
                continue
            score = found[0] + (end - start) ** 2
            if best[end] is None or score > best[end][0]:  # type: ignore[index]
                best[end] = (score, [*found[1], letters[start:end]])
    last = best[-1]
    return last[1] if last else [text]


# the words that join a name's words, which CC-CEDICT's gloss words leave out
_SMALL_WORDS = frozenset("a an of to in on at by or and the for from with into s".split())


def _glossed(word: str, glosses: frozenset[str], lang: str) -> bool:
    from glossary.build.align import lexicon

    if lang == "en":
        return any(lexicon.same_word(word, g) for g in glosses)
    listed = lexicon.translations(word, lang)  # (short ones too: loi/law)
    return any(g in listed or len(g) >= 4 and lexicon.cognate(g, word, lang) >= 80 for g in glosses)


def _pinyin_span(simplified: str, word: str) -> tuple[int, int] | None:
    """Where `word` spells the pinyin of 1–4 consecutive characters (a name), if anywhere:
    the longest such run, the first of equal length."""
    from glossary.normalize.readings import character_readings

    if len(word) < 2 or not word.isalpha() or not word.isascii():
        return None
    best: tuple[int, int] | None = None
    for start in range(len(simplified)):
        reached = {0}
        for size in range(1, 5):
            if start + size > len(simplified):
                break
            choices = character_readings(simplified[start + size - 1])
            reached = {p + len(c) for p in reached for c in choices if word.startswith(c, p)}
            if not reached:
                break
            if len(word) in reached and (best is None or size > best[1] - best[0]):
                best = (start, start + size)
    return best


# Small numbers as words, in the three languages: set phrases count with them.
_NUMBER_WORDS: dict[int, tuple[str, ...]] = {
    1: ("one", "first", "premier", "première", "primero", "primera"),
    2: ("two", "second", "deux", "dos", "segundo", "double", "dual", "twin"),
    3: ("three", "third", "trois", "tres", "tercero", "triple"),
    4: ("four", "fourth", "quatre", "cuatro"), 5: ("five", "fifth", "cinq", "cinco"),
    6: ("six", "sixth", "seis"), 7: ("seven", "seventh", "sept", "siete"),
    8: ("eight", "eighth", "huit", "ocho"), 9: ("nine", "ninth", "neuf", "nueve"),
    10: ("ten", "tenth", "dix", "diez")}
_ROMAN = re.compile(r"\b(?P<numeral>[IVXL]{1,7})(?P<suffix>e|er|ème|º|ª|°)?\b")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman_ordinals(text: str) -> dict[int, str]:
    """Roman numerals of French and Spanish congresses and sessions ("XXe", "XIX"): value →
    the numeral as written; a lone "I" (the pronoun, a list number) is not one."""
    found = {}
    for match in _ROMAN.finditer(text):
        numeral = match["numeral"]
        if numeral == "I" and not match["suffix"]:
            continue
        values = [_ROMAN_VALUES[c] for c in numeral]
        total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                    for i, v in enumerate(values))
        found[total] = match.group()
    return found


