"""Issue 15, item 9: a damaged index is rebuilt (it can always be thrown away); what cannot be
repaired, and bad queries, are one line and exit 2, never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary import fileio
from glossary.cli import cli
from glossary.termbase import locate
from tests import lookup_fixture
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(fileio.CACHE_ENVIRONMENT, str(tmp_path / "cache"))
    monkeypatch.delenv(locate.ENVIRONMENT, raising=False)


@pytest.fixture
def folder(tmp_path):
    folder = lookup_fixture.write(tmp_path / "tb")
    locate.index(folder)  # the index exists and is fresh
    return folder


def lookup(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, ["lookup", *args], input=input)


def assert_one_line_error(result, message: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert result.output == f"glossary: error: {message}\n"


def sql(folder, statement: str) -> None:
    connection = sqlite3.connect(folder / "glossary.sqlite")
    with connection:
        connection.execute(statement)
    connection.close()


def damage_pages(path, pages=range(3, 12)) -> None:
    """Overwrite whole pages in the middle of the file, leaving its first page (the header
    and the meta table) as it was."""
    data = bytearray(path.read_bytes())
    for page in pages:
        data[page * 4096:(page + 1) * 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [
    lambda f: sql(f, "UPDATE concepts SET data = x'789c0300'"),  # a blob that is no concept
    lambda f: sql(f, "UPDATE concepts SET data = x'00ff00ff'"),  # not even zlib
    lambda f: sql(f, "DELETE FROM concepts"),  # rows the keys point to are missing
    lambda f: damage_pages(f / "glossary.sqlite"),
], ids=["concept-json", "concept-zlib", "missing-rows", "damaged-pages"])
def test_a_damaged_index_is_rebuilt_and_the_lookup_answers(folder, damage):
    damage(folder)
    result = lookup("-t", str(folder), "--json", "社会治理")
    assert result.exit_code == 0, (result.output, result.exception)
    # Found damaged when read, or seen to be short of rows before: either way rebuilt.
    assert "glossary.sqlite is damaged: rebuilding it" in result.output or \
        "Indexing" in result.output
    assert '"id": "social-governance"' in result.output
    again = lookup("-t", str(folder), "--json", "社会治理")
    assert again.exit_code == 0 and "damaged" not in again.output


def test_a_damaged_index_with_nothing_to_rebuild_from_is_one_line(folder, tmp_path):
    only = tmp_path / "only.sqlite"
    shutil.copy(folder / "glossary.sqlite", only)
    connection = sqlite3.connect(only)
    with connection:
        connection.execute("UPDATE concepts SET data = x'00ff00ff'")
    connection.close()
    assert_one_line_error(lookup("-t", str(only), "社会治理"),
                          f"{only}: the index is damaged (a concept cannot be read); rebuild it "
                          "from its TBX (glossary import FILE.tbx)")
    assert_one_line_error(CliRunner().invoke(cli, ["export", "-t", str(only), "-f", "jsonl"]),
                          f"{only}: the index is damaged (a concept cannot be read); rebuild it "
                          "from its TBX (glossary import FILE.tbx)")


def test_an_index_path_that_is_a_folder(folder, tmp_path):
    (folder / "glossary.sqlite").unlink()
    (folder / "glossary.sqlite").mkdir()
    result = lookup("-t", str(folder), "--json", "社会治理")
    assert result.exit_code == 0 and '"id": "social-governance"' in result.output
    source = tmp_path / "more.jsonl"
    source.write_text('{"id": "x1", "terms": [{"lang": "en", "text": "extra"}]}\n')
    before = (folder / "glossary.tbx").read_bytes()
    assert_one_line_error(CliRunner().invoke(cli, ["import", str(source), "-t", str(folder)]),
                          f"{folder / 'glossary.sqlite'}: is a folder; move it away to write "
                          "the termbase")
    assert (folder / "glossary.tbx").read_bytes() == before
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_invalid_utf8_in_a_query_argument(folder):
    code = ("import sys\nfrom glossary.cli import main\n"
            f"sys.argv = ['glossary', 'lookup', '-t', {str(folder)!r}, "
            "b'\\xff\\xfe'.decode('utf-8', 'surrogateescape')]\nmain()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2, result.stderr
    assert result.stderr == "glossary: error: the query is not valid UTF-8 (byte 0xff)\n"


def test_invalid_utf8_on_standard_input(folder):
    result = lookup("-t", str(folder), "--tsv", input=b"\xe7\xa4\xbe\xe4\xbc\x9a\n\xff\xfe\n")
    assert_one_line_error(result, "standard input, line 2: not valid UTF-8 (byte 0xff)")


def test_no_command_fault_shows_a_traceback_even_unforeseen(folder, monkeypatch):
    """The last net: an error nobody foresaw is still one line (and exit 2)."""
    from glossary.termbase import Termbase

    def broken(self, query, limit=10):
        raise RuntimeError("something unforeseen")

    monkeypatch.setattr(Termbase, "search", broken)
    result = lookup("-t", str(folder), "社会治理")
    assert_one_line_error(result, "internal error: RuntimeError: something unforeseen (set "
                                  "GLOSSARY_DEBUG=1 for the traceback)")


def test_invalid_utf8_in_a_normalize_argument():
    code = ("import sys\nfrom glossary.cli import main\n"
            "sys.argv = ['glossary', 'normalize', b'ab\\xff'.decode('utf-8', 'surrogateescape')]"
            "\nmain()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2, result.stderr
    assert result.stderr == "glossary: error: 'ab\\\\udcff' is not valid UTF-8 (byte 0xff)\n"


def test_invalid_utf8_at_the_prompt_asks_again(monkeypatch, tmp_path, capsys):
    from glossary.cli import shell

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    lines = iter([UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "社会治理"])

    def fake_input(prompt: str) -> str:
        item = next(lines, None)
        if item is None:
            raise EOFError
        if isinstance(item, Exception):
            raise item
        return item

    monkeypatch.setattr("builtins.input", fake_input)
    asked: list[str] = []
    shell.run(asked.append)
    assert asked == ["社会治理"]
    assert "not valid UTF-8" in capsys.readouterr().err


def test_export_to_a_full_standard_output_is_one_line(folder):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "glossary", "export", "-t", str(folder),
                                 "-f", "jsonl"], stdout=full, stderr=subprocess.PIPE, text=True,
                                cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr == "glossary: error: No space left on device\n"


def test_temporary_files_of_a_killed_export_are_removed(folder, tmp_path):
    stale = tmp_path / ".out.tbx.99999999.abcdefgh.tmp"  # no process has this id
    stale.write_text("half an export")
    live = tmp_path / f".out.tbx.{os.getpid()}.abcdefgh.tmp"  # a live writer's: kept
    live.write_text("being written")
    result = CliRunner().invoke(cli, ["export", "-t", str(folder), "-o", str(tmp_path / "out.tbx")])
    assert result.exit_code == 0, result.output
    assert not stale.exists() and live.exists()


def test_an_index_missing_its_last_rows_is_rebuilt_before_the_lookup(folder):
    sql(folder, "DELETE FROM concepts WHERE row = (SELECT max(row) FROM concepts)")
    result = lookup("-t", str(folder), "--json", "治理模式")
    assert result.exit_code == 0, result.output
    assert "Indexing" in result.output and '"id": "governance-model"' in result.output
