"""Models are loaded before `--jobs` forks its workers (issue 18): preload leaves every
loader a build reads already loaded, so a forked worker finds them in its parent's memory."""

from __future__ import annotations

from glossary import data
from glossary.build import models
from glossary.build.align import lexicon
from glossary.normalize import cedict, pinyin, script, segment
from tests.conftest import needs_shared


def test_preload_loads_what_a_build_reads():
    needs_shared("oracles", "cedict")
    models.preload()
    for loader in (segment.jieba, lexicon._load, cedict._tables,
                   pinyin.curated_phrases, data.word_lists, data.name_heads, script._st_tables):
        assert loader.cache_info().currsize == 1, loader.__name__
    assert script._converter.cache_info().currsize >= 8
    assert script.convert("国务院", "s2t") == "國務院"  # the loaded converters work
