import json

from click.testing import CliRunner

from glossary.check.audit import ACRONYM_VARIANTS, GLOSS_VARIANTS, audit
from glossary.cli import cli


def test_seed_000_writes_cpc_and_ccp(in_root):
    findings = audit(["seeds"])
    (acronyms,) = [f for f in findings if f.code == ACRONYM_VARIANTS]
    assert acronyms.subject == "CCP / CPC"
    counts = {variant: len(places) for variant, places in acronyms.variants}
    assert counts["CCP"] == 3 and counts["CPC"] > 20
    assert all(place.startswith("seeds/000") for place in dict(acronyms.variants)["CCP"])


def test_a_term_glossed_two_ways(tmp_path):
    (tmp_path / "a.txt").write_text(
        "The meeting praised the Fengqiao Model (枫桥经验) of conflict resolution.\n\n"
        "Later speakers called it the Fengqiao Experience (楓橋經驗) instead.\n\n"
        "Social governance (社会治理) and again social governance (社会治理).\n",
        encoding="utf-8")
    (finding,) = audit([tmp_path])
    assert finding.code == GLOSS_VARIANTS and finding.subject == "枫桥经验"
    assert [(v, len(p)) for v, p in finding.variants] == [("Fengqiao Model", 1),
                                                         ("Fengqiao Experience", 1)]


def test_cli_exit_codes(tmp_path):
    (tmp_path / "clean.txt").write_text("Social governance (社会治理) matters; the PRC agrees.\n",
                                        encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["audit", "--json", str(tmp_path)])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    result = runner.invoke(cli, ["audit", str(tmp_path / "missing")])
    assert result.exit_code == 2 and "Traceback" not in result.output
