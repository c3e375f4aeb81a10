"""Gettext PO through polib: msgid is the source, msgstr the target; the target language is
the header's Language.  Obsolete entries are skipped; plural forms are checked on their first
form."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from glossary.errors import FormatError
from glossary.langtags import canonical_or
from glossary.model import Segment

NAME = "po"
SUFFIXES = (".po",)


def read(path: Path) -> Iterator[Segment]:
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise FormatError(f"{path}: not a readable PO file ({err})") from None
    return parse(content, str(path))


def parse(content: str, name: str) -> Iterator[Segment]:
    """The entries of a PO file's text; the source language is the header's
    X-Source-Language where it gives one (Poedit writes it)."""
    import polib

    _check_quotes(content, name)
    try:
        catalogue = polib.pofile(content)
    except (OSError, ValueError) as err:
        raise FormatError(f"{name}: not a readable PO file ({err})") from None
    target_lang = canonical_or(catalogue.metadata.get("Language", ""))
    source_lang = canonical_or(catalogue.metadata.get("X-Source-Language", ""))
    return _segments(catalogue, source_lang, target_lang, name)


_STRING_LINE = re.compile(r'^\s*(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"')
_CLOSED = re.compile(r'(?<!\\)(?:\\\\)*"\s*$')


def _check_quotes(content: str, name: str) -> None:
    """Refuse a string that lacks its closing quote: polib reads `msgid "兒童節` as 兒童,
    dropping the last character it took for the quote."""
    for number, line in enumerate(content.splitlines(), 1):
        if _STRING_LINE.match(line) and (line.count('"') < 2 or not _CLOSED.search(line)):
            raise FormatError(f"{name}: line {number}: a string without its closing quote")


def _segments(catalogue: Any, source_lang: str, target_lang: str,
              name: str) -> Iterator[Segment]:
    for entry in catalogue:
        if entry.obsolete:
            continue
        target = entry.msgstr or (entry.msgstr_plural.get(0, "") if entry.msgstr_plural else "")
        context = f"{entry.msgctxt}|" if entry.msgctxt else ""
        yield Segment(context + entry.msgid, entry.msgid, target, source_lang, target_lang, name,
                      entry.linenum, note=entry.comment or "")
