"""Chinese first, its English (or acronym) in parentheses:

    我们召开了中央经济工作会议（Central Economic Work Conference），部署…
    → 中央经济工作会议 ↔ Central Economic Work Conference
    坚持中国共产党 (CPC) 的领导  → 中国共产党 ↔ CPC (acronym)

The parenthesis closes the English, but Chinese has no spaces to say where the term begins.
So the run of Han characters before the parenthesis is cut into words with parts of speech
(jieba, the segmenter the pinyin step already uses), and the term is the longest run of words
at its end that holds no verb, particle, preposition, pronoun, adverb or conjunction (a
name's own verbal nouns, 工作 in 中央经济工作会议, stay; the word next to the parenthesis may be
a nominalised verb, 治理 in 基层治理) and has no more words than the English has content
words (an acronym: letters).  Traditional text is segmented in its Simplified form.  Confidence 0.75,
0.85 when quotes delimit the Chinese (“调研员”（Consultant）), or Markdown bold the term with its
bracket (**监护人（Guardian）**): the layout pairs them explicitly, so
the pair is kept for review even when no word links them); the pair also goes through
truncation.review.  A bracket's pinyin is left out of the rendering ("(bù wàng chūxīn, “never
forget…”)"), and a Chinese run set into English prose is taken whole.  Without a bracket:
"内卷, meaning “involution”" — a Chinese word, then its English in quotes after a comma or
a dash.  And in Chinese prose about renderings, an example glued to its English: "（如国家发改委
National Development and Reform Commission）", "例如国家税务总局State Taxation Administration即…"
(``_EXAMPLE``).  A Chinese word in prose with its reading bracketed, then a colon: "维护社会稳定
[wéihù shèhuì wěndìng] : maintien de la stabilité sociale." (``_READING_COLON``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract._evidence import evidence
from glossary.build.extract._truncation import review
from glossary.build.extract.acronyms import name_and_acronym
from glossary.build.extract.rows import bare_chinese
from glossary.build.language import span_language
from glossary.han import script_of
from glossary.langtags import ZH_HANS, from_name, primary
from glossary.model import Candidate, CandidateTerm, TermType
from glossary.normalize.readings import reads
from glossary.normalize.script import to_simplified

NAME = "zh-first"
CONFIDENCE = 0.75
QUOTED = 0.85
# (a reading in square brackets may stand between: "一级行政区 [Yī Jí Xíngzhèngqū] (Divisiones…)")
_PAIR = han.pattern(r"(?P<han>[\p{Han}·0-9“”\"]{2,40}?)(?P<quote>[”」\"》]?)\s?"
                   r"(?:\[(?P<reading>[^\[\]\p{Han}]{1,60})\]\s*)?[(（]\s*"
                   r"(?P<latin>[^()（）]{2,120}?)\s*[)）]")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")
_TITLE_BEFORE = han.pattern(r"《(?P<title>[\p{Han}·0-9、，]{2,30})》\s?$")
# jieba part-of-speech tags that end a name when walking back from the parenthesis.
_BOUNDARY_TAGS = ("v", "u", "p", "r", "d", "c", "y", "e", "o", "x", "w", "f", "ul", "uj")
_NAME_VERBS = ("vn",)  # verbal nouns belong in names: 工作, 建设
_CONNECTORS = frozenset("of on the and for to with in at by from under a an".split())
_MAX_CHARS = 16
_MAX_TAIL = 24
_PRONOUNS = frozenset("i you he she it we they this that these those".split())


# In English prose, a Chinese word set off by spaces with its English quoted after a comma or
# a dash, or straight after it: "the term 内卷, meaning “involution”", "躺平 – “lying flat” –",
# "The 全国两会 "Two Sessions," or …".  Literal
# translations ("literally …") are word-by-word glosses, not renderings.
_QUOTED_GLOSS = han.pattern(r"(?<=[A-Za-z,.;:]\s)(?P<han>[\p{Han}·]{2,20})\s*(?:[,，:：]|\s[-–—])?\s*"
                           r"(?:(?:meaning|i\.e\.|or|that is|translated as)\s+)?"
                           r"[\"“](?P<latin>[A-Za-z][^\"“”]{1,80})[\"”]")


# In prose, a Chinese word set off by spaces, its reading bracketed, then a colon and its
# rendering to the sentence's end: "l'expression 维护社会稳定 [wéihù shèhuì wěndìng] : maintien
# de la stabilité sociale.", "the term 维稳 (wéiwěn): stability maintenance."  The reading
# (which must read the characters) is what marks the layout.
_READING_COLON = han.pattern(
    r"(?:^|(?<=[A-Za-zÀ-ÿ’'\"“«,.;:]\s))(?P<han>[\p{Han}·]{2,20})\s*[\[(（]"
    r"(?P<reading>[^\[\]()（）\p{Han}]{1,60})[\])）]\s*[:：]\s*"
    r"(?P<latin>[A-Za-zÀ-ÿ][^.,;:!?()\[\]\p{Han}]{1,80}?)\s*(?=[.,;!?]|$)", re.MULTILINE)
_READING_GLOSS_WORDS = 8


# Chinese prose about renderings gives examples, each a name glued to its English: "委员会译为
# commission(如国家发改委National Development and Reform Commission)", "例如国家税务总局State
# Taxation Administration即…".  "For example" opens the term; the English is a name (it starts
# with a capital: prose that swaps words, "用human换下mankind", gives none) and ends where the
# Chinese or the bracket goes on.
_EXAMPLE = han.pattern(r"(?:例如|比如|譬如|如)(?P<han>[\p{Han}]{2,16}?)\s?"
                       r"(?P<latin>[A-Z][A-Za-z'’&-]*(?: [A-Za-z'’&-]+){0,9})"
                       r"(?=\s*(?:[)）,，、;；。]|[\p{Han}]))")


def extract(document: Document) -> Iterator[Candidate]:
    for paragraph in document.paragraphs:
        for match in _EXAMPLE.finditer(paragraph.text):
            # (not a copula the sentence goes on with: "北京市政协委员会为Beijing…")
            example = bare_chinese(match["han"])
            if not example:
                continue
            flags, notes = review(example, match["latin"])
            lang = span_language(match["latin"], paragraph.text, document.latin_language)
            yield Candidate(
                terms=(CandidateTerm(example, ZH_HANS), CandidateTerm(match["latin"], lang)),
                evidence=evidence(document, paragraph, match.start("han"), match.end(), NAME,
                                  CONFIDENCE),
                flags=flags, notes=notes)
        for match in _QUOTED_GLOSS.finditer(paragraph.text):
            english = match["latin"].strip(" ,;:.")
            if english.split()[0].casefold() in _PRONOUNS or len(english.split()) > 8:
                continue
            flags, notes = review(match["han"], english)
            yield Candidate(
                terms=(CandidateTerm(match["han"], ZH_HANS), CandidateTerm(english, "en")),
                evidence=evidence(document, paragraph, match.start(), match.end(), NAME,
                                  CONFIDENCE),
                flags=flags, notes=notes)
        for match in _READING_COLON.finditer(paragraph.text):
            if not reads(match["han"], match["reading"].strip()) or \
                    len(match["latin"].split()) > _READING_GLOSS_WORDS:
                continue
            english = match["latin"].strip()
            lang = span_language(english, paragraph.text, document.latin_language)
            yield Candidate(
                terms=(CandidateTerm(match["han"], ZH_HANS), CandidateTerm(english, lang)),
                evidence=evidence(document, paragraph, match.start(), match.end(), NAME,
                                  QUOTED),
                notes=(f"reading: {match['reading'].strip()}",))
        for match in _PAIR.finditer(paragraph.text):
            named, english = _labelled(match["latin"])
            # "(United Nations Children's Fund, 简称UNICEF)", "(Millennium Development Goals,
            # MDGs)": the name, then its acronym
            short = name_and_acronym(match["latin"])
            if short:
                english = short[0]
            elif not named:
                english = _after_reading(match["han"], match["latin"],
                                         paragraph.text[match.end():match.end() + 160])
            if english is None or script_of(english) != "latin":
                continue
            # a comment after the name: "(multilateralism — supported by China officially)",
            # "(Belt and Road, 2013)"
            english = _COMMENT.sub("", english).strip(" ,;:")
            if not english or english.split()[0].casefold() in _PRONOUNS:
                continue  # "他表示（he said）": a translated clause, not a term
            acronym = bool(_ACRONYM.fullmatch(english))
            bracket = max(paragraph.text.rfind("(", 0, match.start("latin")),
                          paragraph.text.rfind("（", 0, match.start("latin")))
            title = _TITLE_BEFORE.search(paragraph.text, max(0, bracket - 40), bracket)
            if title and not acronym:
                # 《人民的名义》(In the Name of People): a title, delimited by its marks
                yield Candidate(
                    terms=(CandidateTerm(title["title"], ZH_HANS), CandidateTerm(english, "en")),
                    evidence=evidence(document, paragraph, title.start(), match.end(), NAME,
                                      QUOTED))
                continue
            # Chinese set into English prose ("The slogan 不忘初心 (…)") is delimited by the
            # text itself: the whole run is the term, not the tail a segmenter keeps.
            opening = paragraph.text[match.start("han") - 1:match.start("han")]
            whole = match["han"].strip("“”\"")
            chinese: str | None
            if _emphasised(paragraph.text, match.start("han"), match.end()) and \
                    not acronym:
                # "- **委托代理人（Authorized Representative）**：…": the Markdown emphasis
                # delimits the term as quotes do, and pairs it with its bracket
                chinese = whole if whole == match["han"] else None
            elif match["quote"] and "“" in match["han"]:
                # “兩會”是“全國人民代表大會”(the National People's Congress): the last quoted term
                chinese = match["han"].rsplit("“", 1)[1]
            elif opening.isascii() and opening and not acronym and 2 <= len(whole) <= 8 \
                    and not _CHINESE_CLAUSE.search(paragraph.text, 0, match.start("han")) \
                    and whole == match["han"] and not _clause_fragment(whole):
                chinese = whole
            elif acronym and _cell(paragraph, match.start("han"), match.end()) and 2 <= len(whole) <= 12 \
                    and whole == match["han"] and not _clause_fragment(whole):
                chinese = whole  # "抵押补充贷款(PSL) |": a cell holds the term whole
            else:
                chinese = term_before(match["han"], _content_words(english, acronym),
                                       None if acronym else english)
            if chinese is None:
                continue
            if not acronym:
                chinese, english = _without_verb(chinese, english)
            start = match.end("han") - len(chinese)
            flags, notes = ((), ()) if acronym else review(chinese, english)
            if match["reading"]:
                notes = (*notes, f"reading: {match['reading'].strip()}")
            # French and Spanish glosses too ("中国梦（sueño chino）"): the span's language
            lang = named or (document.latin_language if acronym else span_language(
                english, paragraph.text[max(0, start - 200):match.end() + 200],
                document.latin_language))
            # “调研员”（Consultant）: the quotes delimit the term, the bracket its rendering
            quoted = (paragraph.text[start - 1:start] in "“\"「" and start > 0) or \
                _emphasised(paragraph.text, start, match.end())
            yield Candidate(
                terms=(CandidateTerm(chinese, ZH_HANS),
                       CandidateTerm(english, lang, TermType.ACRONYM if acronym
                                     else TermType.FULL_FORM),
                       *((CandidateTerm(short[1], lang, TermType.ACRONYM),) if short
                         else ())),
                evidence=evidence(document, paragraph, start, match.end(), NAME,
                                  QUOTED if quoted else CONFIDENCE),
                flags=flags, notes=notes)


# A Chinese encyclopedia names the language in the bracket: "中央纪律检查委员会（英语：Central
# Commission for Discipline Inspection，缩写：CCDI）"; the rendering ends at the next mark.
# The label is a language's name (langtags.from_name: 英语, 法文, English…), perhaps with
# 名/名称/译名 after it, or a short form CLDR does not give.
_LABEL = han.pattern(r"(?P<name>[\p{Han}]{1,6}?|[A-Za-z]{2,12})(?:名称|译名|名)?\s*[:：]\s*")
_SHORT_LABELS = {"英译": "en", "西语": "es"}


_COMMENT = re.compile(r"\s+[—–]\s+.*$|,\s*(?:1[89]|20)\d\d\b.*$")


def _labelled(bracket: str) -> tuple[str, str | None]:
    """(language, rendering) of a bracket whose rendering a language label opens, else
    ("", None)."""
    label = _LABEL.match(bracket)
    if label is None:
        return "", None
    lang = primary(from_name(label["name"])) or _SHORT_LABELS.get(label["name"], "")
    if lang not in ("en", "fr", "es"):
        return "", None
    rendering = re.split(r"[，；;、]|,\s*(?=\S*[\u3400-\u9fff])", bracket[label.end():])[0]
    return lang, rendering.strip(" ,.\"“”")


def _cell(paragraph: Paragraph, start: int, end: int) -> bool:
    """Text from `start` to `end` is all a source line or a table's cell holds (bars aside)."""
    line_start, line_end = paragraph.line_bounds(start)
    return not paragraph.text[line_start:start].strip(" \t|｜") and \
        not paragraph.text[end:line_end].strip(" \t|｜")


