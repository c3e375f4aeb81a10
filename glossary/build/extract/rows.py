"""Bilingual rows: one line (or table row) that pairs a Chinese term with its renderings.

    全面深化改革|comprehensively deepening reform          (lexicon: | tab : — – - =)
    - 共同富裕 common prosperity                            (Markdown bullet, no separator)
    | 中文 | English | Français |  then  | 中国梦 | Chinese Dream | rêve chinois |
    Central Commission for Discipline Inspection 中国共产党中央纪律检查委员会
    按份之债 several obligation 版权 copyright 保证人 guarantor   (a run-on list, Chinese first)

Method.  Each source line (an HTML table row or ``dt``/``dd`` pair arrives as one line,
cells joined by " | ") loses its list marker and is cut into cells: at ``|`` or tabs when
present, else at the first separator between a Han part and a Latin part, else where the
script changes.  Each cell is Chinese (Han, no Latin letters), a language label ("Simplified
Chinese", "英文", "Français"), pinyin (``readings``), or Latin text.  A header row of labels
names the languages of the columns below it; a header of fields named by language
("UNTERM Chinese Formal | UNTERM English Formal | official_name_cn | official_name_fr")
pairs each Chinese column with the Latin columns of its own field; otherwise each
rendering's language is found from the span (``language.span_language``).

- One Chinese cell and Latin cells: a candidate of the Chinese and every rendering.  Pinyin
  cells are readings: kept as a note, never as a rendering.
- A label and a Chinese cell (an infobox flattened to text) is ``infobox``'s to read.
- A row whose cells are sentences (a Chinese cell with 。 or more than 30 characters, a Latin
  one of more than 15 words) is a sentence pair, not a term.  In a table (a bar or a tab
  between the cells), one Chinese and one Latin sentence give the terms inside them, as a
  pair of lines does (``line_pairs.inside``); a line split where its script changes gives
  none.

Confidence: 0.8 for a row with a separator or a header, 0.7 when only the script change
divides it.  The scorer (``judge``) still decides: a row whose two
sides do not translate each other is rejected there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract import _columns, cedict, records, shifted_rows, wikitext
from glossary.build.extract import _sections as sections
from glossary.build.extract._evidence import evidence
from glossary.build.extract._truncation import review
from glossary.build.extract.acronyms import acronym_first
from glossary.build.language import span_language
from glossary.han import han_count
from glossary.langtags import ZH_HANS, from_field
from glossary.model import Candidate, CandidateTerm, TermType
from glossary.normalize.readings import is_pinyin, reads
from glossary.normalize.script import to_simplified

NAME = "rows"
LIST_MARKER = re.compile(r"^\s*(?:[-*+•●▪◆■□·]|[–—](?=\s)|#{1,6}|>|\d{1,3}[.)、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
                     r"[一二三四五六七八九十]{1,3}[、.．]|[a-z][.)]|"
                     # a law's or charter's chapter, section, article: 第一章 宗旨及原则
                     + sections.CHINESE.pattern + r"(?=\s))\s*")
_SEPARATORS = han.pattern(r"\s*(?:\t|：|:\s|(?<=[\p{Han}]):|:(?=[\p{Han}])|\s=\s|"
                         # a column's gap of spaces where the script changes
                         r"(?<=[A-Za-z.)])\s{3,}(?=[\p{Han}])|(?<=[\p{Han}])\s{3,}(?=[A-Za-z])|"
                         # a dash leader; a dash between two Latin letters joins ("VICE—CHAIRMAN")
                         r"\s[—–-]{1,2}\s|(?<![A-Za-zÀ-ɏ])[—–]{1,2}|[—–]{1,2}(?![A-Za-zÀ-ɏ])|"
                         r"-{3,}|(?<=[\p{Han}])\s?;\s)\s*")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_HAN_READING = han.pattern(r"^(?P<han>[(（]?[\p{Han}][\p{Han}()（）·]*)\s*[(（](?P<latin>[^()（）\p{Han}]+)[)）][.。]?$"
                          # … or after a comma: "战狼, zhànláng : loup guerrier"
                          r"|^(?P<han2>[\p{Han}][\p{Han}·]*)\s*[,，]\s*(?P<latin2>[^,，()（）\p{Han}]+)$")
_HAN_PART = r"[\p{Han}·《》“”「」\d（）()、，；+＋/／]"  # 互联网+; "外交部；外务省", "人民银行/央行": alternatives
_SCRIPT_SPLIT = han.pattern(r"^(?P<a>HP*[\p{Han}]HP*)\s*(?P<b>[^\p{Han}]+)$".replace("HP", _HAN_PART)
                           + r"|^(?P<c>[^\p{Han}]+?)\s*(?P<d>HP*[\p{Han}]HP*)$".replace("HP", _HAN_PART)
                           # "派系 faction (前面可以加party faction…)": a note after the rendering
                           + r"|^(?P<e>[\p{Han}·]+)\s+(?P<f>[A-Za-z][^\p{Han}()（）]*?)\s*[(（].*$"
                           # "Zǒnglǐ 总理 Prime Minister": a reading, the term, its rendering
                           + r"|^(?P<g>[^\p{Han}\d]+?)\s*(?P<h>[\p{Han}][\p{Han}·]*)\s+"
                             r"(?P<i>[^\p{Han}]+)$")
_CELL_TRIM = " \t*_`\"'“”‘’«»「」『』[]。.,;；，、:：|%$#"
_MAX_ZH = 30
_ZH_FIRST_GLOSS = han.pattern(r"[\p{Han}]\s*[(（][A-Za-z]")
_MAX_WORDS = 15

LABELS: dict[str, str] = {}
for _lang, _names in {
    "zh": "chinese|simplified chinese|traditional chinese|simplified|traditional|中文|汉语|漢語|"
          "简体|簡體|繁体|繁體|简体中文|繁体中文|chinois|chino|chino simplificado|chino tradicional|"
          "chinois simplifié|chinois traditionnel|zh|zh-cn|zh-hans|zh-hant|术语|術語",
    "en": "english|英文|英语|英語|anglais|inglés|ingles|en|en-us|en-gb|translation|译文|譯文",
    "fr": "french|français|francais|法文|法语|法語|francés|frances|fr",
    "es": "spanish|español|espanol|espagnol|西班牙文|西班牙语|西班牙語|es",
    "pinyin": "pinyin|hanyu pinyin|拼音|standard mandarin|transcriptions|romanization|romanisation",
    "other": "literal meaning|significado literal|sens littéral|meaning|wade–giles|wade-giles|jyutping|yale romanization|"
             "cantonese|ipa|zhuyin|bopomofo|notes|note|备注|例句|example|examples|说明|简称|簡稱|缩写|縮寫|"
             "category|categories|分类|分類|类别|類別|类型|類型|领域|領域|释义|釋義|出处|出處",
}.items():
    for _name in _names.split("|"):
        LABELS[_name] = _lang


# A Chinese header that names its column's language and what it holds: 中文译名1, 英文名称,
# 外语词全称 (a foreign word's full name: Latin, its language the cells' own), 外语词缩略语
_HEADER = han.pattern(r"(?P<lang>中文|汉语|漢語|简体|簡體|繁体|繁體|英文|英语|英語|法文|法语|法語|"
                      r"西班牙文|西班牙语|西班牙語|外语|外語|外文|原文)?[\p{Han}]{0,3}?"
                      r"(?P<what>译名|譯名|名称|名稱|全称|全稱|缩略语|縮略語|缩写|縮寫|简称|簡稱|术语|術語|"
                      r"表达|表達|词汇|詞彙|翻译|翻譯)\s*\d?")
_NUMBER_HEADER = frozenset("序号 序號 编号 編號 序 no no. # 号 號".split())


def _header_label(text: str) -> str:
    """The language a compound header names (中文译名1 → zh; 外语词全称 or 外语词缩略语 →
    "latin", a Latin column whose cells say their language), or "other" for a column of
    numbers (序号); "" for any other cell."""
    if text.casefold() in _NUMBER_HEADER:
        return "other"
    found = _HEADER.fullmatch(text)
    if not found or not found["lang"] and found["what"] not in ("译名", "譯名"):
        return ""
    # (a language's name is a label of its own: LABELS says which language it names)
    return LABELS.get(found["lang"] or "", "zh" if found["what"] in ("译名", "譯名") else "latin")


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str  # "zh", "latin", "label", "pinyin", "empty", "mixed"
    lang: str = ""  # for a label: the language it names


_SYMBOLS = re.compile(r"[\u2190-\u2bff\u2800-\u28ff\U0001f000-\U0001faff\ufe0f]")


@lru_cache(maxsize=1 << 14)  # rows, shifted_rows and line_pairs classify the same cells
def classify(text: str) -> Cell:
    text = _trimmed(_SYMBOLS.sub("", text))
    if not text:
        return Cell(text, "empty")
    label = LABELS.get(text.casefold().rstrip(" :：")) or _header_label(text)
    if label:
        return Cell(text, "label", label)
    han, latin = han_count(text), bool(_LATIN.search(text))
    if han and (not latin or _ACRONYM_IN_CHINESE.fullmatch(text)):
        return Cell(text, "zh")  # 20国集团, APEC蓝: acronyms and digits are part of Chinese terms
    if latin and not han:
        return Cell(text, "pinyin" if is_pinyin(_undotted(text)) else "latin")
    if re.search(r"[A-Za-z]", text) and re.search(r"(?:或者|或)", text) and \
            not han_count(re.sub(r"或者|或", "", text)):
        return Cell(text, "latin")  # "the societal will 或the will of society": alternatives
    return Cell(text, "mixed" if han else "empty")


def _trimmed(text: str) -> str:
    """The cell without the marks around it, but with the other half of a pair of quotes
    it holds one of: 腐败「零容忍」 keeps its 」, “一带一路”倡议 its “."""
    trimmed = text.strip(_CELL_TRIM)
    if not trimmed:
        return trimmed
    start = text.index(trimmed)
    before, rest = text[:start].rstrip(), text[start + len(trimmed):].lstrip()
    end = start + len(trimmed)
    for opening, closing in _PAIRED:  # (the space inside a French quote kept: « trois couleurs »)
        if trimmed.count(opening) > trimmed.count(closing) and rest.startswith(closing):
            return text[start:text.index(closing, end) + 1]
        if trimmed.count(closing) > trimmed.count(opening) and before.endswith(opening):
            return text[text.rindex(opening, 0, start):end]
    return trimmed


_PAIRED = (("「", "」"), ("『", "』"), ("“", "”"), ("«", "»"))


# A column's tag before the term: "【热词】巡视利剑 sword of inspection", "两会热词：新质生产力
# new quality productive forces" (a Chinese label and a colon, then more Chinese).
_HEADING_LABEL = han.pattern(r"^(?:【[^】]{1,12}】|[\p{Han}]{2,8}[：:])\s*(?=[\p{Han}“])")
# A learner's level after the reading ("总理 ; zǒnglǐ (HSK 5)")
_LEVEL = re.compile(r"\s*[(（](?:HSK|TOCFL)\s*\d[)）]")
# A law's contents line, each side numbered: "Chapter IX Supplemental Provisions 第九章 附  则"
# (the Chinese title spaced out to the width of a longer one)
# or the other way round ("第一章 总 纲 Chapter I General Principle")
_LATIN_NUMBERED = r"(?P<latin>(?:" + sections.ENGLISH.pattern + r")[^\p{Han}]+?)"
_HAN_NUMBERED = sections.CHINESE.pattern + r"\s+(?P<han>[\p{Han}][\p{Han}\s]*?)"
_NUMBERED_PAIR = han.pattern(rf"\s*(?:{_LATIN_NUMBERED}\s+{_HAN_NUMBERED}|"
                             rf"{_HAN_NUMBERED.replace('han>', 'han2>')}\s+"
                             rf"{_LATIN_NUMBERED.replace('latin>', 'latin2>')})\s*")
# A dictionary's Simplified and Traditional headwords side by side
_BOTH_FORMS = han.pattern(r"^(?P<a>[\p{Han}]{2,30})\s+(?P<b>[\p{Han}]{2,30})(?=\s)")
# A term in lenticular brackets before its rendering: "【双减】 double reduction"
_TERM_IN_LENTICULAR = han.pattern(r"^【([\p{Han}]{1,30})】\s*(?=[A-Za-z])")
# Markdown emphasis around a cell's text ("**内卷** (*nèijuǎn*): involution")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")


_CELL_LINK = re.compile(r"\[([^\[\]|]+)\]\([^()|\s]*\)")


def cells(line: str) -> list[str]:
    """The cells of a row: split at | or tabs, and any cell holding both scripts at its
    separator or where the script changes."""
    # (a dictionary's cross-reference, "abbr. for 參議院|参议院[can1 yi4 yuan4]", holds a bar
    # that is no cell's and Chinese that is no term's)
    line = _CROSS_REFERENCE.sub("", line)
    numbered = _NUMBERED_PAIR.fullmatch(line)
    if numbered:
        return [numbered["latin"] or numbered["latin2"],
                re.sub(r"\s+", "", numbered["han"] or numbered["han2"])]
    line = LIST_MARKER.sub("", line, count=1).strip()
    aside = _CHINESE_ASIDE.search(line)
    if aside and _LATIN.search(line) and \
            not han.in_order(aside["aside"], (han.han_runs(line[:aside.start()]) or [""])[-1]):
        line = line[:aside.start()]  # "… 人类命运共同体 (请戳往期链接)": a remark, not a cell
    if _QUOTED_TUPLE.fullmatch(line):  # ["城市形态", "la morphologie urbaine"], in code
        return [m["dq"].replace('\\"', '"') if m["dq"] is not None else
                m["sq"].replace("\\'", "'") for m in _QUOTED_CELL.finditer(line)]
    # a Markdown link is its text: "| [货币](货币.md) | currency |"
    line = _CELL_LINK.sub(r"\1", line)
    line = _HEADING_LABEL.sub("", _EMPHASIS.sub("", line), count=1)
    line = _TERM_IN_LENTICULAR.sub(r"\1 ", line, count=1)
    line = _LEVEL.sub("", line)
    both = _BOTH_FORMS.match(line)
    if both and to_simplified(both["b"]) == to_simplified(both["a"]):
        line = both["a"] + line[both.end():]  # "暴政 暴政 bao4 zheng4": the headword twice
    tagged = _TAGGED_ENTRY.fullmatch(line)
    if tagged:  # "assouplissement n.m 放宽,放松": the word, then its senses
        return [tagged["word"], _alternative_senses(tagged["senses"])]
    if "|" in line:
        parts = line.strip("|").split("|")
    elif "\t" in line:
        parts = line.split("\t")
    else:
        parts = [line]
    return [_USAGE_LABEL.sub("", piece) for part in parts
            for piece in _split_scripts(_sense_list(part.strip()))]


# A remark in Chinese, in brackets, after a row's Chinese ("(请戳往期链接)", "see the earlier
# post"); a short form of the name is no remark ("全国人民代表大会（全国人大）")
_CHINESE_ASIDE = han.pattern(r"(?<=[\p{Han}])\s*[(（](?P<aside>[\p{Han}，,]{2,20})[)）]\s*$")


# A row kept in code or data as a list or tuple of two to four strings, one a line:
# ["城市形态", "la morphologie urbaine"],  ('国务院', 'State Council'),
_STRING = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
_QUOTED_TUPLE = re.compile(rf"[\[(]\s*{_STRING}(?:\s*,\s*{_STRING}){{1,3}}\s*[\])]\s*[,;]?")
_QUOTED_CELL = re.compile(r"""(?:"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>(?:[^'\\]|\\.)*)')""")


