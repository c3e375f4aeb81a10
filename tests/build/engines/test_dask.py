"""`glossary build --engine dask` on a real LocalCluster: tasks in partitions on worker
processes, their sums reduced tree-wise on the workers, the termbase byte-identical."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.build import build, tasks
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
    # Partitions of ~20 kB: seven or so, so the sums go up a tree three levels deep.
    monkeypatch.setattr(engine, "_PARTITION_BYTES", (20_000, 20_000))
    found = tasks.plan(sorted(generated_corpus.rglob("*.txt")), parallel=False)
    assert len(engine.partitions(found, 2)) >= 6
    result = build([generated_corpus], tmp_path, engine="dask", jobs=2,
                   explain=tmp_path / "explain.tsv")
    same_output(generated_build, tmp_path, ("glossary.tbx", "glossary.csv", "explain.tsv"))
    assert result.documents == len(list(generated_corpus.rglob("*.txt")))


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
