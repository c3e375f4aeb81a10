import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.errors import InputError
from glossary.termbase.export import format_for, tag_mapping
from tests import tbxschema


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_presets_and_user_mappings():
    assert tag_mapping("tbx")["zh-Hans"] == "zh-CN"
    assert tag_mapping("tbx", ["zh-TW=zh-Hant-TW", "en=en-US"]) == {
        "zh-Hans": "zh-CN", "zh-Hant-TW": "zh-Hant-TW", "zh-Hant-HK": "zh-HK", "en": "en-US"}
    assert tag_mapping("tbx", preset=False) == {}
    assert tag_mapping("omegat") == {}
    for bad in ("zh-Hans", "zh-Hans=", "zh-Hans=xx-QQ-zzzzzzzzz", "qq=en"):
        with pytest.raises(InputError if "=" not in bad or bad.endswith("=") else Exception):
            tag_mapping("tbx", [bad])


def test_format_from_the_file_name():
    assert format_for(None, None) == "tbx"
    assert format_for(None, __import__("pathlib").Path("a.csv")) == "csv"
    assert format_for(None, __import__("pathlib").Path("a.utf8")) == "omegat"
    assert format_for("tbx2", __import__("pathlib").Path("a.tbx")) == "tbx2"
    with pytest.raises(InputError, match="unknown format 'xlsx'"):
        format_for("xlsx", None)


@pytest.mark.skipif(not tbxschema.available(), reason="../shared/tbx is absent")
@pytest.mark.parametrize("fmt, errors", [("tbx", tbxschema.errors),
                                         ("tbx2", tbxschema.errors_2008)])
def test_exports_of_the_seed_termbase_pass_the_official_schemas(seed_build, tmp_path, fmt, errors):
    out = tmp_path / f"{fmt}.tbx"
    result = run("export", "-f", fmt, "-t", seed_build, "-o", out)
    assert result.exit_code == 0, result.output
    assert b'xml:lang="zh-CN"' in out.read_bytes()
    assert errors(out) == []


@pytest.mark.parametrize("fmt, name", [("tbx", "a.tbx"), ("tbx2", "a.tbx"), ("csv", "a.csv"),
                                       ("jsonl", "a.jsonl")])
def test_export_import_export_is_identical(seed_build, tmp_path, fmt, name):
    first, second = tmp_path / "first" / name, tmp_path / "second" / name
    first.parent.mkdir()
    second.parent.mkdir()
    assert run("export", "-f", fmt, "-t", seed_build, "-o", first, "--status", "all").exit_code == 0
    from glossary.termbase import locate as termbase

    count = len(list(termbase.concepts(seed_build)))
    result = run("import", first, "-t", tmp_path / "empty")
    assert result.exit_code == 0, result.output
    assert f"{count} added, 0 merged, 0 conflicts" in result.output
    assert run("export", "-f", fmt, "-t", tmp_path / "empty", "-o", second,
               "--status", "all").exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_tbx_round_trip_keeps_notes_statuses_evidence_flags(seed_build, tmp_path):
    from glossary.termbase import locate as termbase

    original = list(termbase.concepts(seed_build, evidence=True))
    run("export", "-f", "tbx2", "-t", seed_build, "-o", tmp_path / "x.tbx", "--status", "all",
        "--contexts", "all")
    run("import", tmp_path / "x.tbx", "-t", tmp_path / "tb")
    assert list(termbase.concepts(tmp_path / "tb", evidence=True)) == original


def test_export_to_stdout_and_bad_input(seed_build, tmp_path):
    result = run("export", "-f", "omegat", "--target", "en", "-t", seed_build)
    assert result.exit_code == 0 and "社会治理\tsocial governance" in result.output
    for args, message in ((["--tag", "zh-Hans"], "--tag wants FROM=TO"),
                          (["--tag", "zh-Hans=qq-ZZ-x"], "unknown language code"),
                          (["-f", "docx"], "unknown format"),
                          (["-f", "omegat", "--target", "klingon"], "unknown language code")):
        result = run("export", "-t", seed_build, "-o", tmp_path / "never.tbx", *args)
        assert result.exit_code == 2 and message in result.output, args
        assert "Traceback" not in result.output
    assert not (tmp_path / "never.tbx").exists()


def test_only_some_languages(seed_build, tmp_path):
    from glossary.termbase.formats import tbx

    out = tmp_path / "two.tbx"
    assert run("export", "-t", seed_build, "--only", "zh-Hans", "--only", "en", "-o",
               out).exit_code == 0
    concepts = list(tbx.read(str(out)))
    assert concepts and {t.lang for c in concepts for t in c.terms} == {"zh-Hans", "en"}
