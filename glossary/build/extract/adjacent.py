"""English and its Chinese side by side, with no bracket or separator between, in either order:

    … Communist Party of China 中国共产党National People's Congress (NPC) 全国人民代表大会The Two …
    The Central Commission for Discipline Inspection 中国共产党中央纪律检查委员会 oversees …

Run-on glossaries (a list pasted out of a PDF into one line) and encyclopedia headers set a
term beside its translation with a space between.  Method: a run of Han characters right
after Latin text and one space; the English before it is delimited by inline's rules (a
quotation, a capitalised name, the words since the last delimiter); the Chinese is the start
of the run that the English explains best (a run may go on into the next sentence).  Lines
that are nothing but "English 中文" are rows (``rows``); glued text with no space at all is
``glued``'s; brackets are inline's and zh_first's.

Chinese set into English prose with its translation after it ("what are the 新发展阶段 new
development stage, …") is the other order: the translation runs from the Chinese to the next
punctuation or clause word on the same line (``_chinese_first``).

A glossary pasted out of a book runs its entries together, each the term, its characters and
their reading, then the definition ("armed rebellion 武装叛乱 wuzhuang panluan. In the
Tibetan context …"): the reading after the characters marks the entry, whose term is the words
since the sentence before (``_entry_head``, confidence 0.75).  A dictionary's examples quote
the Chinese before the dash ('e.g., "朋党" - clique').

Nothing but position pairs them, so the confidence is at most 0.65 (0.75 for a glossary
entry): the scorer keeps a pair only when the dictionary, pinyin or numbers link the two
sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract._evidence import evidence
from glossary.build.extract.inline import english_before
from glossary.build.extract.rows import bare_chinese
from glossary.build.language import span_language
from glossary.han import han_count
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "adjacent"
CONFIDENCE = 0.65
_RUN = han.pattern(r"(?<=[A-Za-z.)'’\"”»])[ \t](?P<han>[\p{Han}][\p{Han}·]{1,30})"
                  r"(?![\p{Han}·])(?!\s*[(（])")


def extract(document: Document) -> Iterator[Candidate]:
    yield from _english_first(document)
    yield from _chinese_first(document)


def _english_first(document: Document) -> Iterator[Candidate]:
    from glossary.build.scorer import orientation

    for paragraph in document.paragraphs:
        text = paragraph.text
        for match in _RUN.finditer(text):
            line_start, line_end = paragraph.line_bounds(match.start("han"))
            if line_start == match.start("han"):
                continue  # the space is where two source lines were joined
            entry = _entry_head(text, line_start, match)
            if entry:  # "… in Tibet. amban 安办 anban. The Manchu term for …"
                english, en_start, reading = entry
                yield replace(_candidate(document, paragraph, match, match["han"], english,
                                         en_start, _ENTRY_CONFIDENCE),
                              notes=(f"reading: {reading}",))
                continue
            before, after = orientation(text[line_start:line_end])
            if after > before:
                continue  # a run-on list whose Chinese comes first: "办公厅General Office 秘书处…"
            if not han.pattern(r"[\p{Han}|(（\t]").search(text[line_start:match.start()]) and \
                    not re.search(r"[A-Za-z]", text[match.end():paragraph.line_bounds(match.end())[1]]):
                continue  # "English 中文" alone on its line: a row
            if _bracketed(text, line_start, match.start("han"), line_end):
                continue  # "(liushang 六尚)": a reading and its characters, inline's gloss
            found = english_before(text, match.start("han"), match.end("han"), match["han"])
            if found is None:
                continue
            english, en_start, confidence = found
            if en_start < line_start or "|" in english:
                continue  # the English would reach into the line above, or another cell
            # (a run that ends its line is the term whole: "IEA International Energy Agency
            # 国际能源署"; one that goes on may run into the next sentence)
            ends_line = not text[match.end("han"):line_end].strip(" \t)）]」』.,;，。；")
            chinese = bare_chinese(match["han"] if ends_line else
                                   _best_prefix(match["han"], english))
            if not chinese:
                continue
            yield _candidate(document, paragraph, match, chinese, english, en_start,
                             min(confidence, CONFIDENCE))


def _candidate(document: Document, paragraph: Paragraph, match: re.Match[str], chinese: str,
               english: str, en_start: int, confidence: float) -> Candidate:
    text = paragraph.text
    lang = span_language(english, text[max(0, en_start - 200):match.end() + 200],
                         document.latin_language)
    return Candidate(terms=(CandidateTerm(chinese, ZH_HANS), CandidateTerm(english, lang)),
                     evidence=evidence(document, paragraph, en_start, match.end("han"), NAME,
                                       confidence))


# A glossary's entry opens a sentence: its term, the characters, their toneless reading, a
# full stop, and then the definition ("armed rebellion 武装叛乱 wuzhuang panluan. In the
# Tibetan context …").  The reading after the characters is what shows the layout.
_ENTRY_TERM = re.compile(r"(?:^|(?<=[.!?)\]]\s)|(?<=[.!?]\s\s))"
                         r"(?P<term>[A-Za-z][^.!?;:()\[\]]{0,79}?)\s*$")
_ENTRY_READING = re.compile(r"\s*(?P<reading>[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' ‧·-]{2,80}?)"
                            r"\s*[.;,]")
_ENTRY_WORDS = 8
_ENTRY_CONFIDENCE = 0.75


def _entry_head(text: str, line_start: int,
                match: re.Match[str]) -> tuple[str, int, str] | None:
    """The term, where it starts and the reading, when the Chinese heads a glossary entry:
    the words since the sentence before (at most eight), and after the characters their
    reading up to a full stop, comma or semicolon; else None."""
    from glossary.normalize.readings import reads

    reading = _ENTRY_READING.match(text, match.end("han"))
    if reading is None or not reads(match["han"], reading["reading"]):
        return None
    term = _ENTRY_TERM.search(text, max(line_start, match.start() - 120), match.start("han"))
    if term is None or len(term["term"].split()) > _ENTRY_WORDS:
        return None
    return term["term"].strip(), term.start("term"), reading["reading"]


def _bracketed(text: str, line_start: int, start: int, line_end: int) -> bool:
    """The run is inside a bracket that holds a term and its reading, inline's gloss
    ("(liushang 六尚)", "(zhong shangshu ling 中尚書令, short …)"); not a bracket of prose
    ("(… les initiatives de "la Ceinture et la Route" 一带一路)")."""
    from glossary.build.extract.inline import term_and_readings

    opened = max(text.rfind("(", line_start, start), text.rfind("（", line_start, start))
    if opened < 0 or re.search(r"[)）]", text[opened:start]):
        return False
    closed = re.search(r"[)）]", text[start:line_end])
    if closed is None:
        return False
    content = text[opened + 1:start + closed.start()]
    first = re.split(r"[,，]", content)[0]  # (the term and its reading, before a note)
    return term_and_readings(content) is not None or \
        first != content and term_and_readings(first) is not None


def _chinese_first(document: Document) -> Iterator[Candidate]:
    """Chinese set into English prose with its translation right after it, no bracket:
    "what are the 新发展阶段 new development stage, 新发展理念 new development philosophy",
    "the case for 习近平生态文明思想 - Xi Jinping Thought on Ecological Civilisation.".  The
    translation runs to the next punctuation, Chinese or clause word; one longer than six
    words runs into the sentence, and is left out."""
    default = document.latin_language
    for paragraph in document.paragraphs:
        if paragraph.lang not in ("en", "fr", "es") and not (
                paragraph.lang == "und" and _mostly_latin(paragraph.text)):
            continue  # Chinese prose: its Latin words are glosses of what comes before
        text = paragraph.text
        for match in _FOLLOWED.finditer(text):
            line_start, line_end = paragraph.line_bounds(match.start("han"))
            if line_start == match.start("han") or match.start("latin") >= line_end:
                continue  # a list's rows, "资讯权 / Access to information": rows' to read
            latin = match["latin"].strip()
            words = latin.split()
            while words and words[-1].casefold() in _TRAILING:
                words.pop()
            if not 1 <= len(words) <= _MOST_WORDS:
                continue
            latin = " ".join(words)
            yield Candidate(
                terms=(CandidateTerm(match["han"], ZH_HANS), CandidateTerm(latin, span_language(
                    latin, text[max(0, match.start() - 200):match.end() + 200], default))),
                evidence=evidence(document, paragraph, match.start("han"),
                                  match.start("latin") + len(latin), NAME, CONFIDENCE))


_FOLLOWED = han.pattern(
    # (the Chinese may be quoted, as a dictionary's examples are: 'e.g., "朋党" - clique')
    r"(?<=[A-Za-z,;:)\"”'’] )(?P<quote>[\"“])?(?P<han>[\p{Han}][\p{Han}·]{1,30})"
    r"(?(quote)[\"”])[ \t]+(?:[-–—][ \t]+)?"
    r"(?P<latin>[A-Za-z][A-Za-z'’ -]{1,100}?)"
    r"(?=\s*(?:[,.;:!?()\"“”\[\]|\p{Han}]|$)|\s+(?:and|or|which|that|who|is|are|was|were|has|"
    r"have|et|y|qui|que|est|es)\s)")
_TRAILING = frozenset("the a an of and or".split())
_MOST_WORDS = 6


def _mostly_latin(text: str) -> bool:
    """A line too short for its language to be told ("2. Noun: Interest group (e.g., "朋党"
    - clique);") is English prose when its letters outnumber its characters twice."""
    return len(re.findall(r"[A-Za-z]", text)) > 2 * han_count(text)


def _best_prefix(run: str, english: str) -> str:
    """The start of `run` whose characters explain the most English words; the shortest
    of equals, so the next sentence is not taken in."""
    from glossary.build.scorer import links
    from glossary.normalize.segment import jieba

    best, best_count = run, -1
    end = 0
    for word in jieba().cut(run):
        end += len(word)
        count = len(links(run[:end], english, "en").words)
        if count > best_count:
            best, best_count = run[:end], count
    return best

