"""Chinese glued to the English it translates, with no space or bracket between:

    The phrase: Foster the development of … neighborhood environments积极构建互嵌式社会结构和社区环境
    → "Foster the development of … neighborhood environments" ↔ 积极构建互嵌式社会结构和社区环境

A run of Han characters that starts right after a Latin letter is taken as the translation of
the clause it is glued to.  The clause runs back to the nearest colon, semicolon or sentence
end, or to the Chinese before it: a glossary pasted onto one line ("…Supreme People's
Court最高人民法院The State Council国务院Commerce商务部…") glues every row to the next, and there a
single capitalised word is a row too.  A leading imperative stays in the term only when the Chinese starts with its
equivalent (as in inline.py: Foster ↔ 积极构建).  Han text after a space ("… in 2025. 新年快乐!")
is not glued to anything and is never taken.  A line the dictionary reads the other way, each
Chinese name before its English ("化学工业部MinistryofChemicalIndustry办公厅GeneralOffice…", three
rows or more and no Chinese sentence), pairs each name with the English after it
(``scorer.orientation``).  Boundaries are a guess, so confidence is 0.6.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract import _sections as sections
from glossary.build.extract._evidence import evidence
from glossary.build.extract._truncation import review
from glossary.build.extract.inline import IMPERATIVES
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "glued"
_GLUED = han.pattern(r"(?<=[A-Za-z])(?P<han>[\p{Han}][\p{Han}，、]{1,40})")
_CLAUSE_START = re.compile(r"[:;.!?]\s+")
# a chapter's number, then its title after a space: 第一章 宗旨及原则
_NUMBERED_TITLE = han.pattern(sections.CHINESE.pattern + r"[ \t]+(?P<han>[\p{Han}][\p{Han}，、]{1,40})")
_HAN = han.pattern(r"[\p{Han}]+")
# a language lesson's "X is Y": the copula joins the English to its Chinese, quoted or not
_COPULA = han.pattern(r"(?:则|就|也|即|也就)?是|即|叫做?|称为")
_QUOTED_AFTER = han.pattern(r"\s*[“「\"](?P<han>[\p{Han}·]{2,30})[”」\"]")


def extract(document: Document) -> Iterator[Candidate]:
    from glossary.build.scorer import orientation

    default = document.latin_language
    for paragraph in document.paragraphs:
        text = paragraph.text
        previous = 0  # where the text after the last Chinese run (or source line) starts
        chinese_first: list[tuple[int, int]] = []  # lines read the other way
        for match in _GLUED.finditer(text):
            line = paragraph.line_bounds(match.start())
            if any(start <= match.start() < end for start, end in chinese_first):
                continue
            before, after = orientation(text[line[0]:line[1]])
            if after > before and _listing(text[line[0]:line[1]]):
                # "化学工业部MinistryofChemicalIndustry办公厅GeneralOffice…": each Chinese
                # name comes first, its English after it
                chinese_first.append(line)
                yield from _chinese_first(document, paragraph, *line, default)
                continue
            chinese, end = match["han"].rstrip("，、"), match.end()
            copula = _COPULA.match(chinese)
            quoted = _QUOTED_AFTER.match(text, match.end()) if copula and \
                copula.end() == len(chinese) else None
            if quoted:  # "low-carbon economy就是“低碳经济”"
                chinese, end = quoted["han"], quoted.end()
            elif copula and len(chinese) - copula.end() >= 2:
                chinese = chinese[copula.end():]  # "National People's Congress是全国人民代表大会"
            numbered = _NUMBERED_TITLE.match(text, match.start())
            if numbered:  # "CHAPTER I PURPOSES AND PRINCIPLES第一章 宗旨及原则": the title
                chinese, end = numbered["han"].rstrip("，、"), numbered.end()
            for run in _HAN.finditer(text, previous, match.start()):
                previous = run.end()
            # a source line is a boundary too: an infobox's rows joined into one paragraph
            previous = max(previous, paragraph.line_bounds(match.start())[0])
            start = max((m.end() for m in _CLAUSE_START.finditer(text, previous, match.start())),
                        default=previous)
            clause = text[start:match.start()].lstrip(" \t,，、")  # (a comma after Chinese)
            start = match.start() - len(clause)
            listed = start == previous and previous > 0 and clause[:1].isupper()
            verb, _, rest = clause.partition(" ")
            if verb.lower() in IMPERATIVES and not chinese.startswith(IMPERATIVES[verb.lower()]):
                clause, start = rest, start + len(verb) + 1
            if numbered or sections.ENGLISH.match(clause):
                clause = sections.without_numbers(clause)
                start = match.start() - len(clause)
            if len(clause.split()) < (1 if listed else 2) or _LABEL_OPEN.search(clause):
                continue  # (a bracket that labels the Chinese: "appelé « huji » ( chinois户籍")
            lang = span_language(clause, text[max(0, start - 200):match.end() + 200], default)
            # "Abogado/Procurador律师", "Veredicto / Sentencia判决": each word a rendering
            for rendering in (_WORD_SLASH.split(clause) if _WORDS_SLASHED.fullmatch(clause)
                              else [clause]):
                flags, notes = review(chinese, rendering)
                yield Candidate(
                    terms=(CandidateTerm(chinese, ZH_HANS), CandidateTerm(rendering, lang)),
                    evidence=evidence(document, paragraph, start, end, NAME, 0.6),
                    flags=flags, notes=notes)


_LABEL_OPEN = re.compile(r"[(（]\s*(?:en\s+)?(?:(?:trad\.|simp\.|simplified|traditional)\s+)?"
                         r"(?:chinois|chino|chinese|mandarin|mandarín)\b[^()（）]*$", re.IGNORECASE)
_WORDS_SLASHED = re.compile(r"[A-Za-zÀ-ÿ]{3,}(?:\s*/\s*[A-Za-zÀ-ÿ]{3,})+")
_WORD_SLASH = re.compile(r"\s*/\s*")


def _listing(line: str) -> bool:
    """A line of three rows or more and no Chinese sentence: a glossary run together, not
    prose with English words set into it ("全国委员会即national committee，…")."""
    return len(_ROW.findall(line)) >= 3 and not re.search(r"[，。；！？：]", line)


# a section's number glued to the end of a row: "…CPPCCLocalCommitteesIII", "…Structure(1"
_TRAILING_NUMBER = re.compile(r"(?<=[a-z])(?:[IVX]{1,4}\.?|\(\d{0,2}\)?|\d{1,2}[.、])$")
_ARTICLE = re.compile(r"^(?:[Tt]he(?=[A-Z])|an?(?=[A-Z][a-z]))")  # "theStateCouncil": the row's, not the name's
_ROW = han.pattern(r"(?P<han>[\p{Han}][\p{Han}·]{1,30})(?P<latin>[A-Za-z][^\p{Han}]*)")


def _chinese_first(document: Document, paragraph: Paragraph, start: int, end: int,
                   default: str) -> Iterator[Candidate]:
    text = paragraph.text
    previous = ""  # the row before's Chinese
    for row in _ROW.finditer(text, start, end):
        chinese, at = row["han"], row.start()
        short = _short_name(text[max(start, at - 8):at], chinese, previous)
        chinese, at = chinese[short:], at + short
        previous = chinese
        rendering = _TRAILING_NUMBER.sub("", row["latin"].rstrip(" ,;.、，；")).rstrip(" ,;.")
        if " " not in rendering:
            rendering = _ARTICLE.sub("", rendering)
        if len(rendering) < 2:
            continue
        lang = span_language(rendering, text[max(start, row.start() - 200):row.end() + 200],
                             default)
        yield Candidate(terms=(CandidateTerm(chinese, ZH_HANS), CandidateTerm(rendering, lang)),
                        evidence=evidence(document, paragraph, at,
                                          at + len(chinese) + len(rendering), NAME, 0.6))


_SHORT_LABEL = han.pattern(r"简称[:：]\s*$|簡稱[:：]\s*$")


def _short_name(before: str, chinese: str, previous: str) -> int:
    """How many characters of a row's Chinese are the short name a label gave the row
    before, glued to this row's name ("…中文简称:外交部中华人民共和国国防部Ministry of National
    Defence…"): the longest start, two characters or more, whose characters the previous
    name holds in order (外交部 of 中华人民共和国外交部, 发展改革委 of …国家发展和改革委员会)."""
    if not previous or not _SHORT_LABEL.search(before):
        return 0
    return next((length for length in range(len(chinese) - 4, 1, -1)
                 if han.in_order(chinese[:length], previous)), 0)
