"""Gettext PO through polib: msgid is the source, msgstr the target; the target language is
the header's Language.  Obsolete entries are skipped; plural forms are checked on their first
form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from glossary.errors import FormatError
from glossary.langtags import canonical_or
from glossary.model import Segment

NAME = "po"
SUFFIXES = (".po",)


def read(path: Path) -> Iterator[Segment]:
    import polib

    try:
        catalogue = polib.pofile(str(path), encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as err:
        raise FormatError(f"{path}: not a readable PO file ({err})") from None
    language = catalogue.metadata.get("Language", "")
    target_lang = canonical_or(language)
    for entry in catalogue:
        if entry.obsolete:
            continue
        target = entry.msgstr or (entry.msgstr_plural.get(0, "") if entry.msgstr_plural else "")
        context = f"{entry.msgctxt}|" if entry.msgctxt else ""
        yield Segment(context + entry.msgid, entry.msgid, target, "", target_lang, str(path),
                      entry.linenum)
