"""What layout leaves at a term's edges, cut from every candidate whichever extractor found it:
list and part numbers, framing dashes, Markdown emphasis, part-of-speech tags, an unbalanced
bracket, a name said twice, a page's label glued onto the term."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from glossary import han
from glossary.build.extract.acronyms import acronym_first, spelled_out
from glossary.langtags import is_chinese
from glossary.model import Candidate, CandidateTerm, TermType

# What frames a span without being part of it: a list number ("I. Review of Work…", "一、"),
# a dash that introduces a subtitle ("——在…上的报告", "China and the United Nations --"),
# Markdown emphasis and a slash between the two languages ("**Civil Code", "Labor Law /").
# … a wiki heading's equals signs ("====== Rule of Law ======") and a footnote's mark ("[2]").
_MARKUP = r"^[*_`/=]+\s*|\s*[*_`/=]+$|\s*\[\d{1,3}\]?$"
_LATIN_EDGE = re.compile(r"^(?:[IVX]{1,4}|\d{1,3}|[a-z])[.)]\s+(?=[A-Z]|(?<=[IVX][.)] )\d)|"
                         r"^[IVX]{1,4}\.(?=[A-Z][a-z]|A\s[A-Z])|^[-–—―]+\s*|\s*[-–—―]+$|"
                         # a wiki's template names left in a mirror ("Modèle:Ébauche Chine")
                         r"^.*(?:Mod[eè]le|Template|Plantilla|Modelo|Vorlage):\S+\s+|"
                         # a sentence that goes on after the term: "secretary. This person…"
                         r"(?<=[a-z]{3})\.\s+\S+(?:\s+\S+){3,}$|"
                         # a part's number before its name: "Book 4: Personality Rights"
                         r"^(?:Book|Part|Chapter|Section|Title|Article|Livre|Libro|Chapitre|Cap[ií]tulo|"
                         r"Parte|Partie|Titre|T[ií]tulo|Art[ií]culo|"
                         # … and a goal's in a list of goals: "Goal 4: Quality Education"
                         r"Goal|Objective|Objectif|Objetivo)\s+(?:\d{1,3}|[IVX]{1,5})"
                         r"(?:\s*:\s*|\s*\.\s+|\s+(?=[A-Z]))|"
                         # a learner's list tags the part of speech: "carrier n.", "boost v."
                         r"(?<=[a-z])\s+(?:n|v|vt|vi|adj|adv|prep|conj)\.$|\s*(?:…|\.\.\.)$|"
                         # … and a French or Spanish one the gender: "préfet m", "mairie (f)"
                         r"(?<=[a-zà-ÿ])\s+(?:[mf]|n[mf]|[mf]pl|\([mf]\))\.?$|"
                         r"^(?:n|v|vt|vi|adj|adv|prep|conj)\.(?:\s+|\s*`)(?=[a-z])|"
                         # a dictionary's "literally" before the gloss: "lit. to govern from…",
                         # or the language it glosses in: "[En.] policy; decree"
                         r"^(?:lit|fig)\.\s+|^\[?(?:En|EN|Eng|Fr|Es)\.?\]\s*|"
                         # a wiki's note or link left at the end: "… china [ wikidata ]",
                         # its closing bracket perhaps trimmed with a cell's full stop
                         # ("Nationality Law [NPC trans.]")
                         r"\s*\[[^\[\]]{1,24}\]?$|"
                         # a period after a name: "People's Democratic United Front (1945-1966)[1]"
                         r"\s*\(\d{4}\s*[-–—]\s*(?:\d{2,4})?\)(?=\s*(?:\[\d{1,3}\])?$)|"
                         # a code module's heading: "Anti-Monopoly Law Module"
                         r"(?<=[a-z])\s+Module$|"
                         # a Markdown heading run on from the item above it: "Prepare
                         # profit distribution proposals ### Supervisory Board"
                         r"^.*\s#{2,6}\s+(?=\S)|"
                         + _MARKUP)
_HAN_EDGE = re.compile(r"的简称$|的簡稱$|\s*[,，、;；:：]+$|"  # the sentence's comma: “海南省教育厅”,
                       r"\s*[（(]简称[^)）]*[)）]?$|"  # …的简称, …(简称"政协")
                       # the label of the gloss that follows: "最高人民法院 (英语: The Supreme…"
                       r"\s*[（(](?:英语|英文|英語|法语|法文|法語|西班牙语|西班牙文|西班牙語)[:：]?\s*$|"
                       r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
                       r"\d{1,3}[.、．])\s*|^\d{1,3}\s+(?=[\u3400-\u9fff])|"  # (or "1 中华…")
                       # the words that introduce an example: "比如人事处(Personnel Division)"
                       r"^(?:比如|例如|譬如|诸如|諸如)(?=[\u3400-\u9fff]{2})|"
                       # an adverb of the sentence the term was its subject of: "国家主席通常称为…"
                       r"(?<=[\u3400-\u9fff]{2})(?:通常|往往|经常|常常|一般|总是|已经|一直|通常也|一般也)$|"
                       # a person's years after the name: "Wang Yifei (王一飞, 1898-1928)"
                       r"\s*[,，]\s*(?:\d{3,4}\s*[-–—~～]\s*(?:\d{2,4})?|生于\d{4}年?)\s*$|"
                       # a part's number before its name: "第三章　党的中央组织"
                       r"^第[一二三四五六七八九十百\d]{1,4}[编編章节節条條款部分]+(?:\s+|[:：、.．]\s*|(?=[\u3400-\u9fff]{2}))|^[-–—]+\s*|\s*[-–—]+$|" + _MARKUP)


# A label a page glues onto the next line's term when its layout is flattened ("View
# ArticleMinistry of Truth", "AbbreviationZhongzubu"): an English word of five letters or more
# run into a capitalised word of four or more, after another word or before a word that is not
# English (WeChat, LinkedIn, ChinaDaily, GlobalTimes keep theirs).
_GLUED_LABEL = re.compile(r"^(?P<before>(?:[A-Z][a-z]* )*)(?P<word>[A-Z]?[a-z]{4,})"
                          r"(?=(?P<next>[A-Z][a-z]{3,}))")


# A quoted term that opens its cell, and a comment that goes on after it: '"Campaign." Where
# candidates try to win you over', '"Voter" or "electorate." These are the folks…'
# (the opening quote perhaps cut with the cell's edge)
_QUOTED_LEAD = re.compile(r'^["“]?(?P<term>[^"“”]+?)[.,]?["”](?:\s+or\s+["“][^"“”]+["”])?[.,;:]?'
                          r'\s+[A-Z]\S*(?:\s+\S+)+$')


# A name whose spaces were all lost ("CentralCommitteeoftheCommunistPartyofChina"): a glued
# list's row, not a label glued onto a term ("AbbreviationZhongzubu")
_RUN_TOGETHER = re.compile(r"(?:[A-Z][a-z]*){3,}(?:[a-z]+(?:[A-Z][a-z]*)+)*|\S*[a-z](?:of|the|and)[A-Z]\S*")


# A Chinese cell that lists two renderings of one English term, split by a comma: "special-
# purpose fund特别用途资金,专项资金" (an enumeration of different things takes 、 instead)
_CHINESE_ALTERNATIVES = han.pattern(r"[\p{Han}]{2,}(?:\s*[,，;；]\s*[\p{Han}]{2,})+")


_LISTS = re.compile(r"[,;]|\s(?:and|et|y|e)\s")


def alternatives(candidate: Candidate) -> list[Candidate]:
    """The candidate once for each of the Chinese alternatives its Chinese term lists (the
    scorer then weighs each against the rendering), or as it is."""
    listed = [k for k, term in enumerate(candidate.terms)
              if is_chinese(term.lang) and _CHINESE_ALTERNATIVES.fullmatch(term.text)]
    others = [term.text for term in candidate.terms if not is_chinese(term.lang)]
    if len(listed) != 1 or any(_LISTS.search(text) or len(text.split()) > 6 for text in others):
        return [candidate]  # (a rendering that lists as well names the whole: "A, B, C")
    k = listed[0]
    term = candidate.terms[k]
    return [replace(candidate, terms=candidate.terms[:k] + (replace(term, text=piece.strip()),)
                    + candidate.terms[k + 1:])
            for piece in re.split(r"[,，;；]", term.text)]


def tidy(candidate: Candidate) -> Candidate:
    """The candidate with what frames its terms cut from their edges (above), a bracket that
    closes nothing, a name said twice, and a quote its cell's edge cut restored."""
    terms = []
    for term in candidate.terms:
        edge = _HAN_EDGE if is_chinese(term.lang) else _LATIN_EDGE
        raw = term.text if is_chinese(term.lang) else _unjammed(term.text)
        text = _unquoted(_once(_balanced(edge.sub("", raw).strip())))
        if not is_chinese(term.lang):
            text = _unmarked(_unwiki(_QUOTED_LEAD.sub(r"\g<term>", text)))
            if not _RUN_TOGETHER.fullmatch(text):
                text = _unlabelled(text)
        if is_chinese(term.lang) and _in_both_scripts(text):
            text = text[:len(text) // 2]  # 土耳其共產黨土耳其共产党: one term, written twice
        if is_chinese(term.lang) and _LETTER_SPACED.fullmatch(text):
            # a heading set letter-spaced ("序　言", "总　则"), a machine translation's text
            # cut into words ("中国 外文 局"): Chinese writes a term with no spaces
            text = re.sub(r"\s+", "", text)
        if is_chinese(term.lang) and text[:1] in _OPENING and _CLOSING[text[0]] not in text[1:]:
            text = text[1:].lstrip()  # “接诉即办: the closing quote was left outside the cell
        if is_chinese(term.lang) and "”" in text and "“" not in text.split("”")[0]:
            # “互联网+”行动计划: the opening quote was cut with the cell's edge (and a term
            # quoted whole loses both: “海南省教育厅”)
            text = _unquoted("“" + text)
        terms.append(replace(term, text=text) if text and text != term.text else term)
    terms = _unabbreviated(_unnumbered(_uncounted(_unsessioned(terms))))
    if len(terms) == len(candidate.terms) and all(a is b for a, b in zip(terms, candidate.terms)):
        return candidate
    return replace(candidate, terms=tuple(terms))


# A body's session before its name (十八届中央政治局, 第十三届全国人大): part of the name only
# where the rendering says it too ("18th Central Committee")
# (or the 届 alone, its number left outside the span: 届东亚峰会)
_SESSION = re.compile(r"^(?:第?[一二三四五六七八九十百\d]{1,4})?届(?=[\u3400-\u9fff]{2})")
_ORDINAL = re.compile(r"\d|\b[IVXL]{2,}\b|first|second|third|fourth|fifth|sixth|seventh|eighth|"
                      r"ninth|tenth|eleventh|twelfth|teenth|twentieth|premi|deuxi|troisi|quinto|"
                      r"segund|tercer|d[ée]cim", re.IGNORECASE)


# A count before a noun ("22个省", "三个自治旗" for "province", "autonomous banner"): the
# sentence's, unless the rendering counts too ("三个代表", the Three Represents)
# (or the 个 alone, its number left outside the span: 个村委会; not 个人, 个体, 个别…)
_COUNT = re.compile(r"^(?:(?:\d+|[一二三四五六七八九十两百千万]+)个(?=[\u3400-\u9fff])|"
                    r"个(?![人体性别案])(?=[\u3400-\u9fff]{2}))")
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"hundred|thousand|dual|double|twin|both|un|une|deux|trois|quatre|cinq|"
                     r"uno|una|dos|tres|cuatro|cinco)\b", re.IGNORECASE)


