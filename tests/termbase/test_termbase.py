"""The Termbase object: one handle over locate, index, lookup, export and import."""

import json

import pytest

from glossary.errors import InputError
from glossary.termbase import Termbase
from glossary.termbase.lookup import Match


def test_open_search_suggest_concepts(seed_build):
    with Termbase.open(seed_build) as termbase:
        (hit, *_) = termbase.search("楓橋經驗", limit=3)
        assert hit.match is Match.EXACT and hit.concept.terms_in("zh-Hans")[0].text == "枫桥经验"
        assert termbase.search("qqqqqqqq") == []
        assert "Fengqiao Model" in termbase.suggest("Fengqiao Modle") + [
            h.term.text for h in termbase.search("Fengqiao Modle")]
        assert len(list(termbase.concepts())) > 10


def test_open_names_what_is_missing(tmp_path):
    with pytest.raises(InputError, match="no such termbase"):
        Termbase.open(tmp_path / "nowhere")


def test_export_with_only_and_tags(seed_build, tmp_path, capsysbinary):
    out = tmp_path / "two.jsonl"
    done = Termbase.open(seed_build).export(None, out, only=("zh-Hans", "en"), tags=("en=en-GB",))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert done.count == len(lines) and done.unit == "concept"
    assert {t["lang"] for line in lines for t in json.loads(line)["terms"]} == {"zh-Hans", "en-GB"}
    done = Termbase.open(seed_build).export("omegat", None, target="fr")
    assert done.unit == "line" and "\t" in capsysbinary.readouterr().out.decode()


def test_merge_in_creates_the_folder_and_reads_everything_first(seed_build, tmp_path):
    folder = tmp_path / "tb"
    result = Termbase(folder).merge_in([seed_build / "glossary.tbx"])
    assert result.added == len(list(Termbase.open(seed_build).concepts())) and result.merged == 0
    with pytest.raises(InputError, match="no such file"):
        Termbase(folder).merge_in([seed_build / "glossary.tbx", tmp_path / "missing.tbx"])
    assert Termbase(folder).merge_in([seed_build / "glossary.tbx"]).merged == result.added
