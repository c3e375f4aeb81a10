"""Phrases that translate each other inside one aligned sentence group (zh, en, fr, es).

English is the pivot, because it is the language both lexical resources share:

1. English noun-phrase chunks: runs of content words (``words.closed`` ends them); "of",
   "and", "for" and "on", and "the" after them, stay inside a capitalised name (Belt and
   Road Forum for International Cooperation, Premier of the State Council), a possessive
   inside a phrase (people's democracy).  A capitalised name may be up to ten words long.
2. Chinese: every English sub-phrase of two to six words is looked for in the Chinese
   sentence, cut into words (jieba's, rejoined or split to CC-CEDICT's).  A Chinese span
   matches when CC-CEDICT glosses every English word with one of its words, every one of
   its words glosses an English word, and its last word glosses the English head (Chinese
   puts the head last).  Two exceptions, marked as inferred: an English head with no
   dictionary match paired with an unmatched last Chinese noun (sectors ↔ 领域), and one
   Chinese modifier the English leaves out (高峰论坛 ↔ Forum).  Either must be confirmed by
   a French or Spanish cognate of the head.  What makes a clause is refused: a span that
   starts with a verb, adverb or function word (加强基层治理), stops before a noun the
   English does not explain (国家的优先 of 国家的优先事项), holds 了/着/过, or a verb the
   English renders as a verb ("the plan stresses reform"); an English phrase with a past
   participle after its first word ("central government launched").
3. French and Spanish: the English words are linked to cognates (``lexicon.cognate``); the
   phrase is the stretch from the first to the last link, grown by the grammar of a Romance
   noun phrase for each English word that found no cognate.  The head comes first in French
   and Spanish (party building → construction du parti), so a missing English head is
   looked for to the left, a missing modifier to the right (volunteer organisations →
   organisations bénévoles); a complement is taken whole (gouvernance au niveau de la base).
   A stretch that crosses a conjunction, punctuation or a word linked to English outside the
   phrase, or holds more words than the English, is rejected rather than guessed.

Before the chunks, three kinds of name are taken whole: a Chinese span CC-CEDICT names with a
set phrase found word for word in the English (人民大会堂 ↔ Great Hall of the People; a word
of two or three characters by any name of two words or more: 冷战 ↔ Cold War), a
numbered meeting paired by its ordinals (十九届五中全会 ↔ Fifth Plenary Session of the 19th …
Central Committee), and a person's name the English spells in pinyin (汪文斌 ↔ Wang Wenbin),
with the title before it too (President Xi Jinping ↔ 习近平主席); a title of two words or
more is a term of its own too, and so is each of two posts held together (State Councilor
and Foreign Minister ↔ 国务委员兼外长); and a list of three names or more that both
sentences hold pairs item by item (``enumerations``).  A page with no English
pairs its French or Spanish with its Chinese directly (``align_direct``), through the
cognates of CC-CEDICT's glosses.

Confidence says how much was inferred: a phrase whose every word was matched scores higher
than one completed by position, which stays below the review threshold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from glossary.build.align import lexicon
from glossary.build.align.words import (
    ARTICLES,
    CONJUNCTIONS,
    LINKERS,
    Token,
    closed,
    is_content,
    parts,
    tokens,
    word_list,
)
from glossary.han import chinese_numbers

MAX_WORDS = 6
MAX_NAME_WORDS = 10  # a capitalised name (United Front Work Department of the Central Committee …)
MATCHED = 0.7  # every word matched through the dictionary or a cognate
INFERRED = 0.55  # a word placed by position (head rule, phrase growth): for review
COGNATE = 66.0
_DIRECT_COGNATE = 80.0  # with no English between, a word stands for a gloss only if close
_ZH_BAD_START = ("v", "d", "p", "c", "r", "u", "m", "q", "f", "x", "y", "e")
_ZH_FUNCTION_START = tuple(tag for tag in _ZH_BAD_START if tag != "v")
_ZH_END_BAD = ("d", "p", "c", "u")  # adverb, preposition, conjunction, particle
# English endings of nouns made from verbs: 振兴 is a verb to CC-CEDICT and jieba, but
# "rural revitalization" is a noun phrase.
_NOMINAL = ("tion", "ment", "ance", "ence", "ity", "ing", "ism", "sion", "al")
_QUOTES = frozenset("“”「」『』《》")
_OPENING = frozenset("“「『《")
_ASPECT = frozenset({"ul", "uz", "ug"})  # jieba's tags for 了, 着, 过
_MODIFIER_TAGS = ("n", "a", "b", "m", "j")  # jieba tags of a word that may modify a noun
# Inside a capitalised name these stay in the phrase (Belt and Road Forum for International
# Cooperation, Law on Prevention…), and so does "the" after them (Premier of the State
# Council, Report on the Work of the Government); elsewhere they end it.
_NAME_LINKS = frozenset({"of", "and", "for", "on"})
_THE = ARTICLES["en"]
_OF = ("of", "for", "on")  # what follows the head of an English name
_ZH_CONJUNCTIONS = frozenset("和 与 及 以及 并 兼 或".split())


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    confidence: float


@dataclass
class Match:
    """One English phrase and its renderings: (start, end) offsets into each sentence text."""

    en: Phrase
    zh: Phrase
    others: dict[str, Phrase] = field(default_factory=dict)


@dataclass(frozen=True)
class _Unit:  # a Chinese word
    start: int
    end: int
    glosses: frozenset[str]
    tag: str
    verbal: bool  # every CC-CEDICT gloss is a verb
    text: str

    @property
    def quote(self) -> bool:
        return self.text in _QUOTES


def align(en: str, zh: str, others: dict[str, str]) -> list[Match]:
    """Phrase matches in one aligned group; `zh` is Simplified, `others` maps fr/es → text."""
    en_tokens = tokens(en)
    units = _units(zh)
    sentence_words = _words([t for t in en_tokens if is_content(t, "en")])
    present = frozenset(sentence_words)
    explained = {k for k, unit in enumerate(units)
                 if unit.glosses & present or any(_links(w, unit) for w in sentence_words)}
    found: list[Match] = []
    used_en: set[int] = set()
    used_zh: set[int] = set()
    numbered = _numbered(en_tokens, zh, units)
    persons = _persons(en_tokens, units)
    titled = _titled(en_tokens, units, persons, lambda token, unit: _links(
        token.lower(), unit) or token.text[:1].isupper() and unit.text in _titles())
    titles = _titles_alone(titled, persons)
    listed = _listed(en, en_tokens, zh, units)
    for a, b, p, q in numbered + listed + _named(en, en_tokens, zh, units) + titled + titles + \
            persons:
        if used_en & set(range(a, b)) or used_zh & set(range(p, q)):
            continue  # (a titled name takes nothing: the title and the name come after it)
        words = _words(en_tokens[a:b])
        head = _head(en_tokens[a:b], words)
        projected = {lang: project(en_tokens, a, b, words, head, text, lang)
                     for lang, text in others.items()}
        # a meeting's name holds terms of its own (中国共产党), a titled name the name
        if (a, b, p, q) not in numbered + titled:
            used_en.update(range(a, b))
            used_zh.update(range(p, q))
        found.append(_match(en_tokens, a, b, units, p, q, MATCHED, projected))
    for chunk, crossing in _with_of_phrases(_chunks(en_tokens, used_en), en_tokens):
        for a, b in _sub_spans(chunk, en_tokens):
            if crossing is not None and (a, b) != (chunk[0], chunk[-1] + 1):
                continue  # (the whole phrase only: its parts are tried on their own after it)
            if used_en & set(range(a, b)):
                continue
            if _headless(en_tokens, b, chunk):
                continue  # "major international | cooperation": the head is further on
            words = _words(en_tokens[a:b])
            head = _head(en_tokens[a:b], words)
            zh_span = _chinese(en_tokens[a:b], words, head, units, used_zh, explained)
            if zh_span is None:
                continue
            (p, q), confidence = zh_span
            if _verb_with_object(en_tokens, b, units, p, q, words):
                continue  # "its Standing Committee exercise the legislative power": a clause
            if _repeats(units[p:q]):
                continue  # "X的委员长主持X": a clause that names X twice, not a term
            if q - p >= 2 and _named_elsewhere(units, p, q, words, en_tokens, a, b):
                p += 1  # 达沃斯 of 达沃斯世界经济论坛: "World Economic Forum in Davos"
            if a > chunk[0] and p > 0 and units[p - 1].glosses and p - 1 not in explained \
                    and units[p - 1].tag.startswith(_MODIFIER_TAGS):
                continue  # "circulation strategy" of "dual circulation strategy" / 双循环战略
            projected = {lang: project(en_tokens, a, b, words, head, text, lang)
                         for lang, text in others.items()}
            if confidence == INFERRED and not any(
                    head in linked for _, linked in projected.values()):
                continue  # an unmatched head must at least have a cognate (sectors/secteurs)
            p = _balance_quotes(units, p, q)
            a = _paired_start(en_tokens, a, units[p], used_en)
            a, p = _numbered_start(en_tokens, a, units, p, used_en, used_zh)
            b = _of_complement(en_tokens, a, b, units, p, q, used_en)
            if crossing is None:  # (a phrase through "of" leaves its halves their own terms)
                used_en.update(range(a, b))
                used_zh.update(range(p, q))
            found.append(_match(en_tokens, a, b, units, p, q, confidence, projected))
            found += [_match(en_tokens, a_, b_, units, p_, q_, confidence, {})
                      for a_, b_, p_, q_ in _coordinated(en_tokens, a, b, units, p, q)]
    return found


def _listed(en: str, en_tokens: list[Token], zh: str, units: list[_Unit]
            ) -> list[tuple[int, int, int, int]]:
    """(a, b, p, q) of each pair of items of a list both sentences hold
    (``enumerations``), where the items' ends fall on token and word boundaries."""
    from glossary.build.align import enumerations

    starts = {t.start: k for k, t in enumerate(en_tokens)}
    ends = {t.end: k + 1 for k, t in enumerate(en_tokens)}
    unit_starts = {u.start: k for k, u in enumerate(units)}
    unit_ends = {u.end: k + 1 for k, u in enumerate(units)}
    return [(starts[a], ends[b], unit_starts[p], unit_ends[q])
            for (a, b), (p, q) in enumerations.pairs(en, zh)
            if a in starts and b in ends and p in unit_starts and q in unit_ends]


