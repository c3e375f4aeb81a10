"""Quoted terms in parallel blocks: one passage in zh, en, fr and es, each quoting the same
terms in the same order.

    “社会治理” … “统战工作”            (Chinese block)
    “social governance” … “united front work”
    « gouvernance sociale » … « travail du Front uni »
    “gobernanza social” … “trabajo del frente único”

A block is a run of paragraphs in one language (labels such as "French:" and titles are
paragraphs of their own and do not break it); consecutive blocks in different languages form
a parallel group (a block in a language already in the group starts a new one), so both a
passage given in four languages one after another and paragraphs interleaved by language
work.  Within a group, the n-th quoted term of the Chinese block pairs with the n-th of each
other block, but only when the two blocks quote the same number of terms: a count that
differs means the quotes do not correspond one to one, and nothing is guessed.  Quotations
longer than a term (over eight words) are left out.  Order is weak evidence, so the pairs go
in at confidence 0.55, that is, for review.

This is the first part of parallel-text alignment (issue 4): sentence alignment, names and
noun phrases are not done.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.documents import Document, Paragraph
from glossary.extract.evidence import evidence
from glossary.han import script_of
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "parallel"
CONFIDENCE = 0.55
_LANGUAGES = ("zh", "en", "fr", "es")
_QUOTED = re.compile(r"“\s*([^”]{2,80}?)\s*”|«\s*([^»]{2,80}?)\s*»|「([^」]{2,40})」|『([^』]{2,40})』")
_MAX_WORDS = 8

Block = tuple[str, list[Paragraph]]


def extract(document: Document) -> Iterator[Candidate]:
    for group in _groups(_blocks(document.paragraphs)):
        spans = {lang: _quoted(paragraphs, lang) for lang, paragraphs in group}
        chinese = spans.get("zh", [])
        if not chinese:
            continue
        for lang, found in spans.items():
            if lang == "zh" or len(found) != len(chinese):
                continue
            for (zh_text, _, _), (text, paragraph, start) in zip(chinese, found):
                yield Candidate(
                    terms=(CandidateTerm(zh_text, ZH_HANS), CandidateTerm(text, lang)),
                    evidence=evidence(document, paragraph, start, start + len(text), NAME,
                                      CONFIDENCE))


def _blocks(paragraphs: tuple[Paragraph, ...]) -> list[Block]:
    blocks: list[Block] = []
    for paragraph in paragraphs:
        if paragraph.lang not in _LANGUAGES:
            continue  # labels ("French:"), page furniture
        if blocks and blocks[-1][0] == paragraph.lang:
            blocks[-1][1].append(paragraph)
        else:
            blocks.append((paragraph.lang, [paragraph]))
    return blocks


def _groups(blocks: list[Block]) -> Iterator[list[Block]]:
    group: list[Block] = []
    for block in blocks:
        if any(lang == block[0] for lang, _ in group):
            yield group
            group = []
        group.append(block)
    if group:
        yield group


def _quoted(paragraphs: list[Paragraph], lang: str) -> list[tuple[str, Paragraph, int]]:
    found = []
    for paragraph in paragraphs:
        for match in _QUOTED.finditer(paragraph.text):
            group = next(i for i in range(1, 5) if match.group(i) is not None)
            text = " ".join(match.group(group).split())
            script = script_of(text)
            if (lang == "zh") != (script == "han") or len(text.split()) > _MAX_WORDS:
                continue
            found.append((text, paragraph, match.start(group)))
    return found
