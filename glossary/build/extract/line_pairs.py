"""A term on one line, its translation on the next: keyword lists, vocabulary notes, titles.

    1. 习近平新时代中国特色社会主义思想                 - 放宽市场准入
    Xi Jinping Thought on Socialism with …               - Broaden market access

    Central Commission for Discipline Inspection
    中国共产党中央纪律检查委员会

Newspaper keyword lists put a Chinese heading, then its English line, then example sentences;
study notes nest the English under the Chinese bullet; pages title a term in English with the
Chinese alone on the next line.  Method: the document's non-blank source lines in order,
list markers removed; two neighbours form a pair when one is Chinese only and the other
Latin only and both are term-sized (Chinese: 2–30 characters without sentence punctuation;
Latin: at most 20 words, not ending a sentence with a full stop unless short).  Lines are
paired from the top, each line used once, so a list of zh/en pairs never pairs an English
line with the next entry's Chinese; where a Chinese line has a Latin line on each side, it
goes with the one the dictionary links it to better (a heading "F" above "放宽市场准入", its
translation below).  A sentence line between them (the example
sentences) breaks nothing: it is simply not term-sized.

Position is weak evidence (confidence 0.6): the scorer keeps a pair only when the
dictionary, pinyin or numbers link the two lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.build.documents import Document, Paragraph
from glossary.build.extract._evidence import evidence
from glossary.build.extract.rows import LIST_MARKER, classify, renderings_of
from glossary.build.language import span_language
from glossary.han import han_count
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "line-pairs"
CONFIDENCE = 0.6
_MAX_ZH = 30
_MAX_WORDS = 20


def extract(document: Document) -> Iterator[Candidate]:
    found = [(paragraph, offset, LIST_MARKER.sub("", line, count=1).strip())
             for paragraph in document.paragraphs for offset, line in paragraph.source_lines()]
    found = [entry for entry in found if entry[2]]
    kinds = [_kind(line) for _, _, line in found]
    index = 0
    while index + 1 < len(found):
        first, second = found[index], found[index + 1]
        pair = (kinds[index], kinds[index + 1])
        if pair == ("latin", "zh") and index + 2 < len(found) and kinds[index + 2] == "latin" \
                and _linked(second[2], found[index + 2][2]) > _linked(second[2], first[2]):
            index += 1  # the Chinese line belongs with the line after it, not this one
            continue
        if pair in (("zh", "latin"), ("latin", "zh")):
            zh, other = (first, second) if pair[0] == "zh" else (second, first)
            for rendering in renderings_of(other[2]):
                yield _candidate(document, zh, other, rendering)
            index += 2
        else:
            index += 1


def _linked(zh: str, other: str) -> int:
    from glossary.build.scorer import links

    return len(links(classify(zh).text, other, "en").words)


def _kind(line: str) -> str:
    cell = classify(line)
    if cell.kind == "zh":
        ok = 2 <= han_count(cell.text) <= _MAX_ZH and not re.search(r"[。！？；，,;]", line)
        return "zh" if ok else ""
    if cell.kind == "latin":
        words = line.split()
        sentence = line.rstrip().endswith((".", "?", "!")) and len(words) > 6
        wordy = re.search(r"[^\W\d_]{3,}", line) or re.fullmatch(r"[A-Z]{2,}", line.strip())
        return "latin" if 1 <= len(words) <= _MAX_WORDS and not sentence and wordy else ""
    return ""


def _candidate(document: Document, zh: tuple[Paragraph, int, str],
               other: tuple[Paragraph, int, str], rendering: str) -> Candidate:
    chinese = classify(zh[2]).text.strip("()（）【】[]")
    lang = span_language(rendering, rendering)
    return Candidate(
        terms=(CandidateTerm(chinese, ZH_HANS,
                             evidence=evidence(document, zh[0], zh[1], zh[1] + len(zh[2]), NAME,
                                               CONFIDENCE)),
               CandidateTerm(rendering, lang)),
        evidence=evidence(document, other[0], other[1], other[1] + len(other[2]), NAME,
                          CONFIDENCE))
