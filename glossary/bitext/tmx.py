"""TMX 1.4: each <tu> is a segment; its source variant is the header's srclang (or the
first), its target the first other language, and every other language is kept in
Segment.targets, so that a zh/fr/en memory is checked against the language asked for.
Streamed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO

from lxml import etree

from glossary.bitext._inline import text
from glossary.langtags import canonical_or, primary
from glossary.model import Segment
from glossary.xmlread import XML_LANG, children, iterparse
from glossary.xmlread import local_name as local

NAME = "tmx"
SUFFIXES = (".tmx",)


def read(path: Path) -> Iterator[Segment]:
    return parse(str(path), str(path))


def parse(source: IO[bytes] | str, name: str) -> Iterator[Segment]:
    """The segments of a TMX file or stream (`name` in messages and in each Segment)."""
    source_lang = ""
    for event, element in iterparse(source, name):
        tag = local(element)
        if event == "start" and tag == "header":
            srclang = element.get("srclang", "")
            source_lang = canonical_or(srclang if srclang != "*all*" else "")
        elif event == "end" and tag == "tu":
            segment = _tu(element, source_lang, name)
            if segment is not None:
                yield segment
            element.clear(keep_tail=False)


def _tu(tu: etree._Element, source_lang: str, file: str) -> Segment | None:
    variants = []
    for tuv in children(tu, "tuv"):
        seg = children(tuv, "seg")
        lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
        variants.append((canonical_or(lang), text(seg[0]) if seg else ""))
    if not variants:
        return None
    source = next((v for v in variants if source_lang and primary(v[0]) == primary(source_lang)),
                  variants[0])
    others = tuple(v for v in variants if v is not source)
    target = others[0] if others else ("", "")
    return Segment(tu.get("tuid", str(tu.sourceline)), source[1], target[1], source[0],
                   target[0], file, tu.sourceline or 0, others)