def _paired_start(en_tokens: list[Token], a: int, first: _Unit, used: set[int]) -> int:
    """Where the English phrase starts when its first Chinese word, of two characters, names
    two things the English joins with "and" before the phrase (军民融合, "military and
    civilian fusion"; 党政 of 党政干部, "Party and government officials"): the chunk stops
    at "and", the term does not."""
    if a < 2 or en_tokens[a - 1].lower() != "and" or used & {a - 2, a - 1} or \
            en_tokens[a - 2].kind != "word" or len(first.text) != 2:
        return a
    before, word = en_tokens[a - 2].lower(), en_tokens[a].lower()
    # (two names of one word, not "mayors and deputy mayors" of 副市长)
    if not lexicon.same_word(before, word) and _links(before, first) and _links(word, first):
        return a - 2
    return a


def _repeats(span: list[_Unit]) -> bool:
    """A word of two characters or more comes twice in the span."""
    words = [unit.text for unit in span if len(unit.text) >= 2]
    return len(set(words)) < len(words)


def termlike(chinese: str) -> bool:
    """A phrase of an aligned sentence that can be a term: not a single character (族), not
    a phrase built on 的 (完整的制度; but 党的建设, party building, is one), not a place in the
    sentence (人类历史上)."""
    return len(chinese) >= 2 and "的" not in chinese[2:] and \
        not (len(chinese) >= 4 and chinese.endswith(("上", "里")))


def term_pairs(text: str, zh: str, lang: str) -> list[tuple[Phrase, Phrase]]:
    """(phrase of `text`, Chinese phrase) pairs of one aligned pair of sentences or lines
    that can be terms (``termlike``): through CC-CEDICT for English (``align``), through the
    cognates of its glosses for French and Spanish (``align_direct``)."""
    found = [(m.en, m.zh) for m in align(text, zh, {})] if lang == "en" else \
        align_direct(text, zh, lang)
    return [(latin, chinese) for latin, chinese in found
            if termlike(zh[chinese.start:chinese.end])]


_ORDINAL_SUFFIX = frozenset(("st", "nd", "rd", "th"))


def _numbered_start(en_tokens: list[Token], a: int, units: list[_Unit], p: int,
                    used_en: set[int], used_zh: set[int]) -> tuple[int, int]:
    """The phrase grown back over a number both sides open it with ("21st Century Maritime
    Silk Road" / 21世纪海上丝绸之路): a number is no content word to match, but it is part of
    the name when the two say the same one."""
    first = p
    while first > 0 and units[first - 1].text.isdigit() and first - 1 not in used_zh:
        first -= 1  # (the segmenter may cut "21" into "2" and "1")
    if first == p or a == 0:
        return a, p
    k = a - 1
    if en_tokens[k].lower() in _ORDINAL_SUFFIX and k > 0:
        k -= 1  # "21" "st"
    number = "".join(unit.text for unit in units[first:p])
    if en_tokens[k].kind == "number" and en_tokens[k].text == number and k not in used_en:
        return k, first
    return a, p


def _match(en_tokens: list[Token], a: int, b: int, units: list[_Unit], p: int, q: int,
           confidence: float, projected: dict[str, tuple[Phrase | None, set[int]]]) -> Match:
    """English tokens a..b and Chinese words p..q as a Match, with the French and Spanish
    phrases `project` found."""
    return Match(Phrase(en_tokens[a].start, en_tokens[b - 1].end, confidence),
                 Phrase(units[p].start, units[q - 1].end, confidence),
                 {lang: phrase for lang, (phrase, _) in projected.items() if phrase})


