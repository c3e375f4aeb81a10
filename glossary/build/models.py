"""The models and tables a build reads, loaded in one go: before `--jobs` forks its workers,
so that each worker shares the parent's copy instead of loading its own (jieba's
dictionary and tagger, the CC-CEDICT tables, OpenCC, the word lists: about five seconds of
CPU, paid once instead of once per worker); those only reading uses, let go once every
document is read (`release`); and those only normalizing uses, let go once every concept is
normalized (`release_normalizing`).  lingua's models are not here: each process that detects a
language asks a helper process of its own (build.detector).  The caches that fill with a
corpus's vocabulary are kept small while the build runs (`bound`)."""

from __future__ import annotations

import sys


def preload(reading: bool = True) -> None:
    """Load everything a build's map and normalization steps read (each loader is cached), or
    with `reading` False what normalizing reads.  jieba first: loading it takes some 50 MB
    more than it keeps, which what loads after it reuses (a fresh Dask worker that loaded
    them as normalizing asked peaked at 289 MB, 257 in this order)."""
    from glossary import data
    from glossary.build.align import lexicon
    from glossary.normalize import cedict, pinyin, pinyin_data, script, segment

    segment.jieba()
    pinyin_data.pypinyin()
    if reading:
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
    # The extractors' own caches (cells, glosses, word links, a document's lines, sentences),
    # where this process ran them: their memory goes to normalizing's tables.
    for module, name in _READING_CACHES:
        if module in sys.modules:
            getattr(sys.modules[module], name).cache_clear()
    gc.collect()
    memory.trim()


def release_normalizing() -> None:
    """Let go of what normalizing uses and writing does not (jieba's dictionary and tagger,
    CC-CEDICT's tables, OpenCC's character tables: about 140 MB), once every concept is
    normalized: the files are written and the index filled with OpenCC's converters and
    pypinyin alone, so the header's list of files and SQLite's page cache no longer come on
    top of them.  Each loads again if something asks for it."""
    import gc

    from glossary import memory
    from glossary.normalize import cedict, polyphones, script, segment

    segment.release()
    for cached in (cedict._tables, cedict.readings, cedict.traditional, cedict.lower_readings,
                   cedict._unpack, script._st_tables, polyphones.readings):
        cached.cache_clear()
    gc.collect()
    memory.trim()


# Caches that fill with a corpus's vocabulary (module, cache, the entries it may hold before
# `bound` empties it).  Bounded for speed at 16,384 to 65,536 entries, on a synthetic corpus
# of 44,575 distinct concepts they held ~150 MB at the end of reading (the scorer's verdicts
# and links, 550 and 760 bytes an entry) and ~30 MB at the end of normalizing, which put the
# build over 300 MB; there they served little (scorer.score: 1,623 hits for 35,838 misses).
# Real documents, which repeat their vocabulary, fill none of them past these bounds but
# same_word, a cheap word test.  Lower bounds for the scorer's and two more: a Dask worker,
# which carries Dask's 36 MB besides, read at 293 MB; 100 documents of the synthetic corpus
# left 6.3 MB of whole lines in is_pinyin (16,384 of them) and 2.5 MB of 400-character
# contexts in span_language (4,817 hits for 52,433 misses), and scorer.score 68 hits for
# 7,401 misses.
_BOUNDED = (("glossary.build.scorer", "score", 4096),
            ("glossary.build.align.phrases", "_linked", 16384),
            ("glossary.build.scorer", "links", 4096),
            ("glossary.build.align.lexicon", "_gloss_set", 8192),
            ("glossary.build.align.lexicon", "same_word", 16384),
            ("glossary.build.extract.rows", "classify", 8192),
            ("glossary.build.extract.zh_first", "term_before", 4096),
            ("glossary.normalize.script", "to_simplified", 16384),
            ("glossary.normalize.cedict", "_unpack", 4096),
            ("glossary.normalize.readings", "is_pinyin", 4096),
            ("glossary.build.language", "span_language", 4096))


def bound() -> None:
    """Empty each cache of `_BOUNDED` that holds more than its entries (after each task of
    reading, each concept normalized): the caches' memory stays a few tens of MB whatever the
    corpus's vocabulary.  Their answers do not change, only how often they are computed."""
    emptied = False
    for module, name, entries in _BOUNDED:
        cached = getattr(sys.modules.get(module), name, None)  # (not loaded: nothing held)
        if cached is not None and cached.cache_info().currsize > entries:
            cached.cache_clear()
            emptied = True
    if emptied:
        from glossary import memory

        memory.trim()


_READING_CACHES = (("glossary.build.align.phrases", "_linked"),
                   ("glossary.build.extract.rows", "classify"),
                   ("glossary.build.extract.zh_first", "term_before"),
                   ("glossary.build.extract.shifted_rows", "slipped"),
                   ("glossary.build.scorer", "orientation"),
                   ("glossary.build.extract._evidence", "_sentences"),
                   # Shared with normalizing, which fills them again: their entries, made
                   # all through reading, were scattered over the heap's arenas, and an
                   # arena with one live block is never given back.
                   ("glossary.normalize.readings", "is_pinyin"),
                   ("glossary.normalize.readings", "character_readings"),
                   ("glossary.normalize.script", "to_simplified"))
