"""Validate TBX against the official schemas in ../shared/tbx: 2019 (core RelaxNG + DCA
Schematron) and 2008 (TBX-Basic RelaxNG, DTD and the Schematron embedded in the RelaxNG).

The official .sch files declare queryBinding="xslt2", which lxml refuses; as the field guide
(../shared/tbx/README.md §2, route A) shows, a few XPath 2 fragments have XPath 1 equivalents.
The schemas are not ours to ship, so only the tests use them, and skip when they are absent.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lxml import etree, isoschematron

SHARED_TBX = Path(__file__).resolve().parents[2] / "shared" / "tbx"
CORE_RNG = SHARED_TBX / "v3" / "core" / "TBXcoreStructV03.rng"
DCA_SCH = SHARED_TBX / "v3" / "dialect" / "DCA" / "TBX-Basic_DCA.sch"
V2_RNG = SHARED_TBX / "v2" / "TBXBasicRNGV02.rng"
V2_DTD = SHARED_TBX / "v2" / "TBXBasiccoreStructV02.dtd"
_ASCC = "http://www.ascc.net/xml/schematron"
_ISO = "http://purl.oclc.org/dsdl/schematron"

_REWRITES = [
    (re.compile(r"matches\(@target,'https\?://\.\+'\)"),
     "(starts-with(@target,'http://') or starts-with(@target,'https://'))"),
    (re.compile(r"\./local-name\(\)"), "local-name()"),
]


def available() -> bool:
    return CORE_RNG.exists() and DCA_SCH.exists() and V2_RNG.exists() and V2_DTD.exists()


@cache
def _rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(CORE_RNG)))


@cache
def _dca() -> isoschematron.Schematron:
    doc = etree.parse(str(DCA_SCH))
    root = doc.getroot()
    root.set("queryBinding", "xslt")
    for element in root.iter():
        for attribute in ("context", "test"):
            value = element.get(attribute)
            if value:
                for pattern, replacement in _REWRITES:
                    value = pattern.sub(replacement, value)
                element.set(attribute, value)
    return isoschematron.Schematron(doc, store_report=True)


def errors(path: Path) -> list[str]:
    """Every RelaxNG and Schematron error for a TBX-Basic 2019 DCA file; [] when valid."""
    doc = etree.parse(str(path))
    found = []
    rng = _rng()
    if not rng.validate(doc):
        found += [f"rng: line {e.line}: {e.message}" for e in rng.error_log]
    dca = _dca()
    if not dca.validate(doc):
        svrl = dca.validation_report
        ns = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
        for failed in svrl.iterfind(".//svrl:failed-assert", ns):
            text = " ".join("".join(failed.itertext()).split())
            found.append(f"sch: {failed.get('location')}: {text}")
    return found


@cache
def _v2_schematron() -> isoschematron.Schematron:
    """The Schematron 1.5 rules embedded in the 2008 RelaxNG, copied into an ISO schema (the
    field guide's recipe): lxml cannot extract them itself, and only they catch picklist
    errors the RelaxNG and the DTD both accept."""
    schema = etree.Element(f"{{{_ISO}}}schema", nsmap={"sch": _ISO})
    for pattern in etree.parse(str(V2_RNG)).iter(f"{{{_ASCC}}}pattern"):
        iso_pattern = etree.SubElement(schema, f"{{{_ISO}}}pattern", id=pattern.get("name"))
        for rule in pattern.iter(f"{{{_ASCC}}}rule"):
            iso_rule = etree.SubElement(iso_pattern, f"{{{_ISO}}}rule", context=rule.get("context"))
            for check in rule.iter(f"{{{_ASCC}}}assert"):
                iso_assert = etree.SubElement(iso_rule, f"{{{_ISO}}}assert", test=check.get("test"))
                iso_assert.text = " ".join("".join(check.itertext()).split())
    return isoschematron.Schematron(schema, store_report=True)


def errors_2008(path: Path) -> list[str]:
    """Every RelaxNG, DTD and Schematron error for a TBX-Basic 2008 file; [] when valid."""
    doc = etree.parse(str(path), etree.XMLParser(load_dtd=False, no_network=True))
    found = []
    rng = etree.RelaxNG(etree.parse(str(V2_RNG)))
    if not rng.validate(doc):
        found += [f"rng: line {e.line}: {e.message}" for e in rng.error_log]
    dtd = etree.DTD(str(V2_DTD))
    if not dtd.validate(doc):
        found += [f"dtd: line {e.line}: {e.message}" for e in dtd.error_log]
    schematron = _v2_schematron()
    if not schematron.validate(doc):
        ns = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
        for failed in schematron.validation_report.iterfind(".//svrl:failed-assert", ns):
            found.append(f"sch: {failed.get('location')}: "
                         + " ".join("".join(failed.itertext()).split()))
    return found
