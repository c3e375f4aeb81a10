"""MateCat's glossary sheet (XLSX, written with openpyxl in write-only mode).

MateCat imports glossaries from XLSX only.  Columns A–D are the concept's: Forbidden (TRUE
for a row of deprecated terms), Domain (our subject field), Subdomain, Definition; then, for
each locale, its term and that term's Notes and Example of use (its most informative context
sentence, when the export keeps contexts: `--contexts 1`; none by default).
Locales must be full codes (en-US, zh-CN): the export preset maps ours, and languages without
one (generic zh-Hant, pinyin) are left out.  Synonyms go on further rows of the same domain;
deprecated terms on a row marked Forbidden.  Text that a spreadsheet would run as a formula
(= + - @ first) is stored unchanged, as a string cell marked quotePrefix (Excel's "text
typed with a leading apostrophe"): never a formula, and the value is the term itself.  Rows
are spooled to a temporary file until the locale set, which the header needs, is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import IO, Any

from glossary.fileio import spooled
from glossary.langtags import CAT_TAGS, display_key
from glossary.model import Concept, Term
from glossary.termbase.evidence import most_informative

NAME = "matecat"
SUFFIXES = (".xlsx",)
HELP = "XLSX sheet"
# MateCat wants full locales: English, French and Spanish get their usual regions.
TAGS = {**CAT_TAGS, "en": "en-US", "fr": "fr-FR", "es": "es-ES"}
BINARY = True
CONTEXTS = 0  # a CAT tool's layout: Example of use only when asked (export --contexts 1)
_LOCALE = re.compile(r"^[a-z]{2,3}-[A-Z]{2}$")
_FORMULA = re.compile(r"[=+\-@]")
CONCEPT_COLUMNS = ["Forbidden", "Domain", "Subdomain", "Definition"]
TERM_COLUMNS = ["Notes", "Example of use"]


def write(concepts: Iterable[Concept], out: IO[bytes]) -> int:
    from openpyxl import Workbook

    locales: set[str] = set()
    with spooled(map(_rows, concepts),
                 lambda rows: locales.update(lang for row in rows for lang in row["terms"])) as (
            count, records):
        ordered = sorted(locales, key=display_key)
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Glossary")
        sheet.append(CONCEPT_COLUMNS + [c for locale in ordered for c in [locale, *TERM_COLUMNS]])
        for rows in records:
            for row in rows:
                cells = [row["forbidden"], *row["concept"]]
                for locale in ordered:
                    cells += row["terms"].get(locale, ["", "", ""])
                sheet.append([_text_cell(sheet, c) if isinstance(c, str) else c for c in cells])
        workbook.save(out)
    return count


def _text_cell(sheet: Any, text: str) -> Any:
    """A cell holding `text` as a string, whatever it begins with (openpyxl would make a
    formula of "=…"); formula-like text is also marked quotePrefix."""
    from openpyxl.cell import WriteOnlyCell

    if not _FORMULA.match(text):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _rows(concept: Concept) -> list[dict[str, object]]:
    concept_cells = [concept.subject_field or "", "", concept.definition or ""]
    rows: list[dict[str, object]] = []
    for forbidden in (False, True):
        by_locale = {lang: [t for t in concept.terms_in(lang)
                            if bool(t.status and t.status.avoided) == forbidden]
                     for lang in concept.languages() if _LOCALE.match(lang)}
        for index in range(max((len(terms) for terms in by_locale.values()), default=0)):
            rows.append({"forbidden": forbidden, "concept": concept_cells,
                         "terms": {lang: _term_cells(terms[index])
                                   for lang, terms in by_locale.items() if index < len(terms)}})
    return rows


def _term_cells(term: Term) -> list[str]:
    notes = [term.status.value] if term.status else []
    notes += [f"review: {flag}" for flag in term.flags] + list(term.notes)
    # The most informative of the contexts the export kept (evidence.most_informative).
    example = next((e.context for e in most_informative(
        [e for e in term.evidence if e.context], 1, term.text)), "")
    return [term.text, "; ".join(notes), example]
