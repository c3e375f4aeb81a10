"""Parallel text: one passage in zh, en, fr and es → four-language term entries.

Finding the blocks.  A block is a run of paragraphs in one language (labels such as
"French:" and titles are paragraphs of their own and do not break it); consecutive blocks
in different languages form a parallel group (a block in a language already in the group
starts a new one), so both a passage given in four languages one after another and
paragraphs interleaved by language work.  Files that translate each other form one group
too: each file is a block (``extract_set``; ``file_sets`` finds them by name).

Inside a group, two kinds of evidence:

- quoted terms, by order: the n-th quoted term of the Chinese block pairs with the n-th of
  each other block when both quote the same number of terms (or of distinct terms: a title
  quoted again in the text); when the counts differ, the quotes do not correspond one to
  one, and only pairs the dictionary links (evidence 0.5 or more, in order) are taken.
  Confidence 0.55: order alone is weak evidence, so these are for review unless something
  else confirms them;
- phrases in aligned sentences: every block is split into sentences (``align.sentences``)
  and aligned to the English block (``align.gale_church`` with ``align.anchors``); inside
  each aligned group ``align.phrases`` pairs noun phrases through CC-CEDICT and cognates.  A
  group with no English aligns its Chinese to its French or Spanish block the same way, and
  pairs phrases through the cognates of CC-CEDICT's glosses (``phrases.align_direct``);
- the outlet that asks, where aligned paragraphs open a press conference's question
  ("法新社记者：" / "AFP:"), confidence 0.8 (``_asking``).

Each language's term keeps its own evidence: file, line and sentence in its own block.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from glossary import han
from glossary.build.align import anchors, gale_church, phrases, sentences
from glossary.build.align.sentences import Sentence
from glossary.build.documents import Document, Paragraph, is_caps
from glossary.build.extract._evidence import evidence
from glossary.build.language import span_language
from glossary.han import script_of
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm, Evidence

NAME = "parallel"
QUOTED_PARAGRAPH = 0.85
ASKING = 0.8  # the outlet that asks, by the transcript's layout: a structure, not position
CONFIDENCE = 0.55
_LANGUAGES = ("zh", "en", "fr", "es")
_QUOTED = re.compile(r"“\s*([^”]{2,80}?)\s*”|«\s*([^»]{2,80}?)\s*»|「([^」]{2,40})」|『([^』]{2,40})』|"
                     r"(?<![A-Za-z0-9\"])\"([^\"\n]{2,80}?)\"(?![A-Za-z0-9\"])|"
                     # single curly quotes (‘四个意识’), not an apostrophe (Xi’s, ‘the Party’s …’)
                     r"(?<![A-Za-z0-9’])‘\s*([^‘’\n]{2,80}?)\s*’(?![A-Za-z0-9‘])")
_MAX_WORDS = 8
_DATA = re.compile(r"[\"']\s*:\s*[\"'\[{]")
_FIELD_VALUE = re.compile(r"(?:^|[\s{,])[A-Za-z_][\w-]*\s*[:=]\s*$")  # a field's name, then its value


@dataclass(frozen=True)
class Block:
    lang: str
    document: Document
    paragraphs: tuple[Paragraph, ...]


def extract(document: Document) -> Iterator[Candidate]:
    for group in document_groups(document):
        yield from _group_candidates(group)


def extract_set(documents: Sequence[Document]) -> Iterator[Candidate]:
    """Documents that translate each other (one language each): one parallel group."""
    yield from _group_candidates(set_group(documents))


def document_groups(document: Document) -> list[list[Block]]:
    """The parallel groups inside one document (two languages or more each)."""
    return [group for group in _groups(_blocks(document)) if len(group) >= 2]


def set_group(documents: Sequence[Document]) -> list[Block]:
    """One block per document, in its main language; empty unless two languages or more,
    each once."""
    group = []
    for document in documents:
        langs = [p.lang for p in document.paragraphs if p.lang in _LANGUAGES]
        if langs:
            lang = max(set(langs), key=lambda lang: (langs.count(lang), lang))
            group.append(Block(lang, document, tuple(
                p for p in document.paragraphs if p.lang == lang)))
    return group if len({block.lang for block in group}) == len(group) >= 2 else []


_FILE_LANG = re.compile(r"^(?P<stem>.+)[._-](?P<lang>zh(?:[-_]\w+)*|en|fr|es)$", re.IGNORECASE)


def file_sets(paths: Iterable[Path]) -> list[list[Path]]:
    """Files named as translations of each other: NAME.LANG.txt in one folder (LANG one of
    zh, zh-Hant…, en, fr, es), two languages or more."""
    sets: dict[tuple[Path, str], list[Path]] = defaultdict(list)
    for path in paths:
        match = _FILE_LANG.match(Path(path.stem).name)
        if match:
            sets[path.parent, match["stem"]].append(path)
    return [sorted(found) for found in sets.values() if len(found) >= 2]


def _blocks(document: Document) -> list[Block]:
    blocks: list[Block] = []
    for paragraph in document.paragraphs:
        if paragraph.lang not in _LANGUAGES:
            continue  # labels ("French:"), page furniture
        if blocks and blocks[-1].lang == paragraph.lang:
            blocks[-1] = Block(paragraph.lang, document, blocks[-1].paragraphs + (paragraph,))
        else:
            blocks.append(Block(paragraph.lang, document, (paragraph,)))
    return blocks


def _groups(blocks: list[Block]) -> list[list[Block]]:
    """Consecutive blocks in different languages, grouped where they translate each other.

    Taking runs in order (a block whose language the group already has starts a new one)
    pairs each Chinese paragraph with the wrong neighbour once one line goes untranslated:
    a page's front matter, a heading given in one language only.  So the grouping is chosen
    by evidence: of the ways to cut the blocks into runs of distinct languages, the one
    whose Chinese blocks the dictionary links best to their neighbours (``_link``).  With no
    evidence anywhere (every link below the bar) it is the run-in-order grouping."""
    n = len(blocks)
    links: dict[tuple[int, int], float] = {}
    sentences = [_sentences(block) for block in blocks]  # each block's, read once

    def score(start: int, end: int) -> float:
        zh = next((k for k in range(start, end) if blocks[k].lang == "zh"), None)
        if zh is None:
            return 0.0
        total = 0.0
        for k in range(start, end):
            if k != zh:
                if (zh, k) not in links:
                    links[zh, k] = _link(sentences[zh], sentences[k], blocks[k].lang)
                total += links[zh, k]
        return total

    best = [0.0] * (n + 1)
    end_of = list(range(1, n + 2))  # where the group starting at each block ends
    for i in range(n - 1, -1, -1):
        longest = i + 1
        seen = {blocks[i].lang}
        while longest < n and blocks[longest].lang not in seen:
            seen.add(blocks[longest].lang)
            longest += 1
        # the longest run first and the block alone last: max keeps the first of equals, so
        # ties keep the run-in-order grouping
        choices = [(score(i, end) + best[end], end) for end in range(longest, i + 1, -1)]
        choices.append((best[i + 1], i + 1))
        best[i], end_of[i] = max(choices, key=lambda choice: choice[0])
    groups = []
    i = 0
    while i < n:
        groups.append(blocks[i:end_of[i]])
        i = end_of[i]
    return groups


def _sentences(block: Block) -> list[Sentence]:
    """A block's body sentences; a heading alone is its own sentence."""
    return body_sentences(block) or [Sentence(p.text, p, 0) for p in block.paragraphs]