def _unabbreviated(terms: list[CandidateTerm]) -> list[CandidateTerm]:
    """A rendering that gives a name and the acronym spelling it ("Millennium Development
    Goals, MDGs", "Freedom of Information Act, FOIA", "IEA International Energy Agency") as
    the name and the acronym."""
    # (a cheap test first: tidy reads every candidate, and few hold either)
    if not any("," in t.text or "，" in t.text or ";" in t.text or t.text[:2].isupper()
               for t in terms):
        return terms
    out = []
    for term in terms:
        found = None if is_chinese(term.lang) else spelled_out(term.text) or acronym_first(term.text)
        out.extend([replace(term, text=found[0]), CandidateTerm(found[1], term.lang,
                                                                TermType.ACRONYM)]
                   if found else [term])
    return out


def _uncounted(terms: list[CandidateTerm]) -> list[CandidateTerm]:
    if any(not is_chinese(t.lang) and _NUMBER.search(t.text) for t in terms):
        return terms
    return [replace(t, text=_COUNT.sub("", t.text)) if is_chinese(t.lang) and
            _COUNT.match(t.text) else t for t in terms]


def _unsessioned(terms: list[CandidateTerm]) -> list[CandidateTerm]:
    if any(not is_chinese(t.lang) and _ORDINAL.search(t.text) for t in terms):
        return terms
    return [replace(t, text=_SESSION.sub("", t.text)) if is_chinese(t.lang) and
            _SESSION.match(t.text) else t for t in terms]


