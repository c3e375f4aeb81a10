"""Spelling variants of one language: "organisations" for "organizations", "centre" for
"center".  A translation that uses another spelling of an approved rendering has used the
term; the house spelling is a milder matter than a missing term, and `check` reports it as
such (code `spelling`).

English only, by rule: British -ise/-isation/-our/-re/-ogue/-yse/-ence and doubled -ll-
against American -ize/-ization/-or/-er/-og/-yze/-ense and single -l-.  Each word is reduced to
a key; two words with the same key and different letters are variants.
"""

from __future__ import annotations

import re

from glossary.check.termfind import _stem
from glossary.langtags import primary
from glossary.normalize.keys import fold

_WORD = re.compile(r"\w+")
# (British ending, American ending), tried in order on the end of a word.
_ENDINGS = (("isations", "izations"), ("isation", "ization"), ("ising", "izing"),
            ("ised", "ized"), ("ises", "izes"), ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"),
            ("ogue", "og"), ("ogues", "ogs"), ("tres", "ters"), ("tre", "ter"),
            ("ours", "ors"), ("our", "or"), ("ence", "ense"),
            ("lled", "led"), ("lling", "ling"), ("ller", "ler"))
_SHORT_WORDS = frozenset({"our", "ours", "tre", "ise", "hour", "four", "pour", "your", "yours",
                          "since", "hence", "fence"})


def word_key(word: str) -> str:
    """A word with British spellings made American, then its plural taken off."""
    if word not in _SHORT_WORDS and len(word) > 4:
        for british, american in _ENDINGS:
            if word.endswith(british):
                word = word[: -len(british)] + american
                break
    return _stem(word)


def variant_used(target: str, rendering: str, lang: str) -> str:
    """The words of `target` that spell `rendering` another way (same language), else ""."""
    if primary(lang) != "en":
        return ""
    wanted = [word_key(w) for w in _WORD.findall(fold(rendering))]
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(target)]
    keys = [word_key(fold(word)) for _, _, word in spans]
    if not wanted:
        return ""
    for i in range(len(keys) - len(wanted) + 1):
        if keys[i:i + len(wanted)] == wanted:
            return target[spans[i][0]:spans[i + len(wanted) - 1][1]]
    return ""
