"""Every form of a Chinese term, computed once at build time and stored with the concept.

``chinese_forms`` is the one computation (the `normalize` command prints it); and
``with_chinese_forms`` adds its results to a concept as terms.  A derived term copies the
status, type and flags of the term it comes from and says how it was made in a note instead of
carrying evidence: nobody wrote it, so there is no place to cite.

Review flags on derived terms:
- ``ambiguous-conversion`` (Traditional forms): OpenCC chose among several Traditional
  characters with no phrase of its dictionaries to decide (干 → 幹/乾/干), or between phrases
  that disagree (被发明); the note lists the choices.
- ``reading-disagreement`` (pinyin): the reading used (a document's, else CC-CEDICT's) and
  another opinion (CC-CEDICT's, else pypinyin's) differ on a syllable; the note says where.

Capitals: a concept is a proper noun (all pinyin words capitalised) when its Chinese names a
body or meeting (…会议, …委员会, …部 after nouns that say which: pinyin.names_a_body), or its
English full form is in title case and its Chinese ends in such a head noun.  An English full
form in lower case says otherwise.  Title case alone is not enough — "Fengqiao Model" is
capitalised, but 枫桥经验 is a concept named after a place, so only 枫桥 is capitalised.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from glossary.data import word_list
from glossary.han import han_runs
from glossary.langtags import PINYIN, ZH_HANS, ZH_HANT, ZH_HANT_HK, ZH_HANT_TW, display_key
from glossary.model import Concept, Status, Term, TermType
from glossary.normalize.keys import pinyin_key
from glossary.normalize.pinyin import parse_reading, pinyin
from glossary.normalize.polyphones import CEDICT, Disagreement, disagreements
from glossary.normalize.script import (
    REGIONAL_CONFIGS,
    TAIWAN_VOCABULARY,
    VARIANT_CONFIGS,
    Ambiguity,
    ambiguities,
    convert,
    is_traditional,
    to_simplified,
    traditional_forms,
)

DERIVED_PREFIX = "Derived: "
TAIWAN_VOCABULARY_FLAG = "taiwan-vocabulary"
AMBIGUOUS_FLAG = "ambiguous-conversion"
READING_FLAG = "reading-disagreement"
DOCUMENT = "the document"
CHINESE_TAGS = (ZH_HANS, ZH_HANT, ZH_HANT_TW, ZH_HANT_HK)


def chinese_forms(text: str, proper: bool | None = None, source_tag: str | None = None,
                  reading: list[str] | None = None) -> dict[str, Any]:
    """Simplified and Traditional forms, pinyin in three spellings, search keys, and what
    needs review: `ambiguous` conversions and `readings` that disagree.

    `source_tag` (zh-Hant-TW, zh-Hant-HK) says which regional standard the text follows;
    `reading` is a reading of the text found in a document (tone-number syllables)."""
    return _forms(text, proper, source_tag, reading)[0]


def _forms(text: str, proper: bool | None, source_tag: str | None, reading: list[str] | None
           ) -> tuple[dict[str, Any], list[Ambiguity], list[Disagreement]]:
    simplified = to_simplified(text, source_tag)
    forms: dict[str, Any] = {ZH_HANS: simplified, **traditional_forms(text, source_tag)}
    vocabulary = convert(text, TAIWAN_VOCABULARY)
    # Only words: a Traditional input's own characters (台灣, not s2tw's 臺灣) are no suggestion.
    if vocabulary not in (forms[ZH_HANT_TW], convert(text, VARIANT_CONFIGS[ZH_HANT_TW])):
        forms["zh-Hant-TW-vocabulary"] = vocabulary
    spelled = pinyin(simplified, proper=proper, reading=reading)
    forms.update(pinyin=spelled.marks, pinyin_numbers=spelled.numbers, pinyin_plain=spelled.plain,
                 pinyin_keys=sorted({pinyin_key(spelled.plain), pinyin_key(spelled.plain, True)}))
    unsure = ambiguities(text)
    differ = disagreements(spelled.syllables, simplified, DOCUMENT if reading else CEDICT)
    forms["ambiguous"] = [{"char": a.char, "options": list(a.options)} for a in unsure]
    forms["readings"] = [{"char": d.char, "used": d.chosen, "by": d.source, "other": d.other,
                          "other_by": d.other_source} for d in differ]
    return forms, unsure, differ


def derived_note(source: str, how: str) -> str:
    return f"{DERIVED_PREFIX}{how} from {source}"


def is_derived(term: Term) -> bool:
    return any(note.startswith(DERIVED_PREFIX) for note in term.notes)


def is_named_body(concept: Concept) -> bool | None:
    """True when an English title-case full form and the Chinese agree the concept names a
    body; False when an English full form is in lower case; None: let the Chinese decide."""
    english = [t.text for t in concept.terms_in("en") if t.type is TermType.FULL_FORM]
    if not english:
        return None
    if not any(_title_case(e) for e in english):
        return False
    chinese = [t.text for t in concept.terms_in(ZH_HANS)]
    return True if any(to_simplified(c).endswith(_body_heads()) for c in chinese) else None


@cache
def _body_heads() -> tuple[str, ...]:
    """Head nouns of named bodies and meetings (data/word_lists.tsv: body-heads)."""
    return tuple(word_list("body-heads", "zh"))


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\s()]+", text) if w.lower() not in word_list("connectors", "en")]
    return bool(words) and all(w[0].isupper() or not w[0].isalpha() for w in words)


def ambiguity_note(found: list[Ambiguity]) -> str:
    return "Ambiguous conversion: " + "; ".join(
        f"{a.char} → {'/'.join(a.options)} (OpenCC chose {a.options[0]})" for a in found)


def reading_note(found: list[Disagreement]) -> str:
    return "Readings disagree: " + "; ".join(
        f"{d.char} {d.chosen} ({d.source}) / {d.other} ({d.other_source})" for d in found)


def document_reading(concept: Concept, simplified: str) -> list[str] | None:
    """A toned pinyin term found in the documents that reads `simplified`, as syllables."""
    from glossary.normalize.readings import reads

    count = sum(map(len, han_runs(simplified)))
    for term in concept.terms_in(PINYIN):
        if not is_derived(term) and reads(simplified, term.text):
            syllables = parse_reading(term.text)
            if syllables and len(syllables) == count:
                return syllables
    return None


def with_chinese_forms(concept: Concept) -> Concept:
    """The concept with zh-Hans, zh-Hant, zh-Hant-TW, zh-Hant-HK and pinyin terms added."""
    found = [t for t in concept.terms if t.lang in CHINESE_TAGS and not is_derived(t)]
    if not found:
        return concept
    proper = is_named_body(concept)
    have = {(t.lang, t.text) for t in concept.terms}
    added: list[Term] = []

    def add(term: Term) -> None:
        if (term.lang, term.text) not in have:
            have.add((term.lang, term.text))
            added.append(term)

    for source in found:
        simplified = to_simplified(source.text, source.lang)
        reading = document_reading(concept, simplified)
        forms, unsure, differ = _forms(source.text, proper, source.lang, reading)
        base = replace(source, evidence=(), notes=(), occurrences=0, documents=0)
        if source.text != simplified:
            add(replace(base, text=simplified, lang=ZH_HANS,
                        notes=(derived_note(source.text, "OpenCC"),)))
        kept = is_traditional(source.text)
        for tag, config in VARIANT_CONFIGS.items():
            if not any(t.lang == tag for t in found):
                how = "kept as found" if kept and tag == ZH_HANT else \
                    f"OpenCC {REGIONAL_CONFIGS[tag] if kept else config}"
                term = replace(base, text=forms[tag], lang=tag,
                               notes=(derived_note(source.text, how),))
                add(_flagged(term, AMBIGUOUS_FLAG, ambiguity_note(unsure)) if unsure else term)
        if "zh-Hant-TW-vocabulary" in forms:
            add(replace(base, text=forms["zh-Hant-TW-vocabulary"], lang=ZH_HANT_TW,
                        type=TermType.VARIANT, status=Status.NEEDS_REVIEW,
                        flags=tuple(sorted({*base.flags, TAIWAN_VOCABULARY_FLAG})),
                        notes=(derived_note(simplified, f"OpenCC {TAIWAN_VOCABULARY} "
                                                        "(Taiwan vocabulary suggestion)"),)))
        how = "a reading in the document" if reading else "pypinyin + CC-CEDICT"
        term = replace(base, text=forms["pinyin"], lang=PINYIN, type=TermType.TRANSLITERATION,
                       notes=(derived_note(simplified, f"{how} + GB/T 16159 word rules"),))
        add(_flagged(term, READING_FLAG, reading_note(differ)) if differ else term)
    # Stable sort: languages in display order, each language's terms as they were.
    return replace(concept, terms=sorted(concept.terms + added, key=lambda t: display_key(t.lang)))


def _flagged(term: Term, flag: str, note: str) -> Term:
    return replace(term, status=Status.NEEDS_REVIEW, flags=tuple(sorted({*term.flags, flag})),
                   notes=(*term.notes, note))
