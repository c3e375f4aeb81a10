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

from glossary.normalize.keys import fold

_TOKEN = re.compile(
    r"(?P<elided>\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)[’'](?=\w))"
    r"|(?P<possessive>(?<=\w)[’']s\b)"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:[-‑][^\W\d_]+)*)"
    r"|(?P<punct>\S)",
    re.IGNORECASE,
)

CLOSED = {
    "en": frozenset("""a an the of and or but nor to in on at by for with from as into over
        under between among than that which who whom whose this these those it its their his
        her our your they we he she them is are was were be been being has have had do does
        did will would shall should can could may might must not so such there here also
        both either neither all any each every some more most less other own same very just
        only then when where while after before because if although though despite since
        until upon about through across against within without towards toward along around
        via per 's ’s further even now""".split()),
    "fr": frozenset("""le la les l' l’ un une des du de d' d’ au aux à en et ou mais ni que
        qu' qu’ qui quoi dont où ce cet cette ces son sa ses leur leurs notre nos votre vos
        mon ma mes il elle ils elles on nous vous se s' s’ y ne pas plus par pour sur sous
        dans avec sans entre vers chez contre depuis pendant selon est sont été être a ont
        avait était sera seront fait très aussi tout tous toute toutes chaque même plutôt
        encore désormais ainsi lorsque puisque car donc afin près comme également""".split()),
    "es": frozenset("""el la los las lo un una unos unas de del al a en y e o u ni que quien
        quienes cual cuales cuyo cuya donde este esta estos estas ese esa esos esas aquel su
        sus nuestro nuestra nuestros se le les me te nos por para con sin sobre entre hacia
        desde hasta según durante ante bajo es son fue fueron ha han ser sido está están era
        muy más también todo todos toda todas cada mismo misma como pero sino ya aún ahora
        casi también""".split()),
}

# Prepositions that join a complement to a noun inside one term (gouvernance au niveau de la
# base, secteurs d'emploi, poder político de base), and the articles that may follow them.
LINKERS = {
    "en": frozenset({"of"}),
    "fr": frozenset("de du des d' d’ à au aux en".split()),
    "es": frozenset("de del a al en".split()),
}
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
    return token.kind == "word" and token.lower() not in CLOSED.get(lang, ())


def parts(token: Token) -> list[str]:
    """The folded words of a token: "non-public" is two words for matching."""
    return [p for p in re.split(r"[-‑]", fold(token.text)) if p]


def content_words(text: str, lang: str) -> list[str]:
    return [part for token in tokens(text) if is_content(token, lang)
            for part in parts(token) if len(part) >= 3]
