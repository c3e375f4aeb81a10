"""Glossaries kept as data: JSON and YAML files.

A JSON (or JSON Lines: one record a line) or YAML file is parsed (so escapes such as ``\\u4e2d`` read as the characters they stand
for) and written back one field to a line, each object between its own braces: the layout
the ``records`` extractor reads, whose field names (``zh``, ``en``, ``term_fr``…) say the
language; a record's language sections ({"zh": {"name": …}, "en": {"name": …}}) are folded
into it as fields named by language (zh_name, en_name).  YAML is parsed by PyYAML's safe
loader (no Python objects), so anchors, flow style and folded strings read as meant.
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
    if name.lower().endswith(".json"):
        parsed = _json(content, name)
    else:
        parsed = _yaml(content, name)
    return json.dumps(_flattened(parsed), ensure_ascii=False, indent=1, default=str)


def _json(content: str, name: str) -> Any:
    """A JSON document, or JSON Lines (one record a line) saved as .json."""
    try:
        return json.loads(content)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":
            try:
                return [json.loads(line) for line in content.splitlines() if line.strip()]
            except json.JSONDecodeError:
                pass
        raise InputError(f"{name}: malformed JSON (line {err.lineno}: {err.msg})") from None


def _yaml(content: str, name: str) -> Any:
    """Every document of a YAML file (safe loading: no Python objects), one list when there
    are several."""
    import yaml

    try:
        documents = list(yaml.safe_load_all(content))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise InputError(f"{name}: malformed YAML ({where}{problem})") from None
    return documents[0] if len(documents) == 1 else documents


_SECTIONS = {(lang, "") for lang in ("zh", "en", "fr", "es")}  # a key that is a language alone


def _flattened(value: Any) -> Any:
    """Language sections folded into their record: {"zh": {"name": "外交部"}, "en": {"name":
    "Ministry of Foreign Affairs"}} is {"zh_name": "外交部", "en_name": "Ministry of…"}, so
    that each field says its language, as ``records`` reads them."""
    if isinstance(value, list):
        return [_flattened(item) for item in value]
    if not isinstance(value, dict):
        return value
    folded: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for key, inner in value.items():
        if isinstance(inner, dict) and from_field(str(key)) in _SECTIONS:
            for name, text in inner.items():
                folded[f"{key}_{name}"] = _flattened(text)
        else:
            rest[key] = _flattened(inner)
    # the folded sections first, together: another language's object between them ("fra",
    # "hrv": {…}, "spa", "zho") would close the record ``records`` reads them in
    return {**folded, **rest}