def align_direct(text: str, zh: str, lang: str) -> list[tuple[Phrase, Phrase]]:
    """(French or Spanish phrase, Chinese phrase) pairs in one aligned group of a page with no
    English (zh/fr, zh/es): each Romance word stands for the English gloss of the Chinese
    sentence it is a cognate of (relations extérieures → relation external ↔ 对外关系), then the
    Chinese span is chosen as for an English phrase, with the head first, where Romance noun
    phrases put it.  Weaker than through English (cognates only, no dictionary of its own),
    so every word must match, both ways, and closely."""
    romance = tokens(text)
    units = _units(zh)
    glosses = tuple(sorted({g for unit in units for g in unit.glosses}))
    glossed = [lexicon.as_gloss(t.text, glosses, lang, _DIRECT_COGNATE)
               if is_content(t, lang) else None for t in romance]
    explained = {k for k, unit in enumerate(units)
                 if any(w and _links(w, unit) for w in glossed)}
    found: list[tuple[Phrase, Phrase]] = []
    used: set[int] = set()
    used_zh: set[int] = set()
    persons = _persons(romance, units)  # a name in pinyin reads the same in any language
    titled = _titled(romance, units, persons, lambda token, unit: is_content(token, lang)
                     and unit.text in _titles())  # presidente Xi Jinping ↔ 习近平主席
    meetings = _numbered_romance(romance, zh, units, lang)
    for a, b, p, q in meetings + titled + persons:
        # (a meeting's name holds terms of its own: Parti communiste chinois, 中国共产党)
        if a not in used and (a, b, p, q) not in meetings:
            used.update(range(a, b))
            used_zh.update(range(p, q))
        found.append((Phrase(romance[a].start, romance[b - 1].end, MATCHED),
                      Phrase(units[p].start, units[q - 1].end, MATCHED)))
    for a, b in _romance_spans(romance, lang):
        if used & set(range(a, b)):
            continue
        content = [i for i in range(a, b) if is_content(romance[i], lang)]
        words = [gloss for i in content if (gloss := glossed[i])]
        if len(words) < len(content):
            continue  # a word with no cognate gloss: nothing would match it
        zh_span = _chinese(romance[a:b], words, 0, units, used_zh, explained)
        if zh_span is None or zh_span[1] != MATCHED:
            continue  # what English confirms by a cognate has nothing to confirm it here
        (p, q), confidence = zh_span
        if "的" in zh[units[p].start:units[q - 1].end][2:]:
            continue  # "relaciones … de la Universidad de Fudan" ↔ 复旦大学的国际关系: two terms
        p = _balance_quotes(units, p, q)
        used.update(range(a, b))
        used_zh.update(range(p, q))
        found.append((Phrase(romance[a].start, romance[b - 1].end, confidence),
                      Phrase(units[p].start, units[q - 1].end, confidence)))
    return found


_FIRST = frozenset({"premier", "première", "primer", "primera", "primero"})


def _romance_spans(romance: list[Token], lang: str) -> list[tuple[int, int]]:
    """Token spans of French or Spanish noun phrases, longest first: 2..MAX_WORDS content
    words, joined by the prepositions and articles a term may hold (gouvernance au niveau de
    la base), starting and ending with a content word."""
    inside = LINKERS[lang] | ARTICLES[lang]
    chunks: list[list[int]] = [[]]
    for i, token in enumerate(romance):
        if is_content(token, lang) or (chunks[-1] and token.lower() in inside):
            chunks[-1].append(i)
        elif chunks[-1]:
            chunks.append([])
    spans = []
    for chunk in chunks:
        content = [i for i in chunk if is_content(romance[i], lang)]
        # a noun's adjectives follow it with nothing between: a phrase neither starts nor
        # ends between them ("Asamblea | Popular Nacional", "société de moyenne | aisance");
        # an ordinal before the noun is no part of the term ("troisième | visite d'État")
        # (not "premier": "Premier ministre" is one word)
        starts = [i for i in content
                  if i - 1 not in content or _romance_ordinal(romance, i - 1) is not None
                  and romance[i - 1].lower() not in _FIRST]
        ends = {i for i in content if i + 1 not in content}
        for a in starts:
            for b in content:
                if b in ends and a < b and sum(a <= i <= b for i in content) <= MAX_WORDS:
                    spans.append((a, b + 1, sum(a <= i <= b for i in content)))
    spans.sort(key=lambda s: (-s[2], s[0]))
    return [(a, b) for a, b, _ in spans]


# --- English -------------------------------------------------------------------------------


def _named(en: str, en_tokens: list[Token], zh: str, units: list[_Unit]
           ) -> list[tuple[int, int, int, int]]:
    """(a, b, p, q): Chinese words p..q that CC-CEDICT names with a set phrase of two words
    or more (人民大会堂 → "Great Hall of the People", 中国特色社会主义 → "socialism with
    Chinese characteristics"), found word for word in the English sentence a..b.  Found
    first: a chunk would cut the name at "with", or pair it with a lesser gloss."""
    found = []
    for p in range(len(units)):
        for q in range(min(len(units), p + 8), p, -1):
            chinese = zh[units[p].start:units[q - 1].end]
            names = [(lexicon.set_phrase(chinese).split(), False)]
            if not units[p].tag.startswith(_ZH_FUNCTION_START):  # (a verb may be named: 冷战)
                names += [(words, True) for words in map(str.split, lexicon.short_names(chinese))
                          if not {words[0], words[-1]} & closed("en")]
            span = None
            for name, short in names:
                if name[:1] in (["the"], ["a"], ["an"]):
                    name = name[1:]  # "the Great Hall of the People": a term is named bare
                if len(name) < 2:
                    continue
                match = re.search(r"(?<![\w'’])" + r"[\W_]+".join(map(re.escape, name))
                                  + r"(?![\w'’])", en, re.IGNORECASE)
                inside = [k for k, t in enumerate(en_tokens)
                          if match and match.start() <= t.start and t.end <= match.end()]
                if inside and (not _in_longer_name(en_tokens, inside[0], inside[-1] + 1)
                               or _verb_follows(en_tokens, inside[-1] + 1, units, q)) \
                        and not (short and _before_name(en_tokens, inside[-1] + 1)):
                    span = (inside[0], inside[-1] + 1, p, q)
                    break
            if span:
                found.append(span)
                break
    return found


def _verb_follows(en_tokens: list[Token], b: int, units: list[_Unit], q: int) -> bool:
    """The English word after the name translates the Chinese verb after it ("socialism
    with Chinese characteristics enters" / 中国特色社会主义进入): the name ends there, the
    sentence goes on.  (A finite verb: in lower case, inflected, its object's article or
    preposition after it; "energy efficiency improvement data", "premium income by region"
    are one phrase.)"""
    return b + 1 < len(en_tokens) and q < len(units) and units[q].tag.startswith("v") and \
        en_tokens[b].text.islower() and en_tokens[b].text.endswith(("s", "ed")) and \
        not is_content(en_tokens[b + 1], "en") and _links(en_tokens[b].lower(), units[q])


def _of_complement(en_tokens: list[Token], a: int, b: int, units: list[_Unit], p: int,
                   q: int, used: set[int]) -> int:
    """Where the English phrase ends when "of" and the words after it each translate a
    Chinese word of the span ("two heads | of state" / 两国元首, "equal rights | of men and
    women" / 男女平等权利): Chinese puts the complement before the head."""
    if b + 1 >= len(en_tokens) or en_tokens[b].lower() != "of" or b in used:
        return b
    end, k = b, b + 1
    if k < len(en_tokens) and en_tokens[k].lower() in _THE:
        k += 1
    while k < len(en_tokens) and k - b <= 5 and k not in used and (
            en_tokens[k].lower() in ("and", "or") or is_content(en_tokens[k], "en")):
        if is_content(en_tokens[k], "en"):
            if not en_tokens[k].text.islower() or \
                    not any(_links(en_tokens[k].lower(), unit) for unit in units[p:q]):
                return b  # a word the span does not say, or a name: the sentence's
            end = k + 1
        k += 1
    return end


