"""The README's two commands are what CI runs and what a new user types."""

import re

from tests.conftest import ROOT


def _commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_ci_runs_the_readme_test_command():
    setup_and_build, setup_and_test = _commands()[:2]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert setup_and_test in ci.splitlines()
    assert "glossary build" in setup_and_build and "pytest" in setup_and_test
