import json

from click.testing import CliRunner

from glossary.cli import cli
from glossary.model import Concept, Evidence, Status, Term
from glossary.termbase.ingest import merge_into

SEEN = Evidence("a.txt", 3, "…", "inline", 0.9)


def test_same_chinese_merges_and_disagreements_are_reported_not_applied():
    ours = [Concept("c1", [Term("枫桥经验", "zh-Hans"),
                           Term("Fengqiao Model", "en", status=Status.PREFERRED)],
                    subject_field="governance")]
    theirs = [Concept("x9", [Term("枫桥经验", "zh-Hans"),
                             Term("Fengqiao Model", "en", status=Status.DEPRECATED,
                                  evidence=(SEEN,)),
                             Term("modèle de Fengqiao", "fr")], subject_field="law"),
              Concept("x10", [Term("社会治理", "zh-Hans")])]
    concepts, added, merged, conflicts = merge_into(ours, theirs)
    assert (added, merged) == (1, 1)
    first = concepts[0]
    assert first.id == "c1" and first.subject_field == "governance"
    english = first.terms_in("en")[0]
    assert english.status == Status.PREFERRED and english.evidence == (SEEN,)
    assert first.terms_in("fr")[0].text == "modèle de Fengqiao"
    assert len(conflicts) == 2
    assert "'Fengqiao Model' is preferred here, deprecated in the import" in conflicts[0]
    assert "subject_field 'governance' kept, 'law' not taken" in conflicts[1]


def test_a_bad_file_changes_nothing(seed_build, tmp_path):
    folder = tmp_path / "tb"
    runner = CliRunner()
    good = tmp_path / "good.tbx"
    runner.invoke(cli, ["export", "-t", str(seed_build), "-o", str(good)])
    assert runner.invoke(cli, ["import", str(good), "-t", str(folder)]).exit_code == 0
    before = (folder / "glossary.tbx").read_bytes()
    bad = tmp_path / "bad.tbx"
    bad.write_text("<martif type='TBX-Basic'><text><body><termEntry id='e'>")
    for args in ([str(good), str(bad)], [str(tmp_path / "missing.tbx")]):
        result = runner.invoke(cli, ["import", *args, "-t", str(folder)])
        assert result.exit_code == 2 and "Traceback" not in result.output
    assert (folder / "glossary.tbx").read_bytes() == before


def test_official_samples_import_and_broken_ones_are_clear_errors(tmp_path):
    from tests.conftest import needs_shared

    shared = needs_shared("tbx")
    runner = CliRunner()
    good = [shared / "v2/samples/TBX-basic-sample.tbx", shared / "v2/samples/Good-Basic2_CRITI.tbx",
            shared / "v3/samples/TBX-Basic-Package/TBX-basic-sample.tbx",
            shared / "examples/zh-en-fr-es_TBX-Basic_v3_dca.tbx",
            shared / "examples/zh-en-fr-es_TBX-Basic_v2.tbx"]
    result = runner.invoke(cli, ["import", "--json", *map(str, good), "-t", str(tmp_path / "tb")])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)  # notes on what is not imported go to stderr
    assert summary["read"] > 10 and summary["added"] + summary["merged"] == summary["read"]
    # The two zh/en/fr/es examples are one concept (same id): merged, not duplicated.
    assert summary["merged"] >= 1
    for broken in sorted(shared.glob("*/samples/**/*notwellformed*.tbx")):
        result = runner.invoke(cli, ["import", str(broken), "-t", str(tmp_path / "tb2")])
        assert result.exit_code == 2 and "line" in result.output and "Traceback" not in result.output