_ADJECTIVE = re.compile(r"(?:al|ic|ary|ive|ous|ern|ese|ian|ful|less|able|ible)$")


def _headless(en_tokens: list[Token], b: int, chunk: list[int]) -> bool:
    """The phrase stops on an adjective in lower case before a word of its chunk: its head
    noun comes after it."""
    last = en_tokens[b - 1]
    return b in chunk and en_tokens[b].kind == "word" and last.kind == "word" and \
        last.text.islower() and bool(_ADJECTIVE.search(last.text)) and len(last.text) > 4


_OBJECT_START = frozenset("the a an its their his her our this these those all".split())


def _verb_with_object(en_tokens: list[Token], b: int, units: list[_Unit], p: int, q: int,
                      words: list[str]) -> bool:
    """The phrase's last Chinese word is a verb to CC-CEDICT (jieba may call it a noun: 行使)
    and its English, not a noun made from a verb, has an object after it (an article or a
    determiner): the phrase ends a clause's subject with its verb."""
    last = units[q - 1]
    return q - p >= 2 and last.verbal and b < len(en_tokens) and \
        en_tokens[b].lower() in _OBJECT_START and \
        not _nominalised(words, [_links(w, last) for w in words])


def _nominalised(words: list[str], hits: list[bool]) -> bool:
    """A Chinese verb the English renders as a noun made from it (振兴 "revitalization"):
    one of the words it links (`hits`, word by word) has a noun's ending."""
    return any(hit and w.endswith(_NOMINAL) for w, hit in zip(words, hits))


def _before_name(en_tokens: list[Token], k: int) -> bool:
    """"of (the)" and a capitalised word at k: the name goes on (Ministry of Foreign Affairs
    | of the People's Republic of China)."""
    if k < len(en_tokens) and en_tokens[k].lower() in _OF:
        k += 1 + (k + 1 < len(en_tokens) and en_tokens[k + 1].lower() in _THE)
        return k < len(en_tokens) and en_tokens[k].text[:1].isupper()
    return False


def _persons(en_tokens: list[Token], units: list[_Unit]) -> list[tuple[int, int, int, int]]:
    """(a, b, p, q): a person's name written in pinyin, surname first (Wang Wenbin ↔ 汪文斌):
    two or three capitalised words that spell Chinese words p..q of two to four characters.
    Found first, so that a title next to the name is cut from it (Foreign Ministry
    Spokesperson | Wang Wenbin’s Regular Press Conference)."""
    from glossary.normalize.readings import reads, split_syllables

    found = []
    for a in range(len(en_tokens)):
        for b in (a + 3, a + 2):
            name = en_tokens[a:b]
            if len(name) < b - a or not all(
                    t.kind == "word" and t.text[:1].isupper() and t.text[1:].islower()
                    and split_syllables(t.lower()) for t in name):
                continue
            syllables = sum(len(split_syllables(t.lower()) or ()) for t in name)
            text = " ".join(t.text for t in name)
            span = next(((p, q) for p in range(len(units)) for q in range(p + 1, p + 4)
                         if q <= len(units) and units[q - 1].end - units[p].start == syllables
                         and reads(_joined(units, p, q), text)), None)
            if span and 2 <= syllables <= 4 and not _named_after(en_tokens, b):
                found.append((a, b, *span))
                break
    return found


def _titles() -> frozenset[str]:
    return word_list("titles", "zh")  # 主席, 总理, 部长…: a title after a name


def _titled(tokens: list[Token], units: list[_Unit], persons: list[tuple[int, int, int, int]],
            links: Callable[[Token, _Unit], bool]) -> list[tuple[int, int, int, int]]:
    """A person's name with the title before it, which Chinese puts after the name:
    President Xi Jinping ↔ 习近平主席, presidente Xi Jinping, Premier Li Keqiang ↔ 李克强总理.
    `links` says whether a word renders a Chinese word (CC-CEDICT glosses 主席 "chairman",
    but a head of state's 主席 is President: a capitalised word before a name is a title)."""
    found = []
    for a, b, p, q in persons:
        title = a - 1
        if title >= 0 and tokens[title].kind == "word" and q < len(units) \
                and units[q].end - units[q].start >= 2 and links(tokens[title], units[q]):
            while title > 0 and is_content(tokens[title - 1], "en") and \
                    tokens[title - 1].text[:1].isupper() and links(tokens[title - 1], units[q]):
                title -= 1  # State Councilor Wang Yi ↔ 王毅国务委员
            found.append((title, b, p, q + 1))
    return found


def _titles_alone(titled: list[tuple[int, int, int, int]], persons: list[tuple[int, int, int, int]]
                  ) -> list[tuple[int, int, int, int]]:
    """The title of a titled name, when it is two words or more, as a term of its own: State
    Councilor ↔ 国务委员 of State Councilor Wang Yi ↔ 王毅国务委员 (one word, President ↔ 主席,
    says too little to be paired out of its context)."""
    found = []
    for title, b, p, q in titled:
        a = next(a for a, b_, p_, _ in persons if (b_, p_) == (b, p))
        if a - title >= 2:
            found.append((title, a, q - 1, q))
    return found


def _named_after(en_tokens: list[Token], b: int) -> bool:
    """A capitalised word after a person's name: it may open a longer name (Xi Jinping
    Thought on Diplomacy, Deng Xiaoping Theory), which the name must not be cut from."""
    return b < len(en_tokens) and en_tokens[b].kind == "word" and en_tokens[b].text[:1].isupper()


def _joined(units: list[_Unit], p: int, q: int) -> str:
    return "".join(unit.text for unit in units[p:q])


# A numbered congress, session or plenum: 十九届五中全会, 中国共产党第二十次全国代表大会,
# 第十三届全国人民代表大会第四次会议, 全国政协十四届一次会议, 第十九届中央委员会.
_MEETING = re.compile(
    r"(?:中国共产党|中共|全国政协)?第?[〇零一二三四五六七八九十百\d]{1,4}[届次]"
    r"(?:中央委员会|全国代表大会|全国人民代表大会|全国人大|全国委员会|中央政治局|中央)?"
    r"(?:第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议|[一二三四五六七八九十]{1,2}中全会|全会)?"
    # a Party congress by its short name: 党的十九大, 中共十八大
    r"|(?:中国共产党|中共|党的)?[一二三四五六七八九十]{2,3}大(?![会学使国型量幅规])")
_MEETING_HEADS = ("会", "会议", "人大", "委员会", "政治局", "大")
_ORDINAL_WORDS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}
_ENGLISH_HEADS = frozenset("congress committee session sessions plenum npc cppcc bureau".split())
# lower-case words a meeting's English name may hold ("fourth plenary session of the 13th …")
_MEETING_WORDS = frozenset("of the and plenary annual session sessions national central "
                           "committee congress".split())


