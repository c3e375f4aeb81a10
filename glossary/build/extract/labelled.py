"""Encyclopedia leads: the subject, then a bracket that labels its forms.

    The Three Represents (simplified Chinese: 三个代表; traditional Chinese: 三個代表; pinyin: …)
    La Iniciativa de la Franja y la Ruta (IFR) (inglés: Belt and Road Initiative, BRI; chino: 一带一路)
    The Central Politburo … (simplified Chinese: 中国共产党中央政治局traditional Chinese: …pinyin: …)

Wikipedia and its mirrors in every language open an article this way.  Method: a bracket
holding a Chinese label ("simplified Chinese", "en chino", "en mandarin", "中文"…) and Han
characters gives the Chinese term (the Simplified one when both are labelled).  Labels are
found by their colon (or a comma before Han: "en chino simplificado, 统一战线"), not by the
separators between them, which mirrors often drop ("…政治局traditional Chinese: …").  The
names are the lead's (``_lead``): the subject before the bracket and its alternatives ("X or
Y"), and the names after it ("(also "Z")", "also known as W"); their language is the span's
(``language.span_language``), the paragraph's (or else the document's) as a prior.  A
rendering labelled inside the bracket ("inglés: Belt and Road Initiative") is a rendering in
that language.  Pinyin labels give a reading, which is not a rendering.  Confidence 0.85 for a
capitalised name, 0.75 for one that is not ("the important thought of Three Represents"),
which then needs a word linking it to the Chinese.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract import _lead
from glossary.build.extract._evidence import evidence
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "labelled"
CONFIDENCE = 0.85
_LOWERCASE_NAME = 0.75
# (French and Spanish leads say "en chinois :", "en chino:", and often "mandarin")
_ZH = (r"(?:en\s+)?(?:(?:simplified|traditional)?\s*chinese|"
       r"chino(?:\s+simplificado|\s+tradicional|\s+mandar[ií]n)?|"
       r"chinois(?:\s+simplifié|\s+traditionnel)?|mandar[ií]n)|中文|简体|繁体|簡體|繁體|zh(?:-hans|-cn)?")
_SIMPLIFIED = re.compile(r"simplified|simplificado|simplifié|简体|簡體|hans|cn", re.IGNORECASE)
_OTHER = {"en": r"english|inglés|ingles|anglais|英文|英语",
          "fr": r"french|francés|frances|français|francais|法文|法语",
          "es": r"spanish|español|espanol|espagnol|西班牙文|西班牙语"}
# A label is the run of Latin words (or a Chinese label word) right before a colon.
_LABEL = han.pattern(r"(?P<label>(?:[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\-–]*\s+){0,2}[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\-–]*|"
                     r"中文|简体|繁体|簡體|繁體|英文|英语|拼音|法文|法语|西班牙文|西班牙语)\s*"
                     # (or a comma before Han: "en chino simplificado, 统一战线"; or only a
                     # space, as leads translated from German print it: "( chino 行政院, Pinyin …")
                     r"(?:[:：]|,(?=\s*[\p{Han}])|(?<=\s)(?=[\p{Han}]))\s*")
_BRACKET = re.compile(r"[(（](?P<inside>[^()（）]{4,300})[)）]")


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        text = paragraph.text
        for match in _BRACKET.finditer(text):
            forms = _forms(match["inside"])
            if not forms.get("zh"):
                continue
            default = paragraph.lang if paragraph.lang in ("en", "fr", "es") else \
                document.latin_language
            names = _lead.subjects(text[:match.start()]) + _lead.aliases(text[match.end():],
                                                                          match.end())
            labelled = [CandidateTerm(value, lang) for lang, value in forms.items()
                        if lang != "zh" and value]
            for name, _, capitalised in names or [("", match.start(), True)]:
                terms = [CandidateTerm(forms["zh"], ZH_HANS)]
                if name:
                    terms.append(CandidateTerm(name, span_language(name, text, default)))
                terms += labelled
                if len(terms) < 2:
                    continue
                labelled = []  # the labelled renderings go with the first name only
                start = min([match.start()] + [at for _, at, _ in names])
                yield Candidate(terms=tuple(terms), evidence=evidence(
                    document, paragraph, start, match.end(), NAME,
                    CONFIDENCE if capitalised else _LOWERCASE_NAME))


def _forms(inside: str) -> dict[str, str]:
    """The labelled forms in a bracket: zh (Simplified preferred), en, fr, es."""
    found: dict[str, str] = {}
    labels = list(_LABEL.finditer(inside))
    for index, part in enumerate(labels):
        label = part["label"].strip().casefold()
        end = labels[index + 1].start() if index + 1 < len(labels) else len(inside)
        value = re.split(r"[;；]", inside[part.end():end])[0].strip(" ,，")
        if re.fullmatch(_ZH, label, re.IGNORECASE):
            # (a mirror that cut the term into words keeps them a space apart: "国务 委员")
            term = han.pattern(r"[\p{Han}·“”「」]+(?:[ \u3000][\p{Han}·“”「」]+)*").match(value)
            if term and ("zh" not in found or _SIMPLIFIED.search(label)):
                found["zh"] = _unquoted(re.sub(r"[ \u3000]", "", term.group()))
            continue
        for lang, names in _OTHER.items():
            if re.fullmatch(rf"(?:en\s+)?(?:{names})", label, re.IGNORECASE):
                found[lang] = re.split(r",|，", value)[0].strip()
    return found


def _unquoted(term: str) -> str:
    """“三个代表”重要思想 keeps its quotes; “中国梦” loses them."""
    if term[:1] in "“「" and term[-1:] in "”」" and not re.search("[”」]", term[1:-1]):
        return term[1:-1]
    return term.strip("「」") if term.count("「") != term.count("」") else term
