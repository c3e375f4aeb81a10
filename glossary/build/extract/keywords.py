"""A paper's keywords in Chinese and in English (French, Spanish), in the same order:

    关键词：制度治党；自我革命；制度改革；权力监督
    Key words: institutional governance of the Party; self-reform; institutional reform; …

Chinese journals print an abstract and its keywords in both languages; the two lists name
the same terms one for one.  Method: a line labelled 关键词 (关键字, 關鍵詞) and a line labelled
"Key words" (Keywords, Mots-clés, Palabras clave), each list on its label's line or on the
next line, split at ；;，,、/ or runs of spaces; when both lists hold the same number of
items (two or more), the items pair in order.  The label says what the lists are, so the
confidence is a row's (0.8); the scorer still refuses a pair the dictionary contradicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract._evidence import evidence
from glossary.han import han_count
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "keywords"
CONFIDENCE = 0.8
_ZH_LABEL = re.compile(r"^\s*[\[【〔(（]?(?:关键词|关键字|關鍵詞|關鍵字)[\]】〕)）]?\s*[:：]?\s*")
_LATIN_LABEL = re.compile(r"^\s*\[?(?P<label>key\s?words?|mots[- ]cl[ée]s|palabras[- ]claves?)\]?"
                          r"\s*[:：]?\s*", re.IGNORECASE)
_LANGUAGES = {"k": "en", "m": "fr", "p": "es"}
_ITEM_SPLIT = re.compile(r"\s*[；;，,、/]\s*|\s{2,}")
_ZH_SPLIT = re.compile(r"\s*[；;，,、/]\s*|\s+")  # Chinese items may stand one space apart
_ZH_ITEM = han.pattern(r"^[\p{Han}·0-9A-Za-z]+$")
_LOOKAHEAD = 12  # lines between the two lists (an abstract may stand between them)


def extract(document: Document) -> Iterator[Candidate]:
    lines = [(paragraph, offset, line) for paragraph in document.paragraphs
             for offset, line in paragraph.source_lines()]
    for index, (_, _, line) in enumerate(lines):
        label = _ZH_LABEL.match(line)
        if not label:
            continue
        zh_items, zh_at = _list(lines, index, label.end(), _ZH_SPLIT)
        if len(zh_items) < 2 or not all(_ZH_ITEM.match(i) for i in zh_items):
            continue
        for later in range(index + 1, min(len(lines), index + _LOOKAHEAD)):
            latin = _LATIN_LABEL.match(lines[later][2])
            if not latin:
                continue
            items, _ = _list(lines, later, latin.end(), _ITEM_SPLIT)
            if len(items) == len(zh_items) and not any(han_count(i) for i in items):
                lang = _LANGUAGES[latin["label"][0].lower()]
                where, start = zh_at
                for zh, rendering in zip(zh_items, items):
                    start = max(where.text.find(zh, start), start)
                    yield Candidate(
                        terms=(CandidateTerm(zh, ZH_HANS), CandidateTerm(rendering.strip(" ."), lang)),
                        evidence=evidence(document, where, start, start + len(zh), NAME,
                                          CONFIDENCE))
                break


def _list(lines: list[tuple[Paragraph, int, str]], index: int, after_label: int,
          split: re.Pattern[str]) -> tuple[list[str], tuple[Paragraph, int]]:
    """The items after a label, on its line or, when the label stands alone, on the next;
    and where the list starts (paragraph, offset)."""
    paragraph, offset, line = lines[index]
    rest = line[after_label:]
    if not rest.strip() and index + 1 < len(lines):
        paragraph, offset, line = lines[index + 1]
        rest, after_label = line, 0
    items = [item for item in split.split(rest.strip(" .。")) if item]
    start = paragraph.text.find(rest.strip(), offset) if rest.strip() else offset
    return items, (paragraph, max(start, 0))