# A dictionary's usage label before the senses: "（美）初选；预选" (US), "（口）" (colloquial)
_USAGE_LABEL = han.pattern(r"^[（(][\p{Han}]{1,2}[)）]\s*(?=[\p{Han}])")


# A learner's word list gives an English headword's Chinese senses after a part-of-speech
# tag: "republic | n. 共和国; 共和政体", "reform | n. 改革, 改良 v. 改革, 改良, 改过自新".
_POS = r"(?:n|v|vt|vi|adj|adv|prep|conj|pron|num|art|int|interj|abbr|aux|pl)\."
_POS_SENSES = han.pattern(rf"{_POS}\s*([^A-Za-z]*[\p{{Han}}][^A-Za-z]*?)\s*(?:{_POS}.*)?")


# A learner's vocabulary line: a French, Spanish or English word, its part of speech (and
# gender), then its Chinese senses ("assouplissement n.m 放宽,放松", "expédier v.t. 运送,发送")
_TAGGED_ENTRY = han.pattern(
    r"(?P<word>[A-Za-zÀ-ÿ'’-]+(?:\s+[A-Za-zÀ-ÿ'’-]+){0,3})\s+"
    r"(?:n\.?\s?[mf](?:\.?pl)?|v\.?\s?(?:t|i|pr)|adj|adv|loc|prép|prep|conj|pron|n|v|vt|vi)\.?\s*"
    r"(?P<senses>[\p{Han}][\p{Han}，,；;、\s]*)")


