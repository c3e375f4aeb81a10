"""The contract every registered format keeps: declarations, writing (empty termbase, unicode,
synonyms, statuses) and, for formats that can be read, reading back what was written."""

import inspect
import io

import pytest

from glossary.errors import InputError
from glossary.termbase.export import retagged, tag_mapping
from glossary.termbase.formats import by_name, described, for_path, formats
from tests.termbase.formats.test_tbx import sample_concepts

FORMATS = sorted(formats())
LOSSLESS = {"tbx", "tbx2", "jsonl"}  # read(write(x)) == x; csv keeps no contexts, omegat one pair


def test_the_built_ins_are_registered():
    assert {"csv", "jsonl", "matecat", "omegat", "tbx", "tbx2"} <= set(FORMATS)
    assert for_path("x.TBX").NAME == "tbx" and for_path("a.utf8").NAME == "omegat"
    with pytest.raises(InputError, match="unknown format 'docx'"):
        by_name("docx")
    assert all(f"{name} (" in described() for name in FORMATS)


@pytest.mark.parametrize("name", FORMATS)
class TestFormatContract:
    def test_declarations(self, name):
        module = by_name(name)
        assert module.NAME == name and module.SUFFIXES and all(s.startswith(".") for s in module.SUFFIXES)
        assert isinstance(module.HELP, str) and module.HELP
        taken = inspect.signature(module.write).parameters
        assert set(getattr(module, "OPTIONS", ())) <= set(taken), "OPTIONS the writer does not take"
        assert getattr(module, "UNIT", "concept") in ("concept", "line")
        tag_mapping(name)  # the preset, if any, is well formed

    def test_empty_termbase(self, name):
        out = io.BytesIO()
        assert by_name(name).write([], out) == 0

    def test_unicode_synonyms_statuses(self, name):
        module = by_name(name)
        out = io.BytesIO()
        count = module.write(retagged_sample(name), out)
        assert count == (2 if getattr(module, "UNIT", "concept") == "concept" else count) and count
        if getattr(module, "BINARY", False):
            return
        text = out.getvalue().decode("utf-8-sig")
        assert "Fengqiao" in text and ("枫桥经验" in text or name == "matecat")

    def test_reads_back_what_it_writes(self, name):
        module = by_name(name)
        if not hasattr(module, "read"):
            pytest.skip(f"{name} is written only")
        out = io.BytesIO()
        module.write(sample_concepts(), out)
        back = list(module.read(io.BytesIO(out.getvalue()), name))
        if name in LOSSLESS:
            assert back == sample_concepts()
        else:
            assert [c.id for c in back] == ["c1", "c2"] or name == "omegat"
            assert {t.text for c in back for t in c.terms} >= {"枫桥经验", "Fengqiao Model"}


def retagged_sample(name):
    return retagged(sample_concepts(), tag_mapping(name))
