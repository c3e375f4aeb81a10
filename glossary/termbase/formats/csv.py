r"""The canonical CSV: one row per concept, one column per language tag; written and read.

Columns: ``id``, ``subject_field``, ``definition``, then for each language in the termbase
(zh-Hans, zh-Hant, zh-Hant-TW, zh-Hant-HK, zh-Latn-pinyin, en, fr, es, then any other) a
column of its terms and a ``<lang> status`` column with each term's status in the same order;
then ``types`` (``term: acronym`` for every term that is not a full form), ``flags``
(``term: flag``), ``occurrences`` (``term: 1043 in 12 documents``: how often each term was
seen), ``sources`` (``file:line``; with `contexts`, only the places of that many of the most
informative contexts: evidence.most_informative) and ``notes``.  A file without the
occurrences column (written before it existed) reads as well.  Synonyms in one cell are
separated by `` | `` (SEPARATOR), list items by ``; `` (LIST_SEPARATOR).  UTF-8 with BOM so
Excel detects the encoding; quoting by the csv module.

Escapes, so that any text survives the round trip: inside a cell of several items, a
backslash escapes the next character where that is ``\``, ``|``, ``;`` or ``:`` (``A \| B``
is the one term "A | B"; ``x\; y`` the one note "x; y"; in ``types`` and ``flags`` the term
before the first unescaped ``": "`` is the term, ``Xi\: thought: phrase``); a backslash
before anything else is itself (``C:\dir`` reads as written).  The writer escapes exactly
these.  Items are split at every unescaped ``|`` (terms, statuses) or ``;`` (lists), with one
space on either side of the separator belonging to it, so edge spaces of a term are kept and
``a|b`` typed in a spreadsheet is two terms.

Spreadsheets run cells that begin with = + - @ (or tab, CR) as formulas; `neutralize` (on by
default) prefixes such cells with an apostrophe, which Excel hides and the reader removes.
The reader removes one leading apostrophe before = + - @ ' tab or CR, so a cell whose text
itself begins so (``'=x``, ``''``) is written with one more apostrophe, neutralized or not;
``'s-Hertogenbosch`` is written as it is.

What a CSV cannot carry: the sentence around each source (evidence context), who found it
and with what confidence, and notes on single terms.  Reading gives every source to the
concept's first term that was seen (the first term when none says), so CSV → import → CSV is
identical; TBX or JSON Lines keep everything.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import IO

from glossary.errors import FormatError, LanguageError
from glossary.fileio import spooled
from glossary.langtags import CAT_TAGS, canonical, display_key
from glossary.model import Concept, Evidence, Status, Term, TermType, concept_id
from glossary.termbase.evidence import most_informative

NAME = "csv"
SUFFIXES = (".csv",)
HELP = "one row per concept"
TAGS = CAT_TAGS
OPTIONS = ("neutralize", "contexts")
SEPARATOR = " | "
LIST_SEPARATOR = "; "
_FIXED = ["id", "subject_field", "definition"]
_TRAILING = ["types", "flags", "occurrences", "sources", "notes"]
_TRAILING_BEFORE_COUNTS = ["types", "flags", "sources", "notes"]  # files written before
_COUNTS = re.compile(r"(?P<occurrences>\d+)(?: in (?P<documents>\d+) documents?)?")
_STATUS_SUFFIX = " status"
_FORMULA = re.compile(r"[=+\-@\t\r]|'[=+\-@\t\r']")
_NEUTRALIZED = re.compile(r"'(?=[=+\-@\t\r'])")
_ESCAPABLE = re.compile(r"([\\|;:])")
_UNESCAPE = re.compile(r"\\([\\|;:])")


def header(languages: list[str]) -> list[str]:
    return _FIXED + languages + [lang + _STATUS_SUFFIX for lang in languages] + _TRAILING


def row(concept: Concept, languages: list[str], contexts: int | None = None) -> list[str]:
    terms = {lang: concept.terms_in(lang) for lang in languages}
    # Keyed by text: terms spelled alike (zh-Hant and zh-Hant-TW often are) share an entry.
    types = list(dict.fromkeys(f"{_escape(t.text, ':')}: {_escape(t.type.value)}"
                               for t in concept.terms
                               if t.type not in (TermType.FULL_FORM, TermType.TRANSLITERATION)))
    flags = list(dict.fromkeys(f"{_escape(t.text, ':')}: {_escape(flag)}"
                               for t in concept.terms for flag in t.flags))
    counts = list(dict.fromkeys(f"{_escape(t.text, ':')}: {_counts(t)}"
                                for t in concept.terms if t.evidence or t.occurrences))
    # One cell for the concept: its `contexts` most informative places, not every one (a
    # cell of 560,921 characters is more than the csv module reads).
    evidence = list(dict.fromkeys(e for t in concept.terms for e in t.evidence if e.file))
    sources = sorted({(e.file, e.line) for e in most_informative(evidence, contexts)})
    return (
        [concept.id, concept.subject_field or "", concept.definition or ""]
        + [SEPARATOR.join(_escape(t.text) for t in terms[lang]) for lang in languages]
        + [SEPARATOR.join(t.status.value if t.status else "" for t in terms[lang])
           for lang in languages]
        + [LIST_SEPARATOR.join(types), LIST_SEPARATOR.join(flags), LIST_SEPARATOR.join(counts),
           LIST_SEPARATOR.join(_escape(f"{file}:{line}") for file, line in sources),
           LIST_SEPARATOR.join(_escape(note) for note in concept.notes)]
    )


def _counts(term: Term) -> str:
    occurrences, documents = term.counts()
    if not documents:
        return str(occurrences)
    return f"{occurrences} in {documents} document{'' if documents == 1 else 's'}"


def _escape(text: str, also: str = "") -> str:
    """An item of a several-item cell with its backslashes and separators escaped (see the
    module docstring); `also` is ":" for the term of a ``term: value`` pair."""
    return _ESCAPABLE.sub(lambda m: "\\" + m[1] if m[1] in "\\|;" + also else m[1], text)


def neutralized(cell: str) -> str:
    return "'" + cell if _FORMULA.match(cell) else cell


def _marked(cell: str) -> str:
    """Not neutralized, but a leading apostrophe the reader would remove is doubled."""
    return "'" + cell if _NEUTRALIZED.match(cell) else cell


def write(concepts: Iterable[Concept], out: IO[bytes], neutralize: bool = True,
          contexts: int | None = None) -> int:
    """Write the canonical CSV, streaming.  The header needs every language first, so the
    rows go to a temporary file on the way (memory stays flat at a million concepts).
    `contexts`: the number of sources a concept keeps (None: every one)."""
    languages: set[str] = set()
    with spooled((_cells(c, contexts) for c in concepts),
                 lambda cells: languages.update(cells["terms"])) as (
            count, records):
        ordered = sorted(languages, key=display_key)
        text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(header(ordered))
        for record in records:
            cells = _row(record, ordered)
            writer.writerow([neutralized(c) if neutralize else _marked(c) for c in cells])
        text.flush()
        text.detach()
    return count


def _cells(concept: Concept, contexts: int | None) -> dict[str, object]:
    """A concept's cells, languages by tag: what row() gives once the columns are known."""
    languages = sorted({t.lang for t in concept.terms}, key=display_key)
    cells, n = row(concept, languages, contexts), len(languages)
    return {"fixed": cells[:3], "terms": dict(zip(languages, cells[3:3 + n])),
            "statuses": dict(zip(languages, cells[3 + n:3 + 2 * n])),
            "trailing": cells[-len(_TRAILING):]}


