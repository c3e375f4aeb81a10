import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from glossary.cli import cli


def test_normalize_json_keys():
    result = CliRunner().invoke(cli, ["normalize", "--json", "楓橋經驗", "Département"])
    assert result.exit_code == 0
    chinese, latin = json.loads(result.stdout)
    assert chinese["zh-Hans"] == "枫桥经验" and chinese["zh-Hant-HK"] == "楓橋經驗"
    assert chinese["pinyin"] == "Fēngqiáo jīngyàn"
    assert chinese["pinyin_numbers"] == "Feng1qiao2 jing1yan4"
    assert chinese["pinyin_plain"] == "Fengqiao jingyan"
    assert latin == {"text": "Département", "key": "departement"}


def test_normalize_lists_ambiguous_conversions_and_capitalises_named_bodies():
    result = CliRunner().invoke(cli, ["normalize", "--json", "被发明", "中央经济工作会议"])
    assert result.exit_code == 0
    invented, meeting = json.loads(result.stdout)
    assert invented["ambiguous"] == [{"char": "发", "options": ["髮", "發"]}]
    assert meeting["ambiguous"] == [] and meeting["pinyin"] == "Zhōngyāng Jīngjì Gōngzuò Huìyì"
    text = CliRunner().invoke(cli, ["normalize", "被发明"]).output
    assert "ambiguous       发 → 髮/發" in text and "readings" not in text


def test_normalize_needs_text():
    result = CliRunner().invoke(cli, ["normalize"])
    assert result.exit_code == 2 and "Missing argument" in result.output


def test_start_up_does_not_load_heavy_libraries():
    code = ("import sys, glossary.cli; "
            "print(sorted(m for m in ('jieba', 'pypinyin', 'opencc', 'lxml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def lookup(*args, input=None, env=None):
    return CliRunner().invoke(cli, ["lookup", *args], input=input, env=env)


def test_lookup_json_lists_concepts_with_terms(seed_build):
    result = lookup("--json", "-t", str(seed_build), "楓橋經驗")
    assert result.exit_code == 0, result.output
    (concept,) = json.loads(result.stdout)
    assert concept["id"].startswith("c") and concept["match"]["kind"] == "exact"
    texts = {(t["lang"], t["text"]) for t in concept["terms"]}
    assert {("zh-Hans", "枫桥经验"), ("zh-Hant", "楓橋經驗"), ("en", "Fengqiao Model")} <= texts


def test_lookup_text_block_for_people(seed_build):
    result = lookup("-t", str(seed_build), "fengqiao")
    assert result.exit_code == 0
    first_line, *rest = result.output.splitlines()
    assert first_line.startswith("枫桥经验  楓橋經驗  Fēngqiáo jīngyàn")
    assert any("Fengqiao Model  (needsReview)" in line for line in rest)  # with its status
    assert any(line.strip().startswith("sources: seeds/000") for line in rest)
    assert "\x1b[" not in result.output  # no colour outside a terminal


def test_lookup_words_are_one_query_and_lang_filters(seed_build):
    result = lookup("--json", "-t", str(seed_build), "--lang", "en", "Fengqiao", "Model")
    (concept,) = json.loads(result.stdout)
    assert {t["lang"] for t in concept["terms"]} == {"en"}


def test_lookup_nothing_found_exits_1_with_suggestions(seed_build):
    result = lookup("-t", str(seed_build), "Fengqiao pattern")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("No match for 'Fengqiao pattern'. Did you mean: Fengqiao Model")


def test_lookup_tsv_and_queries_from_a_pipe(seed_build):
    result = lookup("--tsv", "-t", str(seed_build), input="CPC\n\nfeng1qiao2\nqqqqq\n")
    assert result.exit_code == 1  # one query found nothing
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0][:5] == ["query", "concept", "match", "lang", "text"]
    assert {row[0] for row in rows[1:]} == {"CPC", "feng1qiao2"}


@pytest.mark.parametrize("args, message", [
    (["-t", "no/such/place", "x"], "no/such/place: no such termbase"),
    (["--lang", "xx", "x"], "unknown language code: 'xx'"),
    (["--json", "--tsv", "x"], "choose one of --json and --tsv"),
])
def test_lookup_bad_input_exits_2(seed_build, args, message):
    result = lookup(*args, env={"GLOSSARY_TERMBASE": str(seed_build)})
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output


