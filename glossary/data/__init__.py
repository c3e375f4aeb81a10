"""Reference data: plain files beside this module (pinyin_phrases.tsv, word_lists.tsv,
name_heads.tsv, romance_words.tsv, gloss_additions.tsv), read when first asked and never
changed at run time."""

from __future__ import annotations

from functools import cache
from importlib import resources


def text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text("utf-8")


@cache
def word_lists() -> dict[tuple[str, str], frozenset[str]]:
    """word_lists.tsv: (list, language) → its words."""
    lists: dict[tuple[str, str], set[str]] = {}
    for line in text("word_lists.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            name, lang, words = line.split("\t")
            lists.setdefault((name, lang), set()).update(words.split())
    return {key: frozenset(words) for key, words in lists.items()}


@cache
def word_list(name: str, lang: str) -> frozenset[str]:
    """One list of word_lists.tsv in one language; empty for a language it does not have."""
    return word_lists().get((name, lang), frozenset())


@cache
def name_heads() -> dict[str, tuple[str, ...]]:
    """name_heads.tsv: an English head noun of a name → its Chinese heads, most usual first."""
    heads = {}
    for line in text("name_heads.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            english, forms = line.split("\t")
            heads[english] = tuple(forms.split())
    return heads


@cache
def romance_words() -> dict[tuple[str, str], tuple[str, ...]]:
    """romance_words.tsv: (language, French or Spanish word) → its English words."""
    words = {}
    for line in text("romance_words.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, word, english = line.split("\t")
            words[lang, word] = tuple(english.split())
    return words


@cache
def gloss_additions() -> dict[str, frozenset[str]]:
    """gloss_additions.tsv: a Simplified word → English gloss words CC-CEDICT lacks for it."""
    additions = {}
    for line in text("gloss_additions.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            word, english = line.split("\t")
            additions[word] = frozenset(english.split())
    return additions