def _sense_list(cell: str) -> str:
    """A cell of tagged senses as the senses of its first part of speech, in the form of a
    Chinese cell of alternatives ("共和国；共和政体"); any other cell as it is."""
    tagged = _POS_SENSES.fullmatch(cell)
    return _alternative_senses(tagged[1]) if tagged else cell


def _alternative_senses(senses: str) -> str:
    """Chinese senses between commas or semicolons, as a cell of alternatives that
    ``_listed`` reads: "放宽,放松" → "放宽；放松"."""
    return "；".join(s.strip() for s in re.split(r"[;；,，]", senses) if s.strip())


def _with_stop(raw: list[str], i: int) -> str:
    """Cell i with the full stop the script split left at the next cell's start (德国人民支持
    …高涨 | 。The Germans…): the Chinese sentence ended there."""
    after = raw[i + 1][:1] if i + 1 < len(raw) else ""
    return raw[i] + after if after in ("。", "！", "？") else raw[i]


def _ends_sentence(cell: str, last: bool) -> bool:
    """A Chinese cell that ends a sentence: 。！？, or a full stop after a verb or a clause;
    a glossary line may end its term with one ("Cadre evaluation system: 官员考核体系.")."""
    cell = cell.rstrip()
    if cell.endswith(tuple("。!！?？")):
        return True
    if not cell.endswith("."):
        return False
    from glossary.normalize.segment import jieba

    # a greeting or a short reply ("谢谢.") is a sentence; a name of four characters or
    # more that does not end in a verb or particle is a term
    words = list(jieba().posseg.cut(cell.rstrip(".")))
    return not last or han_count(cell) < 4 or bool(words) and \
        words[-1].flag.startswith(("v", "u", "y", "e", "d"))


def _with_reading(text: str) -> list[str] | None:
    """[Chinese, reading] for a Chinese cell followed by its pinyin in brackets
    ("官员考核体系 (guan yuan kao he tixi).") or after a comma ("战狼, zhànláng"), else None."""
    found = _HAN_READING.match(text)
    if found is None:
        return None
    chinese, latin = found["han"] or found["han2"], found["latin"] or found["latin2"]
    if is_pinyin(latin) or reads(chinese, latin):
        return [chinese, latin]
    return None


def _after_reading(zh: str, text: str) -> str:
    """The cell without the Chinese's reading in front of it: "政府 zhèngfǔ gouvernement"
    puts the pinyin and the rendering in one cell."""
    words = text.split()
    for cut in range(min(len(words) - 1, han_count(zh)), 0, -1):
        if reads(zh, " ".join(words[:cut])):
            return " ".join(words[cut:])
    if text.isascii() or not words or not _starts_reading(zh, words[0]):
        return text
    # a dictionary page's reading run into its gloss: "政治学 zhèngzhì xuépolitics"; the
    # reading ends on a tone-marked syllable, so "politics" is not taken for its end
    for cut in range(min(len(words), han_count(zh)), 0, -1):
        last = words[cut - 1]
        for end in range(len(last) - 2, 0, -1):
            head = [*words[:cut - 1], last[:end]]
            if not last[:end].isascii() and _TONED_END.search(last[:end]) and \
                    reads(zh, " ".join(head)):
                return " ".join([last[end:], *words[cut:]])
    return text


def _starts_reading(zh: str, word: str) -> bool:
    """`word` begins with a reading of the first character (a cheap test before the many
    cuts tried above)."""
    from glossary.normalize.readings import character_readings, toneless

    letters = toneless(word)
    return any(letters.startswith(r) for r in character_readings(zh[0]) if r)


# the end of a toned syllable: its vowel with the mark, then at most n, ng, r or a vowel
_TONED_END = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][aeiouü]?(?:ng|n|r)?$")


def _undotted(latin: str) -> str:
    """Without a dot below, which a page's font slipped onto tone marks ("Zọ̌nglǐ")."""
    if "\u0323" not in unicodedata.normalize("NFD", latin):
        return latin
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", latin).replace("\u0323", ""))


def _reading_of(han_text: str, latin: str) -> bool:
    latin = _undotted(latin)
    return is_pinyin(latin) or reads(han_text, latin)


# A name, then its short form: shorter, its characters in order in the name (万国邮联 of
# 万国邮政联盟, 国际法院 of 联合国国际法院)
_SHORT_FORM_AFTER = han.pattern(r"^(?P<latin>[^\p{Han}]+?)\s*(?P<full>[\p{Han}]{3,})\s+"
                                r"(?P<short>[\p{Han}]{2,})$")


def _split_scripts(text: str) -> list[str]:
    if not (han_count(text) and _LATIN.search(text)) or _ACRONYM_IN_CHINESE.fullmatch(text):
        return [text]
    reading = _with_reading(text)
    if reading:
        return reading
    separator = _SEPARATORS.search(text)
    while separator and _spaced_hyphen(text, separator):
        separator = _SEPARATORS.search(text, separator.end())
    if separator and separator.start() > 0:
        left, right = text[:separator.start()], text[separator.end():]
        if bool(han_count(left)) != bool(han_count(right)):
            if is_pinyin(left.strip()) and han_count(right):  # "pinyin: 中文 - English"
                return [left.strip(), *_split_scripts(right.strip())]
            # a short part may hold a third cell ("Central project – 中央项目 – zhongyang
            # xiang4mu4"); a long or bracketed one is prose, left whole
            return [piece for part in (left, right)
                    for piece in _with_reading(part.strip()) or (
                        _split_scripts(part.strip()) if len(part) <= 80 and
                        not re.search(r"[()（）,，]", part) else [part])]
    short = _SHORT_FORM_AFTER.match(text)
    if short and len(short["short"]) < len(short["full"]) and \
            han.in_order(short["short"], short["full"]):
        # "UPU Universal Postal Union 万国邮政联盟 万国邮联": the name, then its short form
        return [short["latin"], short["full"], short["short"]]
    split = _SCRIPT_SPLIT.match(text)
    if split and split["g"] and not _reading_of(split["h"], split["g"]):
        return [text]  # "We met 习近平 in Beijing": prose, not a reading, a term and its rendering
    if split:
        return [p for p in split.group("a", "b", "c", "d", "e", "f", "g", "h", "i") if p]
    return [text]


def _spaced_hyphen(text: str, separator: re.Match[str]) -> bool:
    """A dash with Latin words on both sides after the Chinese: a hyphen a conversion spaced
    out ("主任 director - general of the general office"), inside the rendering."""
    before, after = text[:separator.start()].rstrip(), text[separator.end():]
    last = before.rsplit(None, 1)[-1] if before else ""
    # (not an acronym and its name: "人大 NPC - National People's Congress")
    return separator.group().strip() == "-" and bool(han_count(before)) and not last.isupper() and \
        not han_count(after) and before[-1:].isascii() and before[-1:].isalpha() and \
        after[:1].isalpha() and after[:1].isascii()


