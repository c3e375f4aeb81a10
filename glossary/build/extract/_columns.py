"""Which Latin columns of a table translate which Chinese column, by evidence.

A glossary exported from a database keeps columns besides the term's translation: the
country an entity is in, a category, a domain ("省道,provincial road,People's Republic of
China").  Read row by row, each Latin cell would be taken for a rendering of the Chinese.
Over a run of rows with the same columns, the dictionary's evidence (``scorer``) says which
column translates: a column whose cells link to the Chinese less than half as well as the
best one's is a note, left out of every row of the run.  A wide table with several Chinese
columns (short and formal names) has a plan instead: each Latin column's language and the
Chinese column it translates (``layout``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from glossary.build.documents import Document


class _Cell(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> str: ...


Key = tuple[int, int]  # (paragraph index, line offset)
_RUN = 3  # rows with the same columns that make a table
_SAMPLE = 40  # rows of a run the evidence is measured on


@dataclass(frozen=True)
class Plan:
    """What a run of rows with several Chinese columns says of its Latin columns: each one's
    language, and the Chinese column it translates."""

    languages: dict[int, str]
    chinese: dict[int, int]  # Latin column → the Chinese column it translates


def layout(document: Document, row_of: Callable[[str], Sequence[_Cell]]
           ) -> tuple[dict[Key, frozenset[int]], dict[Key, Plan]]:
    """For each row of a table, the columns that are notes (a table with one Chinese and
    several Latin columns: those that do not translate the Chinese), and the plan of a wide
    multilingual table with several Chinese columns and no header (a terminology database's
    export: short and formal names in English, French, Spanish, Chinese… "Chile,Chili
    (le),Chile,…,智利,…,the Republic of Chile,…,智利共和国").  In a plan, a column's
    language is the one its cells show where they show one (an article: "Chine (la)",
    "Comoras (las)"), as a single short name cannot; each Latin column translates the
    Chinese column the dictionary links it to best over the run."""
    notes: dict[Key, frozenset[int]] = {}
    found: dict[Key, Plan] = {}
    for keys, kinds, rows in _runs(document, row_of):
        if kinds.count("latin") < 2:
            continue
        if kinds.count("zh") == 1:
            columns, languages = _notes(document, kinds, rows)
            if columns:
                notes.update((key, columns) for key in keys)
            zh = kinds.index("zh")
            plan = Plan({c: lang for c, lang in languages.items() if c not in columns},
                        {c: zh for c in languages if c not in columns})
            if len(plan.chinese) >= 2:  # several languages: each column's, read over the run
                found.update((key, plan) for key in keys)
        elif kinds.count("zh") > 1:
            plan = _plan(document, kinds, rows)
            found.update((key, plan) for key in keys)
    return notes, found


def _plan(document: Document, kinds: tuple[str, ...], rows: list[Sequence[_Cell]]) -> Plan:
    from glossary.build.scorer import translation_evidence

    default = document.latin_language
    sample = rows[:_SAMPLE]
    chinese = [c for c, kind in enumerate(kinds) if kind == "zh"]
    languages: dict[int, str] = {}
    best: dict[int, int] = {}
    for column, kind in enumerate(kinds):
        if kind != "latin":
            continue
        languages[column] = _language([row[column].text for row in sample], default)
        means = {c: sum(translation_evidence(row[c].text, row[column].text,
                                             languages[column])[0] for row in sample)
                 for c in chinese}
        best[column] = max(chinese, key=lambda c: (means[c], -c))
    return Plan(languages, best)


def _language(cells: list[str], default: str) -> str:
    """A column's language: the one its names' articles say ("Chine (la)"), else one other
    than the document's that a fifth of its cells show (short names look English in any
    language), else the document's."""
    from glossary.build.language import span_language

    cued = Counter(_ARTICLES[found[1].casefold()] for text in cells
                   if (found := _ARTICLE_AFTER.search(text)))
    if cued:
        return cued.most_common(1)[0][0]
    shown = Counter(span_language(text, text, default) for text in cells)
    count, lang = max(((n, lang) for lang, n in shown.items() if lang != default),
                      default=(0, default))
    return lang if count and count * 5 >= len(cells) else default


# A terminology database's short name keeps its article after it: "Chine (la)", "Congo (el)"
_ARTICLE_AFTER = re.compile(r"\((the|le|la|les|l'|el|los|las)\)\s*$", re.IGNORECASE)
_ARTICLES = {"the": "en", "le": "fr", "la": "fr", "les": "fr", "l'": "fr", "el": "es",
             "los": "es", "las": "es"}


def _runs(document: Document, row_of: Callable[[str], Sequence[_Cell]]
          ) -> Iterator[tuple[list[Key], tuple[str, ...], list[Sequence[_Cell]]]]:
    """Runs of _RUN rows or more with the same kinds of cells: (their keys, the kinds, the
    rows)."""
    rows: list[tuple[Key, tuple[str, ...], Sequence[_Cell]]] = []
    for index, paragraph in enumerate(document.paragraphs):
        for offset, line in paragraph.source_lines():
            if line.count("|") < 2:  # fewer than three cells (the delimited reader's bars)
                rows.append(((index, offset), (), ()))
                continue
            row = row_of(line)
            rows.append(((index, offset), tuple(c.kind for c in row), row))
    start = 0
    while start < len(rows):
        end = start + 1
        while end < len(rows) and rows[end][1] == rows[start][1]:
            end += 1
        if end - start >= _RUN and rows[start][1]:
            yield ([key for key, _, _ in rows[start:end]], rows[start][1],
                   [row for _, _, row in rows[start:end]])
        start = end


def _column_language(cells: list[str], default: str) -> str:
    """A Latin column's language: the one the detector is sure of over its cells together
    (Spanish spells a cell like French, a column of them apart), else as a span's."""
    from glossary.build.language import confidences, span_language

    joined = " ; ".join(cells)
    scores = confidences(joined)
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= _SURE else span_language(joined, default=default)


_SURE = 0.9


def _notes(document: Document, kinds: tuple[str, ...], rows: list[Sequence[_Cell]]
           ) -> tuple[frozenset[int], dict[int, str]]:
    """The Latin columns that are notes, and each Latin column's language, read from ten of
    its cells together (one cell, "artilleria", says less than a column of them)."""
    from glossary.build.scorer import translation_evidence

    zh = kinds.index("zh")
    sample = rows[:_SAMPLE]
    means = {}
    languages = {}
    for column, kind in enumerate(kinds):
        if kind == "latin":  # each column measured in its own language (a French column)
            lang = languages[column] = _column_language(
                [row[column].text for row in sample[:10]], document.latin_language)
            means[column] = sum(translation_evidence(row[zh].text, row[column].text, lang)[0]
                                for row in sample) / len(sample)
    best = max(means.values())
    return frozenset(c for c, mean in means.items() if best > 0 and mean < best / 2), languages
