"""Find a termbase's terms in running text, without relying on spaces.

Chinese has no spaces, and word-based term checks fail on it.  So every source-language term
goes into one Aho–Corasick automaton (pyahocorasick: C, linear in the text whatever the
number of terms), keyed the way normalize.keys keys lookups: Chinese by its Simplified form
(a Traditional segment matches a Simplified entry), Latin text folded (case, accents,
quotes).  Matches are leftmost-longest and never overlap (全面从严治党 before 从严治党); in
Latin text a match must also start and end at word boundaries.

Target text is compared more tolerantly (`contains`): case, accents, curly/straight quotes,
hyphen or space, and plural or simple inflection do not matter; different words do.  That is
why `_stem` is not Snowball (which align.lexicon uses to pair cognates, where recall is the
point): Snowball gives governance and government one stem (govern), and experience and
experiment another (experi), so "Fengqiao experiment" would pass for "Fengqiao experience".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from glossary.langtags import PINYIN, is_chinese, primary
from glossary.model import Concept, Term
from glossary.normalize.keys import chinese_key, fold

_MIN_LENGTH = 2
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Found:
    start: int  # in the normalized text
    end: int
    concept: Concept
    term: Term


def text_key(text: str, lang: str) -> str:
    """Text in the form terms are matched in: Simplified Chinese, or folded Latin."""
    return chinese_key(text) if is_chinese(lang) else fold(text).replace("-", " ")


class Finder:
    """An automaton over the source-language terms of a termbase (built once per check)."""

    def __init__(self, concepts: Iterable[Concept], lang: str) -> None:
        import ahocorasick

        self.lang = lang
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[Concept, Term]]] = {}
        for concept in concepts:
            for term in concept.terms:
                if term.lang != PINYIN and primary(term.lang) == primary(lang):
                    key = text_key(term.text, term.lang)
                    if len(key) >= _MIN_LENGTH:
                        entries.setdefault(key, []).append((concept, term))
        for key, found in entries.items():
            self._automaton.add_word(key, (len(key), found))
        self.size = len(entries)
        if entries:
            self._automaton.make_automaton()

    def find(self, text: str) -> Iterator[Found]:
        if not self.size:
            return
        key = text_key(text, self.lang)
        chinese = is_chinese(self.lang)
        for end, (length, entries) in self._automaton.iter_long(key):
            start = end - length + 1
            if not chinese and not _at_word_boundaries(key, start, end + 1):
                continue
            for concept, term in entries:
                yield Found(start, end + 1, concept, term)


def _at_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def contains(text: str, term: str, lang: str) -> bool:
    """Does `text` use `term`, allowing for case, accents, quotes, hyphens and inflection?"""
    if is_chinese(lang):
        return chinese_key(term) in chinese_key(text)
    wanted = [_stem(w) for w in _WORD.findall(fold(term))]
    words = [_stem(w) for w in _WORD.findall(fold(text))]
    if not wanted:
        return False
    return any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def _stem(word: str) -> str:
    """Plural and simple inflection off (English, French, Spanish): enough to say
    "policies" uses "policy" and "sociales" uses "social", never to merge different words."""
    if len(word) <= 3:
        return word
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "zes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith(("s", "x")) and not word.endswith("ss"):
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) > 3 else word
