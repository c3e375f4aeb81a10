"""Simplified and Traditional Chinese through OpenCC (the C++ library's official wheel).

Why not opencc-python-reimplemented: on OpenCC's own regression cases it gets 56% of s2t,
43% of s2hk and 29% of s2twp right, against 100% for the wheel, which is also ~9× faster
(see ../shared/oracles/MEASUREMENTS.md).  Both install as module ``opencc``: never both.

Converters are built on first use (construction reads dictionaries, ~0.1 s) and cached.
"""

from __future__ import annotations

from functools import lru_cache

from glossary.langtags import ZH_HANT, ZH_HANT_HK, ZH_HANT_TW

# Script only: s2tw and s2hk change characters to each region's standard, not vocabulary.
VARIANT_CONFIGS = {ZH_HANT: "s2t", ZH_HANT_TW: "s2tw", ZH_HANT_HK: "s2hk"}


@lru_cache(maxsize=None)
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(f"{config}.json")


def convert(text: str, config: str) -> str:
    """Convert with an OpenCC configuration by name (s2t, s2tw, s2twp, s2hk, t2s, tw2s…)."""
    return str(_converter(config).convert(text))


def to_simplified(text: str) -> str:
    """The Simplified form that keys a concept, whatever script the text came in."""
    return convert(text, "t2s")


def traditional_variants(simplified: str) -> dict[str, str]:
    """zh-Hant, zh-Hant-TW and zh-Hant-HK forms of a Simplified term."""
    return {tag: convert(simplified, config) for tag, config in VARIANT_CONFIGS.items()}
