"""`glossary audit`: the checker's eye for consistency, turned on source documents.

Two codes:
- gloss-variants — one Chinese term glossed with different English in different places
  (from the inline extractor's candidates; case and spacing do not make a variant);
- acronym-variants — acronyms with the same letters in another order used side by side
  (CPC and CCP: "Communist Party of China" and "Chinese Communist Party" are one party in two
  word orders), each with the places it occurs.  Same letters, different order is the
  signature of a word-order variant; different letters (CPC, PRC) never are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from glossary.build.documents import Document, find_documents, read_document
from glossary.build.extract import extract
from glossary.langtags import is_chinese, primary
from glossary.normalize.keys import chinese_key, fold

GLOSS_VARIANTS, ACRONYM_VARIANTS = "gloss-variants", "acronym-variants"
_ACRONYM = re.compile(r"\b[A-Z]{3,8}\b")  # two letters are too often a capitalised word
_PLACES_SHOWN = 5


@dataclass(frozen=True)
class AuditFinding:
    code: str
    subject: str  # the Chinese term, or the acronyms ("CCP / CPC")
    variants: tuple[tuple[str, tuple[str, ...]], ...]  # (variant, its places "file:line")


def audit(paths: Iterable[str | Path]) -> list[AuditFinding]:
    documents = [read_document(path) for path in find_documents(paths)]
    return gloss_variants(documents) + acronym_variants(documents)


def gloss_variants(documents: list[Document]) -> list[AuditFinding]:
    glosses: dict[str, dict[str, tuple[str, list[str]]]] = {}
    for candidate in extract(documents, ["inline"]):
        chinese = [t for t in candidate.terms if is_chinese(t.lang)]
        english = [t for t in candidate.terms if primary(t.lang) == "en"]
        if not chinese or not english:
            continue
        key = chinese_key(chinese[0].text)
        place = f"{candidate.evidence.file}:{candidate.evidence.line}"
        for term in english:
            shown, places = glosses.setdefault(key, {}).setdefault(fold(term.text),
                                                                   (term.text, []))
            places.append(place)
    return [AuditFinding(GLOSS_VARIANTS, key, tuple((shown, tuple(places))
                                                     for shown, places in variants.values()))
            for key, variants in sorted(glosses.items()) if len(variants) > 1]


def acronym_variants(documents: list[Document]) -> list[AuditFinding]:
    """Compared within one language: French and Spanish PCC beside English CPC is translation,
    not inconsistency.  ALL-CAPS paragraphs (titles) are skipped: every word would match."""
    places: dict[tuple[str, str], list[str]] = {}
    for document in documents:
        for paragraph in document.paragraphs:
            if paragraph.lang in ("zh", "und") or not any(c.islower() for c in paragraph.text):
                continue
            for match in _ACRONYM.finditer(paragraph.text):
                places.setdefault((paragraph.lang, match.group()), []).append(
                    f"{document.path}:{paragraph.line_at(match.start())}")
    by_letters: dict[tuple[str, str], list[str]] = {}
    for lang, acronym in places:
        by_letters.setdefault((lang, "".join(sorted(acronym))), []).append(acronym)
    return [AuditFinding(ACRONYM_VARIANTS, " / ".join(sorted(group)),
                         tuple((a, tuple(places[lang, a])) for a in sorted(group)))
            for (lang, _), group in sorted(by_letters.items()) if len(group) > 1]


def describe(finding: AuditFinding) -> str:
    """One line per finding for the terminal."""
    parts = []
    for variant, where in finding.variants:
        unique = list(dict.fromkeys(where))
        more = f" +{len(unique) - _PLACES_SHOWN}" if len(unique) > _PLACES_SHOWN else ""
        parts.append(f"{variant!r} ({len(where)}×: {', '.join(unique[:_PLACES_SHOWN])}{more})")
    what = "glossed as" if finding.code == GLOSS_VARIANTS else "written as"
    return f"[{finding.code}] {finding.subject} {what} " + " vs ".join(parts)
