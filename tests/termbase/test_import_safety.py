"""Issue 15, item 5: import never damages the termbase.  Whatever is imported, the result
reads back and passes `glossary validate`; what cannot be stored soundly is refused with one
line and the termbase is left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.termbase import locate
from tests import tbxschema

HEADER = "id,subject_field,definition,en,fr,en status,fr status,types,flags,sources,notes\r\n"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "tb"
    seed = tmp_path / "seed.csv"
    seed.write_text(HEADER + "c1,,,first term,premier terme,admitted,admitted,,,,\r\n",
                    encoding="utf-8")
    assert invoke("import", str(seed), "-t", str(folder)).exit_code == 0
    return folder


def assert_sound(folder: Path) -> list:
    """The termbase reads back, and its TBX passes our validator and, where ../shared is
    present, the official schemas."""
    result = invoke("validate", str(folder / "glossary.tbx"))
    assert result.exit_code == 0, result.output
    if tbxschema.available():
        assert tbxschema.errors(folder / "glossary.tbx") == []
    return list(locate.concepts(folder))


def assert_refused(folder: Path, path: Path, message: str) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = invoke("import", str(path), "-t", str(folder))
    assert result.exit_code == 2, result.output
    assert result.output == f"glossary: error: {message}\n"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_csv_rows_without_ids_get_ids_of_their_own(folder, tmp_path):
    sheet = tmp_path / "added.csv"
    sheet.write_text(HEADER + ",,,rule of law,État de droit,,,,,,\r\n"
                     ",,,common prosperity,prospérité commune,,,,,,\r\n"
                     ",,,common prosperity,prospérité commune,,,,,,\r\n", encoding="utf-8")
    result = invoke("import", "--json", str(sheet), "-t", str(folder))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == 3
    concepts = assert_sound(folder)
    ids = [c.id for c in concepts]
    assert len(ids) == len(set(ids)) == 4 and all(ids)
    again = invoke("import", "--json", str(sheet), "-t", str(folder))  # the same ids again
    assert json.loads(again.output)["added"] == 0


def test_duplicate_ids_in_one_tbx_are_refused(folder, tmp_path):
    path = tmp_path / "dup.tbx"
    path.write_text(
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">'
        "<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>"
        '<conceptEntry id="k1"><langSec xml:lang="en"><termSec><term>apple</term></termSec>'
        "</langSec></conceptEntry>"
        '<conceptEntry id="k1"><langSec xml:lang="en"><termSec><term>pear</term></termSec>'
        "</langSec></conceptEntry></body></text></tbx>", encoding="utf-8")
    assert_refused(folder, path, f"{path}: concept id 'k1' is used by two entries (the 1st and "
                                 "the 2nd); ids must be unique")


def test_a_repeated_language_column_keeps_both_terms(folder, tmp_path):
    sheet = tmp_path / "two-en.csv"
    sheet.write_text("id,subject_field,definition,en,en,en status,en status,types,flags,sources,"
                     "notes\r\nk2,,,socialism,socialisme à la chinoise,preferred,,,,,\r\n",
                     encoding="utf-8")
    assert invoke("import", str(sheet), "-t", str(folder)).exit_code == 0
    (k2,) = [c for c in assert_sound(folder) if c.id == "k2"]
    assert [(t.text, t.status and t.status.value) for t in k2.terms_in("en")] == [
        ("socialism", "preferred"), ("socialisme à la chinoise", None)]


def test_an_unknown_language_code_is_refused(folder, tmp_path):
    path = tmp_path / "lang.tbx"
    path.write_text(
        '<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p>'
        "</sourceDesc></fileDesc></martifHeader><text><body>"
        '<termEntry id="k3"><langSet xml:lang="english_UK"><tig><term>lorry</term></tig>'
        "</langSet></termEntry></body></text></martif>", encoding="utf-8")
    assert_refused(folder, path, f"{path}: concept 'k3': unknown language code 'english_UK'")
    sheet = tmp_path / "lang.csv"
    sheet.write_text("id,subject_field,definition,klingon,klingon status,types,flags,sources,"
                     "notes\r\nk4,,,Qapla',,,,,\r\n", encoding="utf-8")
    assert_refused(folder, sheet, f"{sheet}: concept 'k4': unknown language code 'klingon'")


@pytest.mark.parametrize("cells, message", [
    ("1x,,,term,,,,,,,", "concept id '1x' is not an XML name (a letter or _ first, then letters, "
                         "digits, _ . -)"),
    ("k5,,,,,,,,,,", "concept 'k5' has no term"),
    ("k6,,,  ,,,,,,,", "concept 'k6' has no term"),
])
def test_what_tbx_cannot_hold_is_refused(folder, tmp_path, cells, message):
    sheet = tmp_path / "bad.csv"
    sheet.write_text(HEADER + cells + "\r\n", encoding="utf-8")
    assert_refused(folder, sheet, f"{sheet}: {message}")


# Issue 15, item 10: entities and control characters.
ENTITIES = """<?xml version="1.0"?>
<!DOCTYPE martif [
<!ENTITY co "Communist Party">
{extra}]>
<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p>
</sourceDesc></fileDesc></martifHeader><text><body>
<termEntry id="k8"><langSet xml:lang="en"><tig><term>&co; of China</term></tig></langSet>
</termEntry>{more}</body></text></martif>
"""


def test_an_internal_entity_is_expanded(folder, tmp_path):
    path = tmp_path / "entity.tbx"
    path.write_text(ENTITIES.format(extra="", more=""), encoding="utf-8")
    result = invoke("import", str(path), "-t", str(folder))
    assert result.exit_code == 0, result.output
    (k8,) = [c for c in assert_sound(folder) if c.id == "k8"]
    assert [t.text for t in k8.terms] == ["Communist Party of China"]


def test_an_external_entity_is_never_read(folder, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    path = tmp_path / "xxe.tbx"
    path.write_text(ENTITIES.format(
        extra=f'<!ENTITY x SYSTEM "file://{secret}">\n',
        more='<termEntry id="k9"><langSet xml:lang="en"><tig><term>a &x; b</term></tig>'
             "</langSet></termEntry>"), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = invoke("import", str(path), "-t", str(folder))
    assert result.exit_code == 2 and "TOP SECRET" not in result.output
    assert result.output.startswith(f"glossary: error: {path}: line ") and \
        result.output.count("\n") == 1
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_control_character_in_an_imported_sheet_is_cleaned_and_named(folder, tmp_path):
    sheet = tmp_path / "word.csv"
    sheet.write_text(HEADER + "k7,,,rule\x0bof law,État\x1b de droit,,,,,,\r\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(sheet), "-t", str(folder)])
    assert result.exit_code == 0, result.output
    assert "concept 'k7': control character U+000B replaced by a space" in result.output
    assert "concept 'k7': control character U+001B removed" in result.output
    (k7,) = [c for c in assert_sound(folder) if c.id == "k7"]
    assert [t.text for t in k7.terms] == ["rule of law", "État de droit"]
