"""Concepts shown to people (compact text blocks) and to scripts (JSON objects, TSV rows).

A block puts the Chinese first, as translators scan for it: Simplified, Traditional where it
differs, pinyin; then one line per other term with its status and type; review flags; and
where the terms were found.  Colour marks status only, and only when asked (a terminal).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from glossary.langtags import PINYIN, ZH_HANS, ZH_HANT, ZH_HANT_HK, ZH_HANT_TW
from glossary.model import Status, Term, TermType
from glossary.termbase.formats.jsonl import to_dict
from glossary.termbase.lookup import Hit

if TYPE_CHECKING:
    from glossary.termbase.evidence import Evidenced

LangFilter = Callable[[str], bool]
_HEADER_TAGS = (ZH_HANS, ZH_HANT, PINYIN)
_STATUS_COLOUR = {Status.PREFERRED: "green", Status.ADMITTED: None, Status.NEEDS_REVIEW: "yellow",
                  Status.DEPRECATED: "red", Status.SUPERSEDED: "red"}
_MAX_SOURCES = 4
TSV_FIELDS = ("query", "concept", "match", "lang", "text", "type", "status", "flags")


def _every(tag: str) -> bool:
    return True


def text_block(hit: Hit, langs: LangFilter = _every, colour: bool = False) -> str:
    """A few lines a translator can read at a glance; `langs` limits the terms shown."""
    import click

    def style(text: str, **how: Any) -> str:
        return click.style(text, **how) if colour else text

    concept = hit.concept
    header = _unique(t.text for tag in _HEADER_TAGS for t in concept.terms_in(tag))
    if concept.terms_in(ZH_HANS) and not concept.terms_in(ZH_HANT):
        # A termbase we did not build may lack Traditional forms; show them anyway (derived).
        from glossary.normalize.script import convert

        header[1:1] = _unique(convert(t.text, "s2t") for t in concept.terms_in(ZH_HANS))
        header = _unique(header)
    if not header:
        header = [concept.terms[0].text] if concept.terms else [concept.id]
    lines = [style("  ".join(header), bold=True)
             + style(f"   [{hit.match.label}: {hit.term.text}]", dim=True)]
    shown = [t for t in concept.terms if langs(t.lang) and not _in_header(t, concept)]
    for term in shown:
        status = term.status.value if term.status else "—"
        kind = "" if term.type == TermType.FULL_FORM else f", {term.type.value}"
        colour_name = _STATUS_COLOUR.get(term.status) if term.status else None
        lines.append(f"  {term.lang:<10} {term.text}  "
                     + style(f"({status}{kind})", fg=colour_name))
    flags = _unique(f"{flag} ({t.lang} {t.text})" for t in concept.terms if langs(t.lang)
                    for flag in t.flags)
    if flags:
        lines.append(style("  review: " + "; ".join(flags), fg="yellow"))
    sources = _unique(f"{e.file}:{e.line}" if e.line else e.file
                      for t in concept.terms for e in t.evidence if e.file)
    if sources:
        # The evidence shown is a sample of it: the counts say how much more there is.
        seen = max((t.counts() for t in concept.terms), default=(0, 0))
        more = (f" (seen {_times(*seen)}: lookup --evidence lists them)"
                if seen[0] > min(len(sources), _MAX_SOURCES) else "")
        lines.append(style("  sources: " + ", ".join(sources[:_MAX_SOURCES]) + more, dim=True))
    return "\n".join(lines)


def _times(occurrences: int, documents: int) -> str:
    seen = f"{occurrences} time{'' if occurrences == 1 else 's'}"
    return seen + (f" in {documents} document{'' if documents == 1 else 's'}" if documents else "")


def evidence_block(found: Evidenced, langs: LangFilter = _every, colour: bool = False) -> str:
    """The concept's first line, then each place its terms were seen (file:line, the terms
    seen there) with the sentence, and what the termbase does not hold (a file that keeps a
    sample of the contexts says how many there were)."""
    import click

    def dim(text: str) -> str:
        return click.style(text, dim=True) if colour else text

    lines = [text_block(found.hit, langs, colour).split("\n")[0]]
    places: dict[tuple[str, int, str], list[str]] = {}
    for row in found.rows:
        if langs(row.lang):
            place = (row.evidence.file, row.evidence.line, row.evidence.context)
            places.setdefault(place, [])
            if row.term not in places[place]:
                places[place].append(row.term)
    for (file, line, context), terms in places.items():
        where = f"{file}:{line}" if line else (file or "(no source)")
        lines.append(f"  {where}  " + dim(f"({', '.join(terms)})"))
        if context:
            lines.append(f"      {' '.join(context.split())}")
    seen = [f"{t.text} {_times(*t.counts())}" for t in found.hit.concept.terms
            if langs(t.lang) and (t.evidence or t.occurrences)]
    lines.append(dim(f"  {len(places)} place{'' if len(places) == 1 else 's'}"
                     + ("; seen: " + ", ".join(seen) if seen else "")))
    missing = [f"{term.text} {shown}" for term, shown in found.missing() if langs(term.lang)]
    if missing:
        lines.append(dim("  this termbase keeps a few contexts of: " + ", ".join(missing)
                         + " occurrences (the termbase it was exported from has them all)"))
    return "\n".join(lines)


def evidence_blocks(found: Iterable[Evidenced], langs: LangFilter = _every, colour: bool = False,
                    spaced: bool = False) -> str:
    return "\n\n".join(evidence_block(f, langs, colour) for f in found) + ("\n" if spaced else "")


def evidence_json(results: Iterable[tuple[str, list[Evidenced]]],
                  langs: LangFilter = _every) -> str:
    """For each concept found: its id, the match, each term's counts, and every occurrence
    (one object per term and place)."""
    return json.dumps([{
        "query": query, "id": found.hit.concept.id,
        "match": {"kind": found.hit.match.label, "lang": found.hit.term.lang,
                  "text": found.hit.term.text},
        "terms": [{"lang": t.lang, "text": t.text, "occurrences": t.counts()[0],
                   "documents": t.counts()[1]}
                  for t in found.hit.concept.terms if langs(t.lang)],
        "evidence": [{"lang": row.lang, "term": row.term, "file": row.evidence.file,
                      "line": row.evidence.line, "context": row.evidence.context,
                      "extractor": row.evidence.extractor,
                      "confidence": row.evidence.confidence}
                     for row in found.rows if langs(row.lang)]}
        for query, every in results for found in every], ensure_ascii=False, indent=2)


EVIDENCE_TSV_FIELDS = ("query", "concept", "lang", "term", "file", "line", "extractor",
                       "confidence", "context")


def evidence_tsv(results: Iterable[tuple[str, list[Evidenced]]],
                 langs: LangFilter = _every) -> str:
    """One row per occurrence of each term shown."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(EVIDENCE_TSV_FIELDS)
    for query, every in results:
        for found in every:
            for row in found.rows:
                if langs(row.lang):
                    e = row.evidence
                    writer.writerow((query, row.concept, row.lang, row.term, e.file, e.line,
                                     e.extractor, e.confidence, " ".join(e.context.split())))
    return buffer.getvalue()


