"""A glossary whose translations slipped one line, as text copied out of a PDF often does:

     the State Council 国务院总理
     Premier of the State Council 代表…
     on behalf of… 向…报告

Each line reads "English Chinese", but the English belongs to the Chinese at the end of the
line before (国务院 ↔ the State Council, 国务院总理 ↔ Premier of the State Council).  Read as
rows, every pair is wrong and many still share a word.  Method: in a run of four lines or
more, each a Latin cell followed by one Chinese cell, the translation evidence (the scorer's
links) of the pairs on one line is set against that of the pairs shifted by a line; when the
shifted reading explains at least twice as much, the run is a slipped glossary: this module
pairs each English with the Chinese of the line before, and ``rows`` leaves those lines alone.
Confidence 0.7: each pair still needs a word linking it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "shifted-rows"
CONFIDENCE = 0.7
_MIN_RUN = 4
_MARGIN = 2.0

Line = tuple[int, int]  # (paragraph index, offset of the line in it)


def extract(document: Document) -> Iterator[Candidate]:
    for (index, offset), pair in slipped(document).items():
        if pair is None:
            continue
        latin, zh = pair
        paragraph = document.paragraphs[index]
        line = paragraph.text[offset:]
        yield Candidate(
            terms=(CandidateTerm(zh, ZH_HANS), CandidateTerm(latin, span_language(latin, latin))),
            evidence=evidence(document, paragraph, offset, offset + len(line.split("\n")[0]),
                              NAME, CONFIDENCE))


@lru_cache(maxsize=4)
def slipped(document: Document) -> dict[Line, tuple[str, str] | None]:
    """Each line of a slipped run → (its English, the Chinese of the line before); the first
    line of a run → None (its English belongs to a line the run does not have)."""
    from glossary.build.scorer import translation_evidence

    entries: list[tuple[Line, tuple[str, str]] | None] = []
    for index, paragraph in enumerate(document.paragraphs):
        for offset, line in paragraph.source_lines():
            entries.append(((index, offset), pair) if (pair := _latin_then_chinese(line))
                           else None)
    found: dict[Line, tuple[str, str] | None] = {}
    for run in _runs(entries):
        same = sum(translation_evidence(zh, latin, "en")[0] for _, (latin, zh) in run)
        shifted = sum(translation_evidence(before[1][1], here[1][0], "en")[0]
                      for before, here in zip(run, run[1:]))
        if shifted >= _MARGIN * same and shifted >= 0.3 * (len(run) - 1):
            found[run[0][0]] = None
            for before, here in zip(run, run[1:]):
                found[here[0]] = (here[1][0], before[1][1])
    return found


def _runs(entries: list[tuple[Line, tuple[str, str]] | None]) -> Iterator[
        list[tuple[Line, tuple[str, str]]]]:
    run: list[tuple[Line, tuple[str, str]]] = []
    for entry in [*entries, None]:
        if entry is not None:
            run.append(entry)
            continue
        if len(run) >= _MIN_RUN:
            yield run
        run = []


def _latin_then_chinese(line: str) -> tuple[str, str] | None:
    from glossary.build.extract.rows import bare_chinese, cells, classify

    row = [classify(c) for c in cells(line)]
    kinds = [c.kind for c in row if c.kind != "empty"]
    if kinds != ["latin", "zh"]:
        return None
    latin, zh = (c.text for c in row if c.kind != "empty")
    zh = bare_chinese(zh.strip("…. "))
    latin = _ACRONYM.sub("", latin.strip("…. "))  # "…Conference(CPPCC)": the acronym aside
    return (latin, zh) if zh and latin else None


_ACRONYM = re.compile(r"\s*[(（][A-Z]{2,8}[)）]?$")
