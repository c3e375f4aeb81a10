"""Reading documents: decoding, layout repair, paragraphs with their source lines and language.

Text pasted out of PDFs breaks lines at the page width, splits paragraphs with blank lines and
interleaves page numbers (seed 002 splits 新就业领域 as 新 / 就业领域 across a blank line).
Extractors need whole paragraphs, while evidence must still point at the original line.  So a
paragraph keeps, for each source line it was built from, the offset where that line starts.

When to join two lines:
- consecutive non-blank lines join, unless a block label ("French:"), a list item, a change of
  script (Han ↔ Latin) or a change between ALL-CAPS titles and body text starts a new paragraph;
- across blank lines only in "wrapped" text (the 90th percentile of line length is short, as in
  PDF output), and only when the previous line fills the wrap width and does not end a
  sentence: a short line is the end of a paragraph or a title.
Han lines join without a space, Latin lines with one; a standalone number is a page number.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from glossary.errors import InputError
from glossary.han import is_han, script_of

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


@dataclass(frozen=True)
class Paragraph:
    text: str
    lang: str  # "zh", "en", "fr", "es" or "und"
    lines: tuple[tuple[int, int], ...]  # (offset in text, 1-based source line), ascending

    @property
    def line(self) -> int:
        return self.lines[0][1]

    def line_at(self, offset: int) -> int:
        """The source line that the character at `offset` came from."""
        starts = [start for start, _ in self.lines]
        return self.lines[max(bisect.bisect_right(starts, offset) - 1, 0)][1]


@dataclass(frozen=True)
class Document:
    path: str  # as shown in evidence: relative to the working directory when possible
    paragraphs: tuple[Paragraph, ...]


# --- finding and decoding -------------------------------------------------------------------


def find_documents(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories into the documents below them, sorted; check that each path exists."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or directory")
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not inside:
                raise InputError(f"{given}: no documents found (looked for {', '.join(SUFFIXES)})")
            found.extend(inside)
        elif path.suffix.lower() in SUFFIXES:
            found.append(path)
        else:
            raise InputError(
                f"{given}: unsupported file type {path.suffix or '(none)'!r} "
                f"(supported: {', '.join(SUFFIXES)})"
            )
    return found


def display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or a one-line error naming the file and byte offset."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: file is UTF-16; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul}), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it with iconv -t UTF-8"
        ) from None
    return clean_text(text)


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u3000\t"), " ")


def clean_text(text: str) -> str:
    """NFC, one newline convention, no soft hyphens or zero-width characters, plain spaces.

    U+3000 (ideographic space) becomes a plain space too: PDF extraction scatters it inside
    Chinese lines, and it never carries meaning in a term.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return text.translate(_INVISIBLE).translate(_SPACES)


def read_document(path: Path) -> Document:
    name = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror})") from None
    text = decode(data, name)
    if "(" in text or "（" in text:
        text = _without_ruby(text)
    if path.suffix.lower() in HTML_SUFFIXES:
        paragraphs = html_paragraphs(text, name)
    else:
        paragraphs = text_paragraphs(text)
    return Document(name, tuple(paragraphs))


def _without_ruby(text: str) -> str:
    """Pinyin readings after characters (命運(yùn)共同體) removed, line by line so that line
    numbers hold: extractors took them for translations (命运 ↔ "yùn")."""
    from glossary.normalize.readings import strip_ruby

    return "\n".join(strip_ruby(line)[0] for line in text.split("\n"))


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document]:
    for path in find_documents(paths):
        yield read_document(path)


# --- language and script ----------------------------------------------------------------------

_WORD = re.compile(r"[a-zà-öø-ÿ]+")

# Frequent words that are (mostly) unique to one language; a short list is enough to tell
# English, French and Spanish apart in a paragraph of policy prose.
_STOPWORDS = {
    "en": frozenset("the of and to is that for with as by on are this be it from which was were "
                    "has have its their will".split()),
    "fr": frozenset("le les des du et est une dans pour sur qui au aux par sont cette ce ses "
                    "leurs été avec".split()),
    "es": frozenset("el los las del y es una para con por se al su sus como está este esta "
                    "sobre han".split()),
}


