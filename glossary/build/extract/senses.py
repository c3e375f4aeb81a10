"""A dictionary entry's numbered senses under its Chinese headword, as Wiktionary prints an
entry and its data dumps (kaikki.org) copy it:

    simp. (新中国) 中国
      1. (Mainland China, officialese)new China(i.e. referring to China after …); postrevolutionary China
    → 新中国 ↔ new China, 新中国 ↔ postrevolutionary China

    Head templates: {{head|zh|noun}} 國是
      1. (literary) national affairs; matters of national interest Tags: literary Synonyms: …

Method: the headword is named by the entry's form labels ("simp.", "trad.", "simp. and
trad.", the Simplified one when both are given) or by its head template; each numbered sense
line below it, until the next headword, gives its glosses: the sense without its usage labels
and asides in brackets, cut where the dump's own labels start ("Tags:", "Synonyms:"…), split
at its semicolons.  A gloss is a rendering when it names (five words at most, not a verb's
"to …"); a longer one defines.  Confidence 0.8, as a dictionary row: the scorer checks each
gloss against the headword.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm
from glossary.normalize.script import to_simplified

NAME = "senses"
CONFIDENCE = 0.8
_MAX_WORDS = 5
# "simp. (新中国)", "trad. (新中國) 中國", "simp. and trad. (人民)"; the bracket may open the
# next line (the form label alone on its line)
_FORM = han.pattern(r"^(?P<label>simp\.(?:\s+and\s+trad\.)?|trad\.)\s*(?:\(\s*(?P<han>[\p{Han}]+)\s*\))?")
_BARE_FORM = han.pattern(r"^\(\s*(?P<han>[\p{Han}]+)\s*\)")
_TEMPLATE = han.pattern(r"\{\{head\|zh\|[^}]*\}\}\s*(?P<han>[\p{Han}]+)")
_SENSE = re.compile(r"^(?P<number>\d{1,2})\.\s+(?P<text>.+)$")
_ASIDE = re.compile(r"\([^()]*\)")
# where a dump's labels follow the glosses: "… Tags: literary Synonyms: 國事 …"
_DUMP_LABEL = re.compile(r"\s(?:Tags|Synonyms|Antonyms|Derived forms|Related terms|Coordinate terms|"
                         r"Hypernyms|Hyponyms|Categories|Sense id|Alternative forms)\b.*$")


def extract(document: Document) -> Iterator[Candidate]:
    headword = ""
    simplified = False  # the headword came from a label that names the Simplified form
    waiting = False  # a form label alone on its line: the bracket on the next line names it
    for paragraph in document.paragraphs:
        for offset, line in paragraph.source_lines():
            form = _FORM.match(line)
            bare = _BARE_FORM.match(line) if waiting else None
            template = _TEMPLATE.search(line)
            waiting = bool(form and not form["han"])
            # (the Traditional form of the entry whose Simplified one is named already is no
            # new headword; another entry's is)
            if form and form["han"] and not (simplified and form["label"] == "trad." and
                                             to_simplified(form["han"]) == headword):
                headword, simplified = form["han"], form["label"].startswith("simp")
                continue
            if bare:
                headword = bare["han"]
                continue
            if template:
                headword, simplified = template["han"], False
            sense = _SENSE.match(line)
            if not headword or not sense:
                continue
            text = sense["text"]
            start = offset + sense.start("text")
            for gloss in _glosses(text):
                at = text.find(gloss)
                lang = span_language(gloss, text, document.latin_language)
                yield Candidate(
                    terms=(CandidateTerm(headword, ZH_HANS), CandidateTerm(gloss, lang)),
                    evidence=evidence(document, paragraph, start + max(at, 0),
                                      start + max(at, 0) + len(gloss), NAME, CONFIDENCE))


def _glosses(sense: str) -> list[str]:
    """The glosses of a sense line that name: "national affairs", "matters of national
    interest" of "(literary) national affairs; matters of national interest Tags: …"."""
    text = _DUMP_LABEL.sub("", sense)
    replaced = 1
    while replaced:  # (labels and asides; a bracket may hold another)
        text, replaced = _ASIDE.subn(" ", text)
    found = []
    for piece in text.split(";"):
        gloss = " ".join(piece.split()).strip(" .,:")
        words = gloss.split()
        if not 1 <= len(words) <= _MAX_WORDS or han.han_count(gloss) or \
                not gloss[:1].isalpha() or words[0].lower() == "to":
            continue
        found.append(gloss)
    return found
