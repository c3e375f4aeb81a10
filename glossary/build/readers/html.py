"""HTML: one paragraph per innermost block element; a table row, or a term with its
definitions, one paragraph with its cells joined by " | "."""

from __future__ import annotations

import re

from glossary.build.documents import Paragraph, detect_language
from glossary.errors import InputError

NAME = "html"
SUFFIXES = (".html", ".htm")


def paragraphs(text: str, name: str) -> list[Paragraph]:
    return html_paragraphs(text, name)


_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption",
           "blockquote", "pre", "figcaption", "title", "div")


def html_paragraphs(text: str, name: str) -> list[Paragraph]:
    """One paragraph per innermost block element, with the element's source line.

    A table row is one paragraph, its cells joined by " | ", and so is a ``dt`` with the
    ``dd``s that follow it: a row pairs a term with its translation, and the row extractor
    reads it as the same line in a text file would be read."""
    from lxml import etree, html

    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError) as err:
        raise InputError(f"{name}: cannot parse HTML ({err})") from None
    for bad in root.xpath("//script|//style|//noscript|//nav|//header|//footer|//aside|//form"
                          "|//*[@role='navigation' or @role='banner' or @role='contentinfo']"):
        bad.drop_tree()  # page furniture: menus, banners, footers are not the document
    for bad in root.xpath("//*[@class or @id]"):
        if _FURNITURE.search(f"{bad.get('class', '')} {bad.get('id', '')}") and \
                bad.getparent() is not None:
            bad.drop_tree()
    paragraphs = []
    block_xpath = "|".join(f"descendant::{tag}" for tag in _BLOCKS if tag not in ("td", "th"))
    done: set[etree._Element] = set()
    for element in root.iter(*_BLOCKS, "tr"):
        if element in done:
            continue
        if element.tag == "tr":
            cells = element.xpath("./td|./th")
            if cells and not element.xpath(block_xpath):
                done.update(cells)
                content = " | ".join(_text(cell) for cell in cells)
            else:
                continue
        elif element.tag == "dt":
            parts = [element]
            for sibling in element.itersiblings():
                if sibling.tag != "dd":
                    break
                parts.append(sibling)
            done.update(parts)
            content = " | ".join(_text(part) for part in parts)
        elif element.xpath("|".join(f"descendant::{tag}" for tag in _BLOCKS)):
            continue  # only innermost blocks, so no text is read twice
        else:
            content = _text(element)
        if content.strip(" |"):
            line = element.sourceline or 1
            paragraphs.append(Paragraph(content, detect_language(content), ((0, line),)))
    return paragraphs


# Class and id names that mark navigation and page furniture in most site templates.
_FURNITURE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|header|sidebar|"
                        r"share|social|cookie|advert|ads|comments?|related|pagination)(?:$|[\s_-])",
                        re.IGNORECASE)


def _text(element) -> str:  # type: ignore[no-untyped-def]
    return " ".join(element.text_content().split())