def _link(chinese: list[Sentence], other: list[Sentence], lang: str) -> float:
    """How well a Chinese block and its neighbour (in `lang`) translate each other: the share
    of the neighbour's words the Chinese explains, when their lengths allow a translation and
    it reaches the bar the aligner asks for; otherwise nothing."""
    if not plausible_lengths(other, chinese, "zh"):
        return 0.0
    shared = shared_words(other, chinese, lang)
    return shared if shared >= MIN_SHARED else 0.0


def _group_candidates(group: list[Block]) -> Iterator[Candidate]:
    if len(group) < 2:
        return
    yield from _quoted_pairs(group)
    yield from _phrase_entries(group)


# --- quoted terms by order ------------------------------------------------------------------


def _quoted_pairs(group: list[Block]) -> Iterator[Candidate]:
    spans = {block.lang: (block, _quoted(block)) for block in group}
    if "zh" not in spans or not spans["zh"][1]:
        return
    chinese = spans["zh"][1]
    for lang, (block, found) in spans.items():
        if lang == "zh" or not found:
            continue
        confidence = CONFIDENCE
        if len(found) == len(chinese):
            matched = list(zip(chinese, found))
            if len(block.paragraphs) == len(spans["zh"][0].paragraphs) == 1:
                # a paragraph and its translation quoting as many terms: their order pairs
                # them, as a heading named again in its paragraph does (« la Ceinture et la
                # Route » ↔ “一带一路” where no dictionary links French to Chinese)
                confidence = QUOTED_PARAGRAPH
        elif len(first_zh := _first_quotes(chinese)) == len(first := _first_quotes(found)):
            matched = list(zip(first_zh, first))  # a title quoted again in the text
        else:
            matched = _matched_by_evidence(chinese, found, lang)
        for (zh_text, _, _), (text, paragraph, start) in matched:
            # the quote's own language: a block is a run of paragraphs detected alike, and
            # a French paragraph among English ones ("« rêve chinois »") is not English
            own = span_language(text, paragraph.text, lang)
            yield Candidate(
                terms=(CandidateTerm(zh_text, ZH_HANS), CandidateTerm(text, own)),
                evidence=evidence(block.document, paragraph, start, start + len(text), NAME,
                                  confidence if _TERM_QUOTE.fullmatch(zh_text) else CONFIDENCE))


