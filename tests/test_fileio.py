import pytest

from glossary.fileio import derived, tsv_escape, tsv_unescape


@pytest.mark.parametrize("value", ["plain", "a\tb", "two\nlines", "back\\slash", "\\t literal",
                                   "\r\n", ""])
def test_tsv_fields_round_trip_and_stay_on_one_line(value):
    escaped = tsv_escape(value)
    assert "\t" not in escaped and "\n" not in escaped and "\r" not in escaped
    assert tsv_unescape(escaped) == value


def test_derived_data_is_built_once_and_rebuilt_when_the_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("GLOSSARY_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("one", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"words": source.read_text(encoding="utf-8")}

    assert derived("test", source, build) == {"words": "one"}
    assert derived("test", source, build) == {"words": "one"} and len(calls) == 1
    source.write_text("two words", encoding="utf-8")  # another size: another cache file
    assert derived("test", source, build) == {"words": "two words"} and len(calls) == 2


def test_a_damaged_cache_is_rebuilt_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("GLOSSARY_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("x", encoding="utf-8")
    derived("test", source, lambda: [1, 2])
    (cached,) = (tmp_path / "cache").glob("test-*.marshal")
    cached.write_bytes(b"\x00garbage")
    assert derived("test", source, lambda: [3]) == [3]
