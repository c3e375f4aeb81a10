"""`glossary export`: a termbase in the format a CAT tool imports, with the tags it expects.

Inside the termbase Chinese is tagged by script (zh-Hans, zh-Hant-TW); CAT tools want region
codes (zh-CN, zh-TW), and Phrase matches them strictly.  Each format has a preset mapping
(CAT_TAGS for the termbase formats); the user's own `FROM=TO` pairs override it.  Reading a
file back maps the codes home again (langtags.canonical: zh-CN → zh-Hans), so export →
import → export gives the same bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from glossary.errors import InputError
from glossary.fileio import atomic_write
from glossary.termbase.formats import by_name, formats
from glossary.langtags import ZH_HANS, ZH_HANT_HK, ZH_HANT_TW, canonical
from glossary.model import Concept

CAT_TAGS = {ZH_HANS: "zh-CN", ZH_HANT_TW: "zh-TW", ZH_HANT_HK: "zh-HK"}
PRESETS: dict[str, dict[str, str]] = {
    "tbx": CAT_TAGS, "tbx2": CAT_TAGS, "csv": CAT_TAGS,
    # MateCat wants full locales: English, French and Spanish get their usual regions.
    "matecat": {**CAT_TAGS, "en": "en-US", "fr": "fr-FR", "es": "es-ES"},
}
SPREADSHEET_FORMATS = frozenset({"csv"})


def tag_mapping(format_name: str, pairs: Iterable[str] = (), preset: bool = True) -> dict[str, str]:
    """The format's preset (unless `preset` is False) updated by "FROM=TO" pairs."""
    mapping = dict(PRESETS.get(format_name, {})) if preset else {}
    for pair in pairs:
        source, sep, target = pair.partition("=")
        if not sep or not target.strip():
            raise InputError(f"--lang wants FROM=TO, e.g. zh-Hans=zh-CN (got {pair!r})")
        canonical(target)  # an unknown target code is an error here, not in the CAT tool
        mapping[canonical(source)] = target.strip()
    return mapping


def only(concepts: Iterable[Concept], keep: Callable[[str], bool]) -> Iterator[Concept]:
    """Concepts with only the terms whose language `keep` accepts; concepts left with no
    term are dropped.  OmegaT, for one, offers every Chinese tag (pinyin too) as source."""
    for concept in concepts:
        terms = [t for t in concept.terms if keep(t.lang)]
        if terms:
            yield replace(concept, terms=terms)


def retagged(concepts: Iterable[Concept], mapping: dict[str, str]) -> Iterator[Concept]:
    for concept in concepts:
        if mapping:
            concept = replace(concept, terms=[replace(t, lang=mapping.get(t.lang, t.lang))
                                              for t in concept.terms])
        yield concept


def format_for(name: str | None, output: Path | None) -> str:
    """The --format given, else the one the output file's ending names, else TBX 2019."""
    if name:
        by_name(name)
        return name
    if output is not None:
        for module in formats().values():
            if output.name.lower().endswith(module.SUFFIXES):
                return str(module.NAME)
    return "tbx"


def export(concepts: Iterable[Concept], format_name: str, output: Path | None,
           mapping: dict[str, str], **options: Any) -> int:
    """Write `concepts` in `format_name` to `output` (whole or not at all) or to stdout.
    `options` go to the format's writer (source/target for omegat, neutralize for csv)."""
    module = by_name(format_name)
    if format_name in ("tbx", "tbx2"):
        options.setdefault("description", "Exported by glossary.")
    items = retagged(concepts, mapping)
    if output is None:
        count = module.write(items, sys.stdout.buffer, **options)
        sys.stdout.buffer.flush()
        return int(count)
    with atomic_write(output) as handle:
        return int(module.write(items, handle, **options))
