"""`glossary check`: does a translation use the approved renderings, and consistently?

For each segment, the termbase's source-language terms found in the source (termfind) are
looked for in the target, in the target language:
- deprecated — a rendering the termbase marks deprecated is used (the finding names the
  approved ones);
- missing — none of the concept's approved renderings (every target-language term not marked
  deprecated) is used;
- inconsistent — across the job, one source term is rendered by different approved full
  renderings (an acronym beside its full form is not counted); the segments that differ from
  the most frequent one are reported;
- spelling — an approved rendering is used in another spelling of the same language
  (organisations for organizations): milder than missing, and reported as such.
A file with several translations per unit (a zh/fr/en TMX) is checked against the target
language asked for, not against whichever comes first.  Findings listed in an ignore file
(check.ignore) are left out and counted.
A concept with no term in the target language has nothing to check against and is skipped.
Codes are stable: scripts and CI can rely on them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.check.termfind import Finder, contains
from glossary.errors import InputError
from glossary.langtags import canonical_or, primary
from glossary.model import Concept, Segment, Term, TermType

if TYPE_CHECKING:
    from glossary.termbase import Termbase

MISSING, DEPRECATED, INCONSISTENT, SPELLING = "missing", "deprecated", "inconsistent", "spelling"


@dataclass(frozen=True)
class Finding:
    code: str
    segment: Segment
    term: str  # the source term found
    expected: tuple[str, ...]  # approved renderings
    found: str  # the rendering used ("" when none)
    concept_id: str


@dataclass(frozen=True)
class Code:
    """A check's code, in one place: what it means, and how one finding reads in a report."""

    name: str
    meaning: str
    describe: Callable[[Finding], str]


def _expected(finding: Finding) -> str:
    return " / ".join(finding.expected)


# The registry of codes, in report order; reports, summaries and sorting all read it.
CODES: dict[str, Code] = {code.name: code for code in (
    Code(MISSING, "none of the approved renderings of a source term is in the target",
         lambda f: f"expected {_expected(f)}"),
    Code(DEPRECATED, "a rendering the termbase marks deprecated is used",
         lambda f: f"uses deprecated {f.found!r}; use {_expected(f)}"),
    Code(INCONSISTENT, "one source term rendered differently across the job",
         lambda f: f"rendered {f.found!r}; elsewhere {_expected(f)}"),
    Code(SPELLING, "an approved rendering used in another spelling of the language",
         lambda f: f"spells it {f.found!r}; the termbase has {_expected(f)}"),
)}


@dataclass(frozen=True)
class Report:
    segments: int
    checked: int  # segments with at least one termbase term in the source
    findings: tuple[Finding, ...]
    source_lang: str
    target_lang: str
    ignored: int = 0  # findings left out because the ignore list names them
    files: tuple[str, ...] = ()
    termbase: str = ""

    def summary(self) -> dict[str, int]:
        counts = Counter(f.code for f in self.findings)
        return {code: counts.get(code, 0) for code in CODES}


_ORDER = {name: number for number, name in enumerate(CODES)}


def check_files(files: Iterable[Path], termbase: Termbase, source_lang: str | None = None,
                target_lang: str | None = None, ignore: Path | None = None) -> Report:
    """Check bilingual files (any format bitext reads) against a termbase; the languages
    given (any spelling langtags knows) stand in for those the files do not say, and choose
    the target of a file with several.  Findings the `ignore` file lists are left out."""
    from glossary import bitext
    from glossary.check import ignore as ignore_list

    files = list(files)
    accepted = ignore_list.read(ignore) if ignore is not None else set()
    concepts = list(termbase.concepts())
    segments = [segment for path in files for segment in bitext.read(path)]
    report = check(segments, concepts, canonical_or(source_lang), canonical_or(target_lang))
    kept = tuple(f for f in report.findings
                 if not ignore_list.ignored(accepted, f.code, f.term, f.segment.source))
    return replace(report, findings=kept, ignored=len(report.findings) - len(kept),
                   files=tuple(str(path) for path in files), termbase=str(termbase.path))


