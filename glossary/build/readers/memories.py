"""Translation memories (TMX), bilingual XLIFF files, gettext catalogues (PO) and Qt Linguist
files (.ts): each unit's Chinese and its translations, read by glossary.bitext's readers.

A unit becomes a paragraph of its Chinese followed by a paragraph of one translation: the
layout of a text that gives a passage and then its translation, so the extractors that read
aligned paragraphs (line_pairs, parallel) take the unit's terms from it.  A unit with several
translations (zh, en, fr) gives its Chinese once before each.  Each paragraph's language is
the one the file names (not guessed from a few words), and its line is the unit's line in the
file.  A catalogue between two Chinese scripts (zh-TW → zh-CN) gives its English in the
note for translators, where that note is a name ("#. Children's Day.").  A unit without
Chinese, or without an English, French or Spanish translation, is left out, and so is a
message with a placeholder ("%s（補假）", "{name}"): a fragment of a sentence the program
completes.  A PO file saved as text is read as one (``looks_like_po``); so is a
Linguist file, and a .ts file only when it is one (``read_document`` asks: the ending is
TypeScript's too).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator

from glossary.bitext import linguist, po, tmx, xliff
from glossary.build.documents import Paragraph
from glossary.han import contains_han
from glossary.langtags import primary
from glossary.model import Segment
from glossary.xmlread import XMLSyntaxError

NAME = "memories"
SUFFIXES = (*tmx.SUFFIXES, *xliff.SUFFIXES, *po.SUFFIXES)  # (.ts: see read_document)
_TARGETS = ("en", "fr", "es")
# The text arrives decoded from UTF-8: a declaration naming another encoding (a memory
# converted with iconv keeps its old one) must not make the parser decode it again.
_DECLARED = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])[^\"']*\2")


_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifgxXeEcru]|\{[\w.]*\}")
_PO_ENTRY = re.compile(r'^msgid "(?:[^"\\]|\\.)*"\s*\n(?:"(?:[^"\\]|\\.)*"\s*\n)*msgstr "', re.MULTILINE)
_FEWEST_PO_ENTRIES = 3


def looks_like_po(text: str) -> bool:
    """A text file that holds a gettext catalogue (msgid "…" then msgstr "…") polib reads:
    one that only quotes a few entries stays text."""
    from glossary.errors import FormatError

    if len(_PO_ENTRY.findall(text, 0, 200_000)) < _FEWEST_PO_ENTRIES:
        return False
    try:
        po.parse(text, "")
    except FormatError:
        return False
    return True


def paragraphs(text: str, name: str) -> list[Paragraph]:
    if linguist.is_linguist(text[:500]):
        segments = _whole(_linguist(text, name))
    elif name.lower().endswith(po.SUFFIXES) or looks_like_po(text):
        segments = _whole(po.parse(text, name))
    else:
        parse = tmx.parse if name.lower().endswith(tmx.SUFFIXES) else xliff.parse
        segments = list(parse(io.BytesIO(_as_utf8(text)), name))
    return [paragraph for segment in segments
            for paragraph in _unit([(segment.source_lang, segment.source),
                                    *(segment.targets or
                                      ((segment.target_lang, segment.target),)),
                                    *_named_in_note(segment)],
                                   segment.line)]


# A note that is a name: a few words, each a capitalised word or one of a name's small words
# ("Founding Day of the Republic of China.", "Chinese New Year's Eve.")
_NAME_NOTE = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|the|and|for|on|in))"
                        r"{0,11}\.?")


def _named_in_note(segment: Segment) -> list[tuple[str, str]]:
    """The English name a catalogue between two Chinese scripts (zh-TW → zh-CN) keeps in
    its note for translators: the one string of the unit a reader of English is given (a
    holidays library writes each name so, "#. Children's Day." above msgid "兒童節")."""
    note = " ".join(segment.note.split())
    if not note or primary(segment.source_lang) != "zh" or primary(segment.target_lang) != "zh" \
            or not _NAME_NOTE.fullmatch(note):
        return []
    return [("en", note.rstrip("."))]


def _whole(messages: Iterable[Segment]) -> list[Segment]:
    """A program's messages without those with a placeholder: fragments it completes."""
    return [s for s in messages if not _PLACEHOLDER.search(s.source + s.target)]


def _as_utf8(text: str) -> bytes:
    return _DECLARED.sub(rb"\1\2UTF-8\2", text.encode("utf-8"), count=1)


def _linguist(text: str, name: str) -> list[Segment]:
    """A Linguist file's messages; one copied as .txt may be cut short (a slice of a larger
    file, a paste): its messages before the cut are read, as a reader of the text would."""
    found: list[Segment] = []
    try:
        found.extend(linguist.parse(io.BytesIO(_as_utf8(text)), name))
    except XMLSyntaxError:
        if name.lower().endswith(linguist.SUFFIXES):
            raise
    return found


def _unit(variants: list[tuple[str, str]], line: int) -> Iterator[Paragraph]:
    chinese = next((value for lang, value in variants if value.strip() and (
        primary(lang) == "zh" or (not lang and contains_han(value)))), None)
    if chinese is None:
        return
    for lang, value in variants:
        if value.strip() and primary(lang) in _TARGETS and not contains_han(value):
            yield Paragraph(_folded(chinese), "zh", ((0, line),), declared=True)
            yield Paragraph(_folded(value), primary(lang), ((0, line),), declared=True)


def _folded(value: str) -> str:
    return " ".join(value.split())
