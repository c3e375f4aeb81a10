"""The text of a segment element without its inline codes (XLIFF 1.2 and 2.x, TMX)."""

from __future__ import annotations

from lxml import etree

from glossary.xmlread import local_name as local

# Elements whose content is native code (XLIFF 1.2 ph/bpt/ept/it/sub, TMX the same, XLIFF 2
# ph/sc/ec are empty): their text is not translatable text.  Everything else (g, pc, mrk, hi)
# wraps text and is kept.
CODES = frozenset({"ph", "bpt", "ept", "it", "sub", "x", "bx", "ex", "sc", "ec", "cp", "sm", "em"})


def text(element: etree._Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and local(child) not in CODES:
            parts.append(text(child))
        parts.append(child.tail or "")
    return "".join(parts)