# (not after a Chinese sentence's half-width comma, "文件指出,实施乡村振兴战略(…)": the run
# is the clause's tail there)
_CHINESE_CLAUSE = re.compile(r"[\u3400-\u9fff][,;:]$")


_TO_VERB = re.compile(r"^to\s+(?P<verb>[a-z]+)\s+(?:the\s+|a\s+|an\s+)?(?=\S)")


def _without_verb(chinese: str, english: str) -> tuple[str, str]:
    """A gloss that translates the clause's verb with the term ("实现全体人民共同富裕(to
    achieve prosperity for all)", "“两个一百年”奋斗目标(to realize the Two Centenary Goals)"):
    the term without the verb on both sides.  A verb phrase that is itself the term, its
    verb in the Chinese but not first (为人民服务, "to serve the people"), stays whole."""
    from glossary.build.align.words import closed
    from glossary.build.scorer import links
    from glossary.normalize.segment import jieba

    verb = _TO_VERB.match(english)
    rest = english[verb.end():].split() if verb else []
    # (what follows the verb must be its object: not "in …", not "indirectly")
    if verb is None or rest[0].lower() in closed("en") or rest[0].endswith("ly"):
        return chinese, english
    first = next(iter(jieba().posseg.cut(to_simplified(chinese))), None)
    if first is not None and first.flag.startswith("v") and len(first.word) < len(chinese) - 1 \
            and links(first.word, verb["verb"], "en").words:
        return chinese[len(first.word):], english[verb.end():]
    if links(chinese, verb["verb"], "en").words:
        return chinese, english
    return chinese, english[verb.end():]


