"""How each source line is read before ``line_pairs`` pairs it with its neighbour.

A line stands for what a reader sees in it, not for its characters:

- cells glued where a page lost its line breaks are read apart ("…Pueblo Chino (CCPPCh)第十三届
  …": a Spanish cell, then a Chinese one), when every piece is in one script;
- a language-tips headline ("“中国人民政治协商会议”英语怎么说?") stands for its term, a
  learner's "Définition : Politique, …" for the definition's head;
- a table cell of senses, each with its reading ("yìhuì 议会, guóhuì 国会") for its Chinese
  terms between slashes;
- a heading ending in the translation's part number ("…的历程 I.") for the heading, a
  dictionary headword followed by its pinyin for the headword, a slogan without its "!";
- a Latin title broken after a connector ("CONSTITUTION OF" / "THE PEOPLE'S REPUBLIC OF
  CHINA") for the whole title.
"""

from __future__ import annotations

import re

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract.rows import LIST_MARKER, cells, classify
from glossary.han import han_count
from glossary.normalize.readings import reads, syllables_of

Line = tuple[Paragraph, int, str]  # the paragraph, the line's offset in it, what it stands for


def read_lines(document: Document) -> list[Line]:
    """The document's non-blank source lines in order, each read for what it stands for."""
    found = [(paragraph, offset + start, _asked(line) or _defined(line) or _senses(line) or
              _without_reading(_unnumbered(LIST_MARKER.sub("", line, count=1).strip())))
             for paragraph in document.paragraphs for offset, whole in paragraph.source_lines()
             for start, line in _unglued(whole)]
    return _titles_joined([entry for entry in found if entry[2]])


# Where a page lost its line breaks between a table's cells, a phrase in Latin script runs
# straight into the next Chinese cell ("…Pueblo Chino (CCPPCh)第十三届…") or the Chinese into
# the phrase ("…第二次会议la segunda sesión…").  Acronyms glued to Chinese (APEC蓝, G20峰会)
# are not phrases: a Latin side of two words at least is asked for.
_GLUED = han.pattern(r"(?:(?<=[a-zà-ÿ]{2})|(?<=[)）]))(?=[\p{Han}“]|\d{1,2}[、.．][\p{Han}“])|"
                     r"(?<=[\p{Han}”])(?=[A-Za-zÀ-ÿ][a-zà-ÿ]*\s+[A-Za-zÀ-ÿ]{2,})")


