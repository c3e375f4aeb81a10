"""Building the Evidence an extractor attaches to a candidate: file, line, sentence."""

from __future__ import annotations

import re

from glossary.build.documents import Document, Paragraph
from glossary.model import Evidence

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|(?<=[。！？])")
MAX_CONTEXT = 400


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], trimmed to MAX_CONTEXT characters around it."""
    left = 0
    right = len(text)
    for match in _SENTENCE_BREAK.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    sentence = text[left:right].strip()
    if len(sentence) > MAX_CONTEXT:
        middle = (start + end) // 2 - left
        lo = max(0, middle - MAX_CONTEXT // 2)
        sentence = "…" + sentence[lo:lo + MAX_CONTEXT].strip() + "…"
    return sentence


def evidence(document: Document, paragraph: Paragraph, start: int, end: int,
             extractor: str, confidence: float) -> Evidence:
    return Evidence(
        file=document.path,
        line=paragraph.line_at(start),
        context=sentence_around(paragraph.text, start, end),
        extractor=extractor,
        confidence=round(confidence, 2),
    )
