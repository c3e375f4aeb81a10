"""Real consumers read what we write: translate-toolkit's TBX reader (what Weblate and
Pootle use) on our TBX 2008 export (it rejects TBX 2019 files), and OmegaT's own readers on
our TBX 2008 and .utf8 exports (skipped where OmegaT is not installed)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.termbase import locate as termbase
from glossary.termbase.formats.tbx import STATUS_VALUES


def test_translate_toolkit_sees_every_term_with_its_status(seed_build, tmp_path):
    translate_tbx = pytest.importorskip("translate.storage.tbx")
    path = tmp_path / "v2.tbx"
    assert CliRunner().invoke(cli, ["export", "-f", "tbx2", "-t", str(seed_build), "--status",
                                    "all", "-o", str(path)]).exit_code == 0
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


OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
HARNESS = Path(__file__).resolve().parents[2] / "omegat" / "ReadGlossary.java"


@pytest.fixture(scope="module")
def omegat(tmp_path_factory):
    """OmegaT's own glossary readers, called from a small Java class (no batch importer)."""
    if not OMEGAT_JAR.exists() or not shutil.which("javac"):
        if os.environ.get("CI"):  # .ci/run installs them: missing there is a failure
            pytest.fail("OmegaT and a JDK are missing in CI")
        pytest.skip("OmegaT (Debian package omegat) and a JDK are needed")
    classes = tmp_path_factory.mktemp("omegat")
    subprocess.run(["javac", "-cp", str(OMEGAT_JAR), "-d", str(classes), str(HARNESS)],
                   check=True, capture_output=True)
    project = tmp_path_factory.mktemp("project")

    def read(path, source="zh-CN", target="en"):
        out = subprocess.run(["java", "-cp", f"{classes}:{OMEGAT_JAR}", "ReadGlossary",
                              str(path), source, target, str(project)],
                             check=True, capture_output=True, text=True, timeout=120)
        return [line.split("\t") for line in out.stdout.splitlines()]

    return read


@pytest.mark.parametrize("fmt, name", [("tbx2", "glossary.tbx"), ("omegat", "glossary.utf8")])
def test_omegat_reads_every_pair(omegat, seed_build, tmp_path, fmt, name):
    path = tmp_path / name
    assert CliRunner().invoke(cli, ["export", "-f", fmt, "-t", str(seed_build), "--status", "all",
                                    "-o", str(path)]).exit_code == 0
    seen = {(row[0], row[1]) for row in omegat(path)}
    expected = {(zh.text, en.text) for c in termbase.concepts(seed_build)
                for zh in c.terms_in("zh-Hans") for en in c.terms_in("en")}
    assert expected and expected <= seen


def test_omegat_is_not_offered_terms_that_need_review(omegat, seed_build, tmp_path):
    from glossary.model import Status

    path = tmp_path / "glossary.utf8"
    assert CliRunner().invoke(cli, ["export", "-f", "omegat", "-t", str(seed_build),
                                    "-o", str(path)]).exit_code == 0
    seen = {(row[0], row[1]) for row in omegat(path)}
    pairs = [(zh, en) for c in termbase.concepts(seed_build)
             for zh in c.terms_in("zh-Hans") for en in c.terms_in("en")]
    review = {(zh.text, en.text) for zh, en in pairs if Status.NEEDS_REVIEW in (zh.status, en.status)}
    assert ("中央村工作", "Central Rural Work Conference") in review
    assert review and not review & seen
    assert ("社会治理", "social governance") in seen
