"""Glossaries kept as data: JSON and YAML files.

A JSON file is parsed (so escapes such as ``\\u4e2d`` read as the characters they stand
for) and written back one field to a line, each object between its own braces: the layout
the ``records`` extractor reads, whose field names (``zh``, ``en``, ``term_fr``…) say the
language.  YAML is already written one field to a line, and is read as it stands.
"""

from __future__ import annotations

import json

from glossary.build.documents import utf8
from glossary.errors import InputError

NAME = "data"
SUFFIXES = (".json", ".yaml", ".yml")


def text(data: bytes, name: str) -> str:
    content = utf8(data, name)
    if not name.lower().endswith(".json"):
        return content
    try:
        parsed = json.loads(content)
    except json.JSONDecodeError as err:
        raise InputError(f"{name}: malformed JSON (line {err.lineno}: {err.msg})") from None
    return json.dumps(parsed, ensure_ascii=False, indent=1)