def check(segments: Iterable[Segment], concepts: list[Concept], source_lang: str = "",
          target_lang: str = "") -> Report:
    """Check every segment; languages come from the files, else from the arguments."""
    segments = list(segments)
    if target_lang:
        segments = in_target_language(segments, target_lang)
    source_lang = source_lang or next((s.source_lang for s in segments if s.source_lang), "")
    target_lang = target_lang or next((s.target_lang for s in segments if s.target_lang), "")
    if not source_lang or not target_lang:
        raise InputError("the file does not say its languages: give --source-lang and "
                         "--target-lang")
    finder = Finder(concepts, source_lang)
    findings: list[Finding] = []
    used: dict[str, list[tuple[Segment, str, str]]] = {}  # concept → (segment, term, rendering)
    checked = 0
    for segment in segments:
        if not segment.target.strip():
            continue  # untranslated: nothing to review yet
        hits = list(finder.find(segment.source))
        checked += bool(hits)
        seen: set[str] = set()
        for hit in hits:
            if hit.concept.id in seen:
                continue
            seen.add(hit.concept.id)
            renderings = [t for t in hit.concept.terms if primary(t.lang) == primary(target_lang)
                          and t.type is not TermType.TRANSLITERATION]
            if not renderings:
                continue
            finding, rendering = _segment_finding(segment, hit.term, hit.concept.id, renderings,
                                                  target_lang)
            if finding:
                findings.append(finding)
            if rendering and _full(renderings, rendering):
                used.setdefault(hit.concept.id, []).append((segment, hit.term.text, rendering))
    findings += _inconsistencies(used)
    order = {segment.id: number for number, segment in enumerate(segments)}
    findings.sort(key=lambda f: (order.get(f.segment.id, 0), _ORDER[f.code], f.term))
    return Report(len(segments), checked, tuple(findings), source_lang, target_lang)


def in_target_language(segments: list[Segment], lang: str) -> list[Segment]:
    """Segments whose target is their translation into `lang` (exactly, else the same
    primary language) when the file holds several; a unit without one has nothing to check.
    A file that holds several translations but none in `lang` is an error, not a clean run."""
    result: list[Segment] = []
    offered: set[str] = set()
    for segment in segments:
        if not segment.targets or segment.target_lang == lang:
            result.append(segment)
            continue
        offered.update(tag for tag, _ in segment.targets)
        chosen = next((t for t in segment.targets if t[0] == lang), None) or next(
            (t for t in segment.targets if primary(t[0]) == primary(lang)), None)
        result.append(replace(segment, target=chosen[1], target_lang=chosen[0]) if chosen
                      else replace(segment, target="", target_lang=lang))
    if offered and not any(primary(tag) == primary(lang) for tag in offered):
        raise InputError(f"{segments[0].file}: no {lang} translation in it (it has "
                         f"{', '.join(sorted(offered))})")
    return result


def _segment_finding(segment: Segment, term: Term, concept_id: str, renderings: list[Term],
                     lang: str) -> tuple[Finding | None, str]:
    """The finding for one source term in one segment, and the approved rendering used."""
    ordered = _longest_first(renderings)
    approved = [t.text for t in ordered if not (t.status and t.status.avoided)]
    deprecated = [t.text for t in ordered if t.status and t.status.avoided]
    used = next((text for text in approved if contains(segment.target, text, lang)), "")
    wrong = next((text for text in deprecated if contains(segment.target, text, lang)), "")
    if wrong:
        return Finding(DEPRECATED, segment, term.text, tuple(approved), wrong, concept_id), used
    if not used and approved:
        from glossary.check.spelling import variant_used

        for text in approved:
            variant = variant_used(segment.target, text, lang)
            if variant:
                return Finding(SPELLING, segment, term.text, (text,), variant, concept_id), text
        return Finding(MISSING, segment, term.text, tuple(approved), "", concept_id), ""
    return None, used


def _full(renderings: list[Term], text: str) -> bool:
    """A full rendering, not an acronym or short form: "CPC" in one segment and "Communist
    Party of China" in another is house style, not inconsistency."""
    return not any(t.text == text and t.type in _SHORT for t in renderings)


_SHORT = frozenset({TermType.ACRONYM, TermType.ABBREVIATION, TermType.SHORT_FORM})


def _longest_first(terms: list[Term]) -> list[Term]:
    # "Fengqiao Model" must be tried before "Model": a longer match says more.
    return sorted(terms, key=lambda t: -len(t.text))


def _inconsistencies(used: dict[str, list[tuple[Segment, str, str]]]) -> list[Finding]:
    findings = []
    for concept_id, uses in used.items():
        counts = Counter(rendering for _, _, rendering in uses)
        if len(counts) < 2:
            continue
        # The most frequent rendering sets the norm (first seen breaks ties).
        norm = max(counts, key=lambda r: (counts[r], -[u[2] for u in uses].index(r)))
        for segment, term, rendering in uses:
            if rendering != norm:
                findings.append(Finding(INCONSISTENT, segment, term, (norm,), rendering,
                                        concept_id))
    return findings
