"""jieba, loaded once, let go of and loaded again (issue 18: a build lets go of its 90 MB
once normalizing is done)."""

from __future__ import annotations

import subprocess
import sys

from glossary.normalize import segment


def test_release_empties_jiebas_tables_and_the_next_use_reads_them_again():
    words = segment.tagged_words("坚持党的领导，发展新质生产力")
    loaded = segment.jieba()
    count, tags = len(loaded.dt.FREQ), len(loaded.posseg.dt.word_tag_tab)
    segment.release()
    assert loaded.dt.FREQ == {} and loaded.posseg.dt.word_tag_tab == {}
    assert segment.tagged_words("坚持党的领导，发展新质生产力") == words
    again = segment.jieba()
    assert (len(again.dt.FREQ), len(again.posseg.dt.word_tag_tab)) == (count, tags)
    # The tagger's words are the tokenizer's own strings again, not a second copy.
    word = next(w for w in again.posseg.dt.word_tag_tab if len(w) > 1)
    assert any(key is word for key in again.dt.FREQ if key == word)


def test_release_of_a_jieba_never_loaded_loads_nothing():
    segment.release()
    segment.release()
    assert segment.jieba.cache_info().currsize == 0
    assert segment.tagged_words("领导") == [("领导", "n")]


def test_jieba_is_loaded_without_pkg_resources_which_stays_importable():
    code = ("import sys; from glossary.normalize import segment; segment.jieba(); "
            "print('pkg_resources' in sys.modules); import pkg_resources")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert (done.returncode, done.stdout) == (0, "False\n"), done.stderr
