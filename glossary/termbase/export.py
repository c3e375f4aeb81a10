"""`glossary export`: a termbase in the format a CAT tool imports, with the tags it expects.

Inside the termbase Chinese is tagged by script (zh-Hans, zh-Hant-TW); CAT tools want region
codes (zh-CN, zh-TW), and Phrase matches them strictly.  Each format declares its preset
mapping (TAGS: langtags.CAT_TAGS for the termbase formats); the user's own `FROM=TO` pairs
override it.  Reading a file back maps the codes home again (langtags.canonical: zh-CN →
zh-Hans), so export → import → export gives the same bytes.  Nothing here names a format:
what differs between them, each format module declares (see formats/__init__.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from glossary.errors import InputError
from glossary.fileio import atomic_write
from glossary.langtags import canonical
from glossary.model import Concept, Status
from glossary.termbase.formats import DEFAULT, by_name, formats

DESCRIPTION = "Exported by glossary."


@dataclass(frozen=True)
class Exported:
    count: int
    unit: str  # what was counted, singular: concept, or line (omegat)


def tag_mapping(format_name: str, pairs: Iterable[str] = (), preset: bool = True) -> dict[str, str]:
    """The format's preset (unless `preset` is False) updated by "FROM=TO" pairs."""
    mapping = dict(getattr(by_name(format_name), "TAGS", {})) if preset else {}
    for pair in pairs:
        source, sep, target = pair.partition("=")
        if not sep or not target.strip():
            raise InputError(f"--tag wants FROM=TO, e.g. zh-Hans=zh-CN (got {pair!r})")
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


EXPORT_STATUSES: dict[str, Status | None] = {
    "preferred": Status.PREFERRED, "admitted": Status.ADMITTED, "deprecated": Status.DEPRECATED,
    "superseded": Status.SUPERSEDED, "needs-review": Status.NEEDS_REVIEW, "unmarked": None}


def statuses_for(format_name: str, names: Iterable[str] = ()) -> frozenset[Status | None]:
    """The statuses to export: those named ("all" for every one), else every one but needs
    review for a format CAT tools read (a translator's tool should not offer a truncated gloss
    as a term), every one for the others (a format declares CAT = False)."""
    wanted = [n.strip() for name in names for n in name.split(",") if n.strip()]
    if not wanted:
        cat = getattr(by_name(format_name), "CAT", True)
        return frozenset(s for s in EXPORT_STATUSES.values() if not cat or s is not Status.NEEDS_REVIEW)
    if "all" in wanted:
        return frozenset(EXPORT_STATUSES.values())
    unknown = [n for n in wanted if n not in EXPORT_STATUSES]
    if unknown:
        raise InputError(f"unknown status {unknown[0]!r} (known: {', '.join(EXPORT_STATUSES)}, all)")
    return frozenset(EXPORT_STATUSES[n] for n in wanted)


def with_status(concepts: Iterable[Concept], keep: frozenset[Status | None]) -> Iterator[Concept]:
    """Concepts with only the terms whose status is in `keep`; concepts left with no term are
    dropped.  (Rejected terms are not in a termbase at all.)"""
    for concept in concepts:
        terms = [t for t in concept.terms if t.status in keep]
        if len(terms) == len(concept.terms):
            yield concept
        elif terms:
            yield replace(concept, terms=terms)


def contexts_for(format_name: str, asked: int | str | None = None) -> int | None:
    """How many contexts a term keeps in an export (None: every one): as `asked` (a number, 0
    for none but the counts, or "all"), else the format's CONTEXTS (0 for the layouts made
    for one CAT tool: OmegaT shows every context in its glossary pane, so they get evidence
    only when asked), else evidence.DEFAULT_CONTEXTS."""
    from glossary.termbase.evidence import DEFAULT_CONTEXTS, parse_contexts

    if asked is not None:
        return parse_contexts(asked)
    return int(getattr(by_name(format_name), "CONTEXTS", DEFAULT_CONTEXTS))


def with_contexts(concepts: Iterable[Concept], limit: int | None) -> Iterator[Concept]:
    """Each term with its `limit` most informative contexts and its counts recorded
    (evidence.sampled)."""
    from glossary.termbase.evidence import sampled

    for concept in concepts:
        yield sampled(concept, limit)


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
    return DEFAULT


def export(concepts: Iterable[Concept], format_name: str, output: Path | None,
           mapping: dict[str, str], **options: Any) -> Exported:
    """Write `concepts` in `format_name` to `output` (whole or not at all) or to stdout.

    `options` are the export command's (source, target, neutralize…): each format's writer
    gets those it declares in OPTIONS.  A binary format is never written to a terminal."""
    module = by_name(format_name)
    wanted = getattr(module, "OPTIONS", ())
    if "description" in wanted:
        options.setdefault("description", DESCRIPTION)
    chosen = {key: value for key, value in options.items() if key in wanted}
    unit = getattr(module, "UNIT", "concept")
    items = retagged(concepts, mapping)
    if output is None:
        if getattr(module, "BINARY", False) and sys.stdout.isatty():
            raise InputError(f"{format_name} files are binary: give -o FILE, or redirect the "
                             "output to a file")
        count = module.write(items, sys.stdout.buffer, **chosen)
        sys.stdout.buffer.flush()
        return Exported(int(count), unit)
    with atomic_write(output) as handle:
        return Exported(int(module.write(items, handle, **chosen)), unit)
