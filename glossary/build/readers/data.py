"""Glossaries kept as data: JSON and YAML files.

A JSON file is parsed (so escapes such as ``\\u4e2d`` read as the characters they stand
for) and written back one field to a line, each object between its own braces: the layout
the ``records`` extractor reads, whose field names (``zh``, ``en``, ``term_fr``…) say the
language; a record's language sections ({"zh": {"name": …}, "en": {"name": …}}) are folded
into it as fields named by language (zh_name, en_name).  YAML is already written one field to
a line, and is read as it stands (language sections nested in YAML are not read).
"""

from __future__ import annotations

import json
from typing import Any

from glossary.build.documents import utf8
from glossary.errors import InputError
from glossary.langtags import from_field

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
    return json.dumps(_flattened(parsed), ensure_ascii=False, indent=1)


def _flattened(value: Any) -> Any:
    """Language sections folded into their record: {"zh": {"name": "外交部"}, "en": {"name":
    "Ministry of Foreign Affairs"}} is {"zh_name": "外交部", "en_name": "Ministry of…"}, so
    that each field says its language, as ``records`` reads them."""
    if isinstance(value, list):
        return [_flattened(item) for item in value]
    if not isinstance(value, dict):
        return value
    flat: dict[str, Any] = {}
    for key, inner in value.items():
        if isinstance(inner, dict) and from_field(str(key))[0] and not from_field(str(key))[1]:
            for name, text in inner.items():
                flat[f"{key}_{name}"] = _flattened(text)
        else:
            flat[key] = _flattened(inner)
    return flat
