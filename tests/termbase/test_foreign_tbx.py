"""Issue 15, item 6: nothing is lost from foreign TBX.  Every text and every target
attribute of an official sample's body comes back in what `glossary export` writes after
`glossary import` (DCT style read like DCA, contexts and sources of DCT files included), a
superseded term stays superseded, and what cannot be kept is said."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from lxml import etree

from glossary.cli import cli
from glossary.model import Status
from glossary.termbase import locate
from tests import tbxschema
from tests.conftest import needs_shared

SAMPLES = ["v3/dialect/DCT/Example_Astronomy_DCT_VALID.tbx",
           "v3/dialect/DCA/Example_Astronomy_DCA_VALID.tbx",
           "v3/samples/TBX-Basic-Package/TBX-basic-sample.tbx",
           "v3/samples/TBX_test_files/basic_good.tbx",
           "v3/samples/TBX-converter/Good-Basic2_CRITI_converted.tbx",
           "v2/samples/TBX-basic-sample.tbx",
           "v2/samples/Good-Basic2_CRITI.tbx"]


def _normal(text: str) -> str:
    return " ".join(text.split())


def body_texts_and_targets(path) -> tuple[list[str], list[str]]:
    tree = etree.parse(str(path), etree.XMLParser(load_dtd=False, no_network=True))
    body = next(e for e in tree.iter() if isinstance(e.tag, str)
                and etree.QName(e).localname == "body")
    texts, targets = [], []
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        for text in (element.text, element.tail if element is not body else None):
            if text and text.strip():
                texts.append(_normal(text))
        if element.get("target"):
            targets.append(element.get("target"))
    return texts, targets


@pytest.mark.parametrize("sample", SAMPLES)
def test_every_text_and_target_of_an_official_sample_survives(sample, tmp_path):
    path = needs_shared("tbx", sample)
    folder = tmp_path / "tb"
    runner = CliRunner()
    result = runner.invoke(cli, ["import", str(path), "-t", str(folder)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out.tbx"
    assert runner.invoke(cli, ["export", "-t", str(folder), "-o", str(out)]).exit_code == 0
    written = _normal(" ".join(etree.parse(str(out)).getroot().itertext()))
    texts, targets = body_texts_and_targets(path)
    lost = [text for text in texts if text not in written]
    assert lost == [], f"{len(lost)} of {len(texts)} texts lost, e.g. {lost[:3]}"
    lost_targets = [target for target in targets if target not in written]
    assert lost_targets == [], f"{len(lost_targets)} of {len(targets)} targets lost"
    if tbxschema.available():
        assert tbxschema.errors(out) == []


def test_dct_statuses_and_superseded_terms(tmp_path):
    path = needs_shared("tbx", "v3/dialect/DCT/Example_Astronomy_DCT_VALID.tbx")
    by_text = {t.text: t for c in locate.read(path) for t in c.terms}
    assert by_text["open cluster"].status is Status.PREFERRED
    assert by_text["accretion disc"].status is Status.ADMITTED
    assert by_text["galactic cluster"].status is Status.SUPERSEDED
    (seen,) = by_text["open cluster"].evidence
    assert seen.file == "http://seds.org/MESSIER/open.html"
    assert seen.context.startswith("Over 1100 open clusters are known in our Milky")
    folder = tmp_path / "tb"
    assert CliRunner().invoke(cli, ["import", str(path), "-t", str(folder)]).exit_code == 0
    text = (folder / "glossary.tbx").read_text(encoding="utf-8")
    assert "supersededTerm-admn-sts" in text


def test_what_is_not_imported_is_said(tmp_path):
    path = needs_shared("tbx", "v3/dialect/DCA/Example_Astronomy_DCA_VALID.tbx")
    result = CliRunner().invoke(cli, ["import", str(path), "-t", str(tmp_path / "tb")])
    assert result.exit_code == 0
    assert (f"note: {path}: line 4023: the back matter (<back>: 1 refObject, which targets "
            "name) is not imported") in result.output


def test_attributes_that_are_not_kept_are_said(tmp_path):
    path = tmp_path / "attributes.tbx"
    path.write_text(
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">'
        "<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>"
        '<conceptEntry id="k1"><langSec xml:lang="en"><termSec id="t1"><term>apple</term>'
        '<note xml:lang="fr">pomme</note></termSec><termSec id="t2"><term>malus</term></termSec>'
        "</langSec></conceptEntry></body></text></tbx>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(path), "-t", str(tmp_path / "tb")])
    assert result.exit_code == 0, result.output
    assert f"note: {path}: attributes not kept: note/@lang (1), termSec/@id (2)\n" in result.output
    official = needs_shared("tbx", "v3/dialect/DCA/Example_Astronomy_DCA_VALID.tbx")
    result = CliRunner().invoke(cli, ["import", str(official), "-t", str(tmp_path / "tb2")])
    assert "attributes not kept" not in result.output  # it has none we drop
