"""The canonical CSV: one row per concept, one column per language tag.

Columns: ``id``, ``subject_field``, ``definition``, then for each language in the termbase
(zh-Hans, zh-Hant, zh-Hant-TW, zh-Hant-HK, zh-Latn-pinyin, en, fr, es, then any other) a
column of its terms and a ``<lang> status`` column with each term's status in the same order;
then ``flags`` (``term: flag``), ``sources`` (``file:line``) and ``notes``.  Synonyms in one
cell are separated by `` | `` (SEPARATOR).  UTF-8 with BOM so Excel detects the encoding;
quoting by the csv module.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import IO

from glossary.langtags import display_key
from glossary.model import Concept

NAME = "csv"
SUFFIXES = (".csv",)
SEPARATOR = " | "
LIST_SEPARATOR = "; "


def header(languages: list[str]) -> list[str]:
    return (["id", "subject_field", "definition"] + languages
            + [f"{lang} status" for lang in languages] + ["flags", "sources", "notes"])


def row(concept: Concept, languages: list[str]) -> list[str]:
    terms = {lang: concept.terms_in(lang) for lang in languages}
    flags = [f"{t.text}: {flag}" for t in concept.terms for flag in t.flags]
    sources = sorted({f"{e.file}:{e.line}" for t in concept.terms for e in t.evidence},
                     key=lambda s: (s.rsplit(":", 1)[0], int(s.rsplit(":", 1)[1])))
    return (
        [concept.id, concept.subject_field or "", concept.definition or ""]
        + [SEPARATOR.join(t.text for t in terms[lang]) for lang in languages]
        + [SEPARATOR.join(t.status.value if t.status else "" for t in terms[lang])
           for lang in languages]
        + [LIST_SEPARATOR.join(flags), LIST_SEPARATOR.join(sources),
           LIST_SEPARATOR.join(concept.notes)]
    )


def write(concepts: Iterable[Concept], out: IO[bytes]) -> int:
    """Write the canonical CSV.  Needs the language set first, so it holds the concepts."""
    concepts = list(concepts)
    languages = sorted({t.lang for c in concepts for t in c.terms}, key=display_key)
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header(languages))
    for concept in concepts:
        writer.writerow(row(concept, languages))
    text.flush()
    text.detach()
    return len(concepts)
