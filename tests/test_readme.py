"""The README's two commands are what CI runs and what a new user types."""

import re
import shlex
import shutil

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from tests.conftest import ROOT


def _commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_ci_runs_the_readme_test_command():
    setup_and_build, setup_and_test = _commands()[:2]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert setup_and_test in ci.splitlines()
    assert "glossary build" in setup_and_build and "pytest" in setup_and_test


def _tour():
    """(command, shown output) of each console block of the README that is shown whole."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```console\n(.+?)\n```", readme, re.DOTALL):
        command, *output = block.split("\n")
        if command.startswith("$ glossary ") and output and "…" not in block and "$" not in "".join(output):
            yield command[2:], "\n".join(output)


TOUR = list(_tour())


def test_the_tour_is_found():
    assert [command.split()[1] for command, _ in TOUR] == ["build", "normalize", "lookup"]


@pytest.mark.parametrize("command, shown", TOUR, ids=[c for c, _ in TOUR])
def test_the_tour_shows_what_the_commands_print(command, shown, tmp_path, monkeypatch):
    if command.split()[1] == "build":  # in a copy: the committed terms/ stays as it is
        shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
        monkeypatch.chdir(tmp_path)
    else:
        monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip("\n") == shown.strip("\n")


def test_the_explain_example_is_what_the_build_writes(tmp_path, monkeypatch):
    """The README's --explain block: its notes.md, built, gives the rows it shows."""
    import csv

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```console\n(.+?)\n```", readme, re.DOTALL)
                 if "--explain explain.tsv" in b)
    notes = block.split("$ cat notes.md\n")[1].split("\n$ ")[0]
    shown = block.split("column -t -s$'\\t'\n")[1].splitlines()[1:]
    (tmp_path / "notes.md").write_text(notes + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "notes.md", "--explain", "explain.tsv"])
    assert result.exit_code == 0, result.output
    with open("explain.tsv", encoding="utf-8") as handle:
        rows = [[r[0], r[2], r[3], r[4], r[8]] for r in csv.reader(handle, delimiter="\t")][1:]
    assert [" ".join(row).split() for row in rows] == [line.split() for line in shown]
