"""Issue 15, items 2 and 3: the termbase folder (TBX, CSV, index) is replaced as one
generation, a killed or disk-full write leaves the old set or the new one, and two writers
into one folder are serialised."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.model import Status
from glossary.termbase import locate, store
from glossary.termbase.formats import csv as csv_format
from tests.conftest import ROOT, copy_seed


def concept(number: int) -> dict[str, object]:
    evidence = [{"file": f"doc{number}.txt", "line": line, "context": f"term number {number}",
                 "extractor": "inline", "confidence": 0.9} for line in (1, 2, 3, 4)]
    return {"id": f"c{number}", "subject_field": None, "definition": None, "notes": [],
            "terms": [{"lang": "en", "text": f"term number {number}", "type": "fullForm",
                       "status": "admitted", "flags": [], "notes": [], "evidence": evidence}]}


def jsonl(path: Path, numbers: range) -> Path:
    path.write_text("".join(json.dumps(concept(n)) + "\n" for n in numbers), encoding="utf-8")
    return path


def glossary(*args: str, env: dict[str, str] | None = None, preexec=None,
             prelude: str = "") -> subprocess.CompletedProcess[str]:
    """The command line in its own process (`prelude` runs first: fault injection)."""
    code = prelude + "\nimport sys\nfrom glossary.cli import main\nsys.argv = ['glossary'] + " + \
        repr(list(args)) + "\nmain()\n"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, preexec_fn=preexec,
                          timeout=120)


def ids_in_set(folder: Path) -> tuple[set[str], set[str], set[str]]:
    """The concept ids of the TBX, the CSV and the index of a termbase folder (and checks
    that its evidence.tsv, with every occurrence, is of the same generation)."""
    tbx_ids = {c.id for c in locate.read(folder / "glossary.tbx")}
    with (folder / "glossary.csv").open("rb") as handle:
        csv_ids = {c.id for c in csv_format.read(handle)}
    index_ids = {c.id for c in store.concepts(folder / "glossary.sqlite")}
    lines = (folder / "evidence.tsv").read_text(encoding="utf-8").splitlines()[2:]
    assert {line.split("\t")[0] for line in lines} == tbx_ids
    return tbx_ids, csv_ids, index_ids


@pytest.fixture
def old_set(tmp_path):
    folder = tmp_path / "tb"
    result = CliRunner().invoke(cli, ["import", str(jsonl(tmp_path / "old.jsonl", range(1, 4))),
                                      "-t", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


OLD = {"c1", "c2", "c3"}
NEW = OLD | {"c4", "c5"}

# os._exit at the K-th call of a function that moves or syncs files: as `kill -9` there.
KILL_AT = """
import os
_count = [0]
def _killing(real):
    def call(*args, **kwargs):
        _count[0] += 1
        if _count[0] == {k}:
            os._exit(137)
        return real(*args, **kwargs)
    return call
