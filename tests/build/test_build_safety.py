"""Issue 15, item 10 (the build's write step): an empty input never replaces a termbase
silently, a file named twice counts once, the TBX header does not depend on argument order,
and `--jobs` workers do not outlive a killed build."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from glossary.cli import cli
from tests.conftest import ROOT, SEEDS


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_an_empty_input_does_not_replace_a_termbase_without_force(tmp_path, in_root):
    out = tmp_path / "out"
    assert run("build", "seeds", "--out", str(out)).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("build", str(empty), "--out", str(out))
    assert result.exit_code == 2, result.output
    assert result.output == (f"glossary: error: no terms found in 1 document; {out} keeps its "
                             "termbase (use --force to replace it with an empty one)\n")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    forced = run("build", str(empty), "--out", str(out), "--force", "--json")
    assert forced.exit_code == 0 and json.loads(forced.output)["concepts"] == 0
    # An empty build into a new folder is no loss: it is written.
    assert run("build", str(empty), "--out", str(tmp_path / "new")).exit_code == 0


def test_a_refused_build_still_writes_the_explain_report(tmp_path, in_root):
    out = tmp_path / "out"
    assert run("build", "seeds", "--out", str(out)).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    notes = tmp_path / "notes.txt"
    notes.write_text("- 躺平: lying flat\n", encoding="utf-8")
    report = tmp_path / "why.tsv"
    result = run("build", str(notes), "--out", str(out), "--explain", str(report))
    assert result.exit_code == 2 and result.output.rstrip().endswith(
        f"why each candidate was dropped: {report}")
    rows = report.read_text(encoding="utf-8").splitlines()
    assert rows[1].startswith("rejected") and "dropped" in rows[1]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_file_given_twice_counts_once(tmp_path, in_root):
    one = sorted(SEEDS.glob("000*"))[0].relative_to(ROOT)
    once = json.loads(run("build", str(one), "-o", str(tmp_path / "a"), "--json").output)
    twice = run("build", str(one), str(one), "seeds", "-o", str(tmp_path / "b"), "--json")
    assert once["documents"] == 1 and json.loads(twice.output)["documents"] == 5
    again = json.loads(run("build", str(one), f"./{one}", "-o", str(tmp_path / "c"),
                           "--json").output)
    assert again == {**once, "outputs": again["outputs"]}
    assert (tmp_path / "a" / "glossary.tbx").read_bytes() == \
        (tmp_path / "c" / "glossary.tbx").read_bytes()


def test_argument_order_does_not_change_the_header(tmp_path, in_root):
    files = [str(p.relative_to(ROOT)) for p in sorted(SEEDS.glob("*.txt"))[:2]]
    for name, order in (("a", files), ("b", files[::-1])):
        assert run("build", *order, "-o", str(tmp_path / name)).exit_code == 0
    first, second = ((tmp_path / n / "glossary.tbx").read_text(encoding="utf-8") for n in "ab")
    header = first.split("<text>")[0]
    assert files[0] in header and header.index(files[0]) < header.index(files[1])
    assert second == first  # the whole build, not only its header


WORKERS = """
import sys, time
from glossary.build.engines import processes
with processes.session(2) as runner:
    list(runner.map(time.sleep, [60, 60, 60, 60]))
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_jobs_workers_die_with_a_killed_build():
    parent = subprocess.Popen([sys.executable, "-c", WORKERS], cwd=ROOT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = [p for p in _children(parent.pid) if _alive(p)]
        assert len(workers) >= 2
        time.sleep(1.0)  # the workers are asleep in their tasks now
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(map(_alive, workers)), "workers outlived the build"
    finally:
        for pid in _children(parent.pid) + [parent.pid]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def test_a_stray_control_character_is_cleaned_and_named(tmp_path):
    """One \\x0b (a Word line break) or ESC in a document used to abort the whole build at
    write time with a message naming neither file nor line."""
    from glossary.termbase import locate
    from tests import tbxschema

    docs = tmp_path / "docs"
    docs.mkdir()
    text = "We are promoting the Fengqiao\x1b Model (枫桥经验) to enhance\x0bgrassroots management.\n"
    (docs / "word.txt").write_text("Title\n\n" + text, encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "glossary", "build", str(docs), "-o", str(out)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    where = f"{docs / 'word.txt'}:3"
    assert f"{where}: control character U+001B removed" in result.stderr
    assert f"{where}: control character U+000B replaced by a space" in result.stderr
    concepts = list(locate.concepts(out))
    (english,) = [t for c in concepts for t in c.terms if t.lang == "en"]
    assert english.text == "Fengqiao Model"
    assert "to enhance grassroots management" in english.evidence[0].context
    if tbxschema.available():
        assert tbxschema.errors(out / "glossary.tbx") == []
