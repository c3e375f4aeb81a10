"""Chinese prose that names a term's rendering in words, not brackets:

    全国委员会即national committee
    “四个全面”即Four Comprehensives
    它的英文是Central Leading Group for Inspection Work.   (它: the term quoted before)
    NPC为我国最高立法机构,因此也可称为top legislature
    文中的“NPC delegation”就是“人大代表团”的意思     (the rendering quoted first)

Bilingual news columns and study notes explain terms this way.  Method: a copula that
introduces a translation (即, 即为, 就是, 是 right after a quoted term, 也称, 又称, 称为, 译为,
可译为, 一般译为, 译作, 也可写作, 英文是, 英文为, 英文叫, 的英文表达是…), after the term or a comma after it ("北京市教育委员会，译为Beijing Municipal…"),
followed by Latin text; the rendering runs to the next Chinese character or clause
punctuation (at most sixteen words).  The Chinese is the quoted term right before the
copula, else the quoted term the sentence is about when it says 它 (it), else the tail of
the Chinese run before the copula that the rendering explains best (``zh_first``'s chooser).
Prose that only *discusses* renderings (人类，用human换下mankind) has no such copula and gives
nothing.  Confidence 0.7: the scorer keeps a pair only when a word links the two sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.build.extract.zh_first import term_before
from glossary.build.language import span_language
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm

NAME = "named-as"
CONFIDENCE = 0.7
_COPULA = han.pattern(
    r"(?P<before>[\p{Han}0-9“”「」\"]{1,40}?)[，,]?\s*"
    r"(?P<copula>(?:的)?(?:官方|[标標]准|正式)?(?:英|法|西班牙|西)(?:[语語]|文)(?:的)?(?:翻[译譯]|[译譯]名|[译譯]法)(?:[为為]|是|成)|(?:英|法|西班牙|西)(?:[语語]|文)中?(?:[称稱][为為]|叫做?|叫作)|"
    r"的英[文语語](?:名[称稱]|名字|[说說]法|翻[译譯]|表[达達]|表述)?(?:是|[为為]|叫做?)|英[文语語](?:是|[为為]|叫做?)|"
    r"(?:英|法|西班牙|西)[译譯](?:文|名)?(?:[为為]|是)|即[为為]|即|就是|(?<=[”」\"])(?:[应應][该該]|[应應]|[则則])?是|也[称稱][为為]?|又[称稱][为為]?|"
    r"(?:英文)?[缩縮][写寫](?:用|[为為]|是)|也可[称稱][为為]|[称稱][为為]|[简簡][称稱][为為]?|(?:也可|也|可)?[写寫]作|(?:可|一般|均|通常|[统統]一|[应應]|[则則])?翻?(?:[译譯][为為]|[译譯]作|[译譯]成))"
    r"\s*[:：]?\s*[“\"「『]?(?P<latin>[A-Za-z][^\p{Han}，。；;,、()（）」』]{1,150})")
_QUOTED = han.pattern(r"[“「\"]([\p{Han}]{2,20})[”」\"]")
# a further rendering the same sentence allows: "…,或TAIWAN, CHINA,或CHINESE TAIWAN"
_OR_ELSE = han.pattern(r"\s*[,，、]?\s*(?:或者|或是|或)\s*[:：]?\s*[“\"「『]?"
                       r"(?P<latin>[A-Za-z][^\p{Han}，。；;,、()（）」』]{1,150})")
# The other way round, the rendering quoted first: "“NPC delegation”就是“人大代表团”的意思",
# "“panel discussions”是指“小组讨论”", "用“NPC deputies”来表示“人大代表”"
_EXPLAINED = han.pattern(
    r"(?:用\s*)?[“\"](?P<latin>[A-Za-z][^“”\"\p{Han}]{0,80}?)[”\"]\s*"
    r"(?:就是|是指|指的是|意思是|意[为為]|即|指|是|[来來]?表[示达達]|[来來]指)\s*"
    r"[“「\"](?P<zh>[\p{Han}]{2,20})[”」\"]"
    # or a colon between: "(also known as the “organs of state power”: 国家权力机关)"
    r"|[“\"](?P<latin2>[A-Za-z][^“”\"\p{Han}]{0,80}?)[”\"]\s*[:：]\s*(?P<zh2>[\p{Han}]{2,20})"
    r"(?=[)）,，;；。.\s]|$)")
_MAX_WORDS = 16  # "the 6th Plenary Session of the 19th Central Committee of the CPC"
# and what it says of the term between: "“倡议”一词译为", "“一带一路”简称译为", "“丝绸之路经济
# 带和21世纪海上丝绸之路”的英文全称译为"
_QUOTED_NEAR = han.pattern(r"[“「\"]([\p{Han}0-9]{2,30})[”」\"](?:的)?(?:(?:英|法|西班牙|西)[文语語])?"
                           r"(?:全[称稱]|[简簡][称稱]|[缩縮][写寫]|[译譯]名|一[词詞语語]|[这這]一?[个個]?[词詞]|"
                           r"在这里|在此|一般|通常|常见|常用|常|也|都|被|统|可以|可|多)*$")


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        text = paragraph.text
        for match in _COPULA.finditer(text):
            rendering = _rendering(match["latin"])
            if not rendering:
                continue
            chinese = _chinese(text, match, rendering)
            if not chinese:
                continue
            end = match.end("latin")
            while rendering:
                lang = span_language(rendering, rendering)
                yield Candidate(
                    terms=(CandidateTerm(chinese, ZH_HANS), CandidateTerm(rendering, lang)),
                    evidence=evidence(document, paragraph, match.start("before"), end, NAME,
                                      CONFIDENCE))
                other = _OR_ELSE.match(text, end)  # "…为:TAIWAN PROVINCE OF CHINA,或CHINESE TAIWAN"
                rendering = _rendering(other["latin"]) if other else None
                end = other.end() if other else end
    yield from _explained(document)


# Unquoted, in a language tip's explanation: "文中的the CPC’s 90th founding anniversary
# 即指建党90周年", "the Central Committee of the Communist Party of China是指“中国共产党中央委员会”"
_POINTED = han.pattern(r"(?:(?<=[\p{Han}，,。：:])|(?<=文中的))\s*(?P<latin>[A-Za-z][A-Za-z0-9'’ .-]{1,80}?)"
                       r"\s*(?:即指|是指|指的是)\s*[“「\"]?(?P<zh>[\p{Han}0-9]{2,20})")


# "一般报道里都会用“Deux Sessions”来代表两会": the Chinese unquoted after the verb
_USED = han.pattern(r"用\s*[“\"](?P<latin>[A-Za-z][^“”\"\p{Han}]{0,80}?)[”\"]\s*[来來]?"
                    r"(?:表示|表达|表達|代表|指|翻译|翻譯)\s*[“「\"]?(?P<zh>[\p{Han}]{2,20})")


def _explained(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        matches = [*_EXPLAINED.finditer(paragraph.text), *_POINTED.finditer(paragraph.text),
                   *_USED.finditer(paragraph.text)]
        seen: set[tuple[str, str]] = set()
        for match in matches:
            groups = match.groupdict()
            rendering = _rendering(groups["latin"] or groups.get("latin2") or "")
            chinese = groups["zh"] or groups.get("zh2") or ""
            if rendering and (chinese, rendering) not in seen:
                seen.add((chinese, rendering))
                yield Candidate(
                    terms=(CandidateTerm(chinese, ZH_HANS), CandidateTerm(
                        rendering, span_language(rendering, rendering, document.latin_language))),
                    evidence=evidence(document, paragraph, match.start(), match.end(), NAME,
                                      CONFIDENCE))


def _rendering(latin: str) -> str | None:
    text = re.split(r"\s+(?:or|and also|also)\s+|[.!?](?:\s|$)", latin.strip())[0]
    text = text.strip(" .:;\"'“”「」『』")
    words = text.split()
    return text if 1 <= len(words) <= _MAX_WORDS else None


def _chinese(text: str, match: re.Match[str], rendering: str) -> str | None:
    before = match["before"].removesuffix("的").removesuffix("被")  # 被称为: "is called"
    quoted = _QUOTED.search(before[-22:])
    if quoted and before.rstrip("”」\"").endswith(quoted.group(1)):
        return quoted.group(1)
    # a quoted term and a few words before the copula: "“民主党派”在这里被统称为non-Communist parties"
    near = _QUOTED_NEAR.search(before)
    if near:
        return near.group(1)
    if before.endswith("它") or before.endswith("其"):
        earlier = _QUOTED.findall(text[:match.start("before") + len(before)])
        return earlier[-1] if earlier else None
    run = before.strip("“”「」\"")
    if len(run) < 2:
        return None
    return term_before(run, len(rendering.split()) + 2, rendering)