os.{name} = _killing(os.{name})
"""


@pytest.mark.parametrize("name", ["replace", "fsync", "rename", "unlink"])
def test_a_kill_at_any_moment_leaves_the_old_set_or_the_new_one(old_set, tmp_path, name):
    new = jsonl(tmp_path / "new.jsonl", range(4, 6))
    outcomes = set()
    for k in range(1, 40):
        folder = tmp_path / f"tb{name}{k}"
        subprocess.run(["cp", "-a", str(old_set), str(folder)], check=True)
        result = glossary("import", str(new), "-t", str(folder),
                          prelude=KILL_AT.replace("{k}", str(k)).replace("{name}", name))
        killed = result.returncode == 137
        assert killed or result.returncode == 0, result.stderr
        # The next command (any reader) sees a whole set: old or new, never a mixture.
        reader = glossary("lookup", "--json", "-t", str(folder), "term number 1",
                          env={"GLOSSARY_CACHE": str(tmp_path / "cache")})
        assert reader.returncode == 0, reader.stderr
        tbx_ids, csv_ids, index_ids = ids_in_set(folder)
        assert tbx_ids == csv_ids, (name, k, tbx_ids, csv_ids)
        assert tbx_ids in (OLD, NEW), (name, k)
        # What import remembers for rebuilds (imported.jsonl) is of the same generation.
        assert {c.id for c in locate.read(folder / "imported.jsonl")} == tbx_ids, (name, k)
        assert store.source_of(folder / "glossary.sqlite") == store.file_signature(
            folder / "glossary.tbx") and index_ids == tbx_ids, (name, k)
        outcomes.add("new" if tbx_ids == NEW else "old")
        # Temporary files of the killed run are cleaned by the next write.
        again = glossary("import", str(new), "-t", str(folder))
        assert again.returncode == 0, again.stderr
        assert sorted(p.name for p in folder.iterdir()) == [
            "evidence.tsv", "glossary.csv", "glossary.sqlite", "glossary.tbx", "imported.jsonl"
        ], (name, k)
        if not killed:
            break
    if name in ("replace", "fsync"):
        assert outcomes == {"old", "new"}  # the kill fell both before and after the commit


def limited(size: int):
    def preexec() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return preexec


@pytest.mark.parametrize("limit", [2_000, 12_000, 60_000])
def test_a_full_disk_leaves_the_old_set_and_lookups_answer(old_set, tmp_path, limit):
    """A file-size limit makes writes fail past `limit` bytes, as a full disk does: at 2 kB the
    TBX fails, at 12 kB the CSV and the TBX fit but the index does not."""
    before = {p.name: p.read_bytes() for p in old_set.iterdir() if p.name.startswith("glossary")}
    big = jsonl(tmp_path / "big.jsonl", range(4, 400))
    result = glossary("import", str(big), "-t", str(old_set), preexec=limited(limit))
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"glossary: error: {old_set}: cannot write the termbase") and \
        "unchanged" in line, line
    after = {p.name: p.read_bytes() for p in old_set.iterdir() if p.name.startswith("glossary")}
    assert after == before
    assert not [p for p in old_set.iterdir() if p.name.endswith(".tmp")]
    found = glossary("lookup", "--json", "-t", str(old_set), "term number 2")
    assert found.returncode == 0 and json.loads(found.stdout)[0]["id"] == "c2"


def test_a_full_disk_on_export_and_check_output_is_one_line(old_set, tmp_path, monkeypatch):
    import errno

    real = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    target = tmp_path / "out.tbx"
    target.write_text("previous")
    monkeypatch.setattr(os, "fsync", full)
    result = CliRunner().invoke(cli, ["export", "-t", str(old_set), "-o", str(target)])
    monkeypatch.setattr(os, "fsync", real)
    assert result.exit_code == 2 and result.exception is None or isinstance(
        result.exception, SystemExit), result.exception
    assert result.output.strip() == f"glossary: error: {target}: cannot write (No space left on device)"
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_a_full_disk_on_export_to_a_file_size_limit(old_set, tmp_path):
    target = tmp_path / "out.jsonl"
    result = glossary("export", "-t", str(old_set), "-f", "jsonl", "-o", str(target),
                      preexec=limited(100))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"glossary: error: {target}: cannot write (File too large)"
    assert not target.exists()


# The first writer holds the folder (inside import's read-merge-write) until the test lets it
# go, which it does once the second writer has said that it waits: no timing guesses.
HELD_MERGE = """
import os, time
import glossary.termbase.ingest as ingest
_merge = ingest.merge_into
def _held(*args, **kwargs):
    open({started!r}, "w").close()
    deadline = time.monotonic() + 120
    while not os.path.exists({release!r}) and time.monotonic() < deadline:
        time.sleep(0.05)
    return _merge(*args, **kwargs)
