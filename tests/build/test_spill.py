"""The build's spill: on disk while the build runs, never left behind."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from glossary.build.spill import Spill, pack_rows
from glossary.model import Evidence
from tests.conftest import ROOT, needs_shared


def test_evidence_comes_back_by_entry_and_spelling():
    with Spill() as spill:
        first, second = (Evidence("a.txt", line, "c", "inline", 0.9) for line in (1, 2))
        spill.add([("e1", "s", first), ("e1", "t", second), ("e2", "s", second)])
        assert list(spill.evidence(["e1", "e2"], "s")) == [first, second]
        assert list(spill.evidence(["e1"], "t")) == [second]


def test_report_rows_come_back_sorted_then_in_corpus_order():
    with Spill() as spill:
        rows = [("b.txt", 2, "中", "x", (0, 1, 0, 0), ("late",)),
                ("a.txt", 10, "中", "x", (0, 0, 5, 0), ("a10",)),
                ("a.txt", 9, "中", "x", (0, 0, 7, 0), ("a9",)),
                ("b.txt", 2, "中", "x", (0, 0, 9, 0), ("early",))]
        spill.add([], rows)
        assert [cells[0] for cells in spill.report()] == ["a9", "a10", "early", "late"]


def test_packed_rows_are_stored_as_the_rows_themselves_would_be():
    # What a Dask worker sends instead of objects: the same evidence (float confidence and
    # all) and report rows, in the order they came.
    evidence = [("e1", "s", Evidence("a.txt", 3, "上下文 context", "inline", 0.8125)),
                ("e2", "s", Evidence("b.txt", 1, "", "acronym", 1 / 3)),
                ("e1", "s", Evidence("c.txt", 7, "x", "inline", 0.9))]
    report = [("a.txt", 3, "中", "x", (0, 0, 1, 0), ("a", "说明")),
              ("a.txt", 3, "中", "x", (0, 0, 0, 1), ("b",))]
    with Spill() as objects, Spill() as packed:
        objects.add(evidence, report)
        packed.add_packed([pack_rows(evidence[:2], report[:1]), pack_rows(evidence[2:], report[1:]),
                           pack_rows([])])
        for spill in (objects, packed):
            assert list(spill.evidence(["e1", "e2"], "s")) == [
                evidence[0][2], evidence[2][2], evidence[1][2]]
            assert list(spill.report()) == [("b",), ("a", "说明")]


def test_a_killed_build_leaves_nothing_in_the_temporary_folder(tmp_path):
    needs_shared("oracles", "cedict", "cedict_ts.u8.gz")
    from bench import corpus

    documents = corpus.make(tmp_path / "corpus", 2)[0].parent  # more than SQLite caches
    """SQLite unlinks the spill's file as soon as it opens it: it exists only as long as the
    build's open handle.  ($TMPDIR is not watched: jieba writes its own cache there.)"""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    environment = dict(os.environ, SQLITE_TMPDIR=str(temporary))
    build = subprocess.Popen([sys.executable, "-m", "glossary", "build", str(documents),
                              "-o", str(tmp_path / "out")], cwd=ROOT, env=environment,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        spilled = False
        deadline = time.monotonic() + 300
        while not spilled and time.monotonic() < deadline and build.poll() is None:
            assert not list(temporary.iterdir())
            spilled = any(_open_in(build.pid, temporary))
            time.sleep(0.05)
        assert spilled, "the build never opened its spill in TMPDIR"
        os.kill(build.pid, signal.SIGKILL)
        build.wait()
    finally:
        if build.poll() is None:
            build.kill()
    assert not list(temporary.iterdir())
    assert not (tmp_path / "out" / "glossary.tbx").exists()


def _open_in(pid: int, folder: Path) -> list[str]:
    found = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found