def _numbered(en_tokens: list[Token], zh: str, units: list[_Unit]
              ) -> list[tuple[int, int, int, int]]:
    """(a, b, p, q): a numbered meeting's Chinese name and the English name in the aligned
    sentence that gives the same ordinals (十九届五中全会 ↔ Fifth Plenary Session of the 19th
    CPC Central Committee): the numbers are the anchors, where the dictionary knows neither
    name whole."""
    meetings = [m for m in _MEETING.finditer(zh) if m.group().endswith(_MEETING_HEADS)]
    if not meetings:
        return []  # most sentences: no token's ordinal is asked
    ordinals = {k: _ordinal(en_tokens, k) for k in range(len(en_tokens))}
    found = []
    for match in meetings:
        numbers = {n for n, _ in chinese_numbers(match.group())}
        inside = [k for k, u in enumerate(units)
                  if match.start() <= u.start and u.end <= match.end()]
        if not inside or units[inside[0]].start != match.start() or \
                units[inside[-1]].end != match.end():
            continue  # the name's edges cut a word: 在十九届 is no name
        first = next((k for k, n in ordinals.items() if n in numbers), None)
        if first is None:
            continue
        a = first - 1 if first and en_tokens[first - 1].text.isupper() else first  # CPC 20th…
        b = _name_end(en_tokens, first)
        named = {ordinals[k] for k in range(a, b) if ordinals[k]}
        if named == numbers and any(t.lower() in _ENGLISH_HEADS for t in en_tokens[a:b]):
            found.append((a, b, inside[0], inside[-1] + 1))
    return found


# French and Spanish ordinals: XIXe, XIII, 19e, 20.º, deuxième, segunda
_ROMANCE_ORDINALS = {w: n for n, words in enumerate((
    "premier première primer primero primera", "deuxième second seconde segundo segunda",
    "troisième tercer tercero tercera", "quatrième cuarto cuarta", "cinquième quinto quinta",
    "sixième sexto sexta", "septième séptimo séptima", "huitième octavo octava",
    "neuvième noveno novena", "dixième décimo décima"), 1) for w in words.split()}
_ROMAN = re.compile(r"(?P<roman>[IVXL]{1,7})(?:e|er|ème|º|ª|\.)?")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_ROMANCE_HEADS = frozenset("session sessions congrès assemblée comité plénum plénière "
                           "sesión sesiones congreso asamblea comité pleno plenaria".split())


def _roman(text: str) -> int | None:
    found = _ROMAN.fullmatch(text)
    if found is None:
        return None
    values = [_ROMAN_VALUES[c] for c in found["roman"]]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def _romance_ordinal(tokens_: list[Token], k: int) -> int | None:
    """The ordinal a French or Spanish token writes (XIXe, XIII, deuxième, the 19 of 19e)."""
    token = tokens_[k]
    if token.kind == "number":
        after = tokens_[k + 1].lower() if k + 1 < len(tokens_) else ""
        following = tokens_[k + 2].lower() if k + 2 < len(tokens_) else ""
        if after in ("e", "er", "ème", "º", "ª") or after == "." and following in ("º", "ª"):
            return int(token.text)
        return None
    return _ROMANCE_ORDINALS.get(token.lower()) or (
        _roman(token.text) if token.text[:1].isupper() else None)


def _numbered_romance(romance: list[Token], zh: str, units: list[_Unit], lang: str
                      ) -> list[tuple[int, int, int, int]]:
    """A numbered meeting named in French or Spanish, paired by its ordinals as ``_numbered``
    pairs an English one: 第十三届全国人民代表大会第二次会议 ↔ deuxième session de la XIIIe
    Assemblée populaire nationale.  The name runs from its first ordinal over the words of a
    noun phrase (its linkers and articles, its lower-case adjectives) to the next punctuation
    or other word."""
    meetings = [m for m in _MEETING.finditer(zh) if m.group().endswith(_MEETING_HEADS)]
    if not meetings:
        return []
    ordinals = {k: _romance_ordinal(romance, k) for k in range(len(romance))}
    inside = LINKERS[lang] | ARTICLES[lang]
    found = []
    for match in meetings:
        numbers = {n for n, _ in chinese_numbers(match.group())}
        span = [k for k, u in enumerate(units) if match.start() <= u.start and u.end <= match.end()]
        if not span or units[span[0]].start != match.start() or units[span[-1]].end != match.end():
            continue
        first = next((k for k, n in ordinals.items() if n in numbers), None)
        if first is None:
            continue
        end = first
        while end < len(romance) and (
                ordinals[end] or romance[end].lower() in inside
                or romance[end].kind == "word" and is_content(romance[end], lang)
                or romance[end].lower() in ("e", "er", "ème", "º", "ª", ".")
                and end > 0 and romance[end - 1].kind == "number"):
            end += 1
        while end > first + 1 and romance[end - 1].lower() in inside:
            end -= 1
        named = {ordinals[k] for k in range(first, end) if ordinals[k]}
        if named == numbers and any(t.lower() in _ROMANCE_HEADS for t in romance[first:end]):
            found.append((first, end, span[0], span[-1] + 1))
    return found


def _ordinal(en_tokens: list[Token], k: int) -> int | None:
    """The ordinal a token writes: "fifth", or "19" of "19th"."""
    token = en_tokens[k]
    if token.lower() in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[token.lower()]
    following = en_tokens[k + 1] if k + 1 < len(en_tokens) else None
    if token.kind == "number" and following and following.start == token.end and \
            following.lower() in ("st", "nd", "rd", "th"):
        return int(token.text)
    return None


def _name_end(en_tokens: list[Token], k: int) -> int:
    """Where the name that holds token k ends: capitalised words, ordinals and the
    lower-case words of a meeting's name, not ending on "of the"; an acronym in brackets
    stays inside the name, and is left out after it ("… of China (CPC) opened")."""
    end = k
    while end < len(en_tokens):
        token = en_tokens[end]
        if token.text == "(" and end + 3 < len(en_tokens) and en_tokens[end + 1].text.isupper() \
                and en_tokens[end + 2].text == ")" and en_tokens[end + 3].text[:1].isupper():
            end += 3  # "… of China (CPC) Central Committee": inside the name, it stays
            continue
        if not (token.kind in ("number", "possessive") or token.kind == "word" and (
                token.text[:1].isupper() or token.lower() in _MEETING_WORDS
                or token.lower() in _ORDINAL_WORDS or token.lower() in ("st", "nd", "rd", "th"))):
            break
        end += 1
    while end > k + 1 and en_tokens[end - 1].lower() in ("of", "the", "and"):
        end -= 1
    return end


def _in_longer_name(en_tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a..b go on in a longer phrase: "(Department of) Social Work", "(20th National
    Congress of the) Communist Party of China", "social work (department)"."""
    before = [t.lower() for t in en_tokens[max(0, a - 2):a]]
    after = en_tokens[b] if b < len(en_tokens) else None
    return bool(before and (before[-1] in _NAME_LINKS or is_content(en_tokens[a - 1], "en")
                            or before[-1] == "the" and len(before) == 2
                            and before[0] in _NAME_LINKS)) or \
        bool(after and (is_content(after, "en") or after.kind == "possessive"))


