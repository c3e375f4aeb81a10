import os

import pytest

from glossary import fileio
from glossary.errors import FormatError, InputError
from glossary.termbase import locate as termbase
from glossary.termbase import store
from tests import lookup_fixture


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(fileio.CACHE_ENVIRONMENT, str(tmp_path / "cache"))
    monkeypatch.delenv(termbase.ENVIRONMENT, raising=False)


def test_default_is_terms_here_then_the_environment(tmp_path, monkeypatch):
    folder = lookup_fixture.write(tmp_path / "terms")
    monkeypatch.chdir(tmp_path)
    assert termbase.locate() == termbase.Path("terms")
    other = lookup_fixture.write(tmp_path / "other")
    monkeypatch.setenv(termbase.ENVIRONMENT, str(other))
    assert termbase.locate() == other
    assert termbase.locate(folder) == folder


def test_default_falls_back_to_the_checkout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no terms/ here
    assert (termbase.locate() / "glossary.tbx").is_file()


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing", "no such termbase"),
    (lambda p: p, "holds no glossary.tbx"),
])
def test_bad_names(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        termbase.locate(make(tmp_path))


def test_folder_index_is_built_once_and_rebuilt_when_the_tbx_changes(tmp_path):
    folder = lookup_fixture.write(tmp_path / "tb")
    told = []
    path = termbase.index(folder, told.append)
    assert path == folder / "glossary.sqlite" and len(told) == 1
    built = path.stat().st_mtime_ns
    assert termbase.index(folder, told.append) == path and len(told) == 1  # reused
    tbx = folder / "glossary.tbx"
    tbx.write_bytes(tbx.read_bytes().replace(b"social governance", b"social governing"))
    termbase.index(folder, told.append)
    assert len(told) == 2 and path.stat().st_mtime_ns != built
    texts = {t.text for c in store.concepts(path) for t in c.terms}
    assert "social governing" in texts and "social governance" not in texts


def test_file_index_lives_in_the_cache(tmp_path):
    folder = lookup_fixture.write(tmp_path / "tb")
    path = termbase.index(folder / "glossary.tbx")
    assert path.parent == tmp_path / "cache"
    assert termbase.index(folder / "glossary.tbx") == path
    assert store.source_of(path) == store.file_signature(folder / "glossary.tbx")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_indexes_into_the_cache(tmp_path):
    folder = lookup_fixture.write(tmp_path / "tb")
    folder.chmod(0o555)
    try:
        path = termbase.index(folder)
    finally:
        folder.chmod(0o755)
    assert path.parent == tmp_path / "cache"
    assert not (folder / "glossary.sqlite").exists()


def test_an_index_named_directly_is_used_as_is(tmp_path):
    folder = lookup_fixture.write(tmp_path / "tb")
    path = termbase.index(folder)
    assert termbase.index(path) == path
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"junk" * 100)
    with pytest.raises(FormatError, match="not a glossary termbase"):
        termbase.index(bad)


def test_unreadable_formats_say_so(tmp_path):
    (tmp_path / "x.docx").write_text("a,b\n")
    with pytest.raises(InputError, match="cannot tell the format"):
        termbase.index(tmp_path / "x.docx")
    (tmp_path / "x.csv").write_text("a,b\n")
    with pytest.raises(FormatError, match="not a glossary CSV"):
        termbase.index(tmp_path / "x.csv")
    (tmp_path / "x.tbx").write_text('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic">'
                                    "\n<text><body>")
    with pytest.raises(FormatError, match="line 2"):
        termbase.index(tmp_path / "x.tbx")
    assert not list((tmp_path / "cache").glob("*.sqlite"))  # nothing half-written


def test_a_canonical_csv_is_a_termbase_too(tmp_path):
    folder = lookup_fixture.write(tmp_path / "tb")
    termbase.write(list(termbase.concepts(folder)), folder, "test")
    from glossary.termbase.lookup import search

    connection = store.connect(termbase.index(folder / "glossary.csv"))
    assert search(connection, "楓橋經驗")[0].concept.id == "fengqiao"