_TERM_QUOTE = han.pattern(r"[\p{Han}A-Za-z0-9·]{2,20}")  # no sentence, no stray quote


def _first_quotes(quotes: list[tuple[str, Paragraph, int]]) -> list[tuple[str, Paragraph, int]]:
    """Each quoted term once, where it is first quoted: a version quotes its term in its
    title and again in its text, as many times as it likes."""
    first: dict[str, tuple[str, Paragraph, int]] = {}
    for quote in quotes:
        first.setdefault(quote[0].casefold(), quote)
    return list(first.values())


_LINKED = 0.5  # (a pair inferred from position needs 0.3 in the scorer: order is less here)


def _matched_by_evidence(chinese: list[tuple[str, Paragraph, int]],
                         found: list[tuple[str, Paragraph, int]],
                         lang: str) -> list[tuple[tuple[str, Paragraph, int],
                                                  tuple[str, Paragraph, int]]]:
    """Quotes in order on both sides, but not as many: the pairing, in order, that the
    dictionary links best (“四个意识” … “两个维护” against "Four Consciousnesses" and "Four
    Confidences" only), each pair linked at _LINKED or more; the rest are left alone."""
    from glossary.build.scorer import translation_evidence

    if len(chinese) * len(found) > 400:
        return []  # (a long passage: quotes that far apart do not correspond)
    score = [[translation_evidence(zh, text, lang)[0] for text, _, _ in found]
             for zh, _, _ in chinese]
    # best[i][j]: the most evidence pairing the first i Chinese quotes with the first j others
    best = [[0.0] * (len(found) + 1) for _ in range(len(chinese) + 1)]
    for i in range(1, len(chinese) + 1):
        for j in range(1, len(found) + 1):
            linked = score[i - 1][j - 1]
            best[i][j] = max(best[i - 1][j], best[i][j - 1],
                             best[i - 1][j - 1] + linked if linked >= _LINKED else 0.0)
    pairs = []
    i, j = len(chinese), len(found)
    while i and j:
        linked = score[i - 1][j - 1]
        if linked >= _LINKED and best[i][j] == best[i - 1][j - 1] + linked:
            pairs.append((chinese[i - 1], found[j - 1]))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _quoted(block: Block) -> list[tuple[str, Paragraph, int]]:
    found = []
    for paragraph in block.paragraphs:
        if _DATA.search(paragraph.text):
            continue  # "zh": "…", "en": "…": records' to read, every value in quotes
        at = 0
        while match := _QUOTED.search(paragraph.text, at):
            at = match.end()
            group = next(i for i in range(1, 7) if match.group(i) is not None)
            if group == 5 and _FIELD_VALUE.search(paragraph.text, 0, match.start()):
                # titleZh: "外籍创业补贴", category: "tax": a field's whole value, no quoted
                # term (but a term may be quoted inside it: zh: "…实现“一网通办”。")
                at = match.start() + 1
                continue
            text = " ".join(match.group(group).split()).strip(",，;；:：")
            script = script_of(text)
            if (block.lang == "zh") != (script == "han") or len(text.split()) > _MAX_WORDS:
                continue
            found.append((text, paragraph, match.start(group)))
    return found