def _row(cells: dict, languages: list[str]) -> list[str]:  # type: ignore[type-arg]
    return (cells["fixed"] + [cells["terms"].get(lang, "") for lang in languages]
            + [cells["statuses"].get(lang, "") for lang in languages] + cells["trailing"])


def read(source: IO[bytes], name: str = "CSV") -> Iterator[Concept]:
    """Concepts from a canonical CSV (ours, or one edited in a spreadsheet).  Columns are
    taken by position, so a language column given twice keeps the terms of both (its status
    columns pair up in order); a row without an id (added in a spreadsheet) gets one made from
    its terms."""
    text = io.TextIOWrapper(source, encoding="utf-8-sig", newline="")
    try:
        rows = csv.reader(text, strict=True)
        columns = next(rows, None)
        if columns is None:
            raise FormatError(f"{name}: empty file")
        layout = _layout(columns, name)
        trailing = _trailing(columns)
        made: set[str] = set()
        for number, cells in enumerate(rows, 2):
            if not any(cells):
                continue
            if len(cells) != len(columns):
                raise FormatError(f"{name}: line {number}: {len(cells)} cells, "
                                  f"the header has {len(columns)}")
            restored = [_restored(cell) for cell in cells]
            if trailing is _TRAILING_BEFORE_COUNTS:  # no occurrences column: none recorded
                restored[-2:-2] = [""]
            concept = _concept(restored, layout, name, number)
            if not concept.id:
                concept.id = _made_id(concept, number, made)
            yield concept
    except UnicodeDecodeError as err:
        raise FormatError(f"{name}: not UTF-8 (byte {err.start})") from None
    except csv.Error as err:
        raise FormatError(f"{name}: line {rows.line_num}: {err}") from None
    finally:
        text.detach()


def _restored(cell: str) -> str:
    return cell[1:] if _NEUTRALIZED.match(cell) else cell


def _made_id(concept: Concept, number: int, made: set[str]) -> str:
    """An id for a row that has none, from its terms (the same row gets the same id in every
    import), with the line number when another row of the file has the same terms."""
    key = "csv:" + "\n".join(f"{t.lang}\t{t.text}" for t in concept.terms)
    made_id = concept_id(key)
    if made_id in made:
        made_id = concept_id(f"{key}\n{number}")
    made.add(made_id)
    return made_id


