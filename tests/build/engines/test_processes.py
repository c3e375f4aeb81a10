"""`glossary build --jobs N`: a pool of this machine's processes."""

import os

from glossary.build.align import lexicon
from glossary.build.engines import processes as engine


def _pid_and_lexicon() -> tuple[int, int]:
    return os.getpid(), lexicon._load.cache_info().currsize


def _load() -> int:
    lexicon._load()
    return lexicon._load.cache_info().currsize


def test_each_runs_once_in_every_process_of_the_pool():
    with engine.session(jobs=2) as runner:
        assert sum(runner.map(abs, range(-50, 50))) == 2500  # the pool at work first
        assert len({pid for pid, _ in runner.each(_pid_and_lexicon)}) == 2
        assert len({pid for pid, _ in runner.each(_pid_and_lexicon)}) == 2


def test_release_lets_go_of_what_reading_loaded_in_every_process():
    # The processes live on to normalize: reading's lexicon and caches must not stay under
    # normalizing's tables (the pool's processes were once out of the build's reach).
    with engine.session(jobs=2) as runner:
        assert runner.each(_load) == [1, 1]
        runner.release()
        assert sorted(size for _, size in runner.each(_pid_and_lexicon)) == [0, 0]
