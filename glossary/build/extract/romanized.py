"""A romanization followed by its characters, then the translation in parentheses:

    the broader concept of "Zhonghua Minzu 中华民族" (Chinese nation)
    → 中华民族, transliteration Zhonghua Minzu (zh-Latn-pinyin), English "Chinese nation"

The Latin words right before a run of Han characters are taken as its romanization only if
they *are* its pinyin: pypinyin's toneless reading of the characters, joined, equals the
words joined (case, tone marks and spaces aside).  So "Xi Jinping 习近平" qualifies and "the
policy 政策" does not.  A parenthesis right after the characters (or after a closing quote)
gives the English; without one, the pair is still a term with its transliteration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.han import script_of
from glossary.langtags import PINYIN, ZH_HANS
from glossary.model import Candidate, CandidateTerm, TermType
from glossary.normalize.keys import pinyin_key, pinyin_syllables

NAME = "romanized"
# Found from the Han run backwards: a regex that starts at Latin words would try every word
# of every sentence (it was most of the build time on English prose).
_HAN = han.pattern(r"(?<=[A-Za-zÀ-ɏ'’]\s)(?P<han>[\p{Han}]{2,12})(?P<quote>[\"”’»]?)"
                  r"(?:\s*[(（](?P<english>[^()（）]{2,80})[)）])?")
_LATIN_BEFORE = re.compile(r"(?:[A-Za-zÀ-ɏ'’]+\s+){0,7}[A-Za-zÀ-ɏ'’]+\s+$")


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        for match in _HAN.finditer(paragraph.text):
            before = _LATIN_BEFORE.search(paragraph.text, max(0, match.start() - 160),
                                          match.start())
            romanization = before and _romanization(before.group().split(), match["han"])
            if not romanization or before is None:
                continue
            terms = [CandidateTerm(match["han"], ZH_HANS),
                     CandidateTerm(romanization, PINYIN, TermType.TRANSLITERATION)]
            english = (match["english"] or "").strip()
            if english and script_of(english) == "latin":
                terms.append(CandidateTerm(english, "en"))
            start = before.start() + len(before.group().rstrip()) - len(romanization)
            yield Candidate(terms=tuple(terms),
                            evidence=evidence(document, paragraph, start, match.end(), NAME,
                                              0.85 if english else 0.7))


def _romanization(words: list[str], han: str) -> str | None:
    """The shortest tail of `words` that is the pinyin of `han`, or None."""
    reading = "".join(pinyin_syllables(han))
    for size in range(1, len(words) + 1):
        tail = " ".join(words[-size:])
        key = pinyin_key(tail)
        if key == reading:
            return tail
        if len(key) > len(reading):
            break
    return None
