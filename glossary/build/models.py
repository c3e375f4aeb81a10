"""The models and tables a build reads, loaded in one go: before `--jobs` forks its workers,
so that each worker shares the parent's copy instead of loading its own (jieba's
dictionary and tagger, lingua's language models, the CC-CEDICT tables, OpenCC, the word
lists: about five seconds of CPU, paid once instead of once per worker)."""

from __future__ import annotations


def preload() -> None:
    """Load everything a build's map and normalization steps read (each loader is cached)."""
    from glossary import data
    from glossary.build import language
    from glossary.build.align import lexicon
    from glossary.normalize import cedict, pinyin, script, segment

    segment.jieba()
    language._detector()
    lexicon._load()
    cedict._tables()
    pinyin.curated_phrases()
    data.word_lists()
    data.name_heads()
    script._st_tables()
    for config in ("s2t", "s2tw", "s2hk", "t2s", "tw2s", "hk2s", "t2tw", "t2hk"):
        script._converter(config)