def _emphasised(text: str, start: int, end: int) -> bool:
    """The term and its bracket are set in Markdown bold, as one: "**中国梦（Chinese Dream）**"."""
    mark = text[start - 2:start] if start >= 2 else ""
    return mark in ("**", "__") and text[end:end + 2] == mark


_READING_THEN = re.compile(r"^(?P<reading>[^,;，；]+)[,;，；]\s*(?P<rest>.+)$")
_QUOTED_AFTER = re.compile(r"^\s*[,，]?\s*[\"“](?P<english>[^\"“”]{2,80})[\"”]")


def _after_reading(run: str, bracket: str, after: str) -> str | None:
    """The English a bracket gives, its pinyin left out: "(bù wàng chūxīn, “never forget why
    you started”)", "(xīnzhì shēngchǎnlì; new quality productive forces)"; a bracket holding
    only the reading is followed by the English in quotes: "共同富裕 (gòngtóng fùyù),
    “common prosperity”".  A bracket that is only a reading, with no quoted English after it,
    gives nothing (None)."""
    from glossary.normalize.readings import is_pinyin

    def reading(text: str) -> bool:  # pinyin, or the reading of a tail of the Chinese run
        text = text.strip(" *_")
        return bool(text) and (is_pinyin(text) or any(
            reads(run[i:], text) for i in range(max(0, len(run) - 12), len(run) - 1)))

    bracket = bracket.strip(" ,;:.")
    parts = _READING_THEN.match(bracket)
    if parts and reading(parts["reading"]):
        # (the first of the renderings it lists: "« République de Chine ; Taïwan »")
        return re.split(r"\s;\s|；", parts["rest"].strip(" «»"))[0].strip(" ,;:.\"“”«»")
    if reading(bracket):
        quoted = _QUOTED_AFTER.match(after)
        return quoted["english"].strip(" ,;:.") if quoted else None
    named = _NAME_THEN_ACRONYM.fullmatch(bracket)  # "(the National People's Congress,NPC)"
    return named["name"] if named else bracket