def _described(line: str, below: list[str]) -> list[bool] | None:
    """For a Markdown table's header (`line`, its rule and first row `below`), which columns
    it names as describing the term (Définition, Dates, Rôle, 释义…): they are no renderings
    when another column holds the Latin names; where the description is the only Latin
    column ("| 民法典 | 2021-01-01 | Comprehensive civil code |"), it is the rendering, and
    none is left out.  None for a line that heads no table."""
    if "|" not in line or not below or not _RULE.match(below[0]):
        return None
    described = [bool(_DESCRIBING.fullmatch(c.strip(" *_").casefold())) for c in _bars(line)]
    first = _bars(below[1]) if len(below) > 1 else []
    if len(first) != len(described) or not any(
            classify(c).kind == "latin" for c, d in zip(first, described) if not d):
        return [False] * len(described)
    return described


def _bars(line: str) -> list[str]:
    """A table row's cells between its bars (none for a line without a bar)."""
    return line.strip().strip("|").split("|") if "|" in line else []


_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")  # | --- | --- |
# A column that describes the term instead of rendering it, named so in a table's header
_DESCRIBING = re.compile(r"d[ée]finitions?|definici[óo]n(?:es)?|descriptions?|descripci[óo]n|"
                         r"dates?|fechas?|r[ôo]les?|rol|remarques?|remarks?|observaciones|"
                         r"commentaires?|comments?|comentarios?|exemples?|examples?|ejemplos?|"
                         r"usages?|uso|contexte|context|contexto|explication|explanation|explicaci[óo]n|"
                         r"释义|釋義|定义|定義|说明|說明|备注|備註|例句")
_TABLE_CELLS = re.compile(r"\||\t")  # a table's row, not a line split where its script changes


def _sentences(document: Document, paragraph: Paragraph, offset: int, line: str,
               raw: list[str], row: list[Cell], default: str) -> Iterator[Candidate]:
    """The terms inside a row of two sentences, a Chinese one and its translation (a
    bilingual table of a white paper's paragraphs), as a pair of lines gives them."""
    from glossary.build.extract import line_pairs  # (which reads this module's cells)

    filled = [(text, cell.kind) for text, cell in zip(raw, row) if cell.kind != "empty"]
    if sorted(kind for _, kind in filled) != ["latin", "zh"]:
        return
    (chinese, _), (latin, _) = sorted(filled, key=lambda cell: cell[1] != "zh")
    if line.count(chinese) != 1 or line.count(latin) != 1:
        return  # (where each cell lies in the line must be plain)
    yield from line_pairs.inside(document, (paragraph, offset + line.find(chinese), chinese),
                                 (paragraph, offset + line.find(latin), latin), default, NAME)


def extract(document: Document) -> Iterator[Candidate]:
    from glossary.build.extract import headwords  # (which reads this module's list markers)

    columns: list[str] = []  # languages named by the last header row
    named_fields: list[str] = []  # and what each column holds, where the header says it too
    slipped = shifted_rows.slipped(document)
    default = document.latin_language
    numbered = _numbered(document)
    fields = records.names_languages(document)
    notes, plans = _columns.layout(document, lambda line: [classify(c) for c in cells(line)])
    pieces = [(index, paragraph, offset + start, piece)
              for index, paragraph in enumerate(document.paragraphs)
              for offset, whole in _rejoined(paragraph) for start, piece in _bullets_lost(whole)]
    described: list[bool] = []  # the columns a Markdown table's header says describe
    for at, (index, paragraph, offset, line) in enumerate(pieces):
        heading = _described(line, [piece for *_, piece in pieces[at + 1:at + 3]])
        if heading is not None:  # "| Terme | 汉字 · 拼音 | Définition |"
            described = heading
            if any(described):
                continue
        bars = _bars(line)
        if len(bars) != len(described):
            described = []  # (the table has ended)
        elif any(described):
            line = " | ".join("" if d else cell for cell, d in zip(bars, described))
        if (index, offset) in numbered:
            number = _BARE_NUMBER.match(line)
            if number:
                line, offset = line[number.end():], offset + number.end()
        if cedict.is_entry(line) or headwords.entry(line) or wikitext.is_template(line) \
                or fields and _DATA_FIELD.match(line):
            continue  # "中共 [zhong1 gong4] /…/": the bracket is a reading, not a cell;
            # "senator: 参议员 a member of a senate": a definition, not a rendering;
            # "|name = … |native_name = 中…": a template's fields, wikitext's to read;
            # '"name": "新华网",' where fields are named by language ("name_en"): a
            # record's field, records' to read ('"两会": "two sessions"' is a row)
        if (index, offset) in slipped:
            continue  # a glossary slipped by a line: shifted_rows pairs it
        raw = _named_cells(line, columns) or cells(line)
        if (header := _field_header(raw)) is not None:
            columns, named_fields = header
            continue
        row = [classify(c) for c in raw]
        if (index, offset) in notes:  # a country, a category: not the term's rendering
            row = [Cell(c.text, "empty") if i in notes[index, offset] else c
                   for i, c in enumerate(row)]
        kinds = [c.kind for c in row if c.kind != "empty"]
        if not kinds:
            continue
        if len(raw) > 1 and all(k == "label" for k in kinds):
            columns = [c.lang for c in row]
            continue
        if len(raw) == 1:
            columns, named_fields = [], []
        if named_fields and len(raw) == len(named_fields):
            for view, named in _by_field(row, columns, named_fields):
                yield from _row(document, paragraph, offset, line, view, named, True, default)
            continue
        if any(c.kind == "zh" and _ends_sentence(_with_stop(raw, i), i == len(raw) - 1)
               and not (len(columns) == len(row) and columns[i] == "other")
               for i, c in enumerate(row)):
            # the Chinese ends a sentence ("Thanks to our readers - 谢谢."): no term, but
            # a table's sentence and its translation side by side hold terms
            if _TABLE_CELLS.search(line):
                yield from _sentences(document, paragraph, offset, line, raw, row, default)
            continue
        if (index, offset) in plans and not columns:  # a wide table's Chinese columns
            for view, named in _planned(row, plans[index, offset]):  # each with its own
                yield from _row(document, paragraph, offset, line, view, named, True,
                                default)
            continue
        parts = _pairs_side_by_side(row) if not columns else [row]
        for part in parts:
            # a line of many pairs (a minified file's one line: thousands) is read pair by
            # pair, each as its own line: asking the whole line for every pair is quadratic
            own = line if len(parts) <= _MANY_PARTS else " | ".join(c.text for c in part)
            yield from _row(document, paragraph, offset, own, part, columns,
                            len(raw) > 1, default)


def _field_header(raw: list[str]) -> tuple[list[str], list[str]] | None:
    """A data table's header whose names say each column's language and what it holds
    ("UNTERM Chinese Formal", "UNTERM English Formal", "official_name_cn", "official_name_fr"):
    (each column's language, "other" for one that names none; each column's field), when it
    names a Chinese column and a Latin one; None for any other row."""
    if len(raw) < 3 or any(han_count(cell) for cell in raw):
        return None
    named = [from_field(cell) if len(cell) <= 40 else ("", "") for cell in raw]
    # (each language named with a field: a cell that is a language alone, "en", "zh_CN",
    # is a label, or a record's value)
    languages = [lang for lang, field in named if field]
    if "zh" not in languages or not {"en", "fr", "es"} & set(languages):
        return None
    return [lang if field else "other" for lang, field in named], [field for _, field in named]