# A table's or a contents page's item number, said on both sides ("7-1 一般公共预算收支总额
# (2020年) | 7-1 General Public Budget Revenue (2020)"): the numbering, not the term; so is a
# year both sides close with
_ITEM_NUMBER = re.compile(r"^(\d{1,3}(?:[-.–]\d{1,3})+|\d{1,3}(?=\s))\s*")
_YEAR = re.compile(r"\s*[(（](\d{4})年?[)）]$")


def _unnumbered(terms: list[CandidateTerm]) -> list[CandidateTerm]:
    for edge in (_ITEM_NUMBER, _YEAR):
        found = [edge.search(t.text) for t in terms]
        cut = [edge.sub("", t.text, count=1).strip() for t in terms]
        if len(terms) > 1 and all(found) and len({m[1] for m in found if m}) == 1 and all(cut):
            terms = [replace(t, text=text) for t, text in zip(terms, cut)]
    return terms


# Forums scatter junk through their text against copying ("Presidium5 K O- P- P: e) X0 j":
# Discuz's "jammer"): one- and two-character tokens after the term, its last word with a
# digit or a symbol glued on
_GLUED_JUNK = re.compile(r"(?<=[A-Za-z)])[\d%#$&'\"(!+*~`^]+$")
_SHORT_WORDS = frozenset("of a an to in on at by or and i ii iii iv v vi us uk un eu".split())


