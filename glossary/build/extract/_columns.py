"""Which Latin columns of a table translate its Chinese column, by evidence.

A glossary exported from a database keeps columns besides the term's translation: the
country an entity is in, a category, a domain ("省道,provincial road,People's Republic of
China").  Read row by row, each Latin cell would be taken for a rendering of the Chinese.
Over a run of rows with the same columns, the dictionary's evidence (``scorer``) says which
column translates: a column whose cells link to the Chinese less than half as well as the
best one's is a note, left out of every row of the run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


def note_columns(document: Document,
                 row_of: Callable[[str], Sequence[_Cell]]) -> dict[Key, frozenset[int]]:
    """For each row of a table with one Chinese and several Latin columns, the columns that
    do not translate the Chinese (none where every Latin column does as well)."""
    rows: list[tuple[Key, tuple[str, ...], Sequence[_Cell]]] = []
    for index, paragraph in enumerate(document.paragraphs):
        for offset, line in paragraph.source_lines():
            if line.count("|") < 2:  # fewer than three cells (the delimited reader's bars)
                rows.append(((index, offset), (), ()))
                continue
            row = row_of(line)
            rows.append(((index, offset), tuple(c.kind for c in row), row))
    found: dict[Key, frozenset[int]] = {}
    start = 0
    while start < len(rows):
        end = start + 1
        while end < len(rows) and rows[end][1] == rows[start][1]:
            end += 1
        kinds = rows[start][1]
        if end - start >= _RUN and kinds.count("zh") == 1 and kinds.count("latin") >= 2:
            notes = _notes(document, kinds, [row for _, _, row in rows[start:end]])
            if notes:
                found.update((key, notes) for key, _, _ in rows[start:end])
        start = end
    return found


def _notes(document: Document, kinds: tuple[str, ...],
           rows: list[Sequence[_Cell]]) -> frozenset[int]:
    from glossary.build.language import span_language
    from glossary.build.scorer import translation_evidence

    zh = kinds.index("zh")
    sample = rows[:_SAMPLE]
    means = {}
    for column, kind in enumerate(kinds):
        if kind == "latin":  # each column measured in its own language (a French column)
            lang = span_language(" ; ".join(row[column].text for row in sample[:10]),
                                 default=document.latin_language)
            means[column] = sum(translation_evidence(row[zh].text, row[column].text, lang)[0]
                                for row in sample) / len(sample)
    best = max(means.values())
    return frozenset(c for c, mean in means.items() if best > 0 and mean < best / 2)
