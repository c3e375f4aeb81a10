"""Plain text and the light markups read as text (Markdown, reStructuredText, AsciiDoc, Org):
paragraphs rebuilt from lines, with layout repair.

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

import re
import unicodedata

from glossary.build.documents import Paragraph, detect_language, is_caps
from glossary.han import is_han, script_of

NAME = "text"
SUFFIXES = (".txt", ".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".org")


def paragraphs(text: str, name: str) -> list[Paragraph]:
    return text_paragraphs(text)



_PAGE_NUMBER = re.compile(r"(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?", re.IGNORECASE)
_LABEL = re.compile(
    r"(?:English|Chinese|French|Spanish|Français|Francés|Español|Inglés|Anglais|Chinois|Chino|"
    r"中文|英文|法文|西班牙文|英语|法语|西班牙语)\s*[:：]"
)
_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-*•●▪]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s")
_SENTENCE_END = tuple(".。!！?？:：;；")
_CLOSERS = "\"'”’»)）」』】"
_WRAPPED_WIDTH = {"han": 60, "latin": 130}  # a wrap width at most this means PDF-like text
# ... and at least this: a web page's menus and bylines are short lines of their own, not a
# column wrapped at 17 characters ("From Wikipedia, the free encyclopedia" is no wrapped line)
_NARROWEST = {"han": 12, "latin": 35}



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
        widths[script] = p90 if _NARROWEST[script] <= p90 <= _WRAPPED_WIDTH[script] else 0
    return widths


def _continues(prev: str, line: str, across_blank: bool, widths: dict[str, int]) -> bool:
    if _LABEL.fullmatch(prev) or _LABEL.fullmatch(line) or _ITEM.match(line):
        return False
    script = script_of(prev)
    if _wrapped_gloss(prev, line):
        return True
    if script != script_of(line) or is_caps(prev) != is_caps(line):
        return False
    width = widths.get(script, 0)
    full = bool(width) and len(prev) >= 0.7 * width
    if not across_blank:
        # In wrapped text a short line that ends a sentence is the last line of its paragraph.
        return full or not width or not _ends_sentence(prev)
    return full and not _ends_sentence(prev)


def _wrapped_gloss(prev: str, line: str) -> bool:
    """A Chinese line whose English gloss runs on to the next line ("…，译为Beijing" then
    "Municipal Bureau of Commerce。", "“调查总队”（Economic and Social Survey" then "Corps）"):
    the break is the wrap, not a change of language."""
    if not (line[:1].isascii() and line[:1].isalpha()):
        return False
    if not any(is_han(c) for c in prev):
        # the gloss's second line, wrapped again: "Beijing Economic and Social Survey" then
        # "Corps；北京市统计局…"
        return prev[-1:].isalpha() and bool(_GLOSS_END.match(line)) and \
            any(is_han(c) for c in line)
    # the line's English runs to a clause mark before any Chinese: "Municipal Bureau of
    # Commerce。北京市东城区…" continues; "Premier of the State Council 代表…" is a row
    ends_gloss = not any(is_han(c) for c in line[:40]) or bool(_GLOSS_END.match(line))
    return ends_gloss and (prev.endswith(_COPULAS) or (
        prev[-1:].isascii() and prev[-1:].isalpha() and bool(_TRAILING_LATIN.search(prev))))


_TRAILING_LATIN = re.compile(r"[(（“\"]?[A-Za-z][A-Za-z ,'’-]*$")
_GLOSS_END = re.compile(r"[A-Za-z][^\u3400-\u9fff]*?[。，；）)]")
# "…管理委员会，译为" then "Management Committee of …": the copula ends the Chinese line
_COPULAS = ("译为", "译作", "译成", "即为", "写作", "称为", "英文为", "英文是")


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


# Notes kept in source code ("//! ### Corporate Law / 公司法" in a Rust crate's docs): the
# comment marker is the file's layout, not part of any term.
_QUOTED = re.compile(r"^(?:>(?:\s+|$))+")  # Markdown's and e-mail's quotation markers
_COMMENT = re.compile(r"^\s*(?://[!/]?|#(?![#\s]*[^\s#])|--|;;|\*(?!\*))\s?")
_COMMENTED_SHARE = 0.6


def _without_comment_markers(lines: list[str]) -> list[str]:
    """Lines without the comment marker that most of them open with (//!, ///, //, --, ;;,
    *), when most do: a file of notes written as code comments."""
    content = [line for line in lines if line]
    if not content:
        return lines
    markers = [m.group().strip() for line in content if (m := _COMMENT.match(line))]
    if not markers:
        return lines
    marker = max(set(markers), key=markers.count)
    if not marker or markers.count(marker) < _COMMENTED_SHARE * len(content):
        return lines
    cut = re.compile(r"^" + re.escape(marker) + r"\s?")
    return [cut.sub("", line).strip() for line in lines]


def text_paragraphs(text: str) -> list[Paragraph]:
    raw = text.split("\n")
    # a quotation's markers ("> The one-child policy (…) / > was a …") are no part of its text
    lines = _without_comment_markers([_QUOTED.sub("", line.strip()) for line in raw])
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


