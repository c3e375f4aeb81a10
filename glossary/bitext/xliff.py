"""XLIFF 1.2 (trans-unit/source/target; SDLXLIFF's seg-source with mrk mtype="seg" segments;
MQXLIFF is plain 1.2) and XLIFF 2.x (unit/segment/source/target), streamed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO

from lxml import etree

from glossary.bitext._inline import text
from glossary.langtags import canonical_or
from glossary.model import Segment
from glossary.xmlread import children as _children
from glossary.xmlread import local_name as local
from glossary.xmlread import rooted

NAME = "xliff"
SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")


def read(path: Path) -> Iterator[Segment]:
    return parse(str(path), str(path))


def parse(source: IO[bytes] | str, name: str) -> Iterator[Segment]:
    """The segments of an XLIFF file or stream (`name` in messages and in each Segment)."""
    source_lang = target_lang = ""
    for event, element in rooted(source, name, "xliff", "XLIFF"):
        tag = local(element)
        if event == "start":
            if tag == "xliff":
                source_lang = canonical_or(element.get("srcLang"), source_lang)  # 2.x
                target_lang = canonical_or(element.get("trgLang"), target_lang)
            elif tag == "file":  # 1.2
                source_lang = canonical_or(element.get("source-language"), source_lang)
                target_lang = canonical_or(element.get("target-language"), target_lang)
            continue
        if tag in ("trans-unit", "unit"):
            yield from _unit(element, source_lang, target_lang, name)
            element.clear(keep_tail=False)


def _unit(unit: etree._Element, source_lang: str, target_lang: str,
          file: str) -> Iterator[Segment]:
    unit_id = unit.get("id", "")
    if local(unit) == "unit":  # XLIFF 2: one Segment per <segment>
        for number, segment in enumerate(_children(unit, "segment"), 1):
            source, target = _children(segment, "source"), _children(segment, "target")
            if source:
                yield Segment(f"{unit_id}/{segment.get('id') or number}", text(source[0]),
                              text(target[0]) if target else "", source_lang, target_lang,
                              file, segment.sourceline or 0)
        return
    seg_source = _children(unit, "seg-source")
    targets = _children(unit, "target")
    if seg_source:  # SDLXLIFF: segments are <mrk mtype="seg" mid="…">, in source and target
        sources = {m.get("mid"): m for m in seg_source[0].iter("{*}mrk", "mrk")
                   if m.get("mtype") == "seg"}
        translated = {m.get("mid"): m for m in (targets[0].iter("{*}mrk", "mrk") if targets
                                                 else ()) if m.get("mtype") == "seg"}
        for mid, source in sources.items():
            marked = translated.get(mid)
            yield Segment(f"{unit_id}/{mid}", text(source), text(marked) if marked is not None
                          else "", source_lang, target_lang, file, source.sourceline or 0)
        return
    source = _children(unit, "source")
    if source:
        yield Segment(unit_id, text(source[0]), text(targets[0]) if targets else "",
                      source_lang, target_lang, file, unit.sourceline or 0)
