"""MediaWiki templates as their source prints them (a Wikipedia dump, a wiki's edit view, a
mirror that copied the wikitext):

    {{Infobox organization |name = Chinese People's Political Consultative Conference
    |native_name = 中国人民政治协商会议 |abbreviation = CPPCC |caption = Logo of the …}}
    {{Chinese |title = Chinese People's Political Consultative Conference
    |s = {{linktext|中|国|人|民|政|治|协|商|会|议}} |p = Zhōngguó Rénmín … }}

→ 中国人民政治协商会议 ↔ Chinese People's Political Consultative Conference (the reading a note).

Only the parameters that name the same thing in two languages pair: an infobox's ``name``
with its ``native_name``, the Chinese box's ``title`` with its Simplified form (``s``, or
``c``, or the Traditional ``t`` when no other is given).  The other parameters (caption,
type, headquarters…) are fields of the box, not renderings: ``is_template`` lets the row
reader leave such lines alone, where "|caption = Logo of…" looked like a table's cell.
Confidence 0.8, as a labelled row: the scorer still checks the pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from glossary.build.documents import Document, Paragraph
from glossary.build.extract._evidence import evidence
from glossary.build.language import span_language
from glossary.han import han_count
from glossary.langtags import ZH_HANS, ZH_HANT
from glossary.model import Candidate, CandidateTerm, Evidence

NAME = "wikitext"
CONFIDENCE = 0.8
# |key = value, the value running to the next parameter or the template's end; a nested
# template or link inside it ({{linktext|中|国}}, [[Beijing|北京]]) is part of the value
_PARAMETER = re.compile(r"\|\s*(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*"
                        r"(?P<value>(?:\{\{[^{}]*\}\}|\[\[[^\[\]]*\]\]|[^|{}\[\]])*)")
_LINKTEXT = re.compile(r"\{\{\s*linktext\s*\|([^{}]*)\}\}", re.IGNORECASE)
_LANG = re.compile(r"\{\{\s*(?:lang|nowrap|zh)\s*\|(?:[a-z-]+\|)?([^{}]*)\}\}", re.IGNORECASE)
_LINK = re.compile(r"\[\[(?:[^|\[\]]*\|)?([^\[\]]*)\]\]")
_MARKUP = re.compile(r"\{\{[^{}]*\}\}|<[^<>]*>|'{2,}")
# (Latin name, its Chinese forms in order of preference) in one template
_NAMED = (("name", ("native_name",)), ("title", ("s", "c", "t")))


def is_template(line: str) -> bool:
    """The line holds a template's parameters ("|name = … |native_name = …"), not cells."""
    return len(_PARAMETER.findall(line)) >= 2


def extract(document: Document) -> Iterator[Candidate]:
    default = document.latin_language
    found: dict[str, _Value] = {}  # the open template's parameters, across the lines a reader
    # made paragraphs of ("|name = …" in English, "|native_name = 中…" in Chinese)
    for paragraph in document.paragraphs:
        matches = list(_PARAMETER.finditer(paragraph.text)) if "=" in paragraph.text else []
        if not matches:
            yield from _pairs(document, found, default)
            found = {}
        end = 0
        for match in matches:
            key = match["key"].lower()
            if key in found or "{{" in paragraph.text[end:match.start()]:
                yield from _pairs(document, found, default)  # the next template
                found = {}
            end = match.end()
            found[key] = _Value(_plain(match["value"]), paragraph, match.start("value"))
    yield from _pairs(document, found, default)


@dataclass(frozen=True)
class _Value:
    text: str
    paragraph: Paragraph
    start: int


def _pairs(document: Document, found: dict[str, _Value], default: str) -> Iterator[Candidate]:
    for latin_key, chinese_keys in _NAMED:
        name = found.get(latin_key)
        chinese = next((found[k] for k in chinese_keys if k in found and _chinese(found[k].text)),
                       None)
        if name is None or not name.text or han_count(name.text) or chinese is None:
            continue
        reading = found["p"].text if "p" in found else ""
        lang = ZH_HANT if chinese is found.get("t") else ZH_HANS
        yield Candidate(
            terms=(CandidateTerm(chinese.text, lang),
                   CandidateTerm(name.text, span_language(name.text, name.paragraph.text, default),
                                 evidence=_evidence(document, name))),
            evidence=_evidence(document, chinese),
            notes=(f"reading: {reading}",) if reading else ())


def _evidence(document: Document, value: _Value) -> Evidence:
    return evidence(document, value.paragraph, value.start, value.start + len(value.text), NAME,
                    CONFIDENCE)


def _chinese(text: str) -> bool:
    return 0 < han_count(text) == len(text.replace("·", "")) <= 30


def _plain(value: str) -> str:
    """The value as a reader sees it: {{linktext|中|国}} → 中国, [[A|B]] → B, other markup out."""
    value = _LINKTEXT.sub(lambda m: m[1].replace("|", ""), value)
    value = _LANG.sub(lambda m: m[1], value)
    value = _LINK.sub(lambda m: m[1], value)
    return " ".join(_MARKUP.sub(" ", value).split())