_NAME_THEN_ACRONYM = re.compile(r"(?P<name>[A-Za-z][^,，]{3,}?)\s*[,，]\s*[A-Z]{2,8}")


def _clause_fragment(run: str) -> bool:
    """The run opens with a conjunction, preposition or particle (并倡导…, 和较强的…) or holds
    的: a piece of a Chinese clause, not a term set into English."""
    from glossary.normalize.segment import jieba

    first = next(iter(jieba().posseg.cut(run)), None)
    return "的" in run or first is None or first.flag.startswith(("c", "p", "u"))


def _content_words(english: str, acronym: bool) -> int:
    if acronym:
        return sum(c.isupper() for c in english)
    return sum(word.casefold() not in _CONNECTORS for word in english.split())


@lru_cache(maxsize=1 << 14)  # the same gloss recurs all through a corpus
def term_before(run: str, words_allowed: int, english: str | None = None) -> str | None:
    from glossary.normalize.segment import jieba as _jieba

    quoted = _last_quoted(run)
    if quoted is not None:  # “战略布局”(strategic blueprint): the quotes delimit the term
        return quoted if 2 <= len(quoted) <= 20 else None
    run = run.strip("”\"」")
    # a quoted word the sentence goes on from ("“两会”指全国人民代表大会"): the term is after it
    run = run[max(run.rfind("”"), run.rfind("」"), run.rfind('"')) + 1:]
    if len(run) < 2:
        return None

    # jieba knows Simplified words; t2s keeps length, so offsets carry back to the original.
    simplified = to_simplified(run)
    basis = simplified if len(simplified) == len(run) else run
    words = list(_jieba().posseg.cut(basis))
    taken = 0
    length = 0
    lone_verb = False
    for position, pair in enumerate(reversed(words)):
        # The word next to the parenthesis may be a nominalised verb (治理 in 基层治理, 建设);
        # further back, a verb is where the sentence, not the name, goes on.
        if position and pair.flag not in _NAME_VERBS and pair.flag.startswith(_BOUNDARY_TAGS):
            break
        if not position and pair.flag.startswith(("u", "p", "r", "c", "y", "e", "x", "w")):
            break
        if taken >= words_allowed or length + len(pair.word) > _MAX_CHARS:
            break
        taken += 1
        length += len(pair.word)
        lone_verb = taken == 1 and pair.flag.startswith("v") and pair.flag not in _NAME_VERBS
    term = run[len(run) - length:]
    if english is not None and (length or not _refused_next_to_gloss(words)):
        term = _best_supported(run, words, term, english)
        lone_verb = lone_verb and len(term) == length
    # A verb alone (表示, 认为) is the sentence's verb, not a nominalised term.
    return term if len(term) >= 2 and not (lone_verb and taken == 1) else None


