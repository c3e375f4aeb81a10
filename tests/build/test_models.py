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
