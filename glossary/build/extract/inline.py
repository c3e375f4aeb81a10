"""Inline glosses: English prose that glosses a Chinese term in parentheses.

    promoting the Fengqiao Model (枫桥经验)          → Fengqiao Model ↔ 枫桥经验
    “the second integration”(第二个结合)             → the second integration ↔ 第二个结合
    1. Clarify the ... within the party(党委(党组)…)  → the whole list clause ↔ the Chinese

Method.  Each parenthesised group (ASCII or full-width, nested parentheses kept) whose text is
mostly Han and that follows Latin text is a gloss; the Chinese is its content without trailing
list punctuation.  The English span it glosses is found by the first rule that applies:

1. a quotation closing right before the parenthesis: the quoted text (confidence 0.9);
2. a list item that the gloss ends: the item's whole clause.  A leading imperative verb
   ("Clarify") belongs to the term only when the Chinese starts with its equivalent (明确),
   so the pair stays parallel (confidence 0.75);
3. a run of capitalised words ending at the parenthesis, which may contain the connectors of
   English names (of, on, the, and, to…) and ordinals (the 18th Party Congress) but stops at
   other lowercase words, numbers and clause
   punctuation; leading determiners are dropped (confidence 0.85);
4. lowercase words with nothing to mark them: all the words since the last delimiter when
   they are few and sit glued between a bracket or a Chinese character and the gloss, with
   no space on either side (run-on glossaries, confidence 0.75); else, when the Chinese explains the word next to the bracket, the shortest tail
   holding the most explained words, at least half of its content words explained
   (CC-CEDICT, pinyin, numbers: ``scorer.links``; confidence 0.7); in French and Spanish,
   which put the head noun first, the words back to the article or preposition before them
   when the Chinese explains one ("del sueño chino (中国梦)" gives "sueño chino").

A glossary whose entries open with the term's romanization, "Gongbu (工部): the Ministry of
Works.", gives the reading before the bracket and the rendering after the colon: the
capitalised name there is taken, the romanization kept as the reading.

No rule, no candidate: a Chinese gloss whose English cannot be delimited is left out rather
than guessed.  Every pair found goes through truncation.review, which flags Chinese cut short
(中央经济工作 for "Central Economic Work Conference").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from glossary import han
from glossary.build.align.words import CONJUNCTIONS
from glossary.build.documents import Document
from glossary.build.extract._evidence import evidence
from glossary.build.extract._truncation import review
from glossary.build.extract.rows import slashed
from glossary.build.language import span_language
from glossary.han import han_count, script_of
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm
from glossary.normalize.readings import is_pinyin, reads

if TYPE_CHECKING:
    from glossary.build.scorer import Links

NAME = "inline"

_OPEN = "(（[【"
_CLOSE = {"(": ")", "（": "）", "[": "]", "【": "】"}
_SQUARE = {"[": "]", "【": "】"}  # "referendum on independence [独立公投]" glosses too
_QUOTES = {"”": "“", '"': '"', "’": "‘", "»": "«", "」": "「"}
_TRIM_ZH = " ,，、;；.。:："
_TRIM_EN = " ,;:."
# Small words a name keeps inside it, in English, French and Spanish ("Iniciativa de la
# Franja y la Ruta", "Parti communiste chinois" has none).
_CONNECTORS = frozenset("of on the and for to with in at by from under & de del la las los el "
                        "y e et du des le les à au aux en para con pour sur".split())
_DETERMINERS = frozenset("the a an this that these its their le la les l' el los las".split())
_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,9}")
_ACRONYM_BRACKET = re.compile(r"(?<=[A-Za-z])\s*[(（][A-Z][A-Z&]{1,8}s?[)）]$")
_LATIN = re.compile(r"[A-Za-z]")
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_ITEM = re.compile(r"\s*(?:\d{1,3}[.)]|[-*•●▪])\s+")

# Imperatives that open list items, with the Chinese verbs that translate them.
IMPERATIVES = {
    "clarify": ("明确",), "strengthen": ("加强", "强化"), "promote": ("推进", "推动", "促进"),
    "build": ("建设", "构建", "建立"), "improve": ("完善", "改进", "提高"),
    "advance": ("推进", "推动"), "ensure": ("确保",), "foster": ("培育", "构建", "积极构建"),
    "uphold": ("坚持",), "maintain": ("保持", "维护"), "develop": ("发展",),
    "implement": ("落实", "实施", "贯彻"), "deepen": ("深化",), "establish": ("建立",),
}


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        for start, end, chinese, readings in _han_groups(paragraph.text):
            reading = _reading_before(paragraph.text, start, chinese)
            if reading:  # "“grid management,” wanggehua guanli (网格化管理)": the English before it
                readings = [*readings, paragraph.text[reading[0]:reading[1]]]
            found = english_before(paragraph.text, reading[2] if reading else start, end, chinese,
                                   paragraph.line_bounds(start)[0])
            if found is None:
                continue
            glossed = _gloss_after_reading(paragraph.text, end, chinese, found)
            if glossed:  # "Gongbu (工部): the Ministry of Works."
                readings, found = [*readings, found[0]], glossed
            english, en_start, confidence = found
            # (a heading's paragraph too short to tell: the document's language)
            default = paragraph.lang if paragraph.lang in ("en", "fr", "es") else \
                document.latin_language
            lang = span_language(english, paragraph.text[max(0, en_start - 200):end + 200],
                                 default)
            flags, notes = review(chinese, english) if lang == "en" else ((), ())
            # "high-level officials/leading officials/top officials(高官)": alternatives
            renderings = slashed(english)
            yield Candidate(
                terms=(CandidateTerm(chinese, ZH_HANS),
                       *(CandidateTerm(text, lang) for text in renderings if text)),
                evidence=evidence(document, paragraph, en_start, end, NAME, confidence),
                flags=flags, notes=notes + tuple(f"reading: {r}" for r in readings),
            )


# the words a reading may follow its rendering with: "“grid management,” or wanggehua guanli"
_READING_LEAD = re.compile(r"(?:[,;:]\s*|\s+)(?:or|also|i\.e\.|in\s+Chinese)?\s*$", re.IGNORECASE)
# Latin letters and spaces up to the bracket (one character class: a run of words, without
# the backtracking that words and spaces as a repeated group cost before every bracket)
_LATIN_TAIL = re.compile(r"[A-Za-zÀ-ÿāēīōūǖǘǚǜü'’\s-]+$")
_READING_WORDS = 8


def _reading_before(text: str, start: int, chinese: str) -> tuple[int, int, int] | None:
    """(start, end) of a pinyin reading of `chinese` right before its bracket, and where the
    text before that reading and its lead-in (", or") ends; None when the words there are no
    reading.  A reading is the Chinese's sound, not its rendering: the rendering comes before
    it ("the “social management system,” or shehui guanli zhidu (社会管理制度)")."""
    found = _LATIN_TAIL.search(text, max(0, start - 80), start)
    if found is None or not found.group().strip():
        return None
    tail_start = found.start() + len(found.group()) - len(found.group().lstrip())
    tail = text[tail_start:start].rstrip()
    # the shortest tail that reads the Chinese whole (the words before it are English)
    cuts = [0, *(m.end() for m in re.finditer(r"\s+", tail))][-_READING_WORDS:]
    for cut in cuts:
        candidate = tail[cut:]
        # (in lower case: "Chen Yufan (陈羽凡)" is a name, which is its pinyin)
        if candidate[:1].islower() and reads(chinese, candidate):
            begin = tail_start + cut
            lead = _READING_LEAD.search(text, max(0, begin - 20), begin)
            stop = lead.start() if lead else begin
            return (begin, tail_start + len(tail), stop) if stop < begin else None
    return None


# a glossary entry's gloss after its colon, to the end of its first phrase
# (a name, capitalised: "the Ministry of Works"; a lower-case gloss defines the term:
# "an agricultural land tax collected in silver")
_COLON_GLOSS = re.compile(r"\s*[:：]\s*(?:(?:the|an?|el|la|los|las|le|les|l')\s*)?"
                          r"(?P<gloss>[A-ZÀ-Ý][^.,;:()]{1,80}?)(?:\s+(?:or|and|o|y|ou|et))?"
                          r"\s*(?:[.,;(]|$)", re.IGNORECASE)


def _gloss_after_reading(text: str, end: int, chinese: str,
                         found: tuple[str, int, float]) -> tuple[str, int, float] | None:
    """A glossary that heads each entry with the term's romanization, its characters
    bracketed, and glosses it after a colon: "Gongbu (工部): the Ministry of Works.",
    "Guangchu Si (广储司): the Storage Office, a section under …".  The romanization is
    the reading; the gloss's first phrase, when it is a name (capitalised), is the
    rendering.  None for any other layout, and for a person's name, whose gloss says who
    the person was, not what the name means."""
    from glossary.build.scorer import person

    english, begin, _ = found
    gloss = _COLON_GLOSS.match(text, end)
    if gloss is None or not gloss["gloss"][:1].isupper() or not reads(chinese, english) or \
            person(chinese) or text[:begin].strip(" *-•"):  # (the entry opens its paragraph)
        return None
    return gloss["gloss"], gloss.start("gloss"), 0.7


def _han_groups(text: str) -> Iterator[tuple[int, int, str, list[str]]]:
    """(start, end, Chinese, readings) of each outermost parenthesised group that holds a
    Chinese term: mostly Han, or Han beside its pinyin or an acronym, each part set off by
    a comma, a semicolon or a change of script ("均衡发展, Jūnhéng Fāzhǎn"; "LSG,
    中央统战工作领导小组"; "领导小组 lingdao xiaozu")."""
    index = 0
    while index < len(text):
        if text[index] in _OPEN:
            end = _matching(text, index)
            if end is None:
                index += 1
                continue
            content = text[index + 1:end - 1]
            if han_count(content) >= 2 and script_of(content) == "han" and not _LATIN.search(content):
                # (in round brackets a comma may also mark an address: "Xizang AR, P.R.C
                # (西藏自治区，中华人民共和国)")
                square = text[index] in _SQUARE
                for chinese in _chinese_alternatives(content.strip(_TRIM_ZH)) if square else \
                        [content.strip(_TRIM_ZH)]:
                    yield index, end, chinese, []
            elif han_count(content) >= 2:
                found = term_and_readings(content)
                if found:
                    yield index, end, *found
            index = end
        else:
            index += 1


def _chinese_alternatives(chinese: str) -> list[str]:
    """The Chinese terms of a square-bracketed gloss that offers two or three a comma apart
    ("truce [休战,停战]");
    [chinese] for any other (an enumeration's 、 is one term's: 国旗、国徽、首都)."""
    parts = [p.strip() for p in re.split(r"[,，;；]", chinese)]
    if 2 <= len(parts) <= 3 and all(2 <= han_count(p) == len(p) <= 8 for p in parts):
        return parts
    return [chinese]


def term_and_readings(content: str) -> tuple[str, list[str]] | None:
    # The reading may follow the characters with only a space, or none: "(领导小组 lingdao
    # xiaozu)", "(领导小组lingdao xiaozu)"; it must then read them, as below.  A reading in
    # square brackets, as dictionaries print it ("(毛泽东思想 [máo zédōng sīxiǎng])"), is a part.
    content = re.sub(r"\s*\[([^\[\]]+)\]", r", \1", content)
    parts = [p.strip() for part in re.split(r"[,;，；]", content)
             for p in _HAN_THEN_LATIN.split(_LABEL.sub("", part.strip())) if p.strip()]
    chinese = [p for p in parts if han_count(p) >= 2 and script_of(p) == "han"]
    others = [p for p in parts if p not in chinese]
    if len(chinese) == 2 and _one_term(*chinese):
        chinese = chinese[:1]  # "(中华民族伟大复兴;中華民族偉大復興; Zhōnghuámínzú …)"
    if len(chinese) == 1 and len(others) >= 2 and parts[0] == chinese[0] and \
            reads(chinese[0], parts[1]):
        # "(自治州 zìzhìzhōu, designated for ethnic minorities)": after the reading, a note
        return chinese[0].strip(_TRIM_ZH), [parts[1]]
    if len(chinese) != 1 or not all(is_pinyin(p) or reads(chinese[0], p) or _ACRONYM.fullmatch(p)
                                    or parts[0] == chinese[0] and _NOTE.match(p) for p in others):
        return None
    return chinese[0].strip(_TRIM_ZH), [p for p in others if not _ACRONYM.fullmatch(p)]


# A note after the Chinese term in its bracket: "(侵权责任编, Articles 1164-1258)", "(常委会;
# literally "standing committee")"
_NOTE = re.compile(r"(?:lit(?:erally)?\.?|art(?:icles?|s?\.)|§|pp?\.|cf\.|see|abbr(?:eviated)?\.?|"
                   r"short\s+for|\d)(?![a-z])", re.IGNORECASE)


def _one_term(first: str, second: str) -> bool:
    """The Simplified and Traditional forms of one term."""
    from glossary.normalize.script import to_simplified

    return to_simplified(first.strip(_TRIM_ZH)) == to_simplified(second.strip(_TRIM_ZH))


# A bracket that says its language in words: "(in simplified Chinese 八项规定)" ("(Chinese: …)",
# an encyclopedia's label, is the lead's to read, with its subject)
_LABEL = re.compile(r"^in\s+(?:(?:simplified|traditional)\s+)?Chinese(?:\s+characters)?\s*[:：]?\s*",
                    re.IGNORECASE)
_HAN_THEN_LATIN = han.pattern(r"(?<=[\p{Han}])\s*(?=[A-Za-zÀ-ÿāēīōūǖǘǚǜ])|"
                              # or its reading first, as sinologists print it: "(shaofu 少府)"
                              r"(?<=[A-Za-zÀ-ÿāēīōūǖǘǚǜ])\s+(?=[\p{Han}])")


def _matching(text: str, start: int) -> int | None:
    if text[start] in _SQUARE:
        # a square bracket holds no other: "[独立公投]"; a Markdown link's text ("[国务院](…)")
        # and a wiki's ("[[国务院]]") are no glosses
        end = text.find(_SQUARE[text[start]], start + 1)
        if end < 0 or text[start + 1:end].count(text[start]) or \
                text[end + 1:end + 2] in ("(", "]") or text[start - 1:start] == "[":
            return None
        return end + 1
    depth = 0
    for index in range(start, len(text)):
        if text[index] in "(（":
            depth += 1
        elif text[index] in ")）":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


def english_before(text: str, start: int, end: int, chinese: str,
                   line_start: int = 0) -> tuple[str, int, float] | None:
    """The English that the Chinese in text[start:end] (a parenthesis, or a dash and what
    follows it) glosses: its text, where it starts, the rule's confidence; or None.
    `line_start`: where the source line holding the gloss starts (lines a paragraph joined)."""
    # Every rule looks back a few hundred characters at most, so each reads a window, not
    # the paragraph from its start: a paragraph of thousands of glosses stays linear.
    lo = max(0, start - _WINDOW)
    after = text[end:end + _WINDOW]  # (an enumeration's next gloss)
    text, start, end = text[lo:end], start - lo, end - lo
    before = text[:start].rstrip()
    acronym = _ACRONYM_BRACKET.search(before) if text[start] in _OPEN else None
    if acronym:  # "The Legislative Affairs Commission (LAC) [法制工作委员会]": the name's
        before = before[:acronym.start()].rstrip()
    if not before or script_of(before[-1]) != "latin" and before[-1] not in _QUOTES and \
            not (before[-1] == "'" and _STRAIGHT_QUOTED.search(before)):
        return None  # Chinese in parentheses after Chinese (an aside, not a gloss), or after
        # a possessive's apostrophe ("the workers' (工人)")

    def enumerated(text: str, before: str, end: int, chinese: str) -> tuple[str, int, float] | None:
        return _enumerated(before, after, chinese)

    def heading(text: str, before: str, end: int, chinese: str) -> tuple[str, int, float] | None:
        return _heading_name(before, after, max(0, line_start - lo)) if text[start] in _OPEN \
            else None

    def list_clause(text: str, before: str, end: int, chinese: str) -> tuple[str, int, float] | None:
        return _list_clause(text, before, after, chinese)

    rules = (_quoted, list_clause, _capitalised_run, heading, enumerated, _delimited_run) \
        if lo == 0 else (_quoted, _capitalised_run, heading, enumerated, _delimited_run)
    # (a list item starts its paragraph)
    for rule in rules:
        found = rule(text, before, end, chinese)
        if found:
            english, en_start, confidence = found
            en_start += lo
            english = english.strip(_TRIM_EN)
            # A span that reaches back over Chinese is the wrong rule's (a list clause that
            # joined the line above): the next rule may delimit it.
            if english and script_of(english) == "latin" and not han_count(english):
                return english, en_start, confidence
    return None


def _quoted(text: str, before: str, end: int, chinese: str) -> tuple[str, int, float] | None:
    closing = before[-1]
    if closing == "'":
        # straight single quotes, not an apostrophe: "more 'prefecture-level cities' (地级市)"
        found = _STRAIGHT_QUOTED.search(before)
        return (found[1], found.start(1), 0.9) if found else None
    if closing not in _QUOTES:
        return None
    opening = before.rfind(_QUOTES[closing], 0, len(before) - 1)
    if opening < 0 or len(before) - opening > 200:
        return None
    return before[opening + 1:-1], opening + 1, 0.9


_STRAIGHT_QUOTED = re.compile(r"(?:^|(?<=\s))'([A-Za-zÀ-ÿ][^'\n]{1,80}?[A-Za-zÀ-ÿ])'$")


def _list_clause(text: str, before: str, after: str, chinese: str
                 ) -> tuple[str, int, float] | None:
    item = _ITEM.match(text)
    if not item or after.split("\n", 1)[0].strip(_LINE_END):
        return None  # not a list item, or the gloss does not close its line
    clause_start = item.end()
    clause = before[clause_start:]
    verb, _, rest = clause.partition(" ")
    if verb.lower() in IMPERATIVES and not chinese.startswith(IMPERATIVES[verb.lower()]):
        clause, clause_start = rest, clause_start + len(verb) + 1
    if len(clause.split()) < 2:
        return None
    return clause, clause_start, 0.75


_LINE_END = " .;,，。；\"”’'」』*_"  # what may close a list item after its gloss: marks, quotes


_TOKEN = re.compile(r"\S+")
_ROMANCE_FUNCTION = frozenset(
    "le la les l un une des du de d à au aux en et ou dans pour par sur avec que qui est a "
    "el los las del al una unos unas y o en por para con que es se su sus".split())
_WORD_TOKEN = han.pattern(r"[^\s\p{Han}|:：()（）]+")
_WINDOW = 600
_DELIMITER = han.pattern(r"[)）\]」』.;:!?,，。；：！？、\p{Han}]|^")
_RUN_WORDS = 8


def _english_tail(chinese: str, window: str, tokens: list[re.Match[str]]) -> int | None:
    """The shortest tail holding the most words the Chinese explains, at least half of its
    words; the word next to the bracket must be one (English puts the head last)."""
    from glossary.build.scorer import links

    if not links(chinese, tokens[-1].group(), "en").words:
        return None  # the word next to the bracket is what a gloss translates
    return _best_tail(chinese, window, tokens, "en", len(tokens), lambda word: True,
                      lambda found: len(found.words) * 2 >= found.word_count)


def _best_tail(chinese: str, window: str, tokens: list[re.Match[str]], lang: str, reach: int,
               opens: Callable[[str], bool], holds: Callable[[Links], bool]) -> int | None:
    """Where the tail of the window's last `reach` tokens starts that holds the most words
    the Chinese explains, the shortest of equals: a tail that `opens` on its first word and
    whose links it `holds`."""
    from glossary.build.scorer import links

    best, best_count = None, 0
    for position in range(len(tokens) - 1, max(-1, len(tokens) - 1 - reach), -1):
        if not opens(tokens[position].group()):
            continue
        found = links(chinese, window[tokens[position].start():], lang)
        if len(found.words) > best_count and holds(found):
            best, best_count = position, len(found.words)
    return best


def _romance_phrase(chinese: str, window: str, tokens: list[re.Match[str]],
                    lang: str) -> int | None:
    """French and Spanish put the head noun first, where a dictionary reached through
    English cognates often misses it ("sueño chino", "rêve chinois"): the phrase is the
    words back to the article or preposition before them (four at most), when the Chinese
    explains one of them."""
    from glossary.build.scorer import links

    best = len(tokens) - 1
    while best > 0 and len(tokens) - best < 4 and tokens[best - 1].group().isalpha() and \
            tokens[best - 1].group().casefold() not in _ROMANCE_FUNCTION:
        best -= 1
    if not tokens[best].group().isalpha() or tokens[best].group().casefold() in _ROMANCE_FUNCTION:
        return None
    if best >= 2 and tokens[best - 1].group().casefold() in ("de", "d") and \
            tokens[best - 2].group().isalpha() and \
            tokens[best - 2].group().casefold() not in _ROMANCE_FUNCTION and \
            (best == 2 or re.sub(r"^[dl]['’]", "", tokens[best - 3].group().casefold())
             in _ROMANCE_DETERMINERS):
        best -= 2  # a compound noun: "une unité de travail", "le comité de résidents"
    return best if links(chinese, window[tokens[best].start():], lang).words else None


def _romance_tail(chinese: str, window: str, tokens: list[re.Match[str]],
                  lang: str) -> int | None:
    """A French or Spanish name with its complements ("Communauté de destin pour
    l'humanité"): the shortest tail, opening on a word the Chinese explains, that holds the
    most such words, every content word of it explained."""
    return _best_tail(chinese, window, tokens, lang, _ROMANCE_REACH,
                      lambda word: word.isalpha() and word.casefold() not in _ROMANCE_FUNCTION,
                      lambda found: 0 in found.words and len(found.words) == found.word_count)


_ROMANCE_REACH = 8  # words a French or Spanish name with its complements may hold


_ROMANCE_ARTICLES = frozenset("le la les el los las".split())
_ROMANCE_DETERMINERS = _ROMANCE_ARTICLES | {"un", "une", "des", "du", "au", "aux", "una", "unos",
                                           "unas", "del", "al"}
_ROMANCE_OF = frozenset("de du des del d y et".split())


def _romance_name(tokens: list[re.Match[str]], best: int) -> tuple[int, bool]:
    """A French or Spanish name capitalises only its first word: "le Département du travail
    du Front uni", "la Commission centrale d'inspection disciplinaire".  From the phrase at
    `best`, back over lowercase words and "de" (eight words at most) to a capitalised word
    after an article; where there is none, `best` stays.  Returns the word's position and
    whether the article is elided onto it ("l'Assemblée")."""
    position = best
    while position > 0 and best - position < 8:
        word = tokens[position - 1].group()
        folded = word.casefold()
        if word[-1:] in ",;:.!?)»”\"":
            break
        if not (folded in _ROMANCE_OF or folded.startswith(("d'", "d’")) or
                (word.replace("'", "").replace("’", "").isalpha() and
                 folded not in _ROMANCE_FUNCTION)):
            break
        position -= 1
        if re.match(r"[lL]['’][A-ZÀ-Ý]", word):
            return position, True
        if word[:1].isupper() and position > 0 and \
                tokens[position - 1].group().casefold() in _ROMANCE_ARTICLES:
            return position, False
    return best, False


# An enumeration of glossed terms: "national government (中央政府), provincial government
# (省政府), or even local government (地方政府)".  Each item's words run from the comma (or the
# colon before the first) to its bracket; a conjunction or "even" opening an item is not its.
_LEADING = (r"(?:(?:and|or|as well as|even|also|then|including|y|o|e|et|ou|ni|"
            # an adverb that says how the item is named: "ou simplement la révolution culturelle"
            r"simply|just|namely|notably|simplement|notamment|également|aussi|simplemente|"
            r"también|incluso)\s+)*")
_ITEM_TEXT = r"[A-Za-zÀ-ÿ][^,;，、()（）:：.!?\p{Han}]{0,60}"
_AFTER_GLOSS = han.pattern(r"[)）]\s*[,;，、]\s*" + _LEADING + f"(?P<item>{_ITEM_TEXT})$")
_FIRST_ITEM = han.pattern(r"(?:^|[,;:：，、])\s*" + _LEADING + f"(?P<item>{_ITEM_TEXT})$")
_NEXT_GLOSS = han.pattern(r"^\s*[,;，、]\s*" + _LEADING + _ITEM_TEXT + r"[(（]")
_ITEM_MAX_WORDS = 5
_ITEM_ARTICLE = re.compile(rf"(?:{'|'.join(sorted(_ROMANCE_ARTICLES | {'the'}))})\s+(?=\w)|l['’](?=\w)",
                           re.IGNORECASE)
_PREPOSITIONS = frozenset("of in for to by with at on from de du des del à au aux en para por con "
                          "pour sur".split())


def _enumerated(before: str, after: str, chinese: str) -> tuple[str, int, float] | None:
    """An item of an enumeration of glosses, from its delimiter to its bracket: a gloss
    after another one's bracket and a comma, or the first of them (a comma and another
    gloss follow its bracket)."""
    from glossary.build.scorer import links

    found = _AFTER_GLOSS.search(before)
    if not found and _NEXT_GLOSS.match(after):
        found = _FIRST_ITEM.search(before)
    if not found:
        return None
    item = found["item"].strip()
    words = item.split()
    if not 1 <= len(words) <= _ITEM_MAX_WORDS or not links(chinese, item, "en").words \
            or words[0].casefold() in _PREPOSITIONS:
        return None  # "…ministries (正部级), or of provinces (省级)": the item leaves its head out
    article = _ITEM_ARTICLE.match(item)  # "ou simplement la révolution culturelle (文革)"
    start = found.start("item") + (article.end() if article else 0)
    return item[article.end():] if article else item, start, 0.75


def _after_last_delimiter(before: str) -> int:
    """Where the words since the last delimiter (``_DELIMITER``) start in `before`."""
    starts = [m.end() for m in _DELIMITER.finditer(before)]
    return starts[-1] if starts else 0


def _heading_name(before: str, after: str, line_start: int) -> tuple[str, int, float] | None:
    """A sentence-cased name of a few words that the gloss ends, opening its paragraph or
    after the gloss before it, with nothing after it but the next such name: a line of notes
    ("Exclusive dealing (限定交易) Discriminatory treatment (差别待遇)"), a category before a
    dash left out ("Horizontal - Price fixing (固定价格)"), or opening its source line
    (`line_start`: "Bureaucratic ranks:\nFull state (正国级)")."""
    begin = max(_after_last_delimiter(before), line_start)
    name = before[begin:].strip()
    label = _LABEL_DASH.search(name)
    name = name[label.end():] if label else name
    # (a Markdown heading's or list item's marks, a link's bracket: "### Commissioned
    # officers (军官)", "- [Warrant officers (准军官)](#…)")
    name = _MARKUP_LEAD.sub("", name, count=1)
    words = _TOKEN.findall(name)
    rest = _URL.sub("", after.lstrip(), count=1).lstrip()  # (a link after the name: its source)
    if not 1 <= len(words) <= _HEADING_WORDS or not name[:1].isupper() or \
            words[0].lower() in _ARTICLES or _CLAUSE_END.search(name) or \
            begin not in (0, line_start) and before[begin - 1] not in ")）]】" or \
            rest[:1].islower() or rest[:1].isdigit():
        return None
    return name, len(before) - len(name), 0.75


def _delimited_run(text: str, before: str, end: int, chinese: str) -> tuple[str, int, float] | None:
    """Lowercase English with no quote or capital to mark it: the words since the last
    delimiter (a closing bracket, clause punctuation, a Chinese character, the line's start)
    when they are few, as in run-on glossaries ("…(小康社会)macroeconomic regulation(宏观调控)");
    otherwise the shortest tail that holds every word the Chinese explains."""
    begin = _after_last_delimiter(before)
    window = before[begin:]
    tokens = list(_TOKEN.finditer(window))
    if not tokens:
        return None
    # glued to the bracket, and to what is before it (or set off by a space from Chinese:
    # "如 mass meeting(群众大会)")
    after_han = begin > 0 and bool(han.pattern(r"[\p{Han}]").match(before[begin - 1]))
    glued = begin > 0 and (not window[:1].isspace() or after_han and window[1:2].isalpha()) \
        and text[len(before):len(before) + 1] in "(（"
    if len(tokens) <= _RUN_WORDS and glued and (
            before[begin - 1] in ")）]」』,，、;；" or han.pattern(r"[\p{Han}]").match(before[begin - 1])):
        return window.strip(), begin + tokens[0].start(), 0.75
    tokens = tokens[-12:]
    lang = span_language(window.strip(), window)
    if lang in ("fr", "es"):
        best = _romance_phrase(chinese, window, tokens, lang)
        if best is None:  # a complement the phrase rule stops at: "destin pour l'humanité"
            best = _romance_tail(chinese, window, tokens, lang)
        if best is not None:
            best, elided = _romance_name(tokens, best)
            if elided:  # "l'Assemblée populaire nationale": the article is not the name's
                start = begin + tokens[best].start() + 2
                return before[start:], start, 0.7
    else:
        best = _english_tail(chinese, window, tokens)
    if best is None:
        return None
    if best < len(tokens) - 1 and tokens[best].group().casefold() in CONJUNCTIONS:
        best += 1  # "digitising (数字化) and informationalising (信息化)": the next item
    start = begin + tokens[best].start()
    return before[start:], start, 0.7


_OPENING_MARKUP = "[*_`"
_HEADING_WORDS = 4
_MARKUP_LEAD = re.compile(r"^(?:(?:#{1,6}|[-*+•●▪]|\d{1,3}[.)])\s+)?[\[*_`]*")
_ARTICLES = _ROMANCE_ARTICLES | {"the", "a", "an", "un", "une", "una"}
_CLAUSE_END = re.compile(r"[.!?;:,]")
_LABEL_DASH = re.compile(r".*\s[-–—]\s+")
_URL = re.compile(r"^https?://\S*")


def _capitalised_run(text: str, before: str, end: int, chinese: str) -> tuple[str, int, float] | None:
    tokens = list(_WORD_TOKEN.finditer(before))
    run: list[tuple[str, int]] = []  # (word without the markup before it, where it starts)
    for token in reversed(tokens):
        # Markup that opens the name ("[**Spoken Meeting Records (委員發言)**](…)") starts it
        word = token.group().lstrip(_OPENING_MARKUP)
        opened = len(word) < len(token.group())
        if not word:
            break
        if run and word[-1] in ",;:.!?)”\"|":
            break  # clause punctuation ends the name
        if run and han.pattern(r"[\p{Han}|:：()（）]").search(before[token.end():run[-1][1]]):
            break  # so does Chinese between two words (a run-on glossary)
        if not run and not word[0].isupper():
            return None  # the word right before the gloss must be capitalised
        if not (word[0].isupper() or word.lower() in _CONNECTORS or _ORDINAL.fullmatch(word)):
            break  # an ordinal is part of the name: "the 18th Party Congress"
        run.append((word, token.end() - len(word)))
        if opened:
            break
    run.reverse()
    words = [word.lower() for word, _ in run]
    # A sentence's first word before the article of the name: "According to the People's
    # Daily", "Selon le Quotidien du Peuple", "Según el Diario del Pueblo" (but "Ministry of
    # the Interior" keeps its article).
    opening = before[:run[0][1]].rstrip() if run else ""
    if run and not (opening and opening[-1].isalpha()):
        for cut in (1, 2):
            # ("Winnie the Pooh": one English word before "the" is the name's own)
            if len(run) > cut + 1 and words[cut] in _DETERMINERS and \
                    words[0] not in _DETERMINERS and (
                        cut == 1 and words[1] != "the" or words[1] in ("to", "à", "a")):
                run = run[cut + 1:]
                break
    while run and (run[0][0].lower() in _CONNECTORS | _DETERMINERS):
        run.pop(0)
    if not run:
        return None
    return before[run[0][1]:], run[0][1], 0.85
