"""Simplified and Traditional Chinese through OpenCC (the C++ library's official wheel).

Why not opencc-python-reimplemented: on OpenCC's own regression cases it gets 56% of s2t,
43% of s2hk and 29% of s2twp right, against 100% for the wheel, which is also ~9× faster
(see ../shared/oracles/MEASUREMENTS.md).  Both install as module ``opencc``: never both.

Converters are built on first use (construction reads dictionaries, ~0.1 s) and cached.
"""

from __future__ import annotations

from functools import cache, lru_cache

from glossary.langtags import ZH_HANT, ZH_HANT_HK, ZH_HANT_TW

# Script only: s2tw and s2hk change characters to each region's standard, not vocabulary.
VARIANT_CONFIGS = {ZH_HANT: "s2t", ZH_HANT_TW: "s2tw", ZH_HANT_HK: "s2hk"}
# Taiwan vocabulary (信息化 → 資訊化) changes words, so it is only ever a suggestion.
TAIWAN_VOCABULARY = "s2twp"
# Back to Simplified from each Traditional standard; VARIANT_CONFIGS holds the way there.
_BACK = {ZH_HANT: "t2s", ZH_HANT_TW: "tw2s", ZH_HANT_HK: "hk2s"}


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(f"{config}.json")


def convert(text: str, config: str) -> str:
    """Convert with an OpenCC configuration by name (s2t, s2tw, s2twp, s2hk, t2s, tw2s…)."""
    return str(_converter(config).convert(text))


@lru_cache(maxsize=65536)
def to_simplified(text: str, source_tag: str | None = None) -> str:
    """The Simplified form that keys a concept, whatever script or region the text is in.

    Taiwan and Hong Kong texts use some characters of their own standards (臺, 綫).  When the
    caller knows the region (`source_tag` zh-Hant-TW or zh-Hant-HK) its converter is used;
    otherwise, when t2s and a regional converter disagree, the region whose forward
    conversion gives back the input wins, and t2s when none does (mixed-script input).
    """
    if source_tag in (ZH_HANT_TW, ZH_HANT_HK):
        return convert(text, _BACK[source_tag])
    results = {tag: convert(text, back) for tag, back in _BACK.items()}
    if len(set(results.values())) > 1:
        for tag, simplified in results.items():
            if convert(simplified, VARIANT_CONFIGS[tag]) == text:
                return simplified
    return results[ZH_HANT]


def is_simplified(text: str) -> bool:
    return to_simplified(text) == text


def traditional_variants(simplified: str) -> dict[str, str]:
    """zh-Hant, zh-Hant-TW and zh-Hant-HK forms of a Simplified term."""
    return {tag: convert(simplified, config) for tag, config in VARIANT_CONFIGS.items()}