_QUOTED_HEAD = han.pattern(r"[“\"「](?P<quoted>[^“”\"「」]+)[”\"」](?P<head>[\p{Han}]{0,6})$")


def _last_quoted(run: str) -> str | None:
    """The term the run's last quotes delimit, with the head noun after them and without the
    quotes ("十三五规划" of …"十三五"规划, 中国议题 of …“中国议题”), or from an opening quote
    left open (…“战略布局); None when the run has no quotes, or its quotes close before a
    longer tail."""
    closed = _QUOTED_HEAD.search(run)
    if closed:  # (not the tail of a phrase on 的: “全面小康”的意涵)
        return closed["quoted"] + ("" if "的" in closed["head"] else closed["head"])
    opening = max(run.rfind("“"), run.rfind("「"), run.rfind('"') if run.count('"') % 2 else -1)
    closing = max(run.rfind("”"), run.rfind("」"))
    return run[opening + 1:] if opening > closing or opening >= 0 and closing < 0 else None


def _refused_next_to_gloss(words: list) -> bool:  # type: ignore[type-arg]
    """The word next to the bracket is a pronoun, particle or the like (感谢大家（thanks）):
    the bracket translates a clause, and no tail of it is a term."""
    return bool(words) and words[-1].flag.startswith(("u", "p", "r", "c", "y", "e", "x", "w"))


def _best_supported(run: str, words: list, rule: str, english: str) -> str:  # type: ignore[type-arg]
    """The tail of `run` whose characters explain the most English words (CC-CEDICT,
    pinyin, numbers); the rule's term when it explains as many.  A tail may start only at a
    word that is itself explained, or at a noun: never at a particle or a sentence's verb
    (中共中央网络安全和信息化领导小组办公室 for "Office of the Central Leading Group for
    Cyberspace Affairs", where the rule stopped at 和)."""
    from glossary.build.scorer import Links, links

    def strength(found: Links) -> tuple[int, int]:
        return len(found.words), len(found.chars)

    best = rule
    best_strength = strength(links(rule, english, "en")) if rule else (-1, -1)
    offset = len(run)
    for position, pair in enumerate(reversed(words)):
        offset -= len(pair.word)
        tail = run[offset:]
        if len(tail) > _MAX_TAIL:
            break
        found = links(tail, english, "en")
        explained = [c < len(pair.word) for c in found.chars]
        # A tail that opens with a bare verb is a clause (感谢大家 for "thanks"), unless the
        # English is a verb phrase that the verb translates (保障清朗的政治生态, "ensure a
        # clean political environment").
        clause = pair.flag == "v" and (not any(explained) or found.word_count < 2)
        if any(explained) and strength(found) > best_strength and not clause:
            best, best_strength = tail, strength(found)
        # A verb or particle no English word explains is where the sentence goes on.
        own = bool(links(pair.word, english, "en").chars)
        if position and not own and pair.word != "的" and (
                pair.flag.startswith(("u", "p", "r", "c", "y", "e", "x", "w", "d"))
                or pair.flag.startswith("v") and pair.flag not in _NAME_VERBS):
            if pair.flag.startswith("c") and pair.word in ("和", "与"):
                continue  # 网络安全和信息化: a conjunction inside a name
            break
    return best
