"""Chinese words: jieba, loaded once and quietly, for pinyin word joining, the aligner and the
extractors alike (it is heavy: imported only when a build needs it)."""

from __future__ import annotations

from functools import cache
from typing import Any

from glossary.han import is_han


@cache
def jieba() -> Any:
    """The jieba module, initialised, with its log quiet and its posseg loaded (loaded
    again after `release`)."""
    import logging
    import sys

    # jieba opens its data files through pkg_resources when it can import it: 7 MB of
    # modules held for the whole build, and a deprecation warning, to open files that lie
    # beside jieba's own.  Not importable for that moment, jieba opens them itself.
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
        import jieba.posseg
    finally:
        if blocked:
            del sys.modules["pkg_resources"]

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    tagger = jieba.posseg.dt
    if not tagger.word_tag_tab:  # let go by release(): read again
        tagger.load_word_tag(jieba.dt.get_dict_file())
    _share_words(jieba.dt.FREQ, tagger)
    return jieba


def release() -> None:
    """Let go of jieba's dictionary and tagger table in this process (90 MB: a build's
    writing does not segment); the next `jieba()` loads them again (about a second)."""
    if not jieba.cache_info().currsize:
        return
    module = jieba()
    jieba.cache_clear()
    # jieba keeps them on its module's tokenizers, which its own functions are bound to.
    module.dt.FREQ, module.dt.total, module.dt.initialized = {}, 0, False
    module.posseg.dt.word_tag_tab = {}


def _share_words(frequencies: dict[str, int], tagger: Any) -> None:
    """The tagger's table (word → part of speech) keyed by the tokenizer's own word strings,
    one string per tag: jieba reads its dictionary twice and keeps each word and tag
    apart (349,045 words: 33 MB less, the same table)."""
    import sys

    from glossary import memory

    tags = tagger.word_tag_tab
    shared = {word: sys.intern(tags[word]) for word in frequencies if word in tags}
    shared.update((word, sys.intern(tag)) for word, tag in tags.items() if word not in shared)
    tagger.word_tag_tab = shared
    del tags
    memory.trim()


def tagged_words(text: str) -> list[tuple[str, str]]:
    """jieba's words and part-of-speech tags (dictionary only, no HMM guesses)."""
    if not any(is_han(c) for c in text):
        return [(text, "x")]
    return [(pair.word, pair.flag) for pair in jieba().posseg.cut(text, HMM=False)]