# --- phrases in aligned sentences ----------------------------------------------------------


@dataclass(frozen=True)
class _Side:
    """The sentences of one language in one aligned group, joined into one text."""

    block: Block
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return self.joiner.join(s.text for s in self.sentences)

    @property
    def joiner(self) -> str:
        return "" if self.block.lang == "zh" else " "

    def locate(self, start: int) -> tuple[Sentence, int]:
        """The sentence holding offset `start` of `text`, and the offset inside it."""
        for sentence in self.sentences:
            if start < len(sentence.text) + len(self.joiner):
                return sentence, start
            start -= len(sentence.text) + len(self.joiner)
        return self.sentences[-1], start


def _phrase_entries(group: list[Block]) -> Iterator[Candidate]:
    from glossary.normalize.script import to_simplified

    if not any(block.lang == "zh" for block in group):
        return
    for sides in aligned_sentences(group):
        en, zh = sides.get("en"), sides.get("zh")
        if zh is None or len(sides) < 2:
            continue
        simplified = to_simplified(zh.text)
        if len(simplified) != len(zh.text):
            continue  # offsets would not carry back to the original script
        yield from _asking(sides, zh)
        if en is None:  # a zh/fr or zh/es page
            yield from _direct_entries(sides, zh, simplified)
            continue
        others = {lang: side.text for lang, side in sides.items() if lang in ("fr", "es")}
        for match in phrases.align(en.text, simplified, others):
            if not phrases.termlike(simplified[match.zh.start:match.zh.end]):
                continue
            terms = [_term(zh, match.zh, ZH_HANS), _term(en, match.en, "en")]
            terms += [_term(sides[lang], phrase, lang) for lang, phrase in match.others.items()]
            yield Candidate(terms=tuple(terms), evidence=terms[1].evidence)  # type: ignore[arg-type]


# A press conference's questions open with who asks: "法新社记者：" in Chinese, "AFP:" in
# the translation (路透社记者 / Reuters, "人民日报"记者 / Quotidien du Peuple :).
_ASKING_ZH = han.pattern(r"[“\"]?(?P<name>[\p{Han}]{2,16}?)[”\"]?记者\s*[:：]")
_ASKING = re.compile(r"(?P<name>[A-Z][\w.&'’ -]{0,50}?)\s*:")


def _asking(sides: dict[str, _Side], zh: _Side) -> Iterator[Candidate]:
    """The news outlet whose reporter asks, named in both languages where aligned paragraphs
    open a transcript's question (the scorer weighs the pair as any other)."""
    first = zh.sentences[0]
    asked = _ASKING_ZH.match(first.text) if first.start == 0 else None
    if asked is None:
        return
    chinese = _term(zh, phrases.Phrase(asked.start("name"), asked.end("name"), ASKING), ZH_HANS)
    for lang, side in sides.items():
        other = side.sentences[0]
        named = _ASKING.match(other.text) if lang != "zh" and other.start == 0 else None
        if named and len(named["name"].split()) <= _MAX_WORDS:
            outlet = _term(side, phrases.Phrase(0, named.end("name"), ASKING), lang)
            yield Candidate(terms=(chinese, outlet), evidence=outlet.evidence)  # type: ignore[arg-type]


def _direct_entries(sides: dict[str, _Side], zh: _Side, simplified: str) -> Iterator[Candidate]:
    lang, side = next((lang, side) for lang, side in sides.items() if lang != "zh")
    for romance, chinese in phrases.term_pairs(side.text, simplified, lang):
        terms = (_term(zh, chinese, ZH_HANS), _term(side, romance, lang))
        yield Candidate(terms=terms, evidence=terms[1].evidence)  # type: ignore[arg-type]


