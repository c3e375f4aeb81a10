"""Search keys: the forms lookups compare, so that any reasonable spelling finds a term.

- Latin text: NFKC (full-width → ASCII), curly quotes straightened, dashes unified,
  casefolded, diacritics removed: "Département du travail social" → "departement du travail
  social".
- Pinyin: as Latin, with tone numbers dropped and ü/v written u, with and without spaces:
  "Fēngqiáo jīngyàn", "feng1qiao2 jing1yan4" and "fengqiao" all meet at "fengqiaojingyan".
- Chinese: NFKC and the Simplified form, so Traditional and mixed queries find Simplified keys.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                         "’": "'", "‚": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
                         "−": "-"})
_TONE_DIGIT = re.compile(r"(?<=[a-zü])[1-5]")


def fold(text: str) -> str:
    """Case-, accent-, width- and quote-insensitive form of any Latin-script text."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def pinyin_key(text: str, spaced: bool = False) -> str:
    """Toneless pinyin, any spelling in: marks, numbers, ü, v, apostrophes, hyphens."""
    text = text.casefold().replace("ü", "u").replace("u:", "u")
    text = _TONE_DIGIT.sub("", fold(text)).replace("v", "u")
    text = re.sub(r"['\-]", " " if spaced else "", text)
    return " ".join(text.split()) if spaced else "".join(text.split())


def chinese_key(text: str) -> str:
    from glossary.normalize.script import to_simplified

    return to_simplified(unicodedata.normalize("NFKC", text).translate(_QUOTES))
