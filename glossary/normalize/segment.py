"""Chinese words: jieba, loaded once and quietly, for pinyin word joining, the aligner and the
extractors alike (it is heavy: imported only when a build needs it)."""

from __future__ import annotations

from functools import cache
from typing import Any

from glossary.han import is_han


@cache
def jieba() -> Any:
    """The jieba module, initialised, with its log quiet and its posseg loaded."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tagged_words(text: str) -> list[tuple[str, str]]:
    """jieba's words and part-of-speech tags (dictionary only, no HMM guesses)."""
    if not any(is_han(c) for c in text):
        return [(text, "x")]
    return [(pair.word, pair.flag) for pair in jieba().posseg.cut(text, HMM=False)]