def _term(side: _Side, phrase: phrases.Phrase, lang: str) -> CandidateTerm:
    sentence, start = side.locate(phrase.start)
    end = start + phrase.end - phrase.start
    text = sentence.text[start:end]
    offset = sentence.start + start
    found: Evidence = evidence(side.block.document, sentence.paragraph, offset,
                               offset + len(text), NAME, phrase.confidence)
    return CandidateTerm(_sentence_case(text, sentence.text[:start]), lang, evidence=found)


def _sentence_case(text: str, before: str) -> str:
    """"Social work" opening a sentence is the term "social work"; a name keeps its
    capitals (every word after the first in lower case is the sign of a common noun)."""
    words = text.split()
    if (len(words) >= 2 and not before.strip(" \"'“‘«¿¡(") and words[0][:1].isupper()
            and words[0][1:].islower() and all(w.islower() for w in words[1:])):
        return text[0].lower() + text[1:]
    return text


def aligned_sentences(group: list[Block]) -> list[dict[str, _Side]]:
    """The group's sentences aligned across languages, through the English block: a list of
    {lang: sentences} in English order.  A group with no English block aligns its Chinese to
    its French or Spanish one (a zh/fr or zh/es page); empty with neither."""
    blocks = {block.lang: block for block in group}
    pivot = next((lang for lang in ("en", "fr", "es") if lang in blocks), None)
    if pivot is None or (pivot != "en" and "zh" not in blocks):
        return []
    titles = {lang: [(k, p) for k, p in enumerate(block.paragraphs) if _is_title(p)]
              for lang, block in blocks.items()}
    split = {lang: body_sentences(block) for lang, block in blocks.items()}
    # Titles are left out of sentence alignment (a passage's English may have none, as in
    # seed 002); when every language has its titles at the same places, they pair in order.
    heads = []
    if len({tuple(k for k, _ in found) for found in titles.values()}) == 1:
        for n in range(len(titles[pivot])):
            heads.append({lang: _Side(blocks[lang], (Sentence(found[n][1].text, found[n][1], 0),))
                          for lang, found in titles.items()})
    if len(blocks[pivot].paragraphs) == 1:
        # the cells of one table row (a translation memory set out as "| 原文 | 译文 |"):
        # the row says they translate each other, whatever their sentences
        line = blocks[pivot].paragraphs[0].line
        row = {lang: tuple(s for s in found if s.paragraph.line == line)
               for lang, found in split.items()}
        if all(row.values()):
            return heads + [{lang: _Side(blocks[lang], found) for lang, found in row.items()}]
    english = split[pivot]
    beads_by_lang = {}
    joined: set[int] = set()  # English sentences a bead joins to the one before
    for lang, others in split.items():
        if lang == pivot or (pivot != "en" and lang != "zh"):
            continue
        source = english
        if not plausible_lengths(english, others, lang):
            # a page cut short in Chinese (an excerpt, a lost paragraph): its first English
            # sentences, as many as the Chinese can translate, may still be its translation
            source = _translated_share(english, others) if lang == "zh" else []
            if not source or not plausible_lengths(source, others, lang):
                continue
        if lang == "zh" and shared_words(english, others, pivot) < MIN_SHARED and \
                shared_words(_translated_share(english, others), others, pivot) < MIN_SHARED:
            continue
        alignment = align_blocks(source, others, lang, pivot)
        if alignment.agreement < MIN_AGREEMENT:
            continue
        beads_by_lang[lang] = alignment.beads
        joined.update(i for en_ids, _ in alignment.beads for i in en_ids[1:])
    # Beads run in order, so a group is a run of English sentences; one joined in any
    # language is joined for every language (an English 2:1 against French is one group).
    group_of: list[int] = []
    for i in range(len(english)):
        group_of.append(group_of[-1] if i in joined else i)
    members: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i in range(len(english)):
        members[group_of[i]][pivot].add(i)
    for lang, beads in beads_by_lang.items():
        for en_ids, ids in beads:
            if en_ids and ids:
                members[group_of[en_ids[0]]][lang].update(ids)
    result = heads
    for root in sorted(members):
        result.append({lang: _Side(blocks[lang], tuple(split[lang][i] for i in sorted(ids)))
                       for lang, ids in members[root].items()})
    return result


