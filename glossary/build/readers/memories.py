"""Translation memories (TMX) and bilingual XLIFF files: each unit's Chinese and its
translations, read by glossary.bitext's readers.

A unit becomes a paragraph of its Chinese followed by a paragraph of one translation: the
layout of a text that gives a passage and then its translation, so the extractors that read
aligned paragraphs (line_pairs, parallel) take the unit's terms from it.  A unit with several
translations (zh, en, fr) gives its Chinese once before each.  Each paragraph's language is
the one the file names (not guessed from a few words), and its line is the unit's line in the
file.  A unit without Chinese, or without an English, French or Spanish translation, is left
out.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from glossary.bitext import tmx, xliff
from glossary.build.documents import Paragraph
from glossary.han import contains_han
from glossary.langtags import primary

NAME = "memories"
SUFFIXES = (*tmx.SUFFIXES, *xliff.SUFFIXES)
_TARGETS = ("en", "fr", "es")
# The text arrives decoded from UTF-8: a declaration naming another encoding (a memory
# converted with iconv keeps its old one) must not make the parser decode it again.
_DECLARED = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])[^\"']*\2")


def paragraphs(text: str, name: str) -> list[Paragraph]:
    data = _DECLARED.sub(rb"\1\2UTF-8\2", text.encode("utf-8"), count=1)
    parse = tmx.parse if name.lower().endswith(tmx.SUFFIXES) else xliff.parse
    return [paragraph for segment in parse(io.BytesIO(data), name)
            for paragraph in _unit([(segment.source_lang, segment.source),
                                    *(segment.targets or
                                      ((segment.target_lang, segment.target),))],
                                   segment.line)]


def _unit(variants: list[tuple[str, str]], line: int) -> Iterator[Paragraph]:
    chinese = next((value for lang, value in variants if value.strip() and (
        primary(lang) == "zh" or (not lang and contains_han(value)))), None)
    if chinese is None:
        return
    for lang, value in variants:
        if value.strip() and primary(lang) in _TARGETS and not contains_han(value):
            yield Paragraph(_folded(chinese), "zh", ((0, line),), declared=True)
            yield Paragraph(_folded(value), primary(lang), ((0, line),), declared=True)


def _folded(value: str) -> str:
    return " ".join(value.split())
