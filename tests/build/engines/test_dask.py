"""`glossary build --engine dask` on a real LocalCluster: tasks in partitions on worker
processes, each partition's sums and packed rows taken by the build's process as it is done,
the termbase byte-identical."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.build import build, tasks
from glossary.build.documents import find_documents
from glossary.build.engines import dask as engine
from glossary.cli import cli
from tests.build.conftest import same_output


@pytest.fixture(autouse=True)
def needs_dask():
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):  # .ci/run installs the dask extra: missing there is a failure
            pytest.fail("dask is missing in CI (.ci/run installs glossary[dask])")
        pytest.skip("dask is not installed (pip install -e '.[dask]')")


def test_a_local_cluster_writes_what_one_process_writes(generated_build, generated_corpus,
                                                        tmp_path, monkeypatch):
    # Partitions of ~20 kB: seven or so, more than the two workers are given at once.
    monkeypatch.setattr(engine, "_PARTITION_BYTES", (20_000, 20_000))
    found = tasks.plan(sorted(generated_corpus.rglob("*.txt")), parallel=False)
    assert len(engine.partitions(found, 2)) >= 6
    result = build([generated_corpus], tmp_path, engine="dask", jobs=2,
                   explain=tmp_path / "explain.tsv")
    same_output(generated_build, tmp_path, ("glossary.tbx", "glossary.csv", "explain.tsv"))
    assert result.documents == len(find_documents([generated_corpus]))


def test_the_cli_runs_a_cluster_of_one_worker(tmp_path):
    seeds = Path(__file__).resolve().parents[3] / "seeds"
    result = CliRunner().invoke(cli, ["build", str(seeds), "-o", str(tmp_path / "out"),
                                      "--engine", "dask", "--candidates"])
    assert result.exit_code == 0, result.output
    build([seeds], tmp_path / "serial", candidates=True)
    same_output(tmp_path / "out", tmp_path / "serial")


def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "_CONNECT_SECONDS", 2)
    result = CliRunner().invoke(cli, ["build", "-o", str(tmp_path / "out"), "--engine", "dask",
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.output.startswith("glossary: error: cannot reach the Dask scheduler at "
                                    "tcp://127.0.0.1:9"), result.output
    assert not (tmp_path / "out").exists()


def test_partitions_keep_task_order_and_cut_by_bytes(tmp_path):
    files = []
    for number in range(10):
        path = tmp_path / f"d{number}.txt"
        path.write_text("x" * 400_000)
        files.append(path)
    found = tasks.plan(files, parallel=False)
    parts = engine.partitions(found, workers=2)
    assert [t for part in parts for t in part] == list(found)
    assert [len(part) for part in parts] == [3, 3, 3, 1]  # 1 MB a partition at least


def test_a_bad_document_on_a_worker_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("The Fengqiao Model (枫桥经验).", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-o", str(tmp_path / "out"),
                                      "--engine", "dask"])
    assert result.exit_code == 2
    assert result.output.startswith("glossary: error: ") and "b.txt" in result.output
    assert result.output.count("\n") == 1, result.output
    assert not (tmp_path / "out").exists()


def _lexicon_loaded() -> int:
    from glossary.build.align import lexicon

    return lexicon._load.cache_info().currsize


def _load_lexicon() -> int:
    from glossary.build.align import lexicon

    lexicon._load()
    return lexicon._load.cache_info().currsize


def test_release_lets_go_of_what_reading_loaded_on_every_worker():
    # Workers live on to normalize: what only reading used must not stay under normalizing's
    # tables (issue 18: a worker peaked at 750-850 MB at 100 MB).  The build's own cluster's
    # workers start again, empty; those of a cluster the build does not own let go in place.
    import os

    with engine.session(jobs=2) as runner:
        client = runner._client
        before = set(client.run(os.getpid).values())
        assert list(client.run(_load_lexicon).values()) == [1, 1]
        runner.release()
        assert list(client.run(_lexicon_loaded).values()) == [0, 0]
        assert not before & set(client.run(os.getpid).values())  # new processes
        assert runner.call(sum, [1, 2]) == 3  # and at work

        others = engine.Runner(client)  # as with --scheduler: not the build's to restart
        assert list(client.run(_load_lexicon).values()) == [1, 1]
        kept = set(client.run(os.getpid).values())
        others.release()
        assert list(client.run(_lexicon_loaded).values()) == [0, 0]
        assert set(client.run(os.getpid).values()) == kept


def test_the_local_clusters_workers_keep_no_profile_and_no_log_of_messages():
    # Dask's sampling profiler keeps every call stack it sees, and its connections the last
    # 1,000 messages, payloads and all: a 100 MB build's worker and driver passed 600 MB.
    def settings(dask_worker) -> tuple[object, object, int]:  # type: ignore[no-untyped-def]
        import dask

        return (dask.config.get("distributed.worker.profile.enabled"),
                dask.config.get("distributed.admin.low-level-log-length"),
                len(dask_worker.profile_history))

    with engine.session(jobs=1) as runner:
        assert runner.call(sum, [1, 2]) == 3
        assert list(runner._client.run(settings).values()) == [(False, 0, 0)]


def test_what_map_sends_and_gets_back_is_not_kept():
    # Concepts go to the workers to be normalized 200 at a time: the build's process must not
    # keep them once their results are taken (Dask's message log kept every batch).
    import gc
    import time
    import uuid

    mark = f"item {uuid.uuid4().hex} "  # no other test's list can look like one of these

    def batches_alive() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects()
                   if isinstance(o, list) and o and isinstance(o[0], str) and o[0].startswith(mark))

    with engine.session(jobs=1) as runner:
        items = (f"{mark}{number}" for number in range(3000))
        assert sum(1 for _ in runner.map(str.upper, items)) == 3000
        # the last batch's task is released by a message the client sends a moment later
        for _ in range(50):
            if not batches_alive():
                break
            time.sleep(0.1)
        assert batches_alive() == 0