def detect_language(text: str) -> str:
    """zh, en, fr, es, or und when a paragraph has too little text to tell."""
    script = script_of(text)
    if script == "han":
        return "zh"
    if script == "other":
        return "und"
    words = _WORD.findall(text.lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "und"


# --- layout repair ----------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?", re.IGNORECASE)
_LABEL = re.compile(
    r"(?:English|Chinese|French|Spanish|Français|Francés|Español|Inglés|Anglais|Chinois|Chino|"
    r"中文|英文|法文|西班牙文|英语|法语|西班牙语)\s*[:：]"
)
_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-*•●▪]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s")
_SENTENCE_END = tuple(".。!！?？:：;；")
_CLOSERS = "\"'”’»)）」』】"
_WRAPPED_WIDTH = {"han": 60, "latin": 130}  # a wrap width at most this means PDF-like text


def is_caps(line: str) -> bool:
    """An ALL-CAPS line or title (four letters or more, all capitals)."""
    if not line.isupper():  # most lines: one pass in C instead of a list of letters
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _wrap_widths(lines: list[str]) -> dict[str, int]:
    """The wrap width of each script's lines, or 0 where the text is not wrapped."""
    lengths: dict[str, list[int]] = {"han": [], "latin": []}
    for line in lines:
        script = script_of(line)
        if script in lengths and line:
            lengths[script].append(len(line))
    widths = {}
    for script, values in lengths.items():
        values.sort()
        p90 = values[int(len(values) * 0.9)] if len(values) >= 5 else 0
        widths[script] = p90 if 0 < p90 <= _WRAPPED_WIDTH[script] else 0
    return widths


def _continues(prev: str, line: str, across_blank: bool, widths: dict[str, int]) -> bool:
    if _LABEL.fullmatch(prev) or _LABEL.fullmatch(line) or _ITEM.match(line):
        return False
    script = script_of(prev)
    if script != script_of(line) or is_caps(prev) != is_caps(line):
        return False
    width = widths.get(script, 0)
    full = bool(width) and len(prev) >= 0.7 * width
    if not across_blank:
        # In wrapped text a short line that ends a sentence is the last line of its paragraph.
        return full or not width or not _ends_sentence(prev)
    return full and not _ends_sentence(prev)


def _joiner(left: str, right: str) -> str:
    if not left or not right:
        return ""
    if script_of(left[-1]) != "latin" and script_of(right[0]) != "latin" and (
        is_han(left[-1]) or is_han(right[0]) or unicodedata.east_asian_width(left[-1]) in "WF"
    ):
        return ""
    if left.endswith("-") and left[-2:-1].isalpha() and right[0].islower():
        return ""  # "non-" + "state": keep the hyphen, drop the break
    return " "


def text_paragraphs(text: str) -> list[Paragraph]:
    raw = text.split("\n")
    lines = [line.strip() for line in raw]
    widths = _wrap_widths(lines)
    paragraphs: list[Paragraph] = []
    parts: list[tuple[int, str]] = []  # (line number, text) of the paragraph being built
    blank = False

    def flush() -> None:
        if parts:
            paragraphs.append(_paragraph(parts))
            parts.clear()

    for number, line in enumerate(lines, 1):
        if not line:
            blank = True
            continue
        next_blank = number >= len(lines) or not lines[number]
        if blank and next_blank and _PAGE_NUMBER.fullmatch(line):
            continue  # a page number: drop it, and keep the blank-line context around it
        if parts and not _continues(parts[-1][1], line, blank, widths):
            flush()
        parts.append((number, line))
        blank = False
    flush()
    return paragraphs


def _paragraph(parts: list[tuple[int, str]]) -> Paragraph:
    text = ""
    offsets = []
    for number, line in parts:
        text += _joiner(text, line)
        offsets.append((len(text), number))
        text += line
    return Paragraph(text, detect_language(text), tuple(offsets))


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
