"""Real consumers read what we write: translate-toolkit's TBX reader (what Weblate and
Pootle use) on our TBX 2008 export.  It rejects TBX 2019 files, so only tbx2 is tried."""

import pytest
from click.testing import CliRunner

from glossary import termbase
from glossary.cli import cli
from glossary.formats.tbx import STATUS_VALUES

translate_tbx = pytest.importorskip("translate.storage.tbx")


def test_translate_toolkit_sees_every_term_with_its_status(seed_build, tmp_path):
    path = tmp_path / "v2.tbx"
    assert CliRunner().invoke(cli, ["export", "-f", "tbx2", "-t", str(seed_build),
                                    "-o", str(path)]).exit_code == 0
    ours = {c.id: c for c in termbase.concepts(seed_build)}
    tags = {"zh-Hans": "zh-CN", "zh-Hant-TW": "zh-TW", "zh-Hant-HK": "zh-HK"}
    store = translate_tbx.tbxfile.parsefile(str(path))
    assert {unit.getid() for unit in store.units} == set(ours)
    for lang in sorted({t.lang for c in ours.values() for t in c.terms} - {"zh-Hans"}):
        store.setsourcelanguage("zh-CN")
        store.settargetlanguage(tags.get(lang, lang))
        for unit in store.units:
            concept = ours[unit.getid()]
            # needs-review has no TBX-Basic value: such terms carry a note, no status.
            expected = {(t.text, STATUS_VALUES.get(t.status)) for t in concept.terms_in(lang)}
            seen = {(t.text, t.administrative_status) for t in unit.get_target_terms()}
            assert expected <= seen, (lang, concept.id)
            assert {t.text for t in unit.get_source_terms()} == {
                t.text for t in concept.terms_in("zh-Hans")}