def _by_field(row: list[Cell], columns: list[str], fields: list[str]
              ) -> Iterator[tuple[list[Cell], list[str]]]:
    """For each Chinese column of a row under a header of fields: (the row with only that
    column and the Latin columns of the same field, their languages as a header names them):
    the formal name pairs with the formal names, the short with the short.  (``_planned``'s
    Plan gives each Latin column one Chinese column; here a Latin column may translate two,
    zh-CN and zh-TW of one field.)"""
    empty = Cell("", "empty")
    for zh in (i for i, lang in enumerate(columns) if lang == "zh"):
        kept = {i for i, lang in enumerate(columns)
                if i == zh or lang in ("en", "fr", "es") and fields[i] == fields[zh]}
        yield ([cell if i in kept else empty for i, cell in enumerate(row)],
               [lang if i in kept else "other" for i, lang in enumerate(columns)])


def _named_cells(line: str, columns: list[str]) -> list[str] | None:
    """A row of a table whose header names its columns, cell by cell: a note column's text
    is one cell whatever its scripts ("首次出现用全称，后文可用 the district" is a note, not a
    Chinese cell and its rendering); None for a row the header does not fit."""
    parts = _bars(line)
    if "other" not in columns or len(parts) != len(columns):
        return None
    found = []
    for part, column in zip(parts, columns):
        if column == "other":
            found.append(part.strip())
            continue
        pieces = cells(part)
        if len(pieces) != 1:
            return None
        found.extend(pieces)
    return found


def _planned(row: list[Cell], plan: _columns.Plan) -> Iterator[tuple[list[Cell], list[str]]]:
    """For each Chinese column of a wide table's row: (the row with only that column and the
    Latin columns that translate it, the columns' languages as a header would name them)."""
    empty = Cell("", "empty")
    for zh_column in sorted(set(plan.chinese.values())):
        view = [cell if position == zh_column or plan.chinese.get(position) == zh_column
                else empty for position, cell in enumerate(row)]
        named = ["zh" if position == zh_column else plan.languages.get(position, "")
                 for position in range(len(row))]
        yield view, named


# A list numbered with bare numbers ("5 conduct … research 做疫情溯源调查", "6 international …"):
# a number is the item's, not the rendering's, where the lines count up one by one.
_BARE_NUMBER = re.compile(r"\s*(\d{1,3})\s+(?=\S)")
_COUNTED = 3  # items in a row that make a numbered list


_MANY_PARTS = 8


def _numbered(document: Document) -> set[tuple[int, int]]:
    """(paragraph index, line offset) of each line whose leading number counts the items
    of a list: lines that open with 1, 2, 3… (or 5, 6, 7…) in order, other lines between."""
    run: list[tuple[int, int]] = []
    last = 0
    found: set[tuple[int, int]] = set()
    for index, paragraph in enumerate(document.paragraphs):
        for offset, line in paragraph.source_lines():
            number = _BARE_NUMBER.match(line)
            if number is None:
                continue
            value = int(number[1])
            if value != last + 1:
                if len(run) >= _COUNTED:
                    found.update(run)
                run = []
            run.append((index, offset))
            last = value
    if len(run) >= _COUNTED:
        found.update(run)
    return found


_DATA_FIELD = re.compile(r'\s*"[^"]{1,40}"\s*:\s*"')


def _pairs_side_by_side(row: list[Cell]) -> list[list[Cell]]:
    """A row that sets several pairs side by side ("正处级 Division-Head level | 县委书记 Party
    Secretary of Counties", or a two-column glossary pasted into one table) cut into one row
    a pair: each Chinese cell with the Latin cells up to the next.  Any other row whole: its
    later Chinese cells are notes (a seat, a date)."""
    cells = [c for c in row if c.kind not in ("empty", "pinyin")]
    starts = [i for i, c in enumerate(row) if c.kind == "zh"]
    if len(starts) < 2 or any(c.kind not in ("zh", "latin") for c in cells) or \
            any(a.kind == b.kind == "zh" for a, b in zip(cells, cells[1:])) or \
            cells[0].kind != "zh" or not all(_term_like_zh(row[i].text) for i in starts):
        return [row]
    return [row[a:b] for a, b in zip(starts, [*starts[1:], len(row)])]


# A rendering cut by a PDF's line break after its article: "1. 中国共产党第二十次全国代表大会The"
# then "20th National Congress of the Communist Party of China (CPC)" on the next line.
_DANGLING = han.pattern(r"(?:(?<=[\p{Han}\s”」》])(?:The|the|A|a|An|an|Le|La|Les|le|la|les|El|Los|Las|"
                        r"el|los|las)|\s(?:of|to|and|for|de|des|du|del|y|et))$")


# A numbered item whose rendering a line break cut after its first word, glued to the
# Chinese: "6. 第一个百年奋斗目标First" / "Centenary Goal"
_BROKEN_ITEM = han.pattern(r"^\s*\d{1,3}[.、．)]\s*[^A-Za-z]*[\p{Han}”」》][A-Za-z]+$")


def _rejoined(paragraph: Paragraph) -> list[tuple[int, str]]:
    """The paragraph's source lines, a line that ends its rendering on an article or a
    preposition joined to the next when that holds no Chinese (a rendering cannot end so)."""
    lines = list(paragraph.source_lines())
    joined: list[tuple[int, str]] = []
    skip = False
    for (offset, line), (_, after) in zip(lines, [*lines[1:], (0, "")]):
        if skip:
            skip = False
            continue
        if after and han_count(line) and not han_count(after) and (
                _DANGLING.search(line) or _BROKEN_ITEM.match(line)) and \
                not LIST_MARKER.match(after):
            line, skip = line + " " + after, True
        joined.append((offset, line))
    return joined


# A list whose bullets a page's encoding turned into "?" and whose lines were joined:
# "中共中央總書記 General Secretary, the CPC Central Committee ? 政治局常委 Member, …"
# (or kept as symbols run into the text: "▷ 简称PLA。⚑ 中国人民解放军陆军 PLA Army⚑ 中国人民解放军海军 PLA Navy")
_LOST_BULLET = han.pattern(r"(?:\s\?\s+|\s*[⚑●•▪◆■□▷►★☆➤]\s*)(?=[(（]?[\p{Han}])")


