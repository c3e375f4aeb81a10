"""Qt Linguist translation files (.ts): each <message>'s <source> and its <translation>,
streamed.  The root <TS> names the translation's language (language="zh_CN") and, since Qt 5,
the source's (sourcelanguage); a file without it was written in English, Qt's default.
Unfinished translations are read (a reviewer checks them too); obsolete and vanished ones,
kept in the file only as history, are not.  A plural message is read in its first form.

TypeScript shares the ending: ``is_linguist`` tells a Linguist file by its root element.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from glossary.bitext._inline import text
from glossary.langtags import known_or
from glossary.model import Segment
from glossary.xmlread import children, rooted
from glossary.xmlread import local_name as local

NAME = "linguist"
SUFFIXES = (".ts",)
_ROOT = re.compile(r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE\s+TS\s*>\s*)?<TS[\s>]")
_HISTORY = frozenset({"obsolete", "vanished"})


def is_linguist(head: str) -> bool:
    """The start of a file is a Linguist file's (not TypeScript's, nor other XML)."""
    return _ROOT.match(head) is not None


def read(path: Path) -> Iterator[Segment]:
    return parse(str(path), str(path))


def parse(source: IO[bytes] | str, name: str) -> Iterator[Segment]:
    """The messages of a Linguist file or stream (`name` in messages and in each Segment)."""
    source_lang, target_lang = "en", ""
    for event, element in rooted(source, name, "TS", "a Qt Linguist file"):
        tag = local(element)
        if event == "start":
            if tag == "TS":
                # tags as Qt writes them (zh_CN); an unknown one is kept as "", not refused
                target_lang = known_or(element.get("language") or "", "")
                source_lang = known_or(element.get("sourcelanguage") or "en", "")
            continue
        if tag == "message":
            segment = _message(element, source_lang, target_lang, name)
            if segment is not None:
                yield segment
            element.clear(keep_tail=False)


def _message(message: object, source_lang: str, target_lang: str,
             name: str) -> Segment | None:
    sources = children(message, "source")  # type: ignore[arg-type]
    translations = children(message, "translation")  # type: ignore[arg-type]
    if not sources or not translations or translations[0].get("type") in _HISTORY:
        return None
    translation = translations[0]
    forms = children(translation, "numerusform")
    target = text(forms[0]) if forms else text(translation)
    context = message.getparent()  # type: ignore[attr-defined]
    names = children(context, "name") if context is not None else []
    prefix = f"{text(names[0])}|" if names else ""
    return Segment(prefix + text(sources[0]), text(sources[0]), target, source_lang,
                   target_lang, name, message.sourceline or 0)  # type: ignore[attr-defined]
