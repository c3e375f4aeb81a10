"""Encyclopedia infoboxes flattened to text: a title, then rows that label its Chinese forms.

    Central Comprehensively Deepening Reforms Commission | |||||||
    Simplified Chinese | 中央全面深化改革委员会 | ||||||
    Traditional Chinese | 中央全面深化改革委員會 | ||||||
    …
    The Central Comprehensively Deepening Reforms Commission (CCDR), also translated as the
    Central Commission for Deepening Reform, is …

    Comisión Central de Inspección Disciplinaria
    Chino simplificado 中国 共产党 中央 纪律 检查 委员会
    Significado literal Comisión Central de Disciplina de Inspección del Partido Comunista de China

Wikipedia's "Chinese name" box, as its mirrors print it.  Method: a row of a Chinese label
("Simplified Chinese", "Chino tradicional"…, ``rows.LABELS``) and a Chinese cell pairs that
Chinese with the box's title: the last short Latin line above it.  A "Literal meaning" row is
a word-by-word gloss ("Chinese People('s) Republic State Affair(s) Court"), not a rendering,
and is left out.  After "Commonly abbreviated as" the Chinese rows are short forms of the
title's name, not translations of it, and are left out too.  Then the article's lead, the first sentence that opens with the title,
gives the title's other names ("also translated as …", ``_lead.aliases``), which are renderings
of the same Chinese.

Confidence 0.7 for the title (the scorer asks a word to link them to
the Chinese, or the layout to vouch), 0.8 for a name the lead gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract import _lead
from glossary.build.extract._evidence import evidence
from glossary.build.extract.rows import LABELS, bare_chinese
from glossary.build.language import span_language
from glossary.han import han_count
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "infobox"
CONFIDENCE = 0.7
_LEAD_CONFIDENCE = 0.8
_ABBREVIATED = re.compile(r"abbreviat|short form|abreviad|abrégé|简称|簡稱|缩写|縮寫", re.IGNORECASE)
_LITERAL = re.compile(r"^(?:literal meaning|literally|lit\.|significado literal|"
                      r"sens littéral|signification littérale|字面意思)\s*[|:：\t]?\s*", re.IGNORECASE)
_MAX_TITLE_WORDS = 18  # French and Spanish names of Party and state bodies run long
_LABELLED = han.pattern(r"^(?P<label>[^|:：\t\p{Han}]+?)\s*[|:：\t]?\s*(?P<zh>[\p{Han}][\p{Han}\s·“”()（）]*)$"
                        # or the label after the Chinese, in brackets: "中华人民共和国 (Chinese)"
                        r"|^(?P<zh2>[\p{Han}][\p{Han}\s·“”]*?)\s*[(（](?P<label2>[^()（）\p{Han}]+)[)）]$")
_OPEN_END = re.compile(r"\s(?:of|the|and|for|de|la|le|les|des|du|del|et|y|para|pour)$", re.IGNORECASE)
# A heading inside the box, over its rows in one language: "Chinese name", "Portuguese name",
# "Transcriptions", "Nombre chino" (not the box's title)
_SECTION = han.pattern(r"^(?:(?P<other>alternative|former|other)\s+|(?:official|native|full)\s+)?"
                       r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+names?$|^transcriptions?$|"
                       r"^(?:nombre|nom)s?\s+(?:en\s+)?(?:chino|chinois)$|^[\p{Han}]*名称$",
                       re.IGNORECASE)


@dataclass
class _Box:
    title: str = ""
    short: bool = False  # after "abbreviated as": short forms of the title's name
    line: int = -1  # the title's (last) source line


def extract(document: Document) -> Iterator[Candidate]:
    box = _Box()
    titled: dict[str, str] = {}  # title → its Chinese, for the lead's other names
    for paragraph in document.paragraphs:
        for offset, line in paragraph.source_lines():
            if _LITERAL.match(line.strip(" |")):
                continue  # a word-by-word gloss ("State Affair(s) Court"), not a rendering
            text = _cell_text(line)
            if not text:
                continue
            labelled = _LABELLED.match(text)
            if not labelled:
                if not han_count(text) and LABELS.get(text.casefold().rstrip(" :：")) is None:
                    section = _SECTION.match(text)
                    if _ABBREVIATED.search(text) or section and section["other"]:
                        box.short = True  # (an alternative name is no rendering of the title)
                    elif _is_title(text) and not section:
                        # a title wrapped over lines: "Presidente de la / República Popular China"
                        at = paragraph.line_at(offset)
                        wrapped = box.title and box.line == at - 1 and _OPEN_END.search(box.title)
                        box = _Box(title=f"{box.title} {text}" if wrapped else text, line=at)
                continue
            label = labelled["label"] or labelled["label2"]
            if LABELS.get(label.strip().casefold()) != "zh":
                continue
            zh = bare_chinese((labelled["zh"] or labelled["zh2"]).strip())
            if not zh:
                continue
            if box.title and not box.short:
                titled.setdefault(box.title, zh)
                yield _candidate(document, paragraph, offset, line, zh, box.title)
    yield from _lead_names(document, titled)


def _lead_names(document: Document, titled: dict[str, str]) -> Iterator[Candidate]:
    """The other names the article's lead gives its title: the first sentence of the
    document that opens with the title (after an article)."""
    for title, zh in titled.items():
        opening = re.compile(r"^(?:(?:the|la|le|el|l['’])\s+)?" + re.escape(title) + r"\b",
                             re.IGNORECASE)
        for paragraph in document.paragraphs:
            found = opening.match(paragraph.text)
            if not found or not paragraph.text[found.end():].strip(" |"):
                continue  # the box's own title line
            for name, at, capitalised in _lead.aliases(paragraph.text[found.end():], found.end()):
                if capitalised and name != title:
                    yield Candidate(
                        terms=(CandidateTerm(zh, ZH_HANS),
                               CandidateTerm(name, span_language(name, paragraph.text))),
                        evidence=evidence(document, paragraph, at, at + len(name), NAME,
                                          _LEAD_CONFIDENCE))
            break


def _candidate(document: Document, paragraph: Paragraph, offset: int, line: str, zh: str,
               text: str) -> Candidate:
    return Candidate(terms=(CandidateTerm(zh, ZH_HANS),
                            CandidateTerm(text, span_language(text, text))),
                     evidence=evidence(document, paragraph, offset, offset + len(line), NAME,
                                       CONFIDENCE))


def _is_title(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= _MAX_TITLE_WORDS and text[:1].isupper() and \
        not text.endswith((".", ":")) and not _LITERAL.match(text)


def _cell_text(line: str) -> str:
    """A flattened table row without its empty cells: "Simplified Chinese | 中纪委 | ||||" →
    "Simplified Chinese | 中纪委"."""
    return " | ".join(c.strip() for c in line.split("|") if c.strip()).strip()
