"""Review flags for a gloss pair whose Chinese looks cut short.

Names of bodies and meetings end in a head noun, in both languages: "… Work Conference" is
…工作会议, "Department of …" is …部.  When the English names such a body (its head noun is
capitalised and in glossary/data/name_heads.tsv) and the Chinese does not end in one of that head's Chinese forms,
the pair is flagged `possibly-truncated`.  The suggested completion finishes a head the
Chinese has begun (七千人大 → 七千人大会) or else adds the head's usual form
(中央经济工作 → 中央经济工作会议).  Missing modifiers (中央村工作 lacks 农 as well) are not
guessed: the flag sends a reviewer to the source.  The text itself is never changed.

The head is the last word of the name, or the word before its first "of/on/for/…"
("Central Conference on Work Related to …" is a Conference).  Lowercase spans (list clauses,
descriptions) and heads not in the table are never flagged: a sound pair must not be.
"""

from __future__ import annotations

import re

from glossary.data import name_heads

TRUNCATED = "possibly-truncated"
SUGGESTION = "Suggested completion: "

_CONNECTORS = frozenset("of on for to in at with related".split())


def head_noun(english: str) -> str | None:
    """The capitalised head noun of a name, casefolded, or None for anything else."""
    words = [w.strip("’'\"“”,.") for w in english.split()]
    head = None
    for word in words:
        if word.casefold() in _CONNECTORS:
            break
        head = word
    if not head or not head[:1].isupper():
        return None
    return head.casefold()


def _numbered_short_form(chinese: str, english: str) -> bool:
    """二十大 for "20th Party Congress": the usual short form of 第二十次全国代表大会."""
    return bool(_ORDINAL.search(english) and _NUMBERED.search(chinese))


_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
_NUMBERED = re.compile(r"[一二三四五六七八九十]+(?:届)?[大中]?(?:全会|大)$")


def review(chinese: str, english: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(flags, notes) for one gloss pair: empty when it looks sound."""
    forms = name_heads().get(head_noun(english) or "")
    if not forms or chinese.endswith(forms) or _numbered_short_form(chinese, english):
        return (), ()
    completion = next((chinese + form[len(form) - cut:] for form in forms
                       for cut in range(len(form) - 1, 0, -1)
                       if chinese.endswith(form[:len(form) - cut])), chinese + forms[0])
    return (TRUNCATED,), (f"{SUGGESTION}{completion} (the English names a "
                          f"{head_noun(english)}; the Chinese does not end in "
                          f"{' or '.join(forms)})",)