ingest.merge_into = _held
"""


def _holder(tmp_path, source, folder):
    started, release = tmp_path / "started", tmp_path / "release"
    code = (HELD_MERGE.format(started=str(started), release=str(release))
            + "\nimport sys\nfrom glossary.cli import main\n"
            + f"sys.argv = ['glossary', 'import', {str(source)!r}, '-t', {str(folder)!r}]\nmain()")
    holder = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.exists(), holder.communicate()
    return holder, release


def _second(args, release):
    """Run the second writer; let the first go once the second says it is waiting."""
    second = subprocess.Popen([sys.executable, "-m", "glossary", *args], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    said = ""
    while "waiting for another glossary" not in said:
        line = second.stderr.readline()
        if not line:
            break
        said += line
    release.touch()
    out, err = second.communicate(timeout=120)
    return second.returncode, out, said + err


def test_two_imports_at_once_both_apply(old_set, tmp_path):
    """Each import reads the termbase, merges and writes it back: without a lock the second
    writer's read misses the first's concept, and one 'added' is lost."""
    first, second = jsonl(tmp_path / "a.jsonl", range(10, 11)), jsonl(tmp_path / "b.jsonl",
                                                                        range(20, 21))
    holder, release = _holder(tmp_path, first, old_set)
    code, out, err = _second(["import", str(second), "-t", str(old_set)], release)
    held_out, held_err = holder.communicate(timeout=120)
    assert (holder.returncode, code) == (0, 0), (held_err, err)
    assert "1 added" in held_out and "1 added" in out
    assert "waiting for another glossary" in err
    tbx_ids, csv_ids, index_ids = ids_in_set(old_set)
    assert tbx_ids == csv_ids == index_ids == OLD | {"c10", "c20"}


def test_a_build_waits_for_an_import_into_the_same_folder(old_set, tmp_path):
    seed = copy_seed("000", tmp_path)
    holder, release = _holder(tmp_path, jsonl(tmp_path / "a.jsonl", range(10, 11)), old_set)
    code, out, err = _second(["build", str(seed), "-o", str(old_set)], release)
    holder.communicate(timeout=120)
    assert holder.returncode == 0 and code == 0, err
    assert "waiting for another glossary" in err
    tbx_ids, csv_ids, index_ids = ids_in_set(old_set)
    # The build came last, and kept what the import it waited for brought (imported.jsonl):
    # nothing lost either way.
    assert tbx_ids == csv_ids == index_ids and OLD | {"c10"} < tbx_ids


def test_the_decisions_report_is_part_of_the_generation(tmp_path):
    """`build --explain REPORT`: the report is replaced with the TBX, CSV and index; a kill
    at any rename leaves the old four or the new four.  Old: built from one seed; new: from
    two, so the TBX header and the report both say which."""
    from tests.conftest import SEEDS

    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    old = tmp_path / "old"
    result = glossary("build", str(seeds[0]), "-o", str(old / "tb"), "--explain",
                      str(old / "reports" / "decisions.tsv"))
    assert result.returncode == 0, result.stderr
    outcomes = set()
    # os.replace calls: 1 the report's own temporary file, 2 the journal, 3-7 the five
    # renames.  Killed at 1 (before the journal: old), 3 (after it: new once recovered) and 5
    # (half the renames done: new once recovered).
    for k in (1, 3, 5):
        here = tmp_path / f"k{k}"
        subprocess.run(["cp", "-a", str(old), str(here)], check=True)
        folder, report = here / "tb", here / "reports" / "decisions.tsv"
        result = glossary("build", *map(str, seeds), "-o", str(folder), "--explain", str(report),
                          prelude=KILL_AT.replace("{k}", str(k)).replace("{name}", "replace"))
        assert result.returncode == 137, (k, result.stderr)
        assert glossary("lookup", "-t", str(folder), "CPC",
                        env={"GLOSSARY_CACHE": str(tmp_path / "cache")}).returncode in (0, 1)
        tbx_ids, csv_ids, index_ids = ids_in_set(folder)
        assert tbx_ids == csv_ids == index_ids, k
        header = (folder / "glossary.tbx").read_text(encoding="utf-8").split("<text>")[0]
        new_tbx = "from 2 documents" in header
        new_report = seeds[1].name in report.read_text(encoding="utf-8")
        assert new_tbx == new_report, k
        outcomes.add("new" if new_tbx else "old")
        if k == 1:  # the next build removes what the killed one left, beside the report too
            again = glossary("build", str(seeds[0]), "-o", str(folder), "--explain", str(report))
            assert again.returncode == 0, again.stderr
            assert [p.name for p in report.parent.iterdir()] == ["decisions.tsv"]
            assert sorted(p.name for p in folder.iterdir()) == [
                "evidence.tsv", "glossary.csv", "glossary.sqlite", "glossary.tbx"]
    assert outcomes == {"old", "new"}


def test_a_decision_and_the_termbase_it_changes_are_one_generation(old_set, tmp_path):
    """`glossary status` writes the termbase and appends to decisions.tsv: a kill at any
    rename leaves both before the decision or both after it."""
    outcomes = set()
    for k in range(1, 8):
        folder = tmp_path / f"k{k}"
        subprocess.run(["cp", "-a", str(old_set), str(folder)], check=True)
        result = glossary("status", "term number 2", "deprecated", "-t", str(folder), "--by",
                          "alice", prelude=KILL_AT.replace("{k}", str(k))
                          .replace("{name}", "replace"))
        killed = result.returncode == 137
        assert killed or result.returncode == 0, result.stderr
        assert glossary("lookup", "-t", str(folder), "term number 2").returncode == 0
        (term,) = [t for c in locate.read(folder / "glossary.tbx") if c.id == "c2"
                   for t in c.terms]
        decided = (folder / "decisions.tsv").is_file() and "alice" in (
            folder / "decisions.tsv").read_text(encoding="utf-8")
        assert (term.status is Status.DEPRECATED) == decided, k
        with (folder / "glossary.csv").open("rb") as handle:
            (row,) = [c for c in csv_format.read(handle) if c.id == "c2"]
        assert row.terms[0].status == term.status, k
        outcomes.add(decided)
        if not killed:
            break
    assert outcomes == {False, True}
