"""Validate TBX against the official schemas in ../shared/tbx (RelaxNG + DCA Schematron).

The official .sch files declare queryBinding="xslt2", which lxml refuses; as the field guide
(../shared/tbx/README.md §2, route A) shows, a few XPath 2 fragments have XPath 1 equivalents.
The schemas are not ours to ship, so only the tests use them, and skip when they are absent.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree, isoschematron

SHARED_TBX = Path(__file__).resolve().parents[2] / "shared" / "tbx"
CORE_RNG = SHARED_TBX / "v3" / "core" / "TBXcoreStructV03.rng"
DCA_SCH = SHARED_TBX / "v3" / "dialect" / "DCA" / "TBX-Basic_DCA.sch"

_REWRITES = [
    (re.compile(r"matches\(@target,'https\?://\.\+'\)"),
     "(starts-with(@target,'http://') or starts-with(@target,'https://'))"),
    (re.compile(r"\./local-name\(\)"), "local-name()"),
]


def available() -> bool:
    return CORE_RNG.exists() and DCA_SCH.exists()


@lru_cache(maxsize=None)
def _rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(CORE_RNG)))


@lru_cache(maxsize=None)
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