# English characters per character of a translation of it: measured on the seeds' and the
# real documents' parallel passages (zh 2.9–5.4, fr and es 0.9); generous bounds, so only
# blocks that cannot be translations of each other are skipped before the costly alignment.
_LENGTH_RATIO = {"zh": (1.5, 7.0), "fr": (0.55, 1.8), "es": (0.55, 1.8)}


_SHORT = 60


def _translated_share(english: list[Sentence], chinese: list[Sentence]) -> list[Sentence]:
    """The English block's first sentences, as many as the Chinese block's length can
    translate: a page that lost a Chinese paragraph leaves its English untranslated after
    them, which would dilute the share of words the two blocks have in common."""
    budget = _LENGTH_RATIO["zh"][1] * sum(len(s.text) for s in chinese)
    taken: list[Sentence] = []
    used = 0
    for sentence in english:
        if taken and used + len(sentence.text) > budget:
            break
        taken.append(sentence)
        used += len(sentence.text)
    return taken


def plausible_lengths(english: list[Sentence], other: list[Sentence], lang: str) -> bool:
    """A cheap test before alignment: two blocks whose lengths are far out of the ratio of a
    translation do not translate each other (an English paragraph beside an unrelated
    Chinese one, the commonest layout of bilingual news)."""
    en_chars = sum(len(s.text) for s in english)
    chars = sum(len(s.text) for s in other)
    if not en_chars or not chars:
        return False
    if en_chars < 40 and chars < 40:
        return True  # titles and short lines: too short for a ratio to mean anything
    if chars < _SHORT and en_chars < _SHORT * 10:
        return True  # one short line against a few: cheap to align, let the anchors decide
    low, high = _LENGTH_RATIO.get(lang, (0.4, 8.0))
    return low <= en_chars / chars <= high


# Share of the English block's content words that a CC-CEDICT word of the Chinese block
# glosses: 0.74 for seed 002's translated passage, 0.4–1.0 for real line-by-line notes, at
# most 0.27 for the bench's corpus of unrelated English and Chinese paragraphs (where the
# aligner found nothing and took 58% of the build).
MIN_SHARED = 0.3


def shared_words(english: list[Sentence], chinese: list[Sentence], lang: str = "en") -> float:
    """How much of the English (or, on a page with no English, the French or Spanish: `lang`)
    the Chinese block's dictionary words explain, as a bag of words: a test a hundred times
    cheaper than aligning the sentences."""
    return _share(english, _gloss_index(tuple(sentence.text for sentence in chinese)), lang)


@lru_cache(maxsize=16)  # a Chinese block is asked about against each of its neighbours
def _gloss_index(chinese: tuple[str, ...]) -> dict[str, list[str]]:
    from glossary.build.align import lexicon
    from glossary.normalize.script import to_simplified

    return lexicon.gloss_index(to_simplified(text) for text in chinese)


def _share(english: list[Sentence], index: dict[str, list[str]], lang: str) -> float:
    from glossary.build.align import lexicon
    from glossary.build.align.words import content_words

    words = {w for s in english for w in content_words(s.text, lang)}
    if not words:
        return 0.0
    if lang != "en":
        glosses = tuple(g for found in index.values() for g in found)
        return sum(lexicon.as_gloss(w, glosses, lang) is not None for w in words) / len(words)
    hits = sum(lexicon.explained(w, index) for w in words)
    return hits / len(words)


def body_sentences(block: Block) -> list[Sentence]:
    """The sentences of a block, headings left out."""
    return [s for p in block.paragraphs if not _is_title(p) for s in sentences.split(p)]


def _is_title(paragraph: Paragraph) -> bool:
    """A heading: no sentence end, and short (or in capitals)."""
    text = paragraph.text.rstrip()
    short = len(text) <= (40 if paragraph.lang == "zh" else 120)
    return (is_caps(text) or short) and not text.endswith(tuple(".。!！;；:："))