def _unjammed(text: str) -> str:
    tokens = text.split()
    kept = len(tokens)
    while kept > 1 and len(tokens[kept - 1]) <= 2 and \
            tokens[kept - 1].casefold() not in _SHORT_WORDS and not tokens[kept - 1].isdigit():
        kept -= 1
    if kept == len(tokens):
        return text
    glued = _GLUED_JUNK.search(tokens[kept - 1])
    if len(tokens) - kept < 2 and not glued:
        return text  # "Plan B": one short word is a name's
    return " ".join([*tokens[:kept - 1], _GLUED_JUNK.sub("", tokens[kept - 1])])


def _unlabelled(text: str) -> str:
    from glossary.build.align.lexicon import is_english_word

    label = _GLUED_LABEL.match(text)
    if label and is_english_word(label["word"].lower()) and (
            label["before"] or not is_english_word(label["next"].lower())):
        return text[label.end():]
    return text


# (words of four characters at most: "国务院总理 李克强" is a title and a name, set apart)
_LETTER_SPACED = han.pattern(r"[\p{Han}]{1,4}(?:[ \t\u3000]+[\p{Han}]{1,4})+")
_QUOTE_PAIRS = ('""', "“”", "«»", "‘’", "''", "「」", "『』")
_CLOSING = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"'}
_OPENING = tuple(_CLOSING)


