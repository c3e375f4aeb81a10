"""Reference data: plain files beside this module (pinyin_phrases.tsv, word_lists.tsv,
name_heads.tsv, romance_words.tsv, gloss_additions.tsv), read when first asked and never
changed at run time."""

from __future__ import annotations

from functools import cache
from importlib import resources


def text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text("utf-8")


def rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of a data file, blank lines and # comments left
    out."""
    return [line.split("\t") for line in text(name).splitlines()
            if line.strip() and not line.startswith("#")]


@cache
def word_lists() -> dict[tuple[str, str], frozenset[str]]:
    """word_lists.tsv: (list, language) → its words."""
    lists: dict[tuple[str, str], set[str]] = {}
    for name, lang, words in rows("word_lists.tsv"):
        lists.setdefault((name, lang), set()).update(words.split())
    return {key: frozenset(words) for key, words in lists.items()}


@cache
def word_list(name: str, lang: str) -> frozenset[str]:
    """One list of word_lists.tsv in one language; empty for a language it does not have."""
    return word_lists().get((name, lang), frozenset())


@cache
def name_heads() -> dict[str, tuple[str, ...]]:
    """name_heads.tsv: an English head noun of a name → its Chinese heads, most usual first."""
    return {english: tuple(forms.split()) for english, forms in rows("name_heads.tsv")}


@cache
def romance_words() -> dict[tuple[str, str], tuple[str, ...]]:
    """romance_words.tsv: (language, French or Spanish word) → its English words."""
    return {(lang, word): tuple(english.split())
            for lang, word, english in rows("romance_words.tsv")}


@cache
def gloss_additions() -> dict[str, frozenset[str]]:
    """gloss_additions.tsv: a Simplified word → English gloss words CC-CEDICT lacks for it."""
    return {word: frozenset(english.split()) for word, english in rows("gloss_additions.tsv")}