@dataclass(frozen=True)
class BlockAlignment:
    beads: list[gale_church.Bead]
    agreement: float  # mean anchor similarity of the beads that pair sentences, 0–1


# Below this the blocks do not translate each other (an English summary beside a Chinese
# text that says something else): their sentences give no phrase pairs.
MIN_AGREEMENT = 0.15


def align_blocks(english: list[Sentence], other: list[Sentence], lang: str,
                 pivot: str = "en") -> BlockAlignment:
    """Gale–Church over the two blocks' sentences, anchored on what they share; `english` is
    the pivot's block (French or Spanish on a page with no English)."""
    en_features = [anchors.features(s.text, pivot) for s in english]
    features = [anchors.features(s.text, lang) for s in other]

    @cache
    def matched(i: int, j: int) -> frozenset[int]:
        return anchors.matched(en_features[i], features[j])

    def similarity(en_ids: tuple[int, ...], ids: tuple[int, ...]) -> float:
        return anchors.similarity([en_features[i] for i in en_ids], [features[j] for j in ids],
                                  [[matched(i, j) for j in ids] for i in en_ids])

    # A page's navigation and byline before the text ("返回", "搜索 導航…2019-08-01 譯聚網")
    # share nothing with any sentence of the other side: left out before the alignment,
    # whose length model would otherwise pair them with the first sentences it meets.
    lead = 0
    while lead < len(other) - 1 and not any(similarity((i,), (lead,)) > 0
                                            for i in range(len(english))):
        lead += 1
    rest = other[lead:]
    beads = [((), (j,)) for j in range(lead)] + [
        (en_ids, tuple(j + lead for j in ids)) for en_ids, ids in gale_church.align(
            [len(s.text) for s in english], [len(s.text) for s in rest],
            lambda en_ids, ids: similarity(en_ids, tuple(j + lead for j in ids)),
            _paragraph_starts(english), _paragraph_starts(rest))]
    paired = [similarity(en_ids, ids) for en_ids, ids in beads if en_ids and ids]
    beads = beads[:lead] + _orphans_joined(beads[lead:], matched, _paragraph_starts(english),
                                           _paragraph_starts(other))
    return BlockAlignment(beads, sum(paired) / len(paired) if paired else 0.0)


def _orphans_joined(beads: list[gale_church.Bead], matched: Callable[[int, int], frozenset[int]],
                    en_starts: frozenset[int], starts: frozenset[int]) -> list[gale_church.Bead]:
    """The beads with each sentence left unpaired joined to the bead beside it in its
    paragraph whose other side shares words with it ("…focus on the real economy. We will
    advance new industrialization…" / one Chinese sentence, "…实体经济上,推进新型工业化…"):
    the length model prefers leaving a sentence out to a 2:1 bead whose other side a page
    cut short, and the phrase aligner only finds words that are there."""
    beads = list(beads)
    k = 0
    while k < len(beads):
        en_ids, ids = beads[k]
        if bool(en_ids) == bool(ids):
            k += 1
            continue
        best, side = 0, None
        for near in (k - 1, k + 1):
            if not 0 <= near < len(beads) or not all(beads[near]):
                continue
            near_en, near_ids = beads[near]
            if en_ids:
                first = min(en_ids[0], near_en[0])
                apart = any(i in en_starts for i in (*en_ids, *near_en) if i != first)
                shared = sum(len(matched(en_ids[0], j)) for j in near_ids)
            else:
                first = min(ids[0], near_ids[0])
                apart = any(j in starts for j in (*ids, *near_ids) if j != first)
                shared = sum(len(matched(i, ids[0])) for i in near_en)
            if not apart and shared > best:
                best, side = shared, near
        if side is None:
            k += 1
            continue
        near_en, near_ids = beads[side]
        beads[side] = (tuple(sorted((*near_en, *en_ids))), tuple(sorted((*near_ids, *ids))))
        del beads[k]
    return beads


def _paragraph_starts(found: list[Sentence]) -> frozenset[int]:
    return frozenset(i for i, s in enumerate(found)
                     if i == 0 or s.paragraph is not found[i - 1].paragraph)
