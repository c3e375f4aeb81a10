"""A learner's bilingual dictionary, an entry a line: the headword, a colon, its Chinese
senses (a usage label in brackets before one), then a definition in the headword's language:

    - senator: 参议员 a member of a senate
    - council: （市、郡等的）政务委员会，地方议会 a group of people who are elected to govern…
    - parliament: 议会；国会the group of people who are elected to make and change the laws…

The headword is the rendering of each sense; the definition after the senses explains them
and is left out (``rows`` would read it as a second rendering).  A line without a
definition ("Premier ministre : 总理 ; zǒnglǐ (HSK 5)", a reading after the senses) is a row,
and a headword with commas ("Exercer, être en poste : 担任") a list of senses: ``rows``
reads both.  Confidence 0.8, as a row with a separator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.build.extract.rows import LIST_MARKER
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm
from glossary.normalize.readings import is_pinyin, reads

NAME = "headwords"
CONFIDENCE = 0.8
_MAX_WORDS = 5
_ENTRY = han.pattern(r"(?P<head>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’&-]{0,40}?)\s*[:：]\s*"
                     r"(?P<senses>(?:[（(][^（）()]{1,30}[）)]\s*)?[\p{Han}]"
                     r"[\p{Han}，,；;、\s]*(?:[（(][^（）()]{1,30}[）)][\p{Han}，,；;、\s]*)*)")
_LABEL = re.compile(r"[（(][^（）()]*[）)]")
_SENSE_BREAK = re.compile(r"[，,；;、]")


def entry(line: str) -> tuple[str, list[str]] | None:
    """(headword, its Chinese senses) of a learner's dictionary line, or None."""
    text = LIST_MARKER.sub("", line, count=1).strip()
    found = _ENTRY.match(text)
    if not found or len(found["head"].split()) > _MAX_WORDS:
        return None
    senses = [s.strip() for s in _SENSE_BREAK.split(_LABEL.sub("", found["senses"]))]
    senses = [s for s in senses if s and han.han_count(s) == len(s)]
    # The definition is what tells this layout from a row ("Xi Jinping : 习近平; Xí
    # Jìnpíng" is one, with a reading): words in the headword's script, not a reading
    definition = _LABEL.sub("", text[found.end():], count=1).strip()
    words = re.findall(r"[A-Za-zÀ-ÿ]+", definition)
    if not senses or len(words) < 2 or not re.match(r"[A-Za-zÀ-ÿ]", definition) or \
            is_pinyin(definition) or reads(senses[0], definition):
        return None
    return found["head"].strip(), senses


def extract(document: Document) -> Iterator[Candidate]:
    default = document.latin_language
    for paragraph in document.paragraphs:
        for offset, line in paragraph.source_lines():
            found = entry(line)
            if found is None:
                continue
            head, senses = found
            lang = span_language(head, line, default)
            for sense in senses:
                yield Candidate(
                    terms=(CandidateTerm(sense, ZH_HANS), CandidateTerm(head, lang)),
                    evidence=evidence(document, paragraph, offset, offset + len(line), NAME,
                                      CONFIDENCE))
