import csv

from click.testing import CliRunner

from glossary.cli import cli


def _report(tmp_path, text):
    """The --explain report's rows of a build of `text`, as a spreadsheet reads them."""
    doc = tmp_path / "notes.md"
    doc.write_text(text, encoding="utf-8")
    report = tmp_path / "explain.tsv"
    result = CliRunner().invoke(cli, ["build", str(doc), "-o", str(tmp_path / "tb"),
                                      "--explain", str(report)])
    assert result.exit_code == 0, result.output
    with report.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_explain_lists_kept_and_rejected_candidates_with_reasons(tmp_path):
    rows = _report(tmp_path, "- 共同富裕 | Gòngtóng fùyù | common prosperity\n"
                             "- 新质生产力: new quality productive forces\n"
                             "The meeting praised the Fengqiao Model (枫桥经验).\n")
    by_rendering = {row["rendering"]: row for row in rows}
    assert by_rendering["common prosperity"]["decision"] == "kept"
    assert "共同=common" in by_rendering["common prosperity"]["reasons"]
    assert by_rendering["Fengqiao Model"]["decision"] == "kept"
    assert "枫桥~fengqiao" in by_rendering["Fengqiao Model"]["reasons"]
    assert all(row["reasons"] for row in rows) and all(row["source"] for row in rows)
    # A reading offered as a rendering is refused, and the report says why.
    readings = [row for row in rows if row["rendering"] == "Gòngtóng fùyù"]
    assert not readings or all(r["decision"] == "rejected" and "reading" in r["reasons"]
                               for r in readings)


def test_explain_gives_each_kept_pair_its_confidence(tmp_path):
    rows = _report(tmp_path, "- 共同富裕 | Gòngtóng fùyù | common prosperity\n"
                             "- 新质生产力: new quality productive forces\n")
    kept = [row for row in rows if row["decision"] != "rejected"]
    assert kept and all(0 < float(row["confidence"]) < 1 for row in kept)
    assert all(row["confidence"] == "" for row in rows if row["decision"] == "rejected")
