"""Building the Evidence an extractor attaches to a candidate: file, line, sentence."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from glossary.build.align.sentences import ITEM_LABEL, Sentence, split
from glossary.build.documents import Document, Paragraph
from glossary.model import Evidence

MAX_CONTEXT = 400


def sentence_around(paragraph: Paragraph, start: int, end: int) -> str:
    """The sentence holding text[start:end] (the aligner's sentences: one splitter for the
    package), trimmed to MAX_CONTEXT characters around it."""
    found, starts = _sentences(paragraph)
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    left = found[index].start if found else 0
    last = index
    while last + 1 < len(found) and found[last].start + len(found[last].text) < end:
        last += 1
    right = found[last].start + len(found[last].text) if found else len(paragraph.text)
    sentence = paragraph.text[left:right].strip()
    item = _ITEM_NUMBER.match(sentence)
    if item and left + item.end() <= start:  # "5. Clarify…": the item's number is no context
        sentence, left = sentence[item.end():], left + item.end()
    if len(sentence) > MAX_CONTEXT:
        middle = (start + end) // 2 - left
        lo = max(0, middle - MAX_CONTEXT // 2)
        sentence = "…" + sentence[lo:lo + MAX_CONTEXT].strip() + "…"
    return sentence


_ITEM_NUMBER = re.compile(ITEM_LABEL + r"[.)]\s+")


@lru_cache(maxsize=256)
def _sentences(paragraph: Paragraph) -> tuple[list[Sentence], list[int]]:
    found = split(paragraph)
    return found, [s.start for s in found]


def evidence(document: Document, paragraph: Paragraph, start: int, end: int,
             extractor: str, confidence: float) -> Evidence:
    return Evidence(
        file=document.path,
        line=paragraph.line_at(start),
        context=sentence_around(paragraph, start, end),
        extractor=extractor,
        confidence=round(confidence, 2),
    )