def _bullets_lost(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the rows a line holds: itself, or, with three lost bullets or more
    (or numbers counting up), each stretch between them, itself cut where it runs one row
    into the next."""
    marks = list(_LOST_BULLET.finditer(line))
    if len(marks) < 3:
        marks = _counted(line)
    if len(marks) < 3:
        return _nested(_run_on(line))
    bounds = [0, *(m.start() for m in marks), len(line)]
    starts = [0, *(m.end() for m in marks)]
    return _nested([(start + at, row) for start, end in zip(starts, bounds[1:])
                    for at, row in _run_on(line[start:end].strip())])


# A list's numbers run into the text when its lines were joined (a slide copied as one line):
# "热词回顾(中英文版)1.新中国People’s Republic of China2.抗美援朝War to resist US aggression…"
_ITEM_NUMBER = han.pattern(r"(?<!\d)(?P<n>\d{1,3})[.、．]\s*(?=[(（“《]?[\p{Han}])")


def _counted(line: str) -> list[re.Match[str]]:
    """The longest run of item numbers that count up one by one (1. 2. 3.…) in the line."""
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for mark in _ITEM_NUMBER.finditer(line):
        if run and int(mark["n"]) == int(run[-1]["n"]) + 1:
            run.append(mark)
        elif not run or int(mark["n"]) != int(run[-1]["n"]):
            run = [mark]
        best = max(best, run, key=len)
    return best


# A row's note that is a row of its own: "省:Province (省长:Governor)"
_NESTED_ROW = han.pattern(r"\s*[(（]\s*(?P<row>[\p{Han}]{1,8}\s*[:：]\s*[A-Za-z][^()（）:：]{1,40})[)）]\s*$")


def _nested(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    found = []
    for at, row in rows:
        nested = _NESTED_ROW.search(row)
        if nested and _SEPARATORS.search(row[:nested.start()]):
            found += [(at, row[:nested.start()]), (at + nested.start("row"), nested["row"])]
        else:
            found.append((at, row))
    return found


# Rows run together with a space between: "書記處書記 Member, secretariat of the CPC Central
# Committee 中央委員 Member, Central Committee": each Chinese term before a capitalised name
_RUN_ON_ROW = han.pattern(r"(?:^|(?<=\s)|(?<=[、.．]))[\p{Han}][\p{Han}·/ ]*?\s*(?=[A-Z])")
# …and a learner's list in lower case: "按份之债 several obligation 版权 copyright 保证人 guarantor"
_RUN_ON_LOWER = han.pattern(r"(?:^|(?<=\s))[\p{Han}][\p{Han}·/]*\s(?=[a-z])")


def _run_on(line: str) -> list[tuple[int, str]]:
    opening = LIST_MARKER.match(line)  # "1、中央宣传部Propaganda Department … 中央统一战线部…"
    first = opening.end() if opening else 0
    if re.search(r"[。，；！？]", line):
        return [(0, line)]
    starts = [m.start() for m in _RUN_ON_ROW.finditer(line)]
    if len(starts) >= 2 and starts[0] == first:
        read = _chinese_lead(line) >= 0  # (not a list whose English comes first)
    elif len(starts) >= 2 and not han_count(line[:starts[0]]) and _chinese_lead(line) > 0:
        # "2、ral Committee 中央宣传思想工作领导小组Propaganda…": the line opens with the end of
        # a row a page or a column broke off the line above
        read = True
    else:
        # Lower case is what prose looks like too: the dictionary must say that each
        # Chinese term is explained by the words after it.
        starts = [m.start() for m in _RUN_ON_LOWER.finditer(line)]
        read = len(starts) >= 2 and starts[0] == first and _chinese_lead(line) > 0
    if not read:
        return [(0, line)]
    return [(a, line[a:b].strip()) for a, b in zip(starts, [*starts[1:], len(line)])]


def _chinese_lead(line: str) -> float:
    """How much better the dictionary reads the line Chinese first than English first
    (``scorer.orientation``): above 0, each Chinese term goes with the words after it."""
    from glossary.build.scorer import orientation

    before, after = orientation(line)
    return after - before


def _row(document: Document, paragraph: Paragraph, offset: int, line: str, row: list[Cell],
         columns: list[str], separated: bool, default: str = "en") -> Iterator[Candidate]:
    # The first Chinese cell is the headword; later ones are notes (a seat, a date).
    # The Chinese column when a header names it, else the first Chinese cell that can be a
    # term (a table may open with a count: "6000万 | 中国日报 | ChinaDaily").
    named_zh = [c for position, c in enumerate(row) if c.kind == "zh"
                and len(columns) == len(row) and columns[position] == "zh"]
    chinese = named_zh[:1] or [c for c in row if c.kind == "zh" and _term_like_zh(c.text)][:1]
    kinds = [c.kind for c in row if c.kind != "empty"]
    if not chinese and separated and kinds[:2] == ["zh", "latin"] and \
            len(row[0].text) == 1 == han_count(row[0].text) and row[1].text[:1].isupper() and \
            not re.search(r"[,;]", row[1].text):
        # "省:Province": a one-character name and its capitalised rendering (not a
        # character's senses: "人: Person, people")
        chinese = [row[0]]
    # or a cell of alternatives: "`foreign ministry` 外交部；外务省"
    listed: list[str] = []
    if chinese and not _term_like_zh(chinese[0].text):
        listed = _listed(chinese[0].text)  # the column a header names: "参议员，上议员"
    if not chinese:
        chinese = [c for c in row if c.kind == "zh" and _listed(c.text)][:1]
        listed = _listed(chinese[0].text) if chinese else []
    no_term = not listed and (not chinese or not (_term_like_zh(chinese[0].text) or
                                                  len(chinese[0].text) == 1))
    if _TABLE_CELLS.search(line) and (no_term or any(
            c.kind == "latin" and not _term_like_latin(c.text) for c in row)):
        # a Chinese or a Latin cell too long for a term: a sentence and its translation
        yield from _sentences(document, paragraph, offset, line, [c.text for c in row], row,
                              default)
    if no_term:
        return
    # "河长制 (hézhǎngzhì) – river chief system": the bracket holds a reading, the row goes on
    read_then_rendered = kinds[:3] == ["zh", "pinyin", "latin"]
    # (a note column's own glosses are no gloss of the term: "…浙江丽水（Lishui, Zhejiang）…")
    glossed = line if len(columns) != len(row) else " | ".join(
        c.text for c, column in zip(row, columns) if column != "other")
    if chinese[0].text.startswith(("(", "（")) or _bracketed(chinese[0].text, glossed) or \
            _ZH_FIRST_GLOSS.search(glossed) and not read_then_rendered:
        return  # a bracketed gloss: inline's and zh_first's to read, with their span rules
    cell = chinese[0].text
    latin = [c for c in row if c.kind == "latin"]
    slashed = re.search(r"[/／]", cell) is not None
    if (slashed or listed) and len(latin) == 1:
        listed = listed or _listed(cell)  # "人民银行/央行": a term and its short form
        ordered = _slashed(latin[0].text)
        if len(ordered) >= 2 and (slashed or len(ordered) == len(listed)):
            if len(ordered) != len(listed):
                return  # "import/export quota 进口配额/出口配额/进出口配额": which is which?
            # ("House of senate/Upper house | 参议院，上议院": so with a comma between them)
            # "repo/reverse repo 正回购/逆回购": alternatives on both sides, in the same order
            for zh, text in zip(listed, ordered):
                one = [Cell(text, "latin") if c is latin[0] else c for c in row]
                yield from _rendered(document, paragraph, offset, line, one, columns, separated,
                                     default, zh)
            return
    if len(latin) == 1 and (enumerated := _enumerated(bare_chinese(cell), latin[0].text)):
        # "处长、副处长 | Director, Deputy Director": two titles, each with its own rendering
        for zh, text in enumerated:
            one = [Cell(text, "latin") if c is latin[0] else c for c in row]
            yield from _rendered(document, paragraph, offset, line, one, columns, separated,
                                 default, zh)
        return
    for zh in listed or [bare_chinese(cell) or (cell if len(cell) == 1 else "")]:
        if zh:
            yield from _rendered(document, paragraph, offset, line, row, columns, separated,
                                 default, zh)


def _enumerated(chinese: str, latin: str) -> list[tuple[str, str]]:
    """Terms a 、 apart, rendered in the same order a comma apart, one to one; [] for
    anything else (教育、科学、文化委员会 is one name: its rendering does not split into three)."""
    zh = chinese.split("、")
    names = [part.strip() for part in latin.split(",")]
    if not 2 <= len(zh) == len(names) <= 6 or re.search(r"\b(?:and|or|et|ou|y|o)\b|;", latin):
        return []
    if not all(2 <= len(part) == han_count(part) <= 10 for part in zh) or \
            not all(name[:1].isupper() and len(name.split()) <= 8 for name in names):
        return []
    return list(zip(zh, names))


_LATIN_WORD = re.compile(r"[\w'’-]+")
_ACRONYM_EXPANDED = re.compile(r"(?P<acronym>[A-Z][A-Za-z&]{1,9})\s*[(（](?P<expansion>[A-Za-z][A-Za-z -]+)[)）]")


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", words.casefold()) if w)


def _slashed(text: str) -> list[str]:
    """The alternatives of a Latin cell written with slashes and no spaces around them, the
    last one's words shared by the ones before ("raising/lowering interest rate" is "raising
    interest rate" and "lowering interest rate"); [text] for a cell with no such slash."""
    parts = [p.strip() for p in re.split(r"(?<!\s)/(?!\s)", text)]
    if len(parts) < 2 or not all(parts):
        return [text]
    *first, last = parts
    shared = last.split()[1:]
    # (not "President/Vice President", where the first is the last's own head)
    if shared and all(len(p.split()) == 1 and p.casefold() not in _LATIN_WORD.findall(last.casefold())
                      for p in first):
        first = [" ".join([p, *shared]) for p in first]
    return [*first, last]


def _listed(text: str) -> list[str]:
    """The alternatives of a Chinese cell that lists several terms ("外交部；外务省", "铁道部，
    铁路部"), each a term of its own; [] for any other cell."""
    # (not 、 nor an ASCII comma, which enumerate inside one name: 教育、科学、文化委员会)
    parts = [p.strip() for p in re.split(r"[；;，/／]", text)]
    # (a comma may also join a note's clauses: "专指火箭点火起飞，这里用作主动"; and "公正的；
    # 不偏不倚的" are a word's senses as modifiers, not terms)
    longest = 12 if re.search(r"[；;/／]", text) else 6
    if not 2 <= len(parts) <= 4 or not all(2 <= han_count(p) == len(p) <= longest and
                                           not p.endswith(("的", "地")) for p in parts):
        return []
    return parts


def _rendered(document: Document, paragraph: Paragraph, offset: int, line: str,
              row: list[Cell], columns: list[str], separated: bool, default: str,
              zh: str) -> Iterator[Candidate]:
    notes = tuple(f"reading: {c.text}" for c in row if c.kind == "pinyin" and reads(zh, c.text))
    translated = any(c.kind == "latin" and not reads(zh, c.text) for c in row)
    from glossary.build.scorer import proper_name  # (the scorer reads this module's labels)

    found: list[tuple[str, str]] = []
    for position, cell in enumerate(row):
        # an online dictionary's row (a reading beside it) copies CC-CEDICT's glosses:
        # "abbr. for 參議院|参议院[can1 yi4 yuan4], senate / upper chamber (of …)"
        dictionary = cell.kind == "latin" and notes and _CEDICT_GLOSSES.search(cell.text)
        if cell.kind != "latin" or not (dictionary or _term_like_latin(cell.text)):
            continue
        named = columns[position] if len(columns) == len(row) else ""
        if named in ("pinyin", "other"):
            continue
        # senses between commas in a French or Spanish learner's list; in English, commas
        # join a slogan's parts ("one country, two systems")
        rest = _after_reading(zh, cell.text)
        if _DEFINING.match(rest):
            continue  # "候選人 (hòu xuǎn rén) est une personne qui…": what it means, not a rendering
        for text in (cedict.gloss_renderings(rest.replace(" / ", "/")) if dictionary else
                     renderings_of(rest, senses=default != "en")):
            # a name in pinyin ("Xi Jinping") is a rendering when the row translates it no
            # other way; the reading beside a translation is not ("共产党 Gongchandang =
            # Communist Party")
            if not reads(zh, text) or proper_name(zh, text) and not is_pinyin(text) and \
                    not translated:
                lang = named if named in ("en", "fr", "es") else span_language(text, line, default)
                found.append((text, lang))
    # A wide table's extra Latin cells are as often links, counts or notes as renderings:
    # there, a rendering must be linked to the Chinese (or be an acronym).
    wide = sum(c.kind == "latin" for c in row) >= 3
    confidence = 0.7 if wide or not (separated or columns) else 0.8
    for text, lang in found:
        flags, review_notes = review(to_simplified(zh), text) if lang == "en" else ((), ())
        yield Candidate(
            terms=(CandidateTerm(zh, ZH_HANS), CandidateTerm(text, lang, _type(text))),
            evidence=evidence(document, paragraph, offset, offset + len(line), NAME, confidence),
            flags=flags, notes=notes + review_notes)


_CEDICT_GLOSSES = re.compile(r"\babbr\. for\b|\s/\s|,\se\.g\.\s|^\((?:Tw|old|coll|dialect)\)")
_CROSS_REFERENCE = han.pattern(r"[\p{Han}]+(?:\|[\p{Han}]+)?\[[A-Za-z:ü]+\d(?:\s?[A-Za-z:ü]+\d)*\]")


# A definition's opening words, lower-case (not "Est", the East of a name): a cell that
# goes on "est une personne qui…", "signifie élection", "means…", "se refiere a…"
_DEFINING = re.compile(r"(?:is|are|means|refers\s+to|est|sont|signifie|désigne|veut\s+dire|"
                       r"es|son|significa|quiere\s+decir|se\s+refiere)\s")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)?")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|cn|htm)\b")