def _unglued(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the cells a line holds: itself, or the Chinese and Latin phrases
    glued into it, when every piece is in one script."""
    cuts = [m.start() for m in _GLUED.finditer(line)]
    if not cuts:
        return [(0, line)]
    bounds = [0, *cuts, len(line)]
    pieces = [(a, line[a:b]) for a, b in zip(bounds, bounds[1:])]
    pure = all(bool(han_count(p)) != bool(re.search(r"[A-Za-z]{2}", p)) for _, p in pieces)
    latin = [p for _, p in pieces if not han_count(p)]
    # ("Simplified Chinese中央军事委员会": a name box's label and its value, and
    # "改革开放Gaigé Kaifàng": a headword and its reading, are not two cells)
    han_text = "".join(p for _, p in pieces if han_count(p))
    cells_ = pure and all(len(p.split()) >= 2 and classify(p).kind == "latin" and
                          not reads(han_text, p) for p in latin)
    return pieces if cells_ else [(0, line)]



# A language-tips headline that asks for the term's English, answered on the next line:
# "英语热词 | “中国人民政治协商会议”英语怎么说?"
# or, unquoted, "双减政策的英语是什么?"
_ASKED = han.pattern(r"[“「\"](?P<term>[\p{Han}·]{2,30})[”」\"]\s*(?:的|用)?(?:英语|英文|法语|西班牙语)?"
                     r"(?:怎么说|怎么翻译|怎么译|如何翻译|如何表达|如何说)|"
                     r"^\s*(?P<bare>[\p{Han}·]{2,20}?)(?:的|用)(?:英语|英文|法语|西班牙语)"
                     r"(?:怎么说|怎么翻译|怎么译|如何翻译|如何表达|如何说|是什么)")



# A learner's vocabulary page: the word and its reading, then "Définition : Politique, en
# référence à…" — the rendering is the definition's head, before its first comma
_DEFINED = re.compile(r"^\s*(?:D[ée]finition|Definici[óo]n|Meaning|Translation|Traduction|"
                      r"Traducci[óo]n|Signification|Significado|English|Fran[çc]ais|Espa[ñn]ol)"
                      r"\s*:\s*(?P<head>[^,.;:()（）]{2,60}?)\s*(?:[,.;(]|$)", re.IGNORECASE)


def _defined(line: str) -> str:
    found = _DEFINED.match(line)
    return found["head"] if found and not han_count(found["head"]) else ""


def _asked(line: str) -> str:
    found = _ASKED.search(line)
    return (found["term"] or found["bare"]) if found else ""


_DANGLING = re.compile(r"\b(?:of|the|and|for|on|in|to|de|du|des|la|le|del|y|et)\s*$", re.IGNORECASE)


# … or the next line opens with the connector: "Central Committee" / "of the Communist Party
# of China", a name's words capitalised up to the break
_GOES_ON = re.compile(r"(?:of|for|on|in)\s+(?:the\s+)?[A-Z]")
_NAME_SO_FAR = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the))*")


def _titles_joined(found: list[Line]) -> list[Line]:
    """A title broken over two lines ("CONSTITUTION OF" / "THE PEOPLE'S REPUBLIC OF CHINA")
    as one line: a Latin line ending in a connector goes on in the next Latin line, and so
    does a name whose next line opens with one."""
    joined: list[Line] = []
    for entry in found:
        if joined and (_DANGLING.search(joined[-1][2]) or _GOES_ON.match(entry[2]) and
                       _NAME_SO_FAR.fullmatch(joined[-1][2])) and \
                not han_count(joined[-1][2]) and not han_count(entry[2]) and \
                re.match(r"[A-Za-z]", entry[2]):
            paragraph, offset, line = joined[-1]
            joined[-1] = (paragraph, offset, f"{line.rstrip()} {entry[2]}")
        else:
            joined.append(entry)
    return joined


# One sense of a learner's table cell: a label in brackets, a reading, the Chinese
# ("(en examen) yìngkâo rén 应考任"); a cell lists several, between bullets or commas.
_SENSE = han.pattern(r"\s*(?:[(（][^()（）\p{Han}]{1,40}[)）]\s*)?"
                     r"(?P<reading>(?:[a-zà-ÿāēīōūǎěǐǒǔǘǚǜ'’]+\d?\s+){0,4})([\p{Han}]{1,12})\s*[(（]?\s*")


def _senses(line: str) -> str:
    """A cell of several senses, each with its reading ("liánméng 联盟", "yìhuì 议会, guóhuì
    国会 • (de medida) dänwèi 单位"), as its Chinese terms between slashes, paired each with
    the line the table sets beside it; "" for any other line."""
    line = LIST_MARKER.sub("", line, count=1).strip()
    if not han_count(line) or not re.search(r"[a-zà-ÿ]", line):
        return ""
    parts = re.split(r"\s*[•·,，;；]\s*", line)
    senses = [_SENSE.fullmatch(part) for part in parts]
    # each reading spelled in pinyin's syllables, whatever its marks ("hòuxuân rén"), not a
    # rendering before its Chinese ("estabilidad 稳定", a row)
    if not all(senses) or sum(han_count(p) for p in parts) < 2 or not all(
            sense and all(syllables_of(w) for w in sense["reading"].split())
            for sense in senses):
        return ""
    return " / ".join(sense[2] for sense in senses if sense)


# The other language's part number left at the end of a heading: "一、香港顺利回归祖国的历程 I."
_PART_NUMBER = re.compile(r"\s+(?:[IVXLC]{1,6}|\d{1,3})\.$")


_SLOGAN_HAN, _SLOGAN_WORDS = 16, 12  # (line_pairs: longer lines ending in "!" are sentences)


def _unnumbered(line: str) -> str:
    if han_count(line) <= _SLOGAN_HAN and len(line.split()) <= _SLOGAN_WORDS:
        line = line.rstrip("!！")  # a slogan's exclamation: "…中国共产党万岁!", not a sentence's
    bare = _PART_NUMBER.sub("", line)
    return bare if bare != line and han_count(bare) and not re.search(r"[A-Za-z]", bare) else line


def _without_reading(line: str) -> str:
    """A dictionary's headword line without the pinyin after it ("人民代表大会 rénmín dàibiǎo
    dàhuì", its English on the next line)."""
    if not han_count(line) or not re.search(r"[A-Za-z]", line):
        return line
    parts = cells(line)
    kinds = [classify(p).kind for p in parts]
    if len(parts) == 2 and kinds[0] == "zh" and (
            kinds[1] == "pinyin" or kinds[1] == "latin" and reads(parts[0], parts[1])):
        return parts[0]  # "经济工作会议 – jingji gongzuo huiyi": toneless, but its reading
    return line