def test_lookup_loads_neither_pypinyin_nor_jieba(seed_build):
    code = ("import sys; from glossary.cli import cli\n"
            "try:\n    cli(['lookup', '-t', sys.argv[1], '--json', sys.argv[2]])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('jieba', 'pypinyin', 'lxml', 'babel', 'rapidfuzz')"
            " if m in sys.modules), file=sys.stderr)")
    termbase = str(seed_build)
    subprocess.run([sys.executable, "-c", code, termbase, "CPC"], capture_output=True, check=True)
    for query in ("枫桥经验", "CPC"):
        out = subprocess.run([sys.executable, "-c", code, termbase, query],
                             capture_output=True, text=True, check=True)
        assert out.stderr.strip() == "[]", query


def test_lang_means_only_these_languages_in_lookup_and_export(seed_build):
    shown = lookup("--json", "-t", str(seed_build), "-l", "en", "枫桥经验")
    assert {t["lang"] for c in json.loads(shown.output) for t in c["terms"]} == {"en"}
    for option in ("-l", "--lang", "--only"):
        written = CliRunner().invoke(cli, ["export", "-f", "jsonl", "-t", str(seed_build),
                                           option, "en"])
        assert written.exit_code == 0, written.output
        assert {t["lang"] for line in written.output.splitlines()
                for t in json.loads(line)["terms"]} == {"en"}


def test_piped_to_head_ends_quietly(seed_build, tmp_path):
    big = tmp_path / "big.jsonl"
    one = CliRunner().invoke(cli, ["export", "-f", "jsonl", "-t", str(seed_build)]).output
    big.write_text(one * 400, encoding="utf-8")
    for args in (["export", "-f", "tbx"], ["export", "-f", "csv"], ["lookup", "--tsv", "-n", "50"]):
        process = subprocess.Popen([sys.executable, "-m", "glossary", *args, "-t", str(big),
                                    *(["枫桥"] if args[0] == "lookup" else [])],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        process.stdout.readline()
        process.stdout.close()  # what `| head -1` does
        error = process.stderr.read().decode()
        process.wait(60)
        assert "Traceback" not in error and "BrokenPipe" not in error, (args, error)


def test_every_command_and_option_has_help():
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 40, name
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, name
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                record = param.get_help_record(click.Context(command))
                assert record and len(record[1]) > 10, (name, param.name)


def test_counts_are_singular_for_one(seed_build, tmp_path):
    one = tmp_path / "one.jsonl"
    first = CliRunner().invoke(cli, ["export", "-f", "jsonl", "--status", "admitted",
                                     "-t", str(seed_build)]).output
    one.write_text(first.splitlines()[0] + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "-t", str(one), "-o", str(tmp_path / "a.tbx")])
    assert "1 concept → " in result.output
    result = CliRunner().invoke(cli, ["import", str(one), "-t", str(tmp_path / "tb")])
    assert result.output.startswith("1 concept read: 1 added, 0 merged, 0 conflicts → ")


def test_lazy_commands_are_the_ones_curation_defines():
    """The group lists curation's commands without importing it; the list must be true."""
    code = ("import sys, click; from glossary.cli import cli\n"
            "assert 'glossary.cli.curation' not in sys.modules\n"
            "import glossary.cli.curation\n"
            "print(sorted(name for name, command in cli.commands.items()\n"
            "             if command.callback.__module__ == 'glossary.cli.curation'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    from glossary.cli.commands import _Group

    assert out.stdout.strip() == repr(sorted(_Group.LAZY))


def test_lookup_imports_neither_curation_nor_the_checker(seed_build):
    code = ("import sys; from glossary.cli import cli\n"
            "try:\n    cli(['lookup', '-t', sys.argv[1], sys.argv[2]])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('glossary.check', "
            "'glossary.cli.curation'))), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, str(seed_build), "枫桥经验"],
                         capture_output=True, text=True, check=True)
    assert out.stderr.strip().splitlines()[-1] == "[]"


def test_check_format_choices_are_the_renderers():
    from glossary.check.report import RENDERERS

    result = CliRunner().invoke(cli, ["check", "--format", "nope", "x.po"])
    assert result.exit_code == 2
    assert all(repr(name) in result.output for name in RENDERERS)