_GRAMMAR = re.compile(r"\s*[(（]\s*(?:n|v|vt|vi|adj|adv|prep|conj|phr|abbr)\.?\s*[)）]", re.IGNORECASE)
_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]?\s*$")
_ALTERNATIVES = re.compile(r"\s+//?\s+|\s*;\s+|\s*；\s*|\s*(?:或者|或)\s*|,\s+(?=(?:The|the|A|a|An)\s)")
# (an acronym with its number: COVID-19爆發)
_ACRONYM_IN_CHINESE = han.pattern(r"(?:[A-Z][A-Z0-9]{0,5}(?:-\d{1,4})?[\p{Han}]|[0-9]{1,6}[\p{Han}]|"
                                  r"[\p{Han}][A-Z0-9]{1,6}|[\p{Han}])+")


def _bracketed(text: str, line: str) -> bool:
    """`text` stands in brackets in `line` (what re.search("[(（]\\s*TEXT\\s*[)）]") finds,
    without compiling a pattern for every row: 8% of a real corpus's build)."""
    start = line.find(text)
    while start >= 0:
        # (the characters around each occurrence, not slices of the line: a minified file's
        # one line holds thousands of rows)
        before, after = start - 1, start + len(text)
        while before >= 0 and line[before].isspace():
            before -= 1
        while after < len(line) and line[after].isspace():
            after += 1
        if before >= 0 and line[before] in "(（" and after < len(line) and line[after] in ")）":
            return True
        start = line.find(text, start + 1)
    return False


def renderings_of(text: str, senses: bool = False) -> list[str]:
    """The renderings a cell holds: Markdown links and emphasis undone, section numbers
    ("CHAPTER VII ACTION …") and grammar tags ("(n.)")
    and trailing notes in brackets ("(= the administration)", "(to sign a ~)") removed,
    alternatives ("premier / prime minister") split."""
    text = sections.without_numbers(_LINK.sub(r"\1", text).replace("**", "").replace("__", ""))
    if _URL.search(text):
        return []
    grammar = _GRAMMAR.search(text)
    if grammar:
        text = text[:grammar.start()]
    # "World Trade Organization/WTO": the name, and its acronym, are two renderings
    text = _NAME_SLASH_ACRONYM.sub(r"\g<name> / \g<acronym>", text.strip())
    expanded = _ACRONYM_EXPANDED.fullmatch(text)
    if expanded and _initials(expanded["expansion"]) == \
            "".join(c for c in expanded["acronym"] if c.isupper()).casefold():
        # "NFT (non-fungible token)": the acronym and what it stands for
        text = f"{expanded['acronym']} / {expanded['expansion']}"
    first = acronym_first(text)
    if first:  # "QDII/Qualified Domestic Institutional Investor": a list of acronyms
        text = f"{first[1]} / {first[0]}"
    found = []
    for part in (piece for alternative in _alternatives(text)
                 for piece in (_senses(alternative) if senses else [alternative])):
        part = _trimmed(part)  # (with both of its quotes: "Céramique « trois couleurs »")
        if part.startswith(("(", "（")) and part.endswith((")", "）")):
            part = part[1:-1]
        elif _TRAILING_NOTE.search(part) and _TRAILING_NOTE.sub("", part).strip():
            part = _TRAILING_NOTE.sub("", part)
        part = _trimmed(part.strip("()（）"))
        if part and not han_count(part) and _is_rendering(part):
            found.append(part)
    return found


_NAME_SLASH_ACRONYM = re.compile(r"^(?P<name>[A-Za-z][^/]*[a-z])\s*/\s*(?P<acronym>[A-Z][A-Z&]{1,9})$")


