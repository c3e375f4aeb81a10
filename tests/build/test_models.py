"""Models are loaded before `--jobs` forks its workers (issue 18): preload leaves every
loader a build reads already loaded, so a forked worker finds them in its parent's memory."""

from __future__ import annotations

from glossary import data
from glossary.build import models
from glossary.build.align import lexicon
from glossary.normalize import cedict, pinyin, pinyin_data, script, segment
from tests.conftest import needs_shared


def test_preload_loads_what_a_build_reads():
    needs_shared("oracles", "cedict")
    models.preload()
    for loader in (segment.jieba, pinyin_data.pypinyin, lexicon._load, cedict._tables,
                   pinyin.curated_phrases, data.word_lists, data.name_heads, script._st_tables):
        assert loader.cache_info().currsize == 1, loader.__name__
    assert script._converter.cache_info().currsize >= 8
    assert script.convert("国务院", "s2t") == "國務院"  # the loaded converters work


def test_release_normalizing_lets_go_of_the_tables_and_they_come_back_when_asked():
    needs_shared("oracles", "cedict")
    from glossary.normalize.chinese import chinese_forms

    before = chinese_forms("中国共产党的领导干部")
    models.release_normalizing()
    assert segment.jieba.cache_info().currsize == 0
    assert cedict._tables.cache_info().currsize == 0
    assert script._st_tables.cache_info().currsize == 0
    # Normalizing again loads what it needs and gives the same forms.
    assert chinese_forms("中国共产党的领导干部") == before
    assert segment.jieba.cache_info().currsize == 1
    assert cedict._tables.cache_info().currsize == 1


def test_bound_empties_a_cache_past_its_bound_and_keeps_one_within_it():
    # A corpus of many distinct terms fills the reading caches (issue 18: 150 MB at the end
    # of reading on 44,575 concepts); bound, run after each task, keeps them small.
    bounds = {(module, name): entries for module, name, entries in models._BOUNDED}
    entries = bounds["glossary.build.align.lexicon", "same_word"]
    lexicon.same_word.cache_clear()
    for number in range(entries):
        lexicon.same_word("party", f"word{number}")
    models.bound()
    assert lexicon.same_word.cache_info().currsize == entries  # at its bound: kept
    lexicon.same_word("party", "parties")
    models.bound()
    assert lexicon.same_word.cache_info().currsize == 0
    assert lexicon.same_word("party", "parties")  # the same answer, computed again


def test_every_bounded_cache_exists():
    import importlib

    for module, name, entries in models._BOUNDED:
        cached = getattr(importlib.import_module(module), name)
        assert entries < (cached.cache_info().maxsize or float("inf")), (module, name)