def text_blocks(hits: Iterable[Hit], langs: LangFilter = _every, colour: bool = False,
                spaced: bool = False) -> str:
    """The hits of one query, a blank line between blocks (and after them, at a prompt)."""
    return "\n\n".join(text_block(hit, langs, colour) for hit in hits) + ("\n" if spaced else "")


def normalized_value(value: Any) -> str:
    """One value of `glossary normalize` on a line: lists joined, review items spelled out
    (发 → 發/髮; 为 wei4 (CC-CEDICT) / wei2 (pypinyin))."""
    if not isinstance(value, list):
        return str(value)
    shown = []
    for item in value:
        if isinstance(item, dict) and "options" in item:
            shown.append(f"{item['char']} → {'/'.join(item['options'])}")
        elif isinstance(item, dict):
            shown.append(f"{item['char']} {item['used']} ({item['by']}) / "
                         f"{item['other']} ({item['other_by']})")
        else:
            shown.append(str(item))
    return "; ".join(shown) if any(isinstance(i, dict) for i in value) else ", ".join(shown)


def no_match(query: str, near: list[str]) -> str:
    return f"No match for {query!r}." + (" Did you mean: " + ", ".join(near) + "?" if near else "")


def json_list(results: Iterable[tuple[str, list[Hit]]], langs: LangFilter = _every) -> str:
    """Every hit of every query as one JSON list (to_json's objects)."""
    return json.dumps([to_json(hit, langs, query) for query, hits in results for hit in hits],
                      ensure_ascii=False, indent=2)


def to_json(hit: Hit, langs: LangFilter = _every, query: str = "") -> dict[str, Any]:
    """The concept as formats.jsonl writes it (terms limited by `langs`), with the match."""
    data = to_dict(hit.concept)
    data["terms"] = [t for t in data["terms"] if langs(t["lang"])]
    data["match"] = {"query": query, "kind": hit.match.label, "lang": hit.term.lang, "text": hit.term.text,
                     "score": round(hit.score, 1)}
    return data


def tsv(results: Iterable[tuple[str, list[Hit]]], langs: LangFilter = _every) -> str:
    """One row per shown term: query, concept id, match kind, lang, text, type, status, flags."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(TSV_FIELDS)
    for query, hits in results:
        for hit in hits:
            for term in hit.concept.terms:
                if langs(term.lang):
                    writer.writerow((query, hit.concept.id, hit.match.label, term.lang, term.text,
                                     term.type.value, term.status.value if term.status else "",
                                     " ".join(term.flags)))
    return buffer.getvalue()


def _in_header(term: Term, concept: Any) -> bool:
    """Chinese forms already in the header line: the Simplified, zh-Hant and pinyin terms, and
    regional Traditional forms identical to zh-Hant.  Anything flagged is shown in full."""
    if term.flags:
        return False
    if term.lang in _HEADER_TAGS:
        return True
    if term.lang in (ZH_HANT_TW, ZH_HANT_HK):
        return term.text in {t.text for t in concept.terms_in(ZH_HANT)}
    return False


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
