"""Every form of a Chinese term, computed once at build time and stored with the concept.

``chinese_forms`` is the one computation (the `normalize` command prints it); and
``with_chinese_forms`` adds its results to a concept as terms.  A derived term copies the
status, type and flags of the term it comes from and says how it was made in a note instead of
carrying evidence: nobody wrote it, so there is no place to cite.

A concept is a proper noun (all pinyin words capitalised) when its English full form is in
title case *and* its Chinese ends in the head noun of a named body or meeting (…会议, …部,
…委员会): "Central Economic Work Conference" / 中央经济工作会议.  Title case alone is not
enough — "Fengqiao Model" is capitalised, but 枫桥经验 is a concept named after a place, so
only 枫桥 is capitalised (jieba tags it as a place name).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from glossary.data import word_list
from glossary.langtags import PINYIN, ZH_HANS, ZH_HANT, ZH_HANT_HK, ZH_HANT_TW, display_key
from glossary.model import Concept, Status, Term, TermType
from glossary.normalize.keys import pinyin_key
from glossary.normalize.pinyin import pinyin
from glossary.normalize.script import (
    TAIWAN_VOCABULARY,
    VARIANT_CONFIGS,
    convert,
    to_simplified,
    traditional_variants,
)

DERIVED_PREFIX = "Derived: "
TAIWAN_VOCABULARY_FLAG = "taiwan-vocabulary"
CHINESE_TAGS = (ZH_HANS, ZH_HANT, ZH_HANT_TW, ZH_HANT_HK)


def chinese_forms(text: str, proper: bool = False, source_tag: str | None = None) -> dict[str, Any]:
    """Simplified and Traditional forms, pinyin in three spellings, and search keys.

    `source_tag` (zh-Hant-TW, zh-Hant-HK) says which regional standard the text follows."""
    simplified = to_simplified(text, source_tag)
    forms: dict[str, Any] = {ZH_HANS: simplified, **traditional_variants(simplified)}
    vocabulary = convert(simplified, TAIWAN_VOCABULARY)
    if vocabulary != forms[ZH_HANT_TW]:
        forms["zh-Hant-TW-vocabulary"] = vocabulary
    spelled = pinyin(simplified, proper=proper)
    forms.update(pinyin=spelled.marks, pinyin_numbers=spelled.numbers, pinyin_plain=spelled.plain,
                 pinyin_keys=sorted({pinyin_key(spelled.plain), pinyin_key(spelled.plain, True)}))
    return forms


def derived_note(source: str, how: str) -> str:
    return f"{DERIVED_PREFIX}{how} from {source}"


def is_derived(term: Term) -> bool:
    return any(note.startswith(DERIVED_PREFIX) for note in term.notes)


def is_named_body(concept: Concept) -> bool:
    english = [t.text for t in concept.terms_in("en") if t.type is TermType.FULL_FORM]
    chinese = [t.text for t in concept.terms_in(ZH_HANS)]
    return any(_title_case(e) for e in english) and any(
        to_simplified(c).endswith(_body_heads()) for c in chinese)


@cache
def _body_heads() -> tuple[str, ...]:
    """Head nouns of named bodies and meetings (data/word_lists.tsv: body-heads)."""
    return tuple(word_list("body-heads", "zh"))


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\s()]+", text) if w.lower() not in word_list("connectors", "en")]
    return bool(words) and all(w[0].isupper() or not w[0].isalpha() for w in words)


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
        forms = chinese_forms(source.text, proper=proper, source_tag=source.lang)
        simplified = forms[ZH_HANS]
        base = replace(source, evidence=(), notes=())
        if source.text != simplified:
            add(replace(base, text=simplified, lang=ZH_HANS,
                        notes=(derived_note(source.text, "OpenCC"),)))
        for tag, config in VARIANT_CONFIGS.items():
            if not any(t.lang == tag for t in found):
                add(replace(base, text=forms[tag], lang=tag,
                            notes=(derived_note(simplified, f"OpenCC {config}"),)))
        if "zh-Hant-TW-vocabulary" in forms:
            add(replace(base, text=forms["zh-Hant-TW-vocabulary"], lang=ZH_HANT_TW,
                        type=TermType.VARIANT, status=Status.NEEDS_REVIEW,
                        flags=tuple(sorted({*base.flags, TAIWAN_VOCABULARY_FLAG})),
                        notes=(derived_note(simplified, f"OpenCC {TAIWAN_VOCABULARY} "
                                                        "(Taiwan vocabulary suggestion)"),)))
        add(replace(base, text=forms["pinyin"], lang=PINYIN, type=TermType.TRANSLITERATION,
                    notes=(derived_note(simplified, "pypinyin + GB/T 16159 word rules"),)))
    # Stable sort: languages in display order, each language's terms as they were.
    return replace(concept, terms=sorted(concept.terms + added, key=lambda t: display_key(t.lang)))