def _unwiki(text: str) -> str:
    """Without wiki markup left around a rendering by an infobox read as text: a template
    opened or closed after it ('"March of the Volunteers"}} }} center', "…Jìnxíngqǔ''{{nbsp"),
    italics quotes and link brackets."""
    if "{{" in text or "}}" in text or "''" in text or "[[" in text:
        text = re.split(r"\{\{|\}\}", text)[0].replace("''", "").replace("[[", "").replace("]]", "")
        text = text.strip().strip('"').strip()
    return text


def _unmarked(text: str) -> str:
    """Without the symbols a list puts before its items (✅, ❌, ➤, ★) and a quote opened
    before them that the term does not close: '✅ "Macao SAR, P.R.C (澳门…)"' gives its
    Latin side as '✅ "Macao SAR, P.R.C'."""
    start = 0
    while start < len(text) and (unicodedata.category(text[start]) in ("So", "Sk")
                                 or text[start].isspace()):
        start += 1
    text = text[start:]
    closing = _LATIN_CLOSING.get(text[:1])
    if closing and closing not in text[1:]:
        text = text[1:].lstrip()
    return text


_LATIN_CLOSING = {'"': '"', "“": "”", "«": "»", "‘": "’"}


def _unquoted(text: str) -> str:
    """Without quotes around the whole term ("“fighting spirit”", "«double circulation»")."""
    while len(text) > 2 and text[0] + text[-1] in _QUOTE_PAIRS and \
            text[0] not in text[1:-1] and text[-1] not in text[1:-1]:
        text = text[1:-1].strip()
    return text


def _balanced(text: str) -> str:
    """Without a bracket at an edge that closes or opens nothing ("四个意识)")."""
    for opening, closing in ("()", "（）"):
        if text.endswith(closing) and text.count(opening) < text.count(closing):
            text = text[:-1].rstrip()
        first = text.find(closing)
        if 0 <= first < len(text) - 1 and opening not in text[:first]:
            text = text[first + 1:].lstrip()  # "politically) dissenting": an aside cut in half
        if text.startswith(opening) and text.count(opening) > text.count(closing):
            text = text[1:].lstrip()
    return text


def _in_both_scripts(text: str) -> bool:
    """A Chinese term run on into itself in the other script (a dictionary's "traditional
    simplified" columns glued): 土耳其共產黨土耳其共产党; or in the same script, a heading
    said twice (新时代的中国绿色发展新时代的中国绿色发展), but not a word doubled (研究研究)."""
    from glossary.normalize.script import to_simplified

    half = len(text) // 2
    return len(text) >= 4 and len(text) % 2 == 0 and (text[:half] != text[half:] or half >= 3) \
        and to_simplified(text[:half]) == to_simplified(text[half:])


def _once(text: str) -> str:
    """A name said twice in a row, as pages that repeat a heading in its first sentence give
    it ("Chinese People's Political Consultative Conference the Chinese People's …"), once."""
    words = text.split()
    folded = [w.casefold() for w in words]  # once, not once for every cut

    def bare(part: list[str]) -> list[str]:
        return part[1:] if part and part[0] in _ARTICLES else part

    for cut in range(2, len(words) - 1):
        if bare(folded[:cut]) == bare(folded[cut:]):
            return " ".join(words[:cut])
    return text


_ARTICLES = frozenset({"the", "la", "le", "les", "el", "los", "las"})
