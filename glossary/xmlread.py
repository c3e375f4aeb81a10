"""Reading XML in a stream, hardened: the one place that knows lxml's parser options and
turns a syntax error into a FormatError (for TBX, XLIFF, TMX and the TBX validator alike).

No DTD loading, external entities or network: only entities declared inside the file are
expanded (a glossary exported with `<!ENTITY co "Communist Party">` reads "Communist Party",
not a literal "&co;"), and libxml2's amplification limit (huge_tree off) stops a
billion-laughs file at once; an external entity is an error, never read.  Comments and
processing instructions never reach the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO

from lxml import etree

from glossary.errors import FormatError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class XMLSyntaxError(FormatError):
    """Not well-formed XML; `line` and `reason` say where and why."""

    def __init__(self, name: str, line: int, reason: str) -> None:
        super().__init__(f"{name}: line {line}: {reason}")
        self.line, self.reason = line, reason


def hardened_parser_options() -> dict[str, bool | str]:
    """No DTD loading, external entities or network; internal entities are expanded within
    libxml2's amplification limit, so a billion-laughs file fails fast."""
    return {"resolve_entities": "internal", "load_dtd": False, "no_network": True,
            "huge_tree": False, "remove_comments": True}


def iterparse(source: IO[bytes] | str, name: str, events: tuple[str, ...] = ("start", "end"),
              tag: Iterable[str] | None = None) -> Iterator[tuple[str, etree._Element]]:
    """(event, element) for the elements of `source` (comments and PIs left out); `name`
    (the file as the user knows it) starts the message of a syntax error."""
    with syntax_errors(name):
        for event, element in raw_iterparse(source, events, tag):
            if isinstance(element.tag, str):
                yield event, element


def rooted(source: IO[bytes] | str, name: str, root: str, kind: str
           ) -> Iterator[tuple[str, etree._Element]]:
    """``iterparse``'s start and end events, for a format whose root element is `root`: any
    other root is a FormatError ("a.xlf: not XLIFF (root <html>)"), `kind` naming the
    format."""
    seen_root = False
    for event, element in iterparse(source, name):
        if not seen_root:
            seen_root = True
            if local_name(element) != root:
                raise FormatError(f"{name}: not {kind} (root <{local_name(element)}>)")
        yield event, element


def raw_iterparse(source: IO[bytes] | str, events: tuple[str, ...],
                  tag: Iterable[str] | None) -> etree.iterparse:
    """lxml's own iterparse with the hardened options, for a reader whose `tag` filter already
    leaves comments and PIs out and that cannot spend a generator step a event (the TBX
    reader): iterate it inside `syntax_errors`."""
    return etree.iterparse(source, events=events, tag=tag, **hardened_parser_options())


@contextmanager
def syntax_errors(name: str) -> Iterator[None]:
    """A syntax error raised inside as XMLSyntaxError, its message starting with `name`."""
    try:
        yield
    except etree.XMLSyntaxError as err:
        raise XMLSyntaxError(name, err.lineno, err.msg) from None


def local_name(element: etree._Element) -> str:
    """The name without its namespace: string work, several times faster than etree.QName."""
    return str(element.tag).rpartition("}")[2]


def children(element: etree._Element, name: str | None = None) -> list[etree._Element]:
    """The child elements (not comments), only those with local name `name` if given."""
    return [c for c in element
            if isinstance(c.tag, str) and (name is None or local_name(c) == name)]
