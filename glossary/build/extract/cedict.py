"""Dictionary lines in CC-CEDICT's format, the open Chinese–English dictionary's, which online
dictionaries, word lists and study notes copy:

    中紀委 中纪委 [Zhong1 ji4 wei3] /Central Commission for Discipline Inspection (CCDI), organization …/
    → 中纪委 ↔ Central Commission for Discipline Inspection (reading Zhong1 ji4 wei3)

Method: a line "Traditional Simplified [pinyin] /gloss/gloss/…/" (the Traditional field may
be the same as the Simplified, or missing, as in older word lists).  The Simplified form is the term; the bracket is its reading,
kept as a note, never a rendering.  Each gloss gives a rendering when it names the term: its
first clause (a description follows a comma), without a bracketed aside; glosses that point
elsewhere ("abbr. for …", "see …", "variant of …", "CL:…", "surname …", "classifier for …")
give none, but a name after the pointer does ("abbr. for 中国共产党[…], Chinese Communist
Party"), and so does an acronym's name in its aside ("CPPCC (Chinese People's Political
Consultative Conference)").
A single character is left out: its line lists a word's senses ("to hit", "indeed"), not a
term.  The glosses are in the document's language (CFDICT, which copies the format, glosses in
French).  Confidence 0.8: the scorer still checks each rendering against the term.  French
and German glosses it can check only by cognates, which few words have (marché, ville): there
the line's format is the evidence (0.85), and a pair nothing confirms is kept for review
instead of being dropped with a layout that looks unconfirmed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.han import han_count
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "cedict"
CONFIDENCE = 0.8
_CONFIDENCE_NOT_ENGLISH = 0.85  # the scorer's layout vote spares this and above
# The Traditional field is left out by older word lists ("中共 [zhong1 gong4] /…/").
_LINE = re.compile(r"^(?:(?P<trad>\S+)\s+)?(?P<simp>\S+)\s+\[(?P<reading>[^\]]+)\]\s+/(?P<glosses>.+)/\s*$")
_POINTER = re.compile(r"^(?:abbr\.|see |see also|variant of|old variant|CL:|surname |also called |"
                      r"\((?:fig|lit)\.\)|"
                      r"also written|also pr\.|Taiwan pr\.|used in|used as|refers to|lit\.|fig\.|"
                      r"classifier for|measure word for)",
                      re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]*\)\s*")
_MAX_WORDS = 14  # (Propaganda Department of the Central Committee of the Communist Party of China)


def is_entry(line: str) -> bool:
    """The line is a dictionary entry in CC-CEDICT's format (this extractor's to read)."""
    return bool(_LINE.match(line))


def extract(document: Document) -> Iterator[Candidate]:
    # CFDICT and HanDeDict copy the format with French or German glosses: the language is
    # the document's, as its Latin text says, not English by default
    lang = document.latin_language
    confidence = CONFIDENCE if lang == "en" else _CONFIDENCE_NOT_ENGLISH
    for paragraph in document.paragraphs:
        for offset, line in paragraph.source_lines():
            match = _LINE.match(line)
            if not match or han_count(match["simp"]) < 2:
                continue  # a single character lists a word's senses ("to hit"), not a term
            renderings = gloss_renderings(match["glosses"])
            if not renderings:
                continue
            terms = (CandidateTerm(match["simp"], ZH_HANS),
                     *(CandidateTerm(r, lang) for r in dict.fromkeys(renderings)))
            yield Candidate(
                terms=terms,
                evidence=evidence(document, paragraph, offset, offset + len(line), NAME,
                                  confidence),
                notes=(f"reading: {match['reading']}",))


def gloss_renderings(glosses: str) -> list[str]:
    """The renderings a CC-CEDICT definition gives ("State Council (PRC); State Department
    (USA)", "/committee; commission/"): each gloss's that names the term, not a pointer's
    ("abbr. for 全国人民代表大会"), though a name may follow the pointer ("abbr. for
    中国共产党[…], Chinese Communist Party"); an acronym's name in its aside is one too
    ("CPPCC (Chinese People's Political Consultative Conference)")."""
    from glossary.build.extract.acronyms import long_form_for

    found = []
    # (newer entries join a slot's synonyms with "; ": "/committee; commission/")
    for gloss in re.split(r"/|;\s", glosses):
        gloss = _POINTED.sub("", gloss.strip())
        rendering = _rendering(gloss)
        if rendering:
            found.append(rendering)
        spelled = _ACRONYM_ASIDE.fullmatch(gloss)
        if spelled and long_form_for(spelled["acronym"], spelled["name"]) == spelled["name"]:
            found.append(spelled["name"])
    return found


# a name after the pointer (its cross-reference may have been taken out: "abbr. for , senate")
_POINTED = re.compile(r"^abbr\. for (?:\S+\[[^\]]*\])?\s*,\s*(?=[A-Za-z])")
_ACRONYM_ASIDE = re.compile(r"(?P<acronym>[A-Z]{2,}[a-z]?)\s*\((?P<name>[A-Z][^()]+)\)")


def _rendering(gloss: str) -> str | None:
    gloss = gloss.strip()
    if not gloss or _POINTER.match(gloss):
        return None
    # asides first: "(abbreviation for) Chinese Communist (party, regime, etc.)"
    first = _ASIDE.sub(" ", gloss).split(",")[0].split(";")[0].strip(" .")
    words = first.split()
    if not words or len(words) > _MAX_WORDS or han_count(first):
        return None
    return first