def _chunks(en_tokens: list[Token], taken: set[int]) -> list[list[int]]:
    """Runs of content words (and what stays inside a name).  A name already paired
    (`taken`) ends a run, as does a heading in capitals running into ordinary text
    ("…OF THE GOVERNMENT Delivered at"): neither side is part of the other's name."""
    chunks: list[list[int]] = []
    current: list[int] = []
    # (a title-case heading capitalises every preposition: "… Democracy Under CPC Leadership")
    long_words = [t.text for t in en_tokens if t.kind == "word" and len(t.text) > 3]
    headline = sum(w[:1].isupper() for w in long_words) > 0.8 * len(long_words)

    def _of(token: Token) -> bool:
        return _joins_name(token) if not headline else token.lower() in _OF

    def caps(k: int) -> bool:
        return 0 <= k < len(en_tokens) and en_tokens[k].kind == "word" \
            and len(en_tokens[k].text) > 1 and en_tokens[k].text.isupper()

    def title(k: int) -> bool:
        return en_tokens[k].kind == "word" and en_tokens[k].text[:1].isupper() and not caps(k)

    def name_goes_on(k: int) -> bool:  # a capitalised word next, or "the" and one
        if k < len(en_tokens) and en_tokens[k].lower() in _THE and _of(en_tokens[k - 1]):
            k += 1
        return k < len(en_tokens) and en_tokens[k].text[:1].isupper() \
            and en_tokens[k].lower() not in word_list("calendar", "en")  # "on October 27"

    for i, token in enumerate(en_tokens):
        name_of = ((token.lower() in _NAME_LINKS or _of(token) and token.text[:1].isupper())
                   and current and en_tokens[current[-1]].text[:1].isupper()
                   and name_goes_on(i + 1)
                   or token.lower() in _THE and current and i - 1 in current
                   and _of(en_tokens[i - 1])
                   and name_goes_on(i + 1))
        possessive = (token.kind == "possessive" and current
                      and i + 1 < len(en_tokens) and is_content(en_tokens[i + 1], "en"))
        if current and (i in taken or current[-1] in taken
                        or title(i) and caps(i - 1) and caps(i - 2)
                        or caps(i) and caps(i + 1) and title(i - 1)):
            chunks.append(current)
            current = []
        if is_content(token, "en") or name_of or possessive:
            current.append(i)
        else:
            if current:
                chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _with_of_phrases(chunks: list[list[int]], en_tokens: list[Token]
                     ) -> Iterator[tuple[list[int], int | None]]:
    """Each chunk, after the phrase it makes with the next one through a lower-case "of"
    ("the highest organ of state power" / 最高国家权力机关, "freedom of religious belief" /
    宗教信仰自由), with the index of that "of": Chinese says the complement before the
    head, so the whole phrase may be one Chinese term where neither half is."""
    for k, chunk in enumerate(chunks):
        if k + 1 < len(chunks):
            following = chunks[k + 1]
            between = range(chunk[-1] + 1, following[0])
            # (not "of the": a complement that refers, "the interests of the Global South",
            # is a phrase of the sentence, not of the term)
            if len(between) == 1 and en_tokens[between[0]].text == "of" and \
                    en_tokens[following[0]].text.islower():  # (not a name: "of Hong Kong")
                yield [*chunk, *between, *following], between[0]
        yield chunk, None


def _joins_name(token: Token) -> bool:
    """A word that joins a name's head to its complement: "of", "for", "on", and any
    preposition a name capitalises in prose ("Association for Relations Across the Taiwan
    Straits")."""
    return token.lower() in _OF or token.kind == "word" and token.text[:1].isupper() and \
        token.text[1:].islower() and token.lower() in closed("en") and token.lower() not in _THE


# One word that names a doctrine or a process is a term of its own (unilateralism ↔ 单边主义,
# urbanization ↔ 城镇化), and so is an acronym; any other single word is vocabulary, left to
# the phrases around it.
_DOCTRINE = re.compile(r"(?!mechanism|organism)\w{3,}(?:ism|isms|ization|isation)")


def _sub_spans(chunk: list[int], en_tokens: list[Token]) -> list[tuple[int, int]]:
    """Token spans of a chunk with 2..MAX_WORDS words, longest first, neither starting nor
    ending with "of" nor cutting a capitalised name ("Department of Social" is no phrase)."""
    spans = []
    for a in chunk:
        for b in chunk:
            if b < a or en_tokens[a].kind != "word" or en_tokens[b].kind != "word" \
                    or en_tokens[a].lower() in _NAME_LINKS | _THE \
                    or en_tokens[b].lower() in _NAME_LINKS | _THE:
                continue
            if (a - 1 in chunk and _capitalised(en_tokens, a - 1) and _capitalised(en_tokens, a)
                    or b + 1 in chunk and _capitalised(en_tokens, b + 1)
                    and _capitalised(en_tokens, b) and not _before_of_the(en_tokens, b + 1)
                    or b + 1 in chunk and en_tokens[b + 1].kind == "possessive"
                    or _opens_name(en_tokens, a, b)):
                continue
            words = len(_words(en_tokens[a:b + 1]))
            longest = MAX_NAME_WORDS if all(_capitalised(en_tokens, k) or en_tokens[k].lower()
                                            in _THE for k in range(a, b + 1)) else MAX_WORDS
            if 2 <= words <= longest or (a == b and (_DOCTRINE.fullmatch(en_tokens[a].lower())
                                                     or _acronym(en_tokens[a]))):
                spans.append((a, b + 1, words))
    spans.sort(key=lambda s: (-s[2], s[0]))
    return [(a, b) for a, b, _ in spans]


def _coordinated(en_tokens: list[Token], a: int, b: int, units: list[_Unit], p: int, q: int
                 ) -> list[tuple[int, int, int, int]]:
    """The two posts of a phrase that names two held together (State Councilor and Foreign
    Minister ↔ 国务委员兼外长), each two words or more: each is a term of its own.  Only 兼
    ("concurrently") or two titles say so; other halves may share a head or a complement
    (Economic and Social Council, Fundamental Rights and Duties of Citizens)."""
    ands = [k for k in range(a + 1, b - 1) if en_tokens[k].lower() == "and"]
    joins = [r for r in range(p + 1, q - 1) if units[r].text == "兼" or units[r].text in
             _ZH_CONJUNCTIONS and {units[r - 1].text, units[q - 1].text} <= _titles()]
    if len(ands) != 1 or len(joins) != 1:
        return []
    k, r = ands[0], joins[0]
    if min(len(_words(en_tokens[a:k])), len(_words(en_tokens[k + 1:b]))) < 2 or \
            min(units[r].start - units[p].start, units[q - 1].end - units[r + 1].start) < 2:
        return []
    return [(a, k, p, r), (k + 1, b, r + 1, q)]


def _acronym(token: Token) -> bool:
    """An acronym is a name of its own (ASEAN ↔ 东盟, CPPCC ↔ 政协), as no other one word is."""
    return token.kind == "word" and len(token.text) >= 3 and token.text.isupper()


def _opens_name(en_tokens: list[Token], a: int, b: int) -> bool:
    """A lower-case word right before a name of two capitalised words or more that the span
    holds: a verb or a modifier of the sentence ("building | Silk Road Economic Belt"), which
    the name is paired without."""
    return not _capitalised(en_tokens, a) and a + 2 <= b \
        and en_tokens[a + 1].text[:1].isupper() and en_tokens[a + 2].text[:1].isupper()


def _before_of_the(en_tokens: list[Token], k: int) -> bool:
    """"of the" at k: a name may end before it (United Front Work Department | of the Central
    Committee…), as it may not before a bare "of" (Department | of Social Work)."""
    return en_tokens[k].lower() in _OF and k + 1 < len(en_tokens) \
        and en_tokens[k + 1].lower() in _THE


def _capitalised(en_tokens: list[Token], k: int) -> bool:
    return en_tokens[k].text[:1].isupper() or en_tokens[k].lower() in _NAME_LINKS


def _words(en_tokens: list[Token]) -> list[str]:
    return [w for t in en_tokens if t.kind == "word" and t.lower() not in _NAME_LINKS | _THE
            for w in parts(t)]


