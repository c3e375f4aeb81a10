"""Latin-script words for alignment: tokens with offsets, and the closed-class words of
English, French and Spanish.

No tagger is available offline for three languages, so a word is "content" unless it is on a
short closed-class list (articles, prepositions, conjunctions, pronouns, auxiliaries,
frequent adverbs).  That is enough to find where a noun phrase starts and stops, which is all
the phrase aligner asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from glossary.data import word_list
from glossary.normalize.keys import fold

_TOKEN = re.compile(
    r"(?P<elided>\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)[’'](?=\w))"
    r"|(?P<possessive>(?<=\w)[’']s\b)"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:[-‑][^\W\d_]+)*)"
    r"|(?P<punct>\S)",
    re.IGNORECASE,
)

def closed(lang: str) -> frozenset[str]:
    """The closed-class words of a language (data/word_lists.tsv), empty for one it lacks."""
    return word_list("closed", lang)

# Prepositions that join a complement to a noun inside one term (gouvernance au niveau de la
# base, secteurs d'emploi, poder político de base), and the articles that may follow them.
LINKERS = {
    "en": frozenset({"of"}),
    "fr": frozenset("de du des d' d’ à au aux en".split()),
    "es": frozenset("de del a al en".split()),
}
# Conjunctions that join the items of an enumeration or two renderings ("and or but", et,
# y…): a phrase neither crosses nor starts with one.
CONJUNCTIONS = frozenset("and or but et ou mais ni y e o u pero".split())
ARTICLES = {
    "en": frozenset({"the"}),
    "fr": frozenset("le la les l' l’".split()),
    "es": frozenset("el la los las".split()),
}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # "word", "elided", "possessive", "number" or "punct"

    def lower(self) -> str:
        return self.text.lower()


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), m.lastgroup or "punct")
            for m in _TOKEN.finditer(text)]


def is_content(token: Token, lang: str) -> bool:
    return token.kind == "word" and token.lower() not in closed(lang)


def parts(token: Token) -> list[str]:
    """The folded words of a token: "non-public" is two words for matching; a prefix
    British spelling hyphenates is one word with it ("co-operation" is "cooperation")."""
    return [p for p in re.split(r"[-‑]", _JOINED_PREFIX.sub(r"\1", fold(token.text))) if p]


_JOINED_PREFIX = re.compile(r"^(co|re|pre)[-‑](?=[a-z]{4})")


def content_words(text: str, lang: str) -> list[str]:
    return [part for token in tokens(text) if is_content(token, lang)
            for part in parts(token) if len(part) >= 3]
