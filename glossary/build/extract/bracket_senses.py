"""A Chinese–English dictionary's word entries, as online dictionaries copy the bilingual
edition of the Xiandai Hanyu Cidian: the headword and its reading on one line, then its
English senses in square brackets before the Chinese definition:

    3. 政策 zhèng cè
      [policy] 国家、政党为实现一定的政治路线而制定的行动准则
    监察 jiānchá
    [supervise;control] 监督考察;监督检举

→ 政策 ↔ policy; 监察 ↔ supervise, control (each sense a rendering; the reading a note).

Method: a line holding nothing but a Chinese word (a list number before it, its pinyin
after), then, on the next line that is not blank (blank lines may make it a paragraph of its
own), a bracket of Latin senses split at ";" before the definition.  Anything else between
them ends the entry.  Confidence 0.8, as a row with a separator: the scorer still checks each
sense against the word.
"""

from __future__ import annotations

from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract._evidence import evidence
from glossary.build.extract.rows import LIST_MARKER
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm
from glossary.normalize.readings import is_pinyin

NAME = "bracket-senses"
CONFIDENCE = 0.8
_HEADWORD = han.pattern(r"^(?P<word>[\p{Han}]{2,12})(?:\s+(?P<reading>[^\p{Han}\[\]]{1,60}))?$")
_SENSES = han.pattern(r"^\[(?P<senses>[A-Za-zÀ-ÿ][^\[\]\p{Han}]{0,120})\]\s*[∶:：]?\s*[\p{Han}]?")
_MAX_WORDS = 8


def extract(document: Document) -> Iterator[Candidate]:
    default = document.latin_language
    headword: tuple[Paragraph, int, str, str] | None = None  # the entry still open
    for paragraph in document.paragraphs:
        for offset, line in paragraph.source_lines():
            if not line:
                continue
            senses = _SENSES.match(line)
            if senses and headword:
                at, start, word, reading = headword
                yield from _entry(document, at, start, word, reading, senses["senses"],
                                  default, line)
            headword = _headword(paragraph, offset, line)


def _headword(paragraph: Paragraph, offset: int, line: str) -> tuple[Paragraph, int, str, str] | None:
    found = _HEADWORD.match(LIST_MARKER.sub("", line, count=1).strip())
    if not found or (found["reading"] and not is_pinyin(found["reading"])):
        return None
    return paragraph, offset, found["word"], found["reading"] or ""


def _entry(document: Document, paragraph: Paragraph, offset: int, word: str, reading: str,
           senses: str, default: str, line: str) -> Iterator[Candidate]:
    notes = (f"reading: {reading}",) if reading else ()
    for sense in (s.strip() for s in senses.split(";")):
        if sense and len(sense.split()) <= _MAX_WORDS:
            yield Candidate(
                terms=(CandidateTerm(word, ZH_HANS),
                       CandidateTerm(sense, span_language(sense, line, default))),
                evidence=evidence(document, paragraph, offset, offset + len(word), NAME,
                                  CONFIDENCE),
                notes=notes)
