"""Chinese glued to the English it translates, with no space or bracket between:

    The phrase: Foster the development of … neighborhood environments积极构建互嵌式社会结构和社区环境
    → "Foster the development of … neighborhood environments" ↔ 积极构建互嵌式社会结构和社区环境

A run of Han characters that starts right after a Latin letter is taken as the translation of
the clause it is glued to.  The clause runs back to the nearest colon, semicolon or sentence
end, or to the Chinese before it: a glossary pasted onto one line ("…Supreme People's
Court最高人民法院The State Council国务院Commerce商务部…") glues every row to the next, and there a
single capitalised word is a row too.  A leading imperative stays in the term only when the Chinese starts with its
equivalent (as in inline.py: Foster ↔ 积极构建).  Han text after a space ("… in 2025. 新年快乐!")
is not glued to anything and is never taken.  Boundaries are a guess, so confidence is 0.6.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.build.extract._truncation import review
from glossary.build.extract.inline import IMPERATIVES
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "glued"
_GLUED = han.pattern(r"(?<=[A-Za-z])(?P<han>[\p{Han}][\p{Han}，、]{1,40})")
_CLAUSE_START = re.compile(r"[:;.!?]\s+")
_HAN = han.pattern(r"[\p{Han}]+")


def extract(document: Document) -> Iterator[Candidate]:
    default = document.latin_language
    for paragraph in document.paragraphs:
        text = paragraph.text
        previous = 0  # where the text after the last Chinese run (or source line) starts
        for match in _GLUED.finditer(text):
            chinese = match["han"].rstrip("，、")
            for run in _HAN.finditer(text, previous, match.start()):
                previous = run.end()
            # a source line is a boundary too: an infobox's rows joined into one paragraph
            previous = max(previous, paragraph.line_bounds(match.start())[0])
            start = max((m.end() for m in _CLAUSE_START.finditer(text, previous, match.start())),
                        default=previous)
            clause = text[start:match.start()].lstrip()
            start = match.start() - len(clause)
            listed = start == previous and previous > 0 and clause[:1].isupper()
            verb, _, rest = clause.partition(" ")
            if verb.lower() in IMPERATIVES and not chinese.startswith(IMPERATIVES[verb.lower()]):
                clause, start = rest, start + len(verb) + 1
            if len(clause.split()) < (1 if listed else 2):
                continue
            flags, notes = review(chinese, clause)
            lang = span_language(clause, text[max(0, start - 200):match.end() + 200], default)
            yield Candidate(terms=(CandidateTerm(chinese, ZH_HANS), CandidateTerm(clause, lang)),
                            evidence=evidence(document, paragraph, start, match.end(), NAME, 0.6),
                            flags=flags, notes=notes)
