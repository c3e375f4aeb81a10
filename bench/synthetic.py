"""Deterministic synthetic termbases: four-language concepts built from CC-CEDICT.

Real Chinese (Simplified and Traditional from CC-CEDICT, with its pinyin and first English
gloss); beyond CC-CEDICT's ~60k usable words, two entries are joined into a compound term
(社会 + 治理 → 社会治理, "society governance").  French and Spanish are pseudo-translations
(noun-phrase order flipped, accents added), enough to exercise accent folding and word order.
Every term has evidence; about 10% are preferred, 3% deprecated, 5% need review.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from glossary.model import Concept, Evidence, Status, Term, TermType

CEDICT = Path(__file__).resolve().parents[2] / "shared" / "oracles" / "cedict" / "cedict_ts.u8.gz"
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /([^/]+)/")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_ACCENTS = str.maketrans({"e": "é", "a": "à", "o": "ó"})


@dataclass(frozen=True)
class Word:
    traditional: str
    simplified: str
    pinyin: str  # tone numbers, syllables spaced
    english: str


@lru_cache(maxsize=1)
def words() -> tuple[Word, ...]:
    if not CEDICT.exists():
        raise SystemExit(f"bench: {CEDICT} is absent (../shared must be beside the checkout)")
    found: dict[str, Word] = {}
    with gzip.open(CEDICT, "rt", encoding="utf-8") as handle:
        for line in handle:
            match = _ENTRY.match(line)
            if not match or not _HAN.match(match[2]) or match[3][:1].isupper():
                continue
            english = re.sub(r"\([^)]*\)", "", match[4]).strip()
            if english and len(english.split()) <= 4 and match[2] not in found:
                found[match[2]] = Word(match[1], match[2], match[3].lower(), english)
    return tuple(found[key] for key in sorted(found))


def _flip(english: str, joiner: str) -> str:
    parts = english.split()
    if len(parts) < 2:
        return english.translate(_ACCENTS) if parts else english
    return f"{parts[-1]} {joiner} {' '.join(parts[:-1])}".translate(_ACCENTS)


def concept(number: int) -> Concept:
    """The `number`th synthetic concept; the same number always gives the same concept."""
    vocabulary = words()
    first = vocabulary[number % len(vocabulary)]
    if number < len(vocabulary):
        traditional, simplified, pinyin, english = (first.traditional, first.simplified,
                                                    first.pinyin, first.english)
    else:
        second = vocabulary[(number * 7919 + number // len(vocabulary)) % len(vocabulary)]
        traditional = first.traditional + second.traditional
        simplified = first.simplified + second.simplified
        pinyin = f"{first.pinyin} {second.pinyin}"
        english = f"{first.english} {second.english}"
    status = (Status.PREFERRED if number % 10 == 0 else Status.DEPRECATED if number % 33 == 1
              else Status.ADMITTED)
    flags = ("possibly-truncated",) if number % 20 == 7 else ()
    evidence = (Evidence(f"corpus/doc{number % 997:03d}.txt", number % 400 + 1,
                         f"… the {english} ({simplified}) …", "inline", 0.85),)
    terms = [
        Term(simplified, "zh-Hans", status=status, flags=flags, evidence=evidence),
        Term(traditional, "zh-Hant", status=status, notes=("Derived: OpenCC s2t",)),
        Term(pinyin, "zh-Latn-pinyin", TermType.TRANSLITERATION, status=status),
        Term(english, "en", status=status, evidence=evidence),
        Term(_flip(english, "de"), "fr", status=status),
        Term(_flip(english, "del"), "es", status=status),
    ]
    return Concept(id=f"c{number:07d}", terms=terms, subject_field="governance")


def concepts(count: int) -> Iterator[Concept]:
    return (concept(number) for number in range(count))
