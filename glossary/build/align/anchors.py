"""What two sentences in different languages visibly share, as a score from 0 to 1.

Anchors, strongest first:
- dictionary words: the share of the English sentence's content words that CC-CEDICT glosses
  in the Chinese one, or that have a cognate in the French or Spanish one;
- numbers (2023, 75) and acronyms (CPC = PCC: same letters in any order), which must agree:
  a number on one side only counts against the pair;
- names: a capitalised Latin name spelled out in the Chinese sentence's pinyin (Xi Jinping ↔
  习近平);
- quotations: as many quoted spans on both sides (“social governance” ↔ « gouvernance
  sociale » ↔ “社会治理”).
French ↔ Spanish are never compared directly: every block is aligned to the English one, where
the dictionary and the cognates are.  Only a page with no English aligns its Chinese to its
French or Spanish, through the cognates of CC-CEDICT's English glosses (``lexicon.as_gloss``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from glossary.build.align import lexicon
from glossary.build.align.words import content_words
from glossary.normalize.keys import fold

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A number in Chinese numerals where English writes digits: a year (一九八四年 1984), a day
# (十九日 19), an article (第三十一条 Article 31), a session (十九届 19th), an anniversary;
# not a month (十二月: December), a count of years (两年: two years) nor a numeral inside a
# word (统一, 一带一路)
_CHINESE_NUMBER = re.compile(r"(?<![〇零一二两三四五六七八九十百])(?:[〇零一二三四五六七八九]{4}(?=年)|"
                             r"[〇零一二两三四五六七八九十百]+(?=日|号|条|届|周年))")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_QUOTED = re.compile(r"“[^”]+”|«[^»]+»|「[^」]+」|『[^』]+』|\"[^\"]+\"")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*")
COGNATE = 80.0  # cognate score for an anchor: stricter than inside a known phrase


@dataclass(frozen=True)
class Features:
    lang: str
    words: tuple[str, ...]  # folded content words (Latin) or CC-CEDICT gloss words (Chinese)
    numbers: frozenset[str]
    acronyms: frozenset[str]
    names: tuple[str, ...]  # Latin: folded names; Chinese: () (its pinyin is in `pinyin`)
    pinyin: str = ""
    quotes: int = 0  # quoted spans
    # Precomputed once per sentence, as every sentence meets dozens of others:
    forms: tuple[str, ...] = ()  # Latin: words as compared (Spanish prothetic e- off)
    stems: tuple[str, ...] = ()  # Latin: Snowball stems
    by_prefix: dict[str, list[str]] = field(default_factory=dict, compare=False)  # Chinese
    # Chinese: numbers in numerals (一九八四年, 第三十一条), which English may write in digits
    # or in words ("Twelfth"): shared when it has the digits, no evidence against when not
    spelled: frozenset[str] = frozenset()


def features(text: str, lang: str) -> Features:
    text = unicodedata.normalize("NFKC", text)
    numbers = frozenset(n.replace(",", "") for n in _NUMBER.findall(text))
    acronyms = frozenset("".join(sorted(a)) for a in _ACRONYM.findall(text))
    quotes = len(_QUOTED.findall(text))
    if lang == "zh":
        from glossary.han import numeral_value
        from glossary.normalize.keys import pinyin_syllables
        from glossary.normalize.script import to_simplified

        spelled = frozenset(str(value) for value in map(numeral_value, _CHINESE_NUMBER.findall(
            text)) if value is not None)
        simplified = to_simplified(text)
        by_prefix = lexicon.gloss_index([simplified])
        gloss = [g for found in by_prefix.values() for g in found]
        return Features(lang, tuple(sorted(gloss)), numbers, acronyms, (),
                        "".join(pinyin_syllables(simplified)), quotes, by_prefix=by_prefix,
                        spelled=spelled)
    names = tuple(fold(n).replace(" ", "") for n in _NAME.findall(text))
    words = tuple(content_words(text, lang))
    forms = words if lang == "en" else tuple(lexicon.romance_form(w) for w in words)
    return Features(lang, words, numbers, acronyms, names, quotes=quotes, forms=forms,
                    stems=tuple(lexicon.stem(w, lang) for w in words))


def matched(english: Features, other: Features) -> frozenset[int]:
    """Indexes of the English sentence's words that the other sentence has: a CC-CEDICT gloss
    (Chinese) or a close cognate (French, Spanish)."""
    if not english.words or not other.words:
        return frozenset()
    if other.lang == "zh" and english.lang != "en":  # a zh/fr or zh/es page, no English
        return frozenset(i for i, w in enumerate(english.words)
                         if lexicon.as_gloss(w, other.words, english.lang, COGNATE))
    if other.lang == "zh":
        return frozenset(i for i, w in enumerate(english.words)
                         if lexicon.explained(w, other.by_prefix))
    from rapidfuzz import fuzz, process

    return frozenset(i for i, (w, stem) in enumerate(zip(english.forms, english.stems))
                     if process.extractOne(w, other.forms, scorer=fuzz.ratio,
                                           score_cutoff=COGNATE)
                     or process.extractOne(stem, other.stems, scorer=fuzz.ratio,
                                           score_cutoff=COGNATE))


def similarity(english: list[Features], other: list[Features],
               matches: list[list[frozenset[int]]]) -> float:
    """About 0 (nothing shared) to 1 (every anchor shared): `english` and `other` are the
    sentences of one bead, ``matches[a][b]`` what ``matched`` found for english[a] in
    other[b].  A merged sentence that shares nothing with the other side scores -0.5: that
    is evidence against the merge (the translation left a sentence out)."""
    if not any(f.words for f in english):
        return 0.0
    found = [frozenset().union(*row) for row in matches]
    if len(english) > 1 and any(f.words and not m for f, m in zip(english, found)):
        return -0.5
    if len(other) > 1 and any(other[b].words and not any(row[b] for row in matches)
                              for b in range(len(other))):
        return -0.5
    # The weakest sentence decides: each must share something with the other side.
    score = min(len(m) / len(f.words) if f.words else 0.0 for f, m in zip(english, found))
    numbers = [frozenset().union(*(f.numbers for f in side)) for side in (english, other)]
    letters = [frozenset().union(*(f.acronyms for f in side)) for side in (english, other)]
    spelled = frozenset().union(*(f.spelled for f in other)) - numbers[1]
    shared = len(numbers[0] & (numbers[1] | spelled)) + len(letters[0] & letters[1])
    unshared = len((numbers[0] - spelled) ^ numbers[1])
    quotes = [sum(f.quotes for f in side) for side in (english, other)]
    if quotes[0] or quotes[1]:
        shared += quotes[0] == quotes[1]
        unshared += quotes[0] != quotes[1]
    pinyin = "".join(f.pinyin for f in other)
    if pinyin:
        shared += sum(len(name) >= 4 and name in pinyin for f in english for name in f.names)
    return max(0.0, min(1.0, score + 0.2 * shared - 0.2 * unshared))