def slashed(english: str, single_words: bool = True) -> list[str]:
    """Renderings a slash separates with no space, each of two words or more ("high-level
    officials/leading officials", "poverty threshold/poverty line") or, with `single_words`,
    one word of four letters or more ("chairman/president"); "and/or" and "1/2" stay
    whole."""
    parts = [part.strip() for part in english.split("/")]
    # (a part that opens on a preposition or an article finishes the one before: "propuesta
    # a favor/en contra")
    if len(parts) > 1 and not any(part.split()[0].casefold() in _LINKING for part in parts[1:]
                                  if part) and \
            (all(len(re.findall(r"[^\W\d_]{2,}", part)) >= 2 for part in parts) or
             single_words and all(re.fullmatch(r"[^\W\d_]{4,}", part) for part in parts)):
        return parts
    return [english]


_LINKING = frozenset("a an the of to in on at by for with from en de du des la le les l' el "
                     "los las al del con por para sur pour dans or and et ou y o".split())


def _alternatives(text: str) -> list[str]:
    """`text` split where it offers alternatives, outside brackets: "partido (n; político)"
    is one rendering with a note, not two."""
    inside = [range(m.start(), m.end()) for m in _BRACKETED.finditer(text)]
    titled = _TITLE_FIRST.match(text) is not None
    parts, start = [], 0
    for match in _ALTERNATIVES.finditer(text):
        if titled and match.group().startswith(","):
            continue  # "General Secretary, the CPC Central Committee": one title
        if not any(match.start() in span for span in inside):
            parts.append(text[start:match.start()])
            start = match.end()
    parts.append(text[start:])
    # "press section, information service", "memorandum, aide-memoire": two lower-case
    # renderings one comma apart (three or more, or with "and", are an enumeration; with
    # numbers, a slogan: "one country, two systems")
    return [piece for part in parts for comma in
            (part.split(", ") if _TWO_LOWER_CASE.fullmatch(part) else [part])
            for piece in slashed(comma, single_words=False)]


# two lower-case English phrases a comma apart, neither with "and" or "or" in it
_TWO_LOWER_CASE = re.compile(r"(?!.*\b(?:and|or|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
                             r"[a-z][a-z' -]*, [a-z][a-z' -]*[a-z]")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# Official title lists put the post before the body it serves, after a comma: "General
# Secretary, the CPC Central Committee", "Member, Standing Committee of …, the CPC Central
# Committee".  ", the" there goes on with the title instead of offering another rendering.
_TITLE_FIRST = re.compile(
    r"(?:(?:Vice|Deputy|Executive|Assistant|General|Alternate|Chief|Standing|First|Permanent)[ -])*"
    r"(?:Member|Secretary|Secretary-General|Chairman|Chairwoman|Chairperson|Chair|President|"
    r"Director|Director-General|Minister|Governor|Mayor|Executive|Commissioner|Premier|Head|"
    r"Councilor|Councillor|Procurator|Procurator-General|Judge|Ambassador|Consul|Counsellor|"
    r"Delegate|Deputy|Inspector|Spokesperson|Spokesman|Leader)s?,\s", re.IGNORECASE)


def _senses(text: str) -> list[str]:
    """A French or Spanish learner's list gives a word's senses between commas ("entrer en
    scène, accéder au pouvoir"): each short, lowercase piece is a rendering; a name with a
    comma in it ("Commission des lois, de la justice") stays whole."""
    parts = [p.strip() for p in text.split(",")]
    # the first may be capitalised, opening the list's line ("Exercer, être en poste")
    if len(parts) > 1 and all(p[:1].islower() for p in parts[1:]) and \
            all(1 <= len(p.split()) <= 4 for p in parts):
        return parts
    return [text]


_CODES = frozenset("en fr es ar ru de ja ko pt it zh nl pl tr vi th id more".split())


def _is_rendering(text: str) -> bool:
    """Words, or an acronym: not a language code, a count ("860w", "1w") or a symbol."""
    if text.casefold() in _CODES or text.casefold() in LABELS:
        return False
    words = re.findall(r"[^\W\d_]{3,}", text)
    return bool(words) or bool(_CODE.fullmatch(text))


_CODE = re.compile(r"(?=.*[A-Z].*[A-Z0-9])[A-Z][A-Z0-9&\-]{1,9}")  # CPC, G20, APEC


_HAN_NOTE = han.pattern(r"\s*[(（][^()（）]*[\p{Han}][^()（）]*[)）]\s*")
_LEADING = re.compile(r"^(?:如|例如|比如|即|或|和|与|及)")
_CONJUNCTIONS = frozenset("和与及")
_TRAILING = re.compile(r"(?:(?:可|一般|均|通常)?译(?:为|作|成)|即为|即是|称为|叫做|也称|是|为|即|叫)$")


# A clause that ends by quoting the term it names: "其成员称为“代表”", "人大代表提的是“议案”"
# (its closing quote may have gone with the separator after it)
_NAMED_LAST = han.pattern(r"[\p{Han}\s]*?(?:称为|称作|叫做|叫作|称|叫|是|为|作|即)\s*"
                          r"[“「\"](?P<term>[\p{Han}]{2,12})[”」\"]?")


def bare_chinese(text: str) -> str:
    """The term of a Chinese cell: without a note in brackets (简称“政协”), a leading "如"
    (for example) or a trailing copula (是, 即为) of the sentence it was cut from; in the
    cell's own script (the words are looked for in its Simplified form: 北京市政協委員會為 →
    北京市政協委員會)."""
    from glossary.normalize.script import to_simplified

    simplified = to_simplified(text)
    if simplified == text or len(simplified) != len(text):
        return _bare(text)
    bare = _bare(simplified)
    at = simplified.find(bare) if bare else -1
    return text[at:at + len(bare)] if at >= 0 else _bare(text)


def _bare(text: str) -> str:
    text = _HAN_NOTE.sub("", text).strip()
    if re.search(r"[：:]\s*\S", text):  # "子刊： 环球时报": a label before the name
        text = re.split(r"[：:]", text)[-1].strip()
    named = _NAMED_LAST.fullmatch(text)
    if named:  # "其成员称为“代表”": the clause names the term it quotes
        return named["term"]
    leading = _LEADING.match(text)
    # (not the 和 of 和平发展, nor the 及 of 及时: the character begins a word with the next;
    # nor a name's first character, 和凤镇: what a conjunction leaves is a word or a phrase)
    bare = text[leading.end():] if leading and not _is_word(text[:leading.end() + 1]) and (
        leading.group() not in _CONJUNCTIONS or _is_word(text[leading.end():])
        or han_count(text) - leading.end() >= 4) else text
    copula = _TRAILING.search(bare)
    # (not the 为 of 行为, "act": the copula's character ends a word with the one before it)
    if copula and not _is_word(bare[max(0, copula.start() - 1):]):
        bare = bare[:copula.start()]
    if bare != text and not _is_word(text):  # 实事求是 ends in 是, and is a set phrase
        text = bare
    # "…性质的" (of a … nature): a modifier cut from its noun, not a term
    return text if len(text) >= 2 and not text.endswith("的") else ""


def _is_word(text: str) -> bool:
    from glossary.build.align import lexicon
    from glossary.normalize.script import to_simplified

    return bool(lexicon.glosses(to_simplified(text)))


def rendering_terms(text: str, lang: str) -> list[CandidateTerm]:
    """The renderings a cell or a data field holds (``renderings_of``), as terms: an acronym
    typed as one."""
    return [CandidateTerm(found, lang, _type(found)) for found in renderings_of(text)]


def _type(text: str) -> TermType:
    return TermType.ACRONYM if _CODE.fullmatch(text) else TermType.FULL_FORM


def _term_like_zh(text: str) -> bool:
    # two characters at least ("6000万" is a count, a lone character a word's many senses),
    # or one with an acronym (APEC蓝)
    count = han_count(text)
    return (2 <= count or count == 1 and bool(_LATIN.search(text))) and count <= _MAX_ZH and \
        not re.search(r"[。！？!?；;，,]", text) and not _COUNT.fullmatch(text.strip())


_COUNT = re.compile(r"[\d.,]+\s*[十百千万亿]+[+＋]?")  # 3千万, 1.7亿: a count, not a name


def _term_like_latin(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= _MAX_WORDS and not text.rstrip().endswith(("?", "!"))

