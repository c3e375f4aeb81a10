"""Normalization: what every term gets at build time (script variants, pinyin, search keys)."""

from __future__ import annotations

from typing import Any


def normalize(text: str, proper: bool | None = None) -> dict[str, Any]:
    """Every normalized form of one term: Chinese gets script variants, pinyin and what needs
    review (ambiguous conversions, readings that disagree), any other text its search key.
    What `glossary normalize` prints.  `proper` True capitalises every pinyin word; None
    lets the Chinese decide (a named body or meeting is capitalised)."""
    from glossary.han import han_count
    from glossary.normalize.keys import fold

    if han_count(text):
        from glossary.normalize.chinese import chinese_forms

        return {"text": text, **chinese_forms(text, proper=proper)}
    return {"text": text, "key": fold(text)}
