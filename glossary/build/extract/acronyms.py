"""Acronym definitions, "Long Form (ACR)", in English, French and Spanish.

The long form is found as Schwartz & Hearst (2003) do: match the acronym's letters from right
to left against the words before the parenthesis, the first letter at the start of a word,
within min(|A| + 5, 2·|A|) words.  It handles letters inside words (National People's Congress
→ NPC) and words the acronym skips (Communist Party *of* China → CPC) without a dictionary.
A possessive ending ("Communist Party of China’s (CPC)") is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.model import Candidate, CandidateTerm, TermType

NAME = "acronym"

_DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_POSSESSIVE = re.compile(r"[’']s$")


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        lang = paragraph.lang if paragraph.lang in ("en", "fr", "es") else None
        if lang is None:
            continue
        for match in _DEFINITION.finditer(paragraph.text):
            acronym = match.group(1)
            if sum(c.isupper() for c in acronym) < 2:
                continue
            before = paragraph.text[:match.start()].rstrip()
            long_form = long_form_for(acronym, before)
            if long_form is None:
                continue
            start = len(before) - len(long_form)
            long_form = _POSSESSIVE.sub("", long_form)
            yield Candidate(
                terms=(CandidateTerm(long_form, lang),
                       CandidateTerm(acronym, lang, TermType.ACRONYM)),
                evidence=evidence(document, paragraph, start, match.end(), NAME, 0.9),
            )


def long_form_for(acronym: str, before: str) -> str | None:
    """The shortest long form ending `before` that spells `acronym`, or None."""
    window = min(len(acronym) + 5, 2 * len(acronym))
    words = before.split()[-window:]
    if not words:
        return None
    candidate = " ".join(words)
    short = acronym.lower()
    s = len(short) - 1
    i = len(candidate) - 1
    while s >= 0:
        letter = short[s]
        if not letter.isalnum():
            s -= 1
            continue
        while i >= 0 and (candidate[i].lower() != letter
                          or (s == 0 and i > 0 and candidate[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = candidate.rfind(" ", 0, i + 1) + 1
    long_form = candidate[start:]
    if len(long_form.split()) < 2 or not re.match(r"[A-Za-zÀ-ɏ]", long_form):
        return None
    return long_form


# A name and the acronym that spells it, with no word between: "Millennium Development Goals,
# MDGs", "Freedom of Information Act, FOIA"
_NAME_ACRONYM = re.compile(r"(?P<name>[A-Za-zÀ-ɏ][^,，;；()（）]{2,100}?)\s*[,，;；]\s*"
                           r"(?P<acronym>[A-Z][A-Z&]{1,9}s?)")


def spelled_out(text: str) -> tuple[str, str] | None:
    """(name, acronym) when `text` is a name, a comma and the acronym that spells it."""
    found = _NAME_ACRONYM.fullmatch(text.strip())
    if found is None or long_form_for(found["acronym"].rstrip("s"), found["name"]) != found["name"]:
        return None
    return found["name"], found["acronym"]


# … or an acronym before the name it spells, as lists of acronyms give them ("IEA
# International Energy Agency", "QDII/Qualified …"), glued when a table lost its cell borders
# ("AQIAir Quality Index") or after a row's number ("1DCDigital Currency")
_ACRONYM_NAME = re.compile(r"(?:\d{1,3}(?=[A-Z]))?(?P<acronym>[A-Z][A-Z0-9&]{1,9}?)"
                           r"\s*(?:[/,]\s*|\s|(?=[A-Z][a-z]))(?P<name>[A-Z][A-Za-z'’ -]{3,})")


def acronym_first(text: str) -> tuple[str, str] | None:
    """(name, acronym) when `text` is an acronym followed by the name it spells."""
    found = _ACRONYM_NAME.fullmatch(text.strip())
    if found is None:
        return None
    name = " ".join(found["name"].split())  # "Producer  Price Index": spaces as a table left them
    return (name, found["acronym"]) if long_form_for(found["acronym"], name) == name else None


# … or introduced in Chinese, where it need not spell the name: "(United Nations Children's
# Fund, 简称UNICEF)", "（World Health Organization，缩写：WHO）"
_INTRODUCED = han.pattern(r"(?P<name>[A-Za-z][^\p{Han}，,;；]{2,100}?)\s*[,，;；]\s*"
                          r"(?:英文)?(?:[简簡][称稱]|[缩縮][写寫]|[简簡][写寫])\s*[:：]?\s*"
                          r"(?P<acronym>[A-Z][A-Za-z&.]{1,9})")


def name_and_acronym(text: str) -> tuple[str, str] | None:
    """(name, acronym) when `text` is a name and its acronym, introduced in Chinese or
    spelling the name (``spelled_out``)."""
    introduced = _INTRODUCED.fullmatch(text.strip())
    return (introduced["name"], introduced["acronym"]) if introduced else spelled_out(text)
