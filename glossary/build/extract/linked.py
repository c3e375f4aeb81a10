"""A link whose words are English, French or Spanish and whose target is a page named in
Chinese:

    - [Incidente del 28 de febrero](/history/二二八事件) — Punto de inflexión de 1947
    the [Gang of Four](../Page/四人帮.md "wikilink") who had dominated …

Wikis translated from Chinese, and sites that keep one page per term in every language, link
a term's words to the page named by its Chinese.  Method: a Markdown link (or an HTML anchor
the reader left in the text) whose text has no Han character and whose target's last path
segment, its extension and query taken off and percent-escapes undone, is Chinese only.  The
link says only that the page is about the words, not that they translate its name ("[executive
power](…/行政机构.md)"), so confidence is 0.6: the scorer keeps a pair only when the
dictionary, pinyin or numbers link the two sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "linked"
CONFIDENCE = 0.6
_MAX_WORDS = 12
_MARKDOWN = re.compile(r"(?<!!)\[(?P<words>[^\[\]\n]{2,120})\]\((?P<target>[^()\s]+)(?:\s+\"[^\"]*\")?\)")
_ANCHOR = re.compile(r"<a\s[^<>]*?href=[\"'](?P<target>[^\"'<>]+)[\"'][^<>]*>(?P<words>[^<>\n]{2,120})</a>",
                     re.IGNORECASE)
_PAGE = han.pattern(r"[\p{Han}·]{2,30}")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        text = paragraph.text
        if "](" not in text and "href" not in text:
            continue
        for pattern in (_MARKDOWN, _ANCHOR):
            for match in pattern.finditer(text):
                chinese = page_name(match["target"])
                words = " ".join(match["words"].split()).strip(" *_")
                if not chinese or han.han_count(words) or not _LATIN.search(words) or \
                        len(words.split()) > _MAX_WORDS:
                    continue
                yield Candidate(
                    terms=(CandidateTerm(chinese, ZH_HANS),
                           CandidateTerm(words, span_language(words, text,
                                                              document.latin_language))),
                    evidence=evidence(document, paragraph, match.start(), match.end(), NAME,
                                      CONFIDENCE))


def page_name(target: str) -> str:
    """The Chinese name of the page a link's target names, or "": its last path segment,
    without query, fragment or extension ("../Page/四人帮.md" → 四人帮,
    "/wiki/%E5%9B%9B%E4%BA%BA%E5%B8%AE" → 四人帮)."""
    path = unquote(target.split("#")[0].split("?")[0]).rstrip("/")
    segment = path.rsplit("/", 1)[-1]
    segment = re.sub(r"\.(?:md|html?|php|aspx?)$", "", segment, flags=re.IGNORECASE)
    return segment if _PAGE.fullmatch(segment) else ""
