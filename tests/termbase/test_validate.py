import json
import time

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.errors import InputError
from glossary.termbase.validate import validate
from tests.conftest import needs_shared

# Each official sample that is broken on purpose, and what its own comments say is wrong.
BROKEN = {
    "tbx_basic_sample_badattribute.tbx": ['<admin type="origin">', '<termNote type="pos">'],
    "tbx_basic_sample_badelement.tbx": ["<transaction>", "<comment>"],
    "tbx_basic_sample_badelementcontent.tbx": ["partOfSpeech 'preposition'",
                                               "transactionType 'deletion'"],
    "tbx_basic_sample_badelementorder.tbx": ["<termNote> must come right after",
                                             "<term> must be inside a term section"],
    "tbx_basic_sample_notwellformed.tbx": ["not well-formed XML"],
}


@pytest.mark.parametrize("version", ["v2", "v3"])
@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_official_samples_are_caught(version, name):
    folder = needs_shared("tbx", version, "samples")
    path = next(folder.rglob(name))
    messages = " / ".join(p.message for p in validate(path))
    for expected in BROKEN[name]:
        assert expected in messages


def test_valid_official_samples_and_our_exports_pass(seed_build):
    shared = needs_shared("tbx")
    good = [shared / "v2/samples/TBX-basic-sample.tbx", shared / "v2/samples/Good-Basic2_CRITI.tbx",
            shared / "v3/samples/TBX-Basic-Package/TBX-basic-sample.tbx",
            shared / "v3/dialect/DCA/Example_Astronomy_DCA_VALID.tbx",
            shared / "v3/dialect/DCT/Example_Astronomy_DCT_VALID.tbx",
            shared / "v3/samples/TBX_test_files/core_structure_good.tbx",
            *shared.glob("examples/*.tbx"), seed_build / "glossary.tbx"]
    for path in good:
        assert validate(path) == [], path


def test_core_structure_errors_with_lines():
    path = needs_shared("tbx", "v3", "samples", "TBX_test_files", "core_structure_bad.tbx")
    assert [str(p) for p in validate(path)] == [
        "line 15: text in <sourceDesc> must be inside <p>",
        "line 21: <admin> cannot sit in <text> (only <body> and <back>)",
        "line 27: <admin> needs a type attribute",
        "line 28: <term> must come first in its section",
        "line 32: only one <term> per term section",
        "line 44: a <descripGrp> holds one <descrip>, first",
    ]


def test_levels_duplicate_ids_and_languages(tmp_path):
    path = tmp_path / "x.tbx"
    path.write_text(
        '<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p>'
        "</sourceDesc></fileDesc></martifHeader><text><body>\n"
        '<termEntry id="a"><descrip type="context">c</descrip><langSet xml:lang="en"><tig>'
        "<term>x</term></tig></langSet></termEntry>\n"
        '<termEntry id="a"><langSet xml:lang="qq-zz-x"><tig><term> </term>'
        '<termNote type="administrativeStatus">best</termNote></tig></langSet></termEntry>\n'
        "</body></text></martif>")
    assert [str(p) for p in validate(path)] == [
        "line 2: context is not allowed at the concept level",
        "line 3: administrativeStatus 'best' is not one of admittedTerm-admn-sts, "
        "deprecatedTerm-admn-sts, preferredTerm-admn-sts, supersededTerm-admn-sts",
        "line 3: empty <term>",
        "line 3: id 'a' is already used on line 2",
        "line 3: unknown language code 'qq-zz-x'",
    ]


def test_cli_exit_codes_and_json(seed_build, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["validate", str(seed_build / "glossary.tbx")])
    assert result.exit_code == 0 and "valid" in result.output
    bad = tmp_path / "bad.tbx"
    bad.write_text('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic">\n<text>')
    result = runner.invoke(cli, ["validate", "--json", str(bad)])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert {p["line"] for p in problems} >= {1} and all(p["file"] == str(bad) for p in problems)
    result = runner.invoke(cli, ["validate", str(tmp_path / "missing.tbx")])
    assert result.exit_code == 2 and "no such file" in result.output
    with pytest.raises(InputError):
        validate(tmp_path / "missing.tbx")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tbx [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca"><text><body>
<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&g;</term></termSec></langSec>
</conceptEntry></body></text></tbx>
"""


@pytest.mark.parametrize("command", ["validate", "import", "lookup"])
def test_billion_laughs_is_refused_quickly_without_expansion(tmp_path, command):
    bomb = tmp_path / "bomb.tbx"
    bomb.write_text(BILLION_LAUGHS)
    args = {"validate": ["validate", str(bomb)],
            "import": ["import", str(bomb), "-t", str(tmp_path / "tb")],
            "lookup": ["lookup", "-t", str(bomb), "aaa"]}[command]
    started = time.perf_counter()
    result = CliRunner(env={"GLOSSARY_CACHE": str(tmp_path / "cache")}).invoke(cli, args)
    assert time.perf_counter() - started < 5  # expansion would take minutes and gigabytes
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    assert "aaaaaaaaaa" * 10 not in result.output
