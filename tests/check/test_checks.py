import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.check.checks import check
from glossary.cli import cli
from glossary.model import Concept, Segment, Status, Term, TermType
from tests import lookup_fixture

JOB = Path(__file__).resolve().parents[1] / "data" / "check"
# The planted errors of tests/data/check/job.*, and nothing else.
PLANTED = [("2", "deprecated", "枫桥经验"), ("5", "missing", "全面从严治党"),
           ("7", "missing", "社会工作部"), ("9", "inconsistent", "基层治理")]


@pytest.fixture(scope="module")
def termbase(tmp_path_factory):
    return lookup_fixture.write(tmp_path_factory.mktemp("tb"))


def run(*args):
    return CliRunner().invoke(cli, ["check", *map(str, args)])


@pytest.mark.parametrize("name", ["job.xlf", "job.tmx"])
def test_every_planted_error_and_nothing_else(termbase, name):
    result = run("-t", termbase, "-f", "json", JOB / name)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert [(f["segment"], f["code"], f["term"]) for f in report["findings"]] == PLANTED
    assert report["summary"] == {"missing": 2, "deprecated": 1, "inconsistent": 1, "spelling": 0}
    assert (report["source_lang"], report["target_lang"]) == ("zh-Hans", "en-US")
    deprecated = report["findings"][0]
    assert deprecated["found"] == "Fengqiao experience" and deprecated["expected"] == [
        "Fengqiao Model"]


def test_clean_job_exits_0_and_bad_input_2(termbase, tmp_path):
    clean = tmp_path / "clean.tsv"
    clean.write_text("zh-CN\ten\n社会治理很重要\tSocial governance matters\n", encoding="utf-8")
    result = run("-t", termbase, clean)
    assert result.exit_code == 0 and "0 findings" in result.output
    for args, message in (([tmp_path / "missing.xlf"], "no such file"),
                          ([tmp_path / "job.rtf"], "cannot tell the format"),
                          ([JOB / "job.xlf", "--source-lang", "xx"], "unknown language code")):
        (tmp_path / "job.rtf").write_text("x")
        result = run("-t", termbase, *args)
        assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    no_languages = tmp_path / "plain.csv"
    no_languages.write_text("社会治理,social governance\n", encoding="utf-8")
    result = run("-t", termbase, no_languages)
    assert result.exit_code == 2 and "--source-lang" in result.output
    assert run("-t", termbase, no_languages, "-s", "zh", "-T", "en").exit_code == 0


def test_other_direction_en_to_zh():
    concepts = [Concept("c", [Term("社会治理", "zh-Hans"), Term("social governance", "en")]),
                Concept("d", [Term("枫桥经验", "zh-Hans"),
                              Term("楓橋經驗", "zh-Hant-TW", status=Status.DEPRECATED),
                              Term("Fengqiao Model", "en")])]
    segments = [Segment("1", "Social governances improve.", "社会治理得到改善。", "en", "zh-Hans",
                        "f", 1),
                Segment("2", "The Fengqiao Model.", "枫桥模式。", "en", "zh-Hans", "f", 2)]
    report = check(segments, concepts)
    assert [(f.segment.id, f.code, f.expected) for f in report.findings] == [
        ("2", "missing", ("枫桥经验",))]


def test_acronym_beside_full_form_is_not_inconsistent():
    concepts = [Concept("c", [Term("中国共产党", "zh-Hans"), Term("Communist Party of China", "en"),
                              Term("CPC", "en", TermType.ACRONYM)])]
    segments = [Segment(str(i), "中国共产党", target, "zh-Hans", "en", "f", i)
                for i, target in enumerate(["the CPC", "the Communist Party of China"])]
    assert check(segments, concepts).findings == ()


def test_reports_csv_and_html(termbase, tmp_path):
    out = tmp_path / "report.csv"
    assert run("-t", termbase, "-f", "csv", "-o", out, JOB / "job.xlf").exit_code == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("code,file,segment,line,term,expected,found")
    assert len(lines) == 1 + len(PLANTED)
    page = tmp_path / "report.html"
    assert run("-t", termbase, "-f", "html", "-o", page, JOB / "job.xlf").exit_code == 1
    data = page.read_text(encoding="utf-8")
    assert data.count('<tr class="finding">') == len(PLANTED)
    assert "<script" not in data and "http" not in data.split("<body>")[1]


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                    reason="no chromium here (Debian package chromium)")
def test_html_report_renders_in_a_real_browser(termbase, tmp_path):
    page = tmp_path / "report.html"
    run("-t", termbase, "-f", "html", "-o", page, JOB / "job.xlf")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                          "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert dom.count('<tr class="finding">') == len(PLANTED)
    assert '<b id="count-missing">2</b>' in dom and "Fengqiao experience" in dom
    shot = tmp_path / "report.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                    f"--screenshot={shot}", "--window-size=1200,800", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank one


def test_a_three_language_tmx_is_checked_against_the_target_asked_for(termbase):
    # zh-CN, then fr-FR, then en-GB in every unit: French first must not be compared.
    result = run("-t", termbase, "-f", "json", "-T", "en-GB", JOB / "job3.tmx")
    report = json.loads(result.stdout)
    assert [(f["segment"], f["code"], f["term"]) for f in report["findings"]] == PLANTED
    assert report["target_lang"] == "en-GB"
    result = run("-t", termbase, "-T", "es", JOB / "job3.tmx")
    assert result.exit_code == 2 and "no es translation in it (it has en-GB, fr-FR)" in result.output


def test_csv_report_neutralizes_text_from_translators_files(termbase, tmp_path):
    """Issue 15, item 8: a report opened in a spreadsheet must not run what a translator's
    file holds (=HYPERLINK, @, +) as formulas; cells are neutralized as `export` does."""
    import csv
    import io

    job = tmp_path / "@job.tsv"
    job.write_text("zh-CN\ten\n社会治理很重要\t=HYPERLINK(\"http://evil\",\"click\")\n"
                   "+社会治理\t@SUM(A1) matters\n", encoding="utf-8")
    result = run("-t", termbase, "-f", "csv", job)
    assert result.exit_code == 1, result.output
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == 2
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    target = header.index("target")
    assert [row[target] for row in rows] == ["'=HYPERLINK(\"http://evil\",\"click\")",
                                             "'@SUM(A1) matters"]
    assert rows[1][header.index("source")] == "'+社会治理"
