import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.check import ignore
from glossary.cli import cli
from tests import lookup_fixture

JOB = Path(__file__).resolve().parents[1] / "data" / "check" / "job.xlf"


@pytest.fixture(scope="module")
def termbase(tmp_path_factory):
    return lookup_fixture.write(tmp_path_factory.mktemp("tb"))


def run(*args):
    return CliRunner().invoke(cli, ["check", *map(str, args)])


def findings(result):
    return [(f["segment"], f["code"], f["term"]) for f in json.loads(result.stdout)["findings"]]


def test_the_ignore_list_silences_exactly_what_it_lists(termbase, tmp_path):
    accepted = tmp_path / "accepted.tsv"
    first = run("-t", termbase, "-f", "json", "--write-ignore", accepted, JOB)
    assert first.exit_code == 1 and "4 findings added to" in first.stderr
    lines = accepted.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and len(lines) == 5
    assert "missing\t全面从严治党\t全面从严治党永远在路上。" in lines

    quiet = run("-t", termbase, "--ignore", accepted, JOB)
    assert quiet.exit_code == 0
    assert quiet.stdout.strip().endswith("0 findings (0 missing, 0 deprecated, 0 inconsistent, "
                                         "0 spelling), 4 ignored")

    # Take one line out: that finding, and only that one, is back.
    accepted.write_text("\n".join(line for line in lines if "全面从严治党" not in line) + "\n",
                        encoding="utf-8")
    back = run("-t", termbase, "-f", "json", "--ignore", accepted, JOB)
    assert back.exit_code == 1 and findings(back) == [("5", "missing", "全面从严治党")]


def test_an_entry_with_a_code_silences_that_check_only(tmp_path):
    entries = {ignore.Entry("missing", "枫桥经验", "推广 枫桥经验。")}
    assert ignore.ignored(entries, "missing", "枫桥经验", "推广  枫桥经验。")
    assert not ignore.ignored(entries, "deprecated", "枫桥经验", "推广 枫桥经验。")
    assert ignore.ignored({ignore.Entry("", "枫桥经验", "x")}, "deprecated", "枫桥经验", "x")


def test_write_adds_only_new_lines_and_bad_files_are_errors(tmp_path):
    path = tmp_path / "i.tsv"
    assert ignore.write(path, [("missing", "a\tb", "line\none")]) == 1
    assert ignore.write(path, [("missing", "a\tb", "line\none"), ("spelling", "x", "y")]) == 1
    assert ignore.read(path) == {ignore.Entry("missing", "a\tb", "line one"),
                                 ignore.Entry("spelling", "x", "y")}
    (tmp_path / "bad.tsv").write_text("only two\tcells\n", encoding="utf-8")
    from glossary.errors import InputError

    with pytest.raises(InputError, match="bad.tsv:1: want code, term and segment source"):
        ignore.read(tmp_path / "bad.tsv")


def test_html_report_as_a_reviewer_reads_it(termbase, tmp_path):
    from glossary.check.checks import check_files
    from glossary.check.report import to_html
    from glossary.termbase import Termbase

    report = check_files([JOB], Termbase.open(termbase))
    page = to_html(report, today="2026-12-03")
    assert f"<dt>Files</dt><dd>{JOB}</dd>" in page and "<dt>Date</dt><dd>2026-12-03</dd>" in page
    assert f"<dt>Termbase</dt><dd>{termbase}</dd>" in page
    # The term marked in the source, the deprecated rendering in the target, languages said.
    assert ('<td class="source" lang="zh-CN">坚持和发展新时代“<mark>枫桥经验</mark>”。</td>' in page
            or '<td class="source" lang="zh-Hans">坚持和发展新时代“<mark>枫桥经验</mark>”。</td>' in page)
    assert '<mark class="wrong">Fengqiao experience</mark>' in page
    assert '<td class="term" lang="zh' in page and ".term,.found,.expected span,.where{white-space:nowrap}" in page
    assert "missing\t全面从严治党\t全面从严治党永远在路上。" in page  # the ignore lines to copy