def _trailing(columns: list[str]) -> list[str] | None:
    for trailing in (_TRAILING, _TRAILING_BEFORE_COUNTS):
        if columns[-len(trailing):] == trailing:
            return trailing
    return None


def _layout(columns: list[str], name: str) -> list[tuple[str, int, int]]:
    """(language tag, its column, its status column) for each language column of the header,
    by position: the k-th column named L pairs with the k-th column named "L status"."""
    trailing = _trailing(columns)
    if trailing is None or len(columns) < len(_FIXED) + len(trailing) or columns[:3] != _FIXED:
        raise FormatError(f"{name}: not a glossary CSV (the header must start with "
                          f"{', '.join(_FIXED)} and end with {', '.join(_TRAILING)})")
    middle = range(3, len(columns) - len(trailing))
    statuses: dict[str, list[int]] = {}
    for position in middle:
        if columns[position].endswith(_STATUS_SUFFIX):
            statuses.setdefault(columns[position][:-len(_STATUS_SUFFIX)], []).append(position)
    layout = []
    for position in middle:
        column = columns[position]
        if column.endswith(_STATUS_SUFFIX):
            continue
        if not statuses.get(column):
            raise FormatError(f"{name}: column {column!r} has no {column + _STATUS_SUFFIX!r}")
        try:
            tag = canonical(column)
        except LanguageError:
            tag = column  # kept as written: importing refuses it, naming it
        layout.append((tag, position, statuses[column].pop(0)))
    return layout


def _pairs(cell: str) -> list[tuple[str, str]]:
    """(term, value) of each ``term: value`` item, split at the first unescaped ": "."""
    pairs = []
    for item in _items(cell, ";"):
        key = _first_unescaped(item, ": ")
        if key is not None:
            pairs.append((_unescape(item[:key]), _unescape(item[key + 2:])))
    return pairs


def _split(cell: str, separator: str) -> list[str]:
    """The items of a several-item cell, unescaped ("" gives none)."""
    return [_unescape(item) for item in _items(cell, separator.strip())]


def _items(cell: str, mark: str) -> list[str]:
    """The still escaped items of `cell` split at each unescaped `mark`; one space on either
    side of a mark belongs to the separator."""
    if not cell:
        return []
    items, start, at = [], 0, 0
    while at < len(cell):
        if cell[at] == "\\":
            at += 2
            continue
        if cell[at] == mark:
            items.append(cell[start:at])
            start = at + 1
        at += 1
    items.append(cell[start:])
    last = len(items) - 1
    return [item[1 if i and item.startswith(" ") else 0:
                 len(item) - (1 if i < last and item.endswith(" ") else 0)]
            for i, item in enumerate(items)]


def _first_unescaped(item: str, mark: str) -> int | None:
    at = 0
    while at < len(item):
        if item[at] == "\\":
            at += 2
            continue
        if item.startswith(mark, at):
            return at
        at += 1
    return None


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(lambda m: m[1], text)


def _concept(cells: list[str], layout: list[tuple[str, int, int]], name: str,
             number: int) -> Concept:
    concept_id_cell, subject_field, definition = cells[:3]
    type_cell, flag_cell, count_cell, source_cell, note_cell = cells[-5:]
    types = dict(_pairs(type_cell))
    flags: dict[str, list[str]] = {}
    for text, flag in _pairs(flag_cell):
        if flag not in flags.setdefault(text, []):
            flags[text].append(flag)
    terms = []
    for lang, column, status_column in layout:
        texts = _split(cells[column], SEPARATOR)
        statuses = cells[status_column].split(SEPARATOR.strip())
        for position, text in enumerate(texts):
            status = statuses[position].strip() if position < len(statuses) else ""
            try:
                terms.append(Term(
                    text, lang,
                    TermType(types.get(text, "transliteration" if lang.endswith("-pinyin")
                                       else "fullForm")),
                    Status(status) if status else None, tuple(flags.get(text, ()))))
            except ValueError as err:
                raise FormatError(f"{name}: line {number}: {err}") from None
    sources = tuple(Evidence(*_source(s), "", "", 1.0) for s in _split(source_cell,
                                                                        LIST_SEPARATOR))
    counts = {text: _COUNTS.fullmatch(value.strip()) for text, value in _pairs(count_cell)}
    if terms and sources:
        seen = next((i for i, t in enumerate(terms) if counts.get(t.text)), 0)
        terms[seen] = replace(terms[seen], evidence=sources)
    for position, term in enumerate(terms):
        if counted := counts.get(term.text):
            terms[position] = term.counted(int(counted["occurrences"]),
                                           int(counted["documents"] or 0))
    return Concept(id=concept_id_cell, terms=sorted(terms, key=lambda t: display_key(t.lang)),
                   subject_field=subject_field or None, definition=definition or None,
                   notes=tuple(_split(note_cell, LIST_SEPARATOR)))


def _source(text: str) -> tuple[str, int]:
    file, _, line = text.rpartition(":")
    return (file, int(line)) if file and line.isdigit() else (text, 0)