# --- Chinese -------------------------------------------------------------------------------


def _units(zh: str) -> list[_Unit]:
    """The Chinese sentence as words: jieba's, rejoined where CC-CEDICT has the whole (一带
    + 一路 = 一带一路 "Belt and Road Initiative"), split where CC-CEDICT has only the parts
    (党的建设 = 党 + 的 + 建设)."""
    from glossary.normalize.segment import tagged_words

    tagged = tagged_words(zh)
    units = []
    offset = 0
    i = 0
    while i < len(tagged):
        joined = next((n for n in range(min(4, len(tagged) - i), 1, -1)
                       if lexicon.glosses("".join(w for w, _ in tagged[i:i + n]))), 1)
        word = "".join(w for w, _ in tagged[i:i + joined])
        tag = tagged[i][1] if joined == 1 else "nz"  # a dictionary entry jieba did not know
        i += joined
        if lexicon.glosses(word) or len(word) == 1:
            units.append(_Unit(offset, offset + len(word), lexicon.glosses(word), tag,
                               lexicon.is_verb(word), word))
        else:
            for start, end in lexicon.dictionary_words(word):
                piece = word[start:end]
                units.append(_Unit(offset + start, offset + end, lexicon.glosses(piece),
                                   _piece_tag(piece, tag if start == 0 else "n"),
                                   lexicon.is_verb(piece), piece))
        offset += len(word)
    return units


def _balance_quotes(units: list[_Unit], p: int, q: int) -> int:
    """Start a span that closes a quotation (一带一路”倡议) at its opening mark."""
    opened = sum(u.text in _OPENING for u in units[p:q])
    closed = sum(u.quote and u.text not in _OPENING for u in units[p:q])
    if closed > opened and p > 0 and units[p - 1].text in _OPENING:
        return p - 1
    return p


def _piece_tag(piece: str, tag: str) -> str:
    return "uj" if piece in ("的", "之") else tag


def _links(word: str, unit: _Unit) -> bool:
    return word in unit.glosses or _linked(word, unit.glosses, unit.end - unit.start == 1)


# Asked again for every phrase tried in a sentence (most of a build's time, uncached).
@lru_cache(maxsize=1 << 16)
def _linked(word: str, glosses: frozenset[str], single: bool) -> bool:
    if single:  # one character has many senses: 党 is also "society"
        return any(lexicon.inflected(word, g) for g in glosses)
    return any(lexicon.same_word(word, g) for g in glosses)


def _chinese(phrase: list[Token], words: list[str], head: int, units: list[_Unit],
             used: set[int], explained: set[int]) -> tuple[tuple[int, int], float] | None:
    """The Chinese span that matches the English phrase, or None.  `explained`: Chinese
    words that some English word of the sentence glosses (they cannot be an unmatched
    head).  `words`, `head`: the phrase's ``_words`` and ``_head``."""
    if any(w.endswith("ed") for w in words[1:]) and not phrase[-1].text[:1].isupper():
        return None  # "central government launched", "forum promoted…": a clause, not a term
    # A verb to jieba and CC-CEDICT that the English renders as a verb makes a clause
    # (计划强调改革, "the plan stresses reform"); rendered as a noun it is part of the term
    # (乡村振兴战略, "rural revitalization strategy").
    linked = [[_links(w, u) for w in words] for u in units]
    verbs = {k for k, unit in enumerate(units) if unit.tag == "v" and unit.verbal
             and not _nominalised(words, linked[k])}
    # (two words joined are a list, "China and ASEAN"; a coordinated term has more)
    coordinated = len(words) >= 3 and any(t.lower() in CONJUNCTIONS for t in phrase)
    best = None
    for p in range(len(units)):
        if p in used or _bad_start(units[p]) or not any(linked[p]):
            continue
        for q in range(p + 1, min(len(units), p + 2 * len(words) + 2) + 1):
            if used & set(range(p, q)):
                break
            span = units[p:q]
            if q - p == 1 and _partial_name(span[0], words):
                continue
            if any(unit.tag in _ASPECT for unit in span):
                break  # 推动了: a verb with its aspect particle makes a clause
            if verbs & set(range(p, q)):
                break
            unmatched_zh = [k for k in range(p, q) if not any(linked[k])
                            and not _is_function(units[k], span, coordinated)]
            covered = [any(linked[k][i] for k in range(p, q)) for i in range(len(words))]
            unmatched_en = [i for i, c in enumerate(covered) if not c]
            if _noun_follows(units, q, explained):
                continue  # 国家的优先 of 国家的优先事项: the Chinese head is further on
            if units[q - 1].tag.startswith(_ZH_END_BAD):
                continue  # 关税不断, "tariffs continue": a term ends on no adverb
            if not unmatched_zh and not unmatched_en and linked[q - 1][head]:
                confidence = MATCHED  # and the last Chinese word is the head, as it must be
            elif (unmatched_en == [head] and unmatched_zh == [q - 1] and q - p >= 2
                  and _noun(units[q - 1]) and q - 1 not in explained):
                confidence = INFERRED
            elif (not unmatched_en and len(unmatched_zh) == 1 and p < unmatched_zh[0] < q - 1
                  and linked[q - 1][head] and len(words) >= 3
                  and units[unmatched_zh[0]].tag.startswith(_MODIFIER_TAGS)
                  and unmatched_zh[0] not in explained):
                confidence = INFERRED  # a modifier the English leaves out: 高峰论坛 "Forum"
            else:
                continue
            # Fully matched first, then the one that explains most English words, then the
            # most compact.
            rank = (confidence, -len(unmatched_en), -(q - p))
            if best is None or rank > best[0]:
                best = (rank, (p, q), confidence)
    if best is None:
        return None
    (p, q), confidence = best[1], best[2]
    # a modifier the dictionary also folds into the word after it (中央 of 中央纪律检查委员会,
    # whose CC-CEDICT gloss says "Central Commission…") is part of the name
    if p > 0 and p - 1 not in used and units[p - 1].tag.startswith(("n", "a", "b")) and \
            units[p - 1].end - units[p - 1].start >= 2 and \
            any(a and b for a, b in zip(linked[p - 1], linked[p])):
        p -= 1
    return (p, q), confidence


def _bad_start(unit: _Unit) -> bool:
    """A word no term opens on: a verb, adverb, preposition, particle, a word of place
    (上, 中方); but a locative in 部 (外部, 内部, 东部) modifies the noun after it as an
    adjective does ("forces hostiles externes" / 外部敌对势力)."""
    return unit.tag.startswith(_ZH_BAD_START) and not (
        unit.tag == "f" and len(unit.text) == 2 and unit.text.endswith("部"))


def _named_elsewhere(units: list[_Unit], p: int, q: int, words: list[str],
                     en_tokens: list[Token], a: int, b: int) -> bool:
    """The span's first Chinese word, a place's or a person's name, names a capitalised
    English word outside the phrase and explains no word of the phrase that the rest of the
    span does not: it is that word's, not the phrase's (CC-CEDICT glosses 达沃斯 "Davos World
    Economic Forum", and the sentence says "World Economic Forum in Davos")."""
    if not units[p].tag.startswith(("ns", "nr")):
        return False  # (a place's or a person's name: 中央 of 中央纪委 is the phrase's)
    first = [w for w in words if _links(w, units[p])]
    if any(not any(_links(w, unit) for unit in units[p + 1:q]) for w in first):
        return False
    return any(k not in range(a, b) and token.kind == "word" and token.text[:1].isupper()
               and token.lower() not in words and _links(token.lower(), units[p])
               for k, token in enumerate(en_tokens))


