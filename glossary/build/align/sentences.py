"""Sentence segmentation for zh, en, fr and es, with offsets into the paragraph.

Chinese ends a sentence at 。！？ (and ！？ in full width or not), with any closing quotes
that follow.  Latin scripts end one at . ! ? followed by a space and something that can
start a sentence (a capital, a digit, an opening quote or ¿ ¡), except after an
abbreviation: a known short word ("Mr.", "art.", "p.", "etc."), an initial ("J."), a
dotted acronym ("U.S."), or an item's number opening the sentence ("1. Striving to…").  An ALL-CAPS title or a label is a paragraph of its own already
(``documents``), so it is a sentence of its own here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from glossary.build.documents import Paragraph

_HAN_END = re.compile(r"[。！？!?]+[”’」』）)]*")
_LATIN_END = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s+[\"'“‘«(¿¡]*[A-ZÀ-ÖØ-Þ0-9])")
# Latin-script paragraphs quote Chinese sentences too: 。！？ end a sentence in any paragraph.
_ANY_END = re.compile(_LATIN_END.pattern + r"|[。！？]+[”’」』）)]*")

# an item's number or letter, as lists open their items: 1. IV. (a)
ITEM_LABEL = r"\(?(?:\d{1,3}|[IVXivx]{1,5}|[A-Za-z])"
_LIST_NUMBER = re.compile(ITEM_LABEL + r"\)?")
# Words after which a full stop does not end the sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset("""
    mr mrs ms dr prof st jr sr no nos vol vols art arts p pp ch fig ed eds etc e.g i.e cf vs
    approx dept govt inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec
    m mme mlle mm me dr pr cie av env ex
    sr sra srta dra lic núm pág art arts ud uds
""".split())


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: Paragraph
    start: int  # offset of the sentence in its paragraph's text

    @property
    def line(self) -> int:
        return self.paragraph.line_at(self.start)


def split(paragraph: Paragraph) -> list[Sentence]:
    """The sentences of one paragraph, stripped, in order."""
    text = paragraph.text
    ends = _HAN_END if paragraph.lang == "zh" else _ANY_END
    sentences: list[Sentence] = []
    start = 0
    for match in ends.finditer(text):
        if paragraph.lang != "zh" and text[match.start()] == "." and (
                _abbreviation_before(text, match.start())
                or _LIST_NUMBER.fullmatch(text[start:match.start()].strip())):
            continue  # (an item's number opening the sentence: "1. Striving to modernize…")
        _add(sentences, paragraph, start, match.end())
        start = match.end()
    _add(sentences, paragraph, start, len(text))
    return sentences


def _abbreviation_before(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"[\w.]*$", text[max(0, dot - 40):dot]).group()  # type: ignore[union-attr]
    bare = word.lower()
    return (bare in _ABBREVIATIONS
            or (len(word) == 1 and word.isupper())  # an initial: "J. Smith"
            or bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word)))  # "U.S", "e.g"


def _add(sentences: list[Sentence], paragraph: Paragraph, start: int, end: int) -> None:
    piece = paragraph.text[start:end]
    stripped = piece.strip()
    if stripped:
        sentences.append(Sentence(stripped, paragraph, start + piece.index(stripped)))
