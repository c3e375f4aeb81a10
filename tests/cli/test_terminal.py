"""The CLI as a person runs it: stdin, stdout and stderr on a pseudo-terminal.

CliRunner and pipes never look like a terminal, so progress bars, colour and the prompt are
only exercised here (a progress bar that crashed in a terminal once passed every other test).
"""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

JOB = Path(__file__).resolve().parents[1] / "data" / "check"


def in_terminal(*args: str, cwd: Path, typed: tuple[tuple[str, str], ...] = (),
                timeout: float = 120) -> tuple[int, str]:
    """Run `glossary ARGS` with a pseudo-terminal as its terminal; return (exit code, output).

    `typed`: (prompt, line) pairs; each line is typed once its prompt has been shown after
    the previous one, as a person waits for the prompt (readline drops what comes earlier)."""
    main, child = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm", "XDG_STATE_HOME": str(cwd / ".state")}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([sys.executable, "-m", "glossary", *args], cwd=cwd, env=env,
                               stdin=child, stdout=child, stderr=child, close_fds=True)
    os.close(child)
    output = bytearray()
    waiting, seen = list(typed), 0
    while True:
        if waiting and waiting[0][0].encode() in output[seen:]:
            seen = len(output)
            os.write(main, waiting.pop(0)[1].encode() + b"\r")
        ready, _, _ = select.select([main], [], [], timeout)
        if not ready:
            process.kill()
            pytest.fail(f"glossary {' '.join(args)} gave no output for {timeout} s")
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the child closed its side
            break
        if not chunk:
            break
        output += chunk
    os.close(main)
    return process.wait(timeout), output.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the seeds to build in, so the committed terms/ is never touched."""
    where = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "seeds", where / "seeds")
    return where


def test_build_shows_progress_bars_and_finishes(project):
    code, output = in_terminal("build", cwd=project)
    assert "Traceback" not in output, output
    assert code == 0, output
    assert "Reading" in output and "100%" in output  # the bar was drawn and completed
    assert "concepts from" in output and (project / "terms" / "glossary.tbx").is_file()


def test_lookup_in_colour_then_the_prompt(project):
    if not (project / "terms" / "glossary.tbx").exists():
        in_terminal("build", cwd=project)
    code, output = in_terminal("lookup", "fengqiao", cwd=project)
    assert code == 0 and "Traceback" not in output, output
    assert "Fengqiao Model" in output and "\x1b[" in output  # colour on a terminal
    code, output = in_terminal("lookup", cwd=project, typed=(("glossary> ", "CPC"),
                                                                  ("glossary> ", ":q")))
    assert code == 0 and "Traceback" not in output, output
    assert "Communist Party of China" in output


def test_check_and_import_report_without_traceback(project, tmp_path):
    if not (project / "terms" / "glossary.tbx").exists():
        in_terminal("build", cwd=project)
    code, output = in_terminal("check", "-t", "terms", str(JOB / "job.xlf"), cwd=project)
    assert "Traceback" not in output, output
    assert code in (0, 1) and "finding" in output
    code, output = in_terminal("import", "-t", str(tmp_path / "tb"),
                               str(project / "terms" / "glossary.tbx"), cwd=project)
    assert code == 0 and "Traceback" not in output, output
    assert "added" in output and (tmp_path / "tb" / "glossary.tbx").is_file()


def test_matecat_is_not_written_to_a_terminal(project):
    if not (project / "terms" / "glossary.tbx").exists():
        in_terminal("build", cwd=project)
    code, output = in_terminal("export", "-f", "matecat", cwd=project)
    assert code == 2 and "Traceback" not in output, output
    assert "matecat files are binary: give -o FILE" in output
    assert "PK" not in output  # no zip bytes reached the terminal


def test_the_prompt_has_help(project):
    if not (project / "terms" / "glossary.tbx").exists():
        in_terminal("build", cwd=project)
    code, output = in_terminal("lookup", cwd=project, typed=(("glossary> ", ":help"),
                                                                  ("glossary> ", ":q")))
    assert code == 0 and "Type a term to look it up" in output and ":q" in output

def test_in_a_pipe_a_long_build_says_how_far_it_is(monkeypatch):
    """No bar in a pipe, but a line every PIPE_PROGRESS_SECONDS (here: every item)."""
    import io

    from glossary.cli import commands

    monkeypatch.setattr(commands, "PIPE_PROGRESS_SECONDS", 0.0)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    assert list(commands._progress(["a", "b", "c"], "Reading")) == ["a", "b", "c"]
    assert err.getvalue().splitlines()[-1].startswith("Reading: 3/3 (")
