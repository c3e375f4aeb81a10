"""English, French or Spanish prose that says what a Chinese term translates as:

    El término 政党 (zhèngdǎng) se traduce al español como partido político.
    Le mot 政策 se traduit en français par « politique ».
    The word 两会 (liǎnghuì) is translated as "two sessions"; 共同富裕 means 'common prosperity'.

Learners' pages and explainers present terms this way, as Chinese prose does with 即 and 译为
(``named_as``).  Method: a Chinese term (its reading in brackets after it aside), then, within
a few words, a verb of translating (translates as, is translated as, is rendered as, se
traduce como, se traduit par…), then the rendering: quoted, or up to the clause's end, at
most six words, alternatives split at "or", "o", "ou".  "Means" (significa, signifie, veut
dire) says so too, but as often introduces an explanation: only a quoted rendering counts
after it.  Confidence 0.7: the scorer keeps a pair only when a word links the two sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "translates-as"
CONFIDENCE = 0.7
_MAX_WORDS = 6

_TERM = r"(?P<zh>[\p{Han}]{2,16})[”」\"'’»]?(?:\s*[(（][^()（）\p{Han}]{1,40}[)）])?"
# (an adverb may qualify the verb: "se traduce directamente como", "is usually translated as")
_HOW = r"(?:\w+(?:ly|mente|ment)\s+)?"
_TRANSLATES = (r"(?:(?:is|are|can\s+be|is\s+often|is\s+usually|is\s+officially)\s+)?"
               r"(?:translated|rendered)\s+(?:in(?:to)?\s+English\s+)?" + _HOW + r"as|translates?\s+"
               r"(?:in(?:to)?\s+English\s+)?" + _HOW + r"(?:as|to)|"
               r"se\s+traduce\s+" + _HOW + r"(?:al\s+(?:español|castellano)\s+)?" + _HOW + r"(?:como|por)|"
               r"se\s+traduit\s+" + _HOW + r"(?:en\s+français\s+)?" + _HOW + r"par|est\s+traduit\s+" + _HOW + r"par|"
               r"(?:es|está)\s+traducid[oa]\s+" + _HOW + r"como")
_MEANS = r"means|significa|quiere\s+decir|signifie|veut\s+dire"
_QUOTE = r"[\"“«‘']\s*(?P<{}>[^\"“”«»‘’'\p{{Han}}]{{2,80}}?)\s*[\"”»’']"
_PLAIN = r"(?P<plain>[A-Za-zÀ-ÿ][^\p{Han}.,;:!?()（）\"“”«»\n]{1,80})"
_SAID = han.pattern(
    _TERM + r"[^\p{Han}.;!?]{0,30}?\b(?:(?:" + _TRANSLATES + r")\s*(?:" + _QUOTE.format("quoted")
    + "|" + _PLAIN + r")|(?:" + _MEANS + r")\s*[:,]?\s*" + _QUOTE.format("meant") + ")")
_ALTERNATIVE = re.compile(r"\s+(?:or|o|ou)\s+")
_TRAILING = re.compile(r"\s+(?:in|en|dans|for|para|pour|and|y|et|which|que|qui|that|when|"
                       r"cuando|lorsque)\b.*$", re.IGNORECASE)


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        text = paragraph.text
        for match in _SAID.finditer(text):
            quoted = match["quoted"] or match["meant"]
            found = quoted if quoted else _TRAILING.sub("", match["plain"] or "")
            for rendering in _ALTERNATIVE.split(found.strip()) if not quoted else [found]:
                rendering = rendering.strip(" '’")
                if not rendering or len(rendering.split()) > _MAX_WORDS:
                    continue
                yield Candidate(
                    terms=(CandidateTerm(match["zh"], ZH_HANS),
                           CandidateTerm(rendering, span_language(rendering, text))),
                    evidence=evidence(document, paragraph, match.start(), match.end(), NAME,
                                      CONFIDENCE))
