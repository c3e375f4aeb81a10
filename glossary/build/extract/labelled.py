"""Encyclopedia leads: the subject, then a bracket that labels its forms.

    The Three Represents (simplified Chinese: 三个代表; traditional Chinese: 三個代表; pinyin: …)
    La Iniciativa de la Franja y la Ruta (IFR) (inglés: Belt and Road Initiative, BRI; chino: 一带一路)

Wikipedia and its mirrors in every language open an article this way.  Method: a bracket
holding a Chinese label ("simplified Chinese", "chino", "chinois", "中文"…) and Han characters
gives the Chinese term (the Simplified one when both are labelled); the subject is the text
from the start of the sentence to the bracket (other brackets between, such as an acronym,
skipped), without a leading article, when it is a name of at most ten words; its language is
the paragraph's (``language.span_language``).  A rendering labelled inside the bracket
("inglés: Belt and Road Initiative") is a rendering in that language.  Pinyin labels give a
reading, which is not a rendering.  Confidence 0.85.
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

NAME = "labelled"
CONFIDENCE = 0.85
_ZH = (r"(?:simplified|traditional)?\s*chinese|chino(?:\s+simplificado|\s+tradicional)?|"
       r"chinois(?:\s+simplifié|\s+traditionnel)?|中文|简体|繁体|zh(?:-hans|-cn)?")
_SIMPLIFIED = re.compile(r"simplified|simplificado|simplifié|简体|hans|cn", re.IGNORECASE)
_OTHER = {"en": r"english|inglés|ingles|anglais|英文|英语",
          "fr": r"french|francés|frances|français|francais|法文|法语",
          "es": r"spanish|español|espanol|espagnol|西班牙文|西班牙语"}
_PART = re.compile(r"(?P<label>[^:：;；()（）]{1,30}?)\s*[:：]\s*(?P<value>[^;；()（）]+)")
_BRACKET = re.compile(r"[(（](?P<inside>[^()（）]{4,300})[)）]")
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？]\s+)(?=[^.!?。！？]*$)")
_ARTICLE = re.compile(r"^(?:the|a|an|le|la|les|l'|l’|el|los|las)\s+", re.IGNORECASE)
_MAX_WORDS = 10


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        text = paragraph.text
        for match in _BRACKET.finditer(text):
            forms = _forms(match["inside"])
            if not forms.get("zh"):
                continue
            subject = _subject(text[:match.start()])
            terms = [CandidateTerm(forms["zh"], ZH_HANS)]
            if subject:
                lang = span_language(subject[0], text[:match.start()], paragraph.lang
                                     if paragraph.lang in ("en", "fr", "es") else "en")
                terms.append(CandidateTerm(subject[0], lang))
            terms += [CandidateTerm(value, lang) for lang, value in forms.items()
                      if lang != "zh" and value]
            if len(terms) < 2:
                continue
            start = subject[1] if subject else match.start()
            yield Candidate(terms=tuple(terms),
                            evidence=evidence(document, paragraph, start, match.end(), NAME,
                                              CONFIDENCE))


def _forms(inside: str) -> dict[str, str]:
    """The labelled forms in a bracket: zh (Simplified preferred), en, fr, es."""
    found: dict[str, str] = {}
    for part in _PART.finditer(inside):
        label, value = part["label"].strip().casefold(), part["value"].strip(" ,，")
        if re.fullmatch(_ZH, label, re.IGNORECASE):
            term = han.pattern(r"[\p{Han}·“”「」]+").match(value)
            if term and ("zh" not in found or _SIMPLIFIED.search(label)):
                found["zh"] = term.group().strip("“”「」")
            continue
        for lang, names in _OTHER.items():
            if re.fullmatch(names, label, re.IGNORECASE):
                found[lang] = re.split(r",|，", value)[0].strip()
    return found


def _subject(before: str) -> tuple[str, int] | None:
    """The sentence's subject right before the bracket, and where it starts."""
    while True:  # skip brackets between the subject and this one: "… la Ruta (IFR) (inglés…"
        stripped = before.rstrip()
        if stripped.endswith((")", "）")):
            opening = max(stripped.rfind("("), stripped.rfind("（"))
            if opening < 0:
                return None
            before = stripped[:opening]
        else:
            break
    start = _SENTENCE_START.search(before)
    begin = start.end() if start else 0
    subject = before[begin:].strip(" ,\"'“”«»")
    article = _ARTICLE.match(subject)
    if article:
        subject, begin = subject[article.end():], begin + article.end()
    words = subject.split()
    if not 1 <= len(words) <= _MAX_WORDS or not subject[:1].isupper() or han.pattern(r"[\p{Han}]").search(subject):
        return None
    return subject, before.find(subject, begin)