def _partial_name(unit: _Unit, words: list[str]) -> bool:
    """One Chinese word named by a gloss whose head the English leaves out: "Chinese people"
    is not 中华人民共和国 ("People's Republic of China"), "Chinese Communists" not 三中全会
    ("third plenum of a national congress of the Chinese Communist Party")."""
    head = lexicon.gloss_head(unit.text)
    return bool(head) and not any(lexicon.same_word(head, w) for w in words)


def _noun_follows(units: list[_Unit], q: int, explained: set[int]) -> bool:
    """A noun right after the span (closing quotes skipped) that no English word of the
    sentence explains: Chinese puts the head last, so the term goes on."""
    while q < len(units) and units[q].quote and units[q].text not in _OPENING:
        q += 1
    return q < len(units) and units[q].tag.startswith("n") and q not in explained \
        and units[q].end - units[q].start >= 2


def _noun(unit: _Unit) -> bool:
    """A word that can be an unmatched head: a noun to jieba, two characters or more, and
    known to CC-CEDICT as something other than a verb (致力于 is "to devote oneself to")."""
    return (unit.tag.startswith(("n", "vn")) and unit.end - unit.start >= 2
            and bool(unit.glosses) and not unit.verbal)


def _head(phrase: list[Token], words: list[str]) -> int:
    """Index in `words` of the English head noun: the last word, or the word before "of"
    ("Department of Social Work"), "for" ("Forum for International Cooperation") or "on"
    ("Report on the Work of the Government")."""
    if any(t.lower() in _OF for t in phrase):
        before = 0
        for token in phrase:
            if token.lower() in _OF:
                return before - 1
            before += len(parts(token)) if token.kind == "word" and \
                token.lower() not in ("and", *_THE) else 0
    return len(words) - 1


def _is_function(unit: _Unit, span: list[_Unit], coordinated: bool) -> bool:
    """的 between two matched words (党的建设), quotation marks around a name inside the
    term (“一带一路”倡议), and a conjunction where the other side has one too (洁净水与卫生,
    "clean water and sanitation") belong to the phrase without a gloss."""
    inside = unit is not span[0] and unit is not span[-1]
    return inside and (unit.tag.startswith("u") or unit.quote
                       or coordinated and unit.text in _ZH_CONJUNCTIONS)


# --- French and Spanish ---------------------------------------------------------------------


def project(en_tokens: list[Token], a: int, b: int, inside: list[str], head: int, text: str,
            lang: str) -> tuple[Phrase | None, set[int]]:
    """The rendering in `text` (French or Spanish) of English tokens [a, b), whose words
    are `inside` (``_words``) with the head at index `head`, or None; and which of those
    words found a cognate."""
    target = tokens(text)
    outside = [w for i, t in enumerate(en_tokens) if not a <= i < b and is_content(t, "en")
               for w in parts(t) if len(w) >= 3]
    expected = len(target) * (a + b) / 2 / max(len(en_tokens), 1)
    links: dict[int, int] = {}  # inside word index → target token
    strength: dict[int, float] = {}
    for n, word in enumerate(inside):
        scored = [(_score(word, t, lang), -abs(k - expected), k)
                  for k, t in enumerate(target) if is_content(t, lang) or t.kind == "word"
                  and t.lower() in ("non", "no")]
        scored = [s for s in scored if s[0] >= COGNATE]
        if scored:
            strength[n], _, links[n] = max(scored)
    taken = {k for k, t in enumerate(target) if is_content(t, lang) and k not in links.values()
             and any(_score(w, t, lang) >= 80 for w in outside)}
    if not links:
        return None, set()
    # A link far from the strongest one is a false cognate ("foreign" / "forte").
    anchor = links[max(links, key=lambda n: strength[n])]
    links = {n: k for n, k in links.items() if abs(k - anchor) <= 2 * len(inside) + 4}
    lo, hi = min(links.values()), max(links.values())
    # A name keeps its own "and"/"for" (Forum de la Ceinture et de la Route pour la…).
    name = any(t.lower() in _NAME_LINKS - {"of"} for t in en_tokens[a:b])
    if any((target[k].kind == "punct" if name else _breaks(target[k], lang)) or k in taken
           for k in range(lo, hi + 1)):
        return None, set(links)
    unlinked_inside = sum(is_content(target[k], lang) for k in range(lo, hi + 1)
                          if k not in links.values())
    missing = len(inside) - len(links) - unlinked_inside
    if missing < 0:
        return None, set(links)  # more words than the English has: « double » circulation
    confidence = MATCHED if len(links) == len(inside) else INFERRED
    head_missing = head not in links
    grown_right = False
    while missing > 0:
        order = (_grow_left, _grow_right) if head_missing else (_grow_right, _grow_left)
        for grow in order:
            span = grow(target, lo, hi, lang, taken)
            if span:
                grown_right = span[1] > hi
                lo, hi = span
                missing -= 1
                break
        else:
            return None, set(links)
    if grown_right:  # au niveau → au niveau de la base: a complement is taken whole
        end = _complement(target, hi, lang, taken)
        if end:
            hi = end
    if sum(is_content(target[k], lang) for k in range(lo, hi + 1)) > len(inside) + 2:
        return None, set(links)
    return Phrase(target[lo].start, target[hi].end, confidence), set(links)


def _score(english: str, token: Token, lang: str) -> float:
    return max((lexicon.related(english, p, lang) for p in parts(token)), default=0.0)


def _breaks(token: Token, lang: str) -> bool:
    return token.kind == "punct" or token.lower() in CONJUNCTIONS or (
        token.kind == "word" and token.lower() in closed(lang)
        and token.lower() not in LINKERS[lang] and token.lower() not in ARTICLES[lang])


def _grow_right(target: list[Token], lo: int, hi: int, lang: str, taken: set[int],
                ) -> tuple[int, int] | None:
    k = hi + 1
    if k < len(target) and target[k].lower() in LINKERS[lang]:
        k += 1
        if k < len(target) and target[k].lower() in ARTICLES[lang]:
            k += 1
    if k < len(target) and is_content(target[k], lang) and k not in taken:
        return lo, k
    return None


def _grow_left(target: list[Token], lo: int, hi: int, lang: str, taken: set[int],
               ) -> tuple[int, int] | None:
    k = lo - 1
    if k >= 0 and target[k].lower() in ARTICLES[lang]:
        k -= 1
    if k >= 0 and target[k].lower() in LINKERS[lang]:
        k -= 1
    elif k != lo - 1:
        return None  # an article alone starts the phrase: nothing to the left belongs to it
    if k >= 0 and is_content(target[k], lang) and k not in taken:
        return k, hi
    return None


def _complement(target: list[Token], hi: int, lang: str, taken: set[int]) -> int | None:
    k = hi + 1
    if k < len(target) and target[k].lower() in LINKERS[lang] - {"à", "a", "en", "au", "al"}:
        k += 1
        if k < len(target) and target[k].lower() in ARTICLES[lang]:
            k += 1
        if k < len(target) and is_content(target[k], lang) and k not in taken:
            return k
    return None
