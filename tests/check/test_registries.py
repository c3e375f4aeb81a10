"""Contracts of the check wing's registries: check codes, report formats."""

import csv
import io
import json

import pytest

from glossary.check.checks import CODES, Finding, Report, check_files
from glossary.check.report import RENDERERS, render
from glossary.errors import InputError
from glossary.model import Segment
from glossary.termbase import Termbase
from tests import lookup_fixture
from tests.check.test_checks import JOB, PLANTED


def test_codes_registry():
    assert list(CODES) == ["missing", "deprecated", "inconsistent", "spelling"]
    for name, code in CODES.items():
        assert code.name == name and len(code.meaning) > 20
        segment = Segment("1", "枫桥经验", "Fengqiao experience", "zh-Hans", "en", "a.xlf", 3)
        line = code.describe(Finding(name, segment, "枫桥经验", ("Fengqiao Model",), "x", "c1"))
        assert "Fengqiao Model" in line


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = lookup_fixture.write(tmp_path_factory.mktemp("tb"))
    return check_files([JOB / "job.xlf"], Termbase.open(folder))


def test_the_report_has_every_planted_code(report):
    assert [(f.segment.id, f.code, f.term) for f in report.findings] == PLANTED


@pytest.mark.parametrize("kind", sorted(RENDERERS))
class TestReportContract:
    def test_findings(self, kind, report):
        out = render(report, kind)
        assert out.endswith("\n") and all(f.term in out for f in report.findings)
        assert all(f.code in out for f in report.findings)

    def test_clean(self, kind):
        assert render(Report(0, 0, (), "zh-Hans", "en"), kind).endswith("\n")


def test_machine_readable_reports_parse(report):
    assert len(json.loads(render(report, "json"))["findings"]) == len(PLANTED)
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert [row["code"] for row in rows] == [code for _, code, _ in PLANTED]
    with pytest.raises(InputError, match="unknown report format 'pdf'"):
        render(report, "pdf")
