"""A term on a line of its own, then its renderings on lines labelled by what they are:

    1、中华人民共和国最高人民法院
    英译文：The Supreme People's Court of the People's Republic of China
    简称：The Supreme People's Court of P.R.C. (SPC)
    例：
    ①北京市高级人民法院
    英文名称: The High People's Court of Beijing Municipality

    汉语 |
    河北省高级人民法院 |
    英语翻译 |
    The High People's Court of Hebei Province |

Official lists of recommended translations (courts, organs, titles) set each entry out this
way.  Method: a line that opens with a Chinese label naming a translation (英译文, 英文名称,
英语翻译, 译文, 翻译, 法文, 西班牙文…) or a short form of it (简称, 英文简称, 缩写) gives the
Latin text after it, or on the next line when the label stands alone, as a rendering of the
last term above: a line of Chinese alone (its list number aside), the value of a 汉语 / 中文
label, or a term its definition follows after a colon (一带一路：指“丝绸之路经济带”…).  Blank lines, example markers (例：) and the entry's other labelled lines may come
between; any other line ends the entry.  The language is the label's (英 en, 法 fr, 西 es),
else the text's.  Confidence 0.8: the layout vouches, and the scorer still asks for a word
that links the two sides, or keeps the pair for review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract._evidence import evidence
from glossary.build.extract.rows import LIST_MARKER
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "label-lines"
CONFIDENCE = 0.8
_GAP = 6  # source lines at most between an entry's term and its last labelled line

# 英译文, 英文名称, 英语翻译(简称), 法文, 西班牙语…; or 译文, 简称 (the language is the text's)
_TRANSLATION = (r"(?P<lang>英|法|西班牙|西)(?:(?:[语語]|文)(?:[译譯]名|翻[译譯]|名[称稱]?|全[称稱]|"
                r"[简簡][称稱]|[缩縮][写寫])?|[译譯](?:文|名)?)(?:[(（][简簡][称稱][)）])?|"
                r"[译譯]文|[译譯]名|[简簡][称稱]|[缩縮][写寫]|翻[译譯]")
# (a label alone on its line may have lost its separator with the row's bar: "汉语 |")
_LABEL = han.pattern(rf"^(?:{_TRANSLATION})\s*(?:[:：]\s*(?P<rest>.*))?$")
_CHINESE_LABEL = han.pattern(r"^(?:汉语|漢語|中文|汉语名称|中文名称)\s*(?:[:：]\s*(?P<rest>.*))?$")
_EXAMPLE = han.pattern(r"^[例如][:：]?$|^例如?[:：]")
_NUMBER = re.compile(r"^[\s①-⑳]+")
_TERM = han.pattern(r"[\p{Han}][\p{Han}0-9·“”《》()（）]{1,39}")
# a term that its definition follows: "一带一路：指“丝绸之路经济带”和…"
_DEFINED = han.pattern(r"(?P<term>[\p{Han}][\p{Han}0-9·“”《》]{1,15})[:：]\s*\S.*")
_LATIN = re.compile(r"^[A-Za-z][^\u3400-\u9fff]*$")


@dataclass
class _Entry:
    term: str = ""
    line: int = -1  # the source line of the latest line that belongs to the entry
    waiting: str = ""  # a label standing alone: "term" (汉语), or the language its value has


def extract(document: Document) -> Iterator[Candidate]:
    entry = _Entry()
    for paragraph in document.paragraphs:
        for offset, raw in paragraph.source_lines():
            line = _NUMBER.sub("", LIST_MARKER.sub("", raw, count=1)).strip(" |｜\t")
            number = paragraph.line_at(offset)
            if not line:
                continue
            if entry.line >= 0 and number - entry.line > _GAP:
                entry = _Entry()
            if entry.waiting:
                waiting, entry.waiting = entry.waiting, ""
                if waiting == "term" and _TERM.fullmatch(line):
                    entry.term, entry.line = line, number
                    continue
                if waiting != "term" and entry.term and _LATIN.match(line):
                    entry.line = number
                    yield _candidate(document, paragraph, offset, raw, entry.term, line, waiting)
                    continue
            labelled = _LABEL.match(line)
            chinese = _CHINESE_LABEL.match(line)
            if chinese:
                rest = (chinese["rest"] or "").strip()
                entry = _Entry(rest, number) if _TERM.fullmatch(rest) else \
                    _Entry(line=number, waiting="term" if not rest else "")
            elif labelled and entry.term:
                lang = _language(labelled)
                rest = (labelled["rest"] or "").strip()
                entry.line = number
                if not rest:
                    entry.waiting = lang
                elif _LATIN.match(rest):
                    yield _candidate(document, paragraph, offset, raw, entry.term, rest, lang)
            elif _EXAMPLE.match(line):
                entry.line = number
            elif _TERM.fullmatch(line) and not labelled:
                entry = _Entry(line, number)
            elif (defined := _DEFINED.fullmatch(line)) and not labelled:
                entry = _Entry(defined["term"], number)
            else:
                entry = _Entry()  # prose: the entry is over


def _language(label: re.Match[str]) -> str:
    """en, fr or es as the label names it; "any" where it names none (译文, 简称)."""
    named = label["lang"] or ""
    return {"英": "en", "法": "fr", "西": "es", "西班牙": "es"}.get(named, "any")


def _candidate(document: Document, paragraph: Paragraph, offset: int, raw: str, term: str,
               rendering: str, lang: str) -> Candidate:
    rendering = rendering.strip().rstrip("。.;；,，")
    if lang == "any":
        lang = span_language(rendering, rendering)
    return Candidate(terms=(CandidateTerm(term, ZH_HANS), CandidateTerm(rendering, lang)),
                     evidence=evidence(document, paragraph, offset, offset + len(raw), NAME,
                                       CONFIDENCE))

