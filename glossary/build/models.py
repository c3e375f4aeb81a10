"""The models and tables a build reads, loaded in one go: before `--jobs` forks its workers,
so that each worker shares the parent's copy instead of loading its own (jieba's
dictionary and tagger, the CC-CEDICT tables, OpenCC, the word lists: about five seconds of
CPU, paid once instead of once per worker); and those only reading uses, let go once every
document is read (`release`).  lingua's models are not here: each process that detects a
language asks a helper process of its own (build.detector)."""

from __future__ import annotations


def preload() -> None:
    """Load everything a build's map and normalization steps read (each loader is cached)."""
    from glossary import data
    from glossary.build.align import lexicon
    from glossary.normalize import cedict, pinyin, script, segment

    segment.jieba()
    lexicon._load()
    cedict._tables()
    pinyin.curated_phrases()
    data.word_lists()
    data.name_heads()
    script._st_tables()
    for config in ("s2t", "s2tw", "s2hk", "t2s", "tw2s", "hk2s", "t2tw", "t2hk"):
        script._converter(config)


def release() -> None:
    """Let go of what only reading and judging use (the scorer's and aligner's caches, the
    aligner's lexicon and set phrases) and give the freed memory back to the system, before
    normalizing loads CC-CEDICT's tables and OpenCC's: else the two add up in the peak."""
    import gc

    from glossary import memory
    from glossary.build import language, scorer
    from glossary.build.align import lexicon

    scorer.forget()
    for cached in (lexicon._load, lexicon._set_phrases, language.span_language):
        cached.cache_clear()
    gc.collect()
    memory.trim()
