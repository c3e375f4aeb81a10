"""Derived forms of a concept's Chinese terms, computed once at build time.

Every Chinese term gets its Simplified form (the key), Traditional forms for the generic,
Taiwan and Hong Kong standards, and pinyin.  A derived term copies the status, type and flags
of the term it comes from and says so in a note instead of carrying evidence: nobody wrote it,
so there is no place to cite.
"""

from __future__ import annotations

from dataclasses import replace

from glossary.langtags import PINYIN, ZH_HANS, ZH_HANT, ZH_HANT_HK, ZH_HANT_TW
from glossary.model import Concept, Term, TermType
from glossary.normalize.pinyin import pinyin
from glossary.normalize.script import VARIANT_CONFIGS, to_simplified, traditional_variants

DERIVED_PREFIX = "Derived: "


def derived_note(source: str, how: str) -> str:
    return f"{DERIVED_PREFIX}{how} from {source}"


def is_derived(term: Term) -> bool:
    return any(note.startswith(DERIVED_PREFIX) for note in term.notes)


def with_chinese_forms(concept: Concept) -> Concept:
    """The concept with zh-Hans, zh-Hant, zh-Hant-TW, zh-Hant-HK and pinyin terms added."""
    found = [t for t in concept.terms if t.lang in (ZH_HANS, ZH_HANT, ZH_HANT_TW, ZH_HANT_HK)
             and not is_derived(t)]
    if not found:
        return concept
    have = {(t.lang, t.text) for t in concept.terms}
    added: list[Term] = []

    def add(term: Term) -> None:
        if (term.lang, term.text) not in have:
            have.add((term.lang, term.text))
            added.append(term)

    for source in found:
        simplified = to_simplified(source.text)
        base = replace(source, evidence=(), notes=())
        if source.lang != ZH_HANS:
            add(replace(base, text=simplified, lang=ZH_HANS,
                        notes=(derived_note(source.text, "OpenCC t2s"),)))
        for tag, text in traditional_variants(simplified).items():
            if not any(t.lang == tag for t in found):
                add(replace(base, text=text, lang=tag,
                            notes=(derived_note(simplified, f"OpenCC {VARIANT_CONFIGS[tag]}"),)))
        add(replace(base, text=pinyin(simplified).marks, lang=PINYIN,
                    type=TermType.TRANSLITERATION,
                    notes=(derived_note(simplified, "pypinyin"),)))
    return replace(concept, terms=concept.terms + added)
