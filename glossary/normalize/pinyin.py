"""Pinyin for Chinese terms as GB/T 16159-2012 writes it: Zhōnghuá Mínzú, dǎng de lǐngdǎo.

One computation gives every form: a term becomes words, each a list of syllables in tone
numbers (neutral tone 5), from which tone marks, tone numbers and toneless spellings are all
written.

1. Readings.  polyphones.readings: pypinyin, with CC-CEDICT as a second opinion; or a reading
   found in a document, which wins (`reading=`).  一 and 不 keep their own tones (GB/T 16159
   writes citation tones).  A curated phrase list (data/pinyin_phrases.tsv, one
   ``词语<TAB>reading`` per line, anyone can extend it) overrides readings and word
   boundaries for the domain: 领导班子 lǐngdǎo bānzi, 干部 gànbù.
2. Words.  jieba segments and tags parts of speech (loaded lazily, ~1 s, only when a term
   needs it: building, never looking up); then GB/T 16159's rules:
   - the structural particles 的/地/得 apart, even inside a jieba word (党的领导 → dǎng de
     lǐngdǎo); 了/着/过 joined to the verb before them (kànle);
   - numerals in groups (yībǎi èrshíwǔ, shíyī wàn) apart from their measure word (liǎng gè);
     这/那/哪 apart from a measure word other than 个 (nà cì, but zhège); 第 and a numeral
     hyphenated (dì-èr);
   - a one-character prefix joined to its noun (fùbùzhǎng);
   - a name divided as CC-CEDICT capitalises it (Zhong1 guo2 Gong4 chan3 dang3 → Zhōngguó
     Gòngchǎndǎng); a place's one-character generic apart (Běijīng Shì); a surname apart
     from the given name (Xí Jìnpíng) and from a title (Lǐ xiānsheng);
   - a four-character idiom hyphenated when it is two words of two characters (shíshì-qiúshì),
     else joined;
   - any other word of four or more characters divided into common words, again and again
     (全国人民代表大会常务委员会 → six words); a word with no such division stays whole.
3. Joining.  Syllables of a word are written together, with an apostrophe before a, o, e
   opening a non-initial syllable (Xī'ān).
4. Capitals.  Proper nouns are capitalised word by word.  A term is a proper noun when the
   caller says so (`proper=True`), or, unless the caller says not (`proper=False`), when its
   Chinese names a body or meeting (names_a_body); otherwise only its names are: what
   CC-CEDICT capitalises, or, for a word CC-CEDICT lacks, what jieba tags as a place (ns),
   person (nr) or organisation (nt).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from glossary import data, han
from glossary.han import han_runs, is_han
from glossary.normalize.readings import split_syllables
from glossary.normalize.segment import jieba, tagged_words

_APOSTROPHE_BEFORE = tuple("aoeāáǎàōóǒòēéěè")
_NUMERALS = frozenset("零〇一二三四五六七八九十百千万两")
_PROPER_TAGS = ("ns", "nr", "nt")
_PERSON_TAGS = ("nr", "nrfg", "nrt")
_COMPOUND_SURNAMES = frozenset("欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 长孙 宇文".split())
_SYLLABLE = re.compile(r"[a-zü]+[1-5]")
_CITATION = {"一": "yi1", "不": "bu4"}
_HAN_OR_NOT = han.pattern(r"[\p{Han}]+|[^\p{Han}]+")
_PARTICLES = frozenset("的地得")
_PARTICLE_TAGS = ("uj", "uv", "ud")  # 的, 地, 得 as jieba tags them
_ASPECT_TAGS = ("ul", "uz", "ug")  # 了, 着, 过 after a verb
_DEMONSTRATIVES = frozenset("这那哪")
_PREFIXES = frozenset("副总非反超老阿可无")
_PLACE_GENERICS = frozenset("省市县区镇乡山河湖")
_MODIFIER_TAGS = ("n", "vn", "j", "a", "b", "curated")
MIN_SPLIT_FREQUENCY = 100  # a part must be at least this common in jieba's dictionary


@dataclass(frozen=True)
class PinyinForms:
    marks: str  # Fēngqiáo jīngyàn
    numbers: str  # Feng1qiao2 jing1yan4
    plain: str  # Fengqiao jingyan
    syllables: tuple[str, ...] = ()  # one per Han character, lower case: feng1 qiao2 …


@dataclass(frozen=True)
class _Word:
    text: str  # the characters, or a non-Han chunk kept as is
    syllables: tuple[str, ...]  # tone-number syllables; () for a non-Han chunk
    proper: bool = False
    hyphen_after: int = 0  # write a hyphen after this many syllables (dì-èr)
    tag: str = "x"  # jieba's part of speech ("curated" for the phrase list)


@lru_cache(maxsize=1)
def curated_phrases() -> dict[str, list[tuple[str, ...]]]:
    """data/pinyin_phrases.tsv: phrase → words → tone-number syllables.

    A word written with a capital (Zhong1hua2) is a proper noun: its first syllable keeps
    the capital.
    """
    phrases: dict[str, list[tuple[str, ...]]] = {}
    text = data.text("pinyin_phrases.tsv")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        phrase, reading = line.split("\t")
        words = [_curated_word(w) for w in reading.split()]
        if sum(map(len, words)) != len(phrase):
            raise ValueError(f"pinyin_phrases.tsv line {number}: {phrase} has {len(phrase)} "
                             f"characters but {sum(map(len, words))} syllables")
        phrases[phrase] = words
    return phrases


def _curated_word(word: str) -> tuple[str, ...]:
    syllables = _SYLLABLE.findall(word.lower().replace("v", "ü"))
    if word[:1].isupper() and syllables:
        syllables[0] = syllables[0].capitalize()
    return tuple(syllables)


def jieba_words(text: str) -> list[str]:
    """jieba's words (dictionary only, no HMM guesses)."""
    return list(jieba().cut(text, HMM=False))


_TONE_MARK = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


def parse_reading(text: str) -> list[str] | None:
    """Tone-number syllables of a written reading ("Gòngtóng fùyù", "gong4tong2 fu4yu4"), or
    None when it carries no tones or is not pinyin.  A syllable without a mark is neutral."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("u:", "ü"))
    letters, tones = "", list[str]()
    for char in decomposed:
        if char in _TONE_MARK and tones:
            tones[-1] = _TONE_MARK[char]
        elif char == "\u0308":
            letters = letters[:-1] + "v"
        elif char.isdigit() and tones and char in "12345":
            tones[-1] = char
        elif char.isascii() and char.isalpha():
            letters += char
            tones.append("")
        elif char in " '’-":
            letters += " "
            tones.append("")
        else:
            return None
    if not any(tones):
        return None
    out: list[str] = []
    index = 0
    for word in letters.split(" "):
        syllables = split_syllables(word)
        if syllables is None:
            return None
        for syllable in syllables:
            marks = [t for t in tones[index:index + len(syllable)] if t]
            out.append(syllable.replace("v", "ü") + (marks[-1] if marks else "5"))
            index += len(syllable)
        index += 1  # the space
    return out


def _readings(text: str) -> list[str]:
    """One tone-number syllable per Han character of `text` (a run of Han characters):
    pypinyin with CC-CEDICT's second opinion (see polyphones), 一 and 不 in their own tones
    (GB/T 16159 writes citation tones, not the changes of tone in speech)."""
    from glossary.normalize.polyphones import readings

    return [_CITATION.get(char, reading.syllable)
            for char, reading in zip(text, readings(text))]


def _segments(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech) with curated phrases kept whole."""
    curated = curated_phrases()
    longest = max(map(len, curated), default=0)
    out: list[tuple[str, str]] = []
    start = 0
    pending = ""
    while start < len(text):
        for size in range(min(longest, len(text) - start), 1, -1):
            if text[start:start + size] in curated:
                break
        else:
            size = 0
        if size:
            if pending:
                out.extend(_tagged(pending))
                pending = ""
            out.append((text[start:start + size], "curated"))
            start += size
        else:
            pending += text[start]
            start += 1
    if pending:
        out.extend(_tagged(pending))
    return out


def _tagged(text: str) -> list[tuple[str, str]]:
    """jieba's tagged words, a word that mixes Han and other characters cut in two (阿Q)."""
    out = []
    for word, tag in tagged_words(text):
        if all(map(is_han, word)) or not any(map(is_han, word)):
            out.append((word, tag))
        else:
            out.extend((part, tag) for part in _HAN_OR_NOT.findall(word))
    return out


def _split_long(word: str) -> list[str]:
    """中华民族 → [中华, 民族]: GB/T 16159 writes the words of a long name apart.

    A word of four or more characters becomes the fewest common words (each at least two
    characters and ``MIN_SPLIT_FREQUENCY`` in jieba's dictionary), each split again in turn;
    a word with no such division stays whole (红十字会, 研究生院)."""
    if len(word) < 4:
        return [word]
    frequency = jieba().dt.FREQ
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(2, len(word) + 1):
        for start in range(0, end - 1):
            part, before = word[start:end], best[start]
            if (before is not None and (start or end < len(word))
                    and frequency.get(part, 0) >= MIN_SPLIT_FREQUENCY
                    and (best[end] is None or len(before) + 1 < len(best[end] or ()))):
                best[end] = [*before, part]
    parts = best[-1]
    return [piece for part in parts for piece in _split_long(part)] if parts else [word]


def _cedict_names(segment: str, syllables: list[str]) -> list[tuple[str, bool]] | None:
    """How CC-CEDICT writes `segment` when it has it with these letters: its chunks, each
    (characters, proper), a capital opening each word of a name (Zhong1 guo2 Gong4 chan3 dang3
    → 中国, 共产党); None when CC-CEDICT lacks it."""
    from glossary.normalize import cedict

    toneless = [s.rstrip("12345") for s in syllables]
    fits = [r for r in cedict.readings().get(segment, ())
            if [s.lower().rstrip("12345") for s in r] == toneless]
    if not fits:
        return None
    if any(not r[0][:1].isupper() for r in fits):
        return [(segment, False)]  # a common word (all lower case) wins over a name
    reading = min(fits)
    starts = [i for i, s in enumerate(reading) if s[:1].isupper() or i == 0] + [len(segment)]
    return [(segment[a:b], reading[a][:1].isupper()) for a, b in zip(starts, starts[1:])]


def _words(text: str, proper: bool | None, given: Sequence[str] | None = None) -> list[_Word]:
    reading = iter(given or [syllable for run in han_runs(text) for syllable in _readings(run)])
    curated = curated_phrases()
    words: list[_Word] = []
    for segment, tag in _segments(text):
        if not is_han(segment[0]):
            words.append(_Word(segment, ()))
            continue
        syllables = [next(reading) for _ in segment]
        if tag == "curated":  # its words; its readings unless a document gave one
            index = 0
            for fixed in curated[segment]:
                capital = fixed[0][0].isupper()
                read = syllables[index:index + len(fixed)] if given else \
                    [fixed[0].lower(), *fixed[1:]]
                words.append(_Word(segment[index:index + len(fixed)], tuple(read),
                                   bool(proper) or capital, tag="curated"))
                index += len(fixed)
            continue
        words.extend(_shape(segment, syllables, tag, bool(proper)))
    words = _attach(words)
    if proper is None and names_a_body(words):
        words = [replace(w, proper=True) if w.syllables else w for w in words]
    return words


def _shape(segment: str, syllables: list[str], tag: str, proper: bool) -> list[_Word]:
    """Apply GB/T 16159's word rules to one segmented word."""
    if segment in _PARTICLES and (tag in _PARTICLE_TAGS or syllables == ["de5"]):
        return [_Word(segment, ("de5",), tag="u")]
    inner = _particle_at(segment, syllables)
    if inner:  # 党的领导 (one jieba word) → 党 的 领导
        return [*_shape(segment[:inner], syllables[:inner], "x", proper),
                _Word(segment[inner], ("de5",), tag="u"),
                *_shape(segment[inner + 1:], syllables[inner + 1:], "x", proper)]
    if tag.startswith(_PERSON_TAGS) and 2 <= len(segment) <= 4 and not _common(segment):
        surname = 2 if segment[:2] in _COMPOUND_SURNAMES else 1
        title = segment[surname:] in data.word_list("titles", "zh")  # 李先生: Lǐ xiānsheng
        return [_Word(segment[:surname], tuple(syllables[:surname]), True),
                _Word(segment[surname:], tuple(syllables[surname:]), not title)]
    if segment[0] == "第" and len(segment) > 1 and segment[1] in _NUMERALS:
        end = 1
        while end < len(segment) and segment[end] in _NUMERALS:
            end += 1
        words = [_Word(segment[:end], tuple(syllables[:end]), proper, hyphen_after=1, tag="m")]
        if end < len(segment):
            words.extend(_shape(segment[end:], syllables[end:], "x", proper))
        return words
    if segment[0] in _NUMERALS:
        return _numbers(segment, syllables, tag, proper)
    if len(segment) == 2 and segment[0] in _DEMONSTRATIVES and segment[1] in _measures() - {"个"}:
        return [_Word(segment[0], (syllables[0],), proper), _Word(segment[1], (syllables[1],), proper)]
    idiom = _idiom(segment, syllables, proper)
    if idiom:
        return [idiom]
    named = _cedict_names(segment, syllables)
    if named is not None:
        words, index = [], 0
        for chunk, capital in named:
            parts = [chunk] if capital else _split_long(chunk)
            for part in parts:  # a name inside a common phrase keeps its capital (台湾同胞)
                name = capital or (len(parts) > 1 and _is_name(part))
                words.append(_Word(part, tuple(syllables[index:index + len(part)]),
                                   proper or name, tag=tag))
                index += len(part)
        return words
    is_name = tag.startswith(_PROPER_TAGS)
    if is_name and len(segment) >= 3 and segment[-1] in _PLACE_GENERICS:
        return [*_shape(segment[:-1], syllables[:-1], tag, proper),
                _Word(segment[-1], (syllables[-1],), True, tag=tag)]
    words, index = [], 0
    parts = _split_long(segment)
    for part in parts:  # a name inside keeps its capital (台湾同胞 → Táiwān tóngbāo)
        name = is_name or (len(parts) > 1 and _is_name(part))
        words.append(_Word(part, tuple(syllables[index:index + len(part)]), proper or name,
                           tag=tag))
        index += len(part)
    return words


def _idiom(segment: str, syllables: list[str], proper: bool) -> _Word | None:
    """A four-character idiom as one word, hyphenated when it is two words of two characters
    (光明磊落 guāngmíng-lěiluò, 实事求是 shíshì-qiúshì), else joined (总而言之); None when
    `segment` is no idiom (CC-CEDICT's, or jieba's tag)."""
    from glossary.normalize import cedict

    if len(segment) != 4 or segment not in cedict.idioms():
        return None
    halves = (segment[:2], segment[2:])
    words = cedict.readings()
    frequency = jieba().dt.FREQ
    two = all(h in words or frequency.get(h, 0) >= MIN_SPLIT_FREQUENCY for h in halves)
    return _Word(segment, tuple(syllables), proper, hyphen_after=2 if two else 0, tag="i")


def _is_name(segment: str) -> bool:
    """CC-CEDICT has `segment` with capitals only: a name (台湾 Tai2 wan1)."""
    from glossary.normalize import cedict

    readings = cedict.readings().get(segment, ())
    return bool(readings) and all(r[0][:1].isupper() for r in readings)


def _common(segment: str) -> bool:
    """CC-CEDICT has `segment` in lower case only: a common word, whatever jieba's tag."""
    from glossary.normalize import cedict

    readings = cedict.readings().get(segment, ())
    return bool(readings) and all(not r[0][:1].isupper() for r in readings)


def _particle_at(segment: str, syllables: list[str]) -> int:
    """The index of a structural particle 的/地/得 (read de) inside a longer word, or 0."""
    for index in range(1, len(segment) - 1):
        if segment[index] in _PARTICLES and syllables[index] == "de5":
            return index
    return 0


def _numbers(segment: str, syllables: list[str], tag: str, proper: bool) -> list[_Word]:
    """Numerals as GB/T 16159 and 新华拼写词典 write them (一百 二十五, 十一 万, 三千 五百),
    apart from the measure word that follows (两 个 确立)."""
    end = 0
    while end < len(segment) and segment[end] in _NUMERALS:
        end += 1
    if end == len(segment) or segment[end] in _measures():
        groups, current = [], ""
        for char in segment[:end]:
            if char in "万亿":
                if len(current) == 1:
                    groups.append(current + char)
                else:
                    groups.extend([g for g in (current, char) if g])
                current = ""
            elif char in "千百" and current:
                groups.append(current + char)
                current = ""
            else:
                current += char
        groups += [current] if current else []
        words, index = [], 0
        for group in groups:
            words.append(_Word(group, tuple(syllables[index:index + len(group)]), proper, tag="m"))
            index += len(group)
        if end < len(segment):
            measure = syllables[end] if segment[end] != "个" else "ge4"
            words.append(_Word(segment[end], (measure,), proper, tag="q"))
            if end + 1 < len(segment):
                words.extend(_shape(segment[end + 1:], syllables[end + 1:], "x", proper))
        return words
    return [_Word(segment, tuple(syllables), proper, tag=tag)]  # 一些, 一带: words of their own


def _attach(words: list[_Word]) -> list[_Word]:
    """Words GB/T 16159 writes together with their neighbour: a verb and its 着/了/过 (kànle),
    a one-character prefix and its noun (副部长 fùbùzhǎng)."""
    out: list[_Word] = []
    for word in words:
        before = out[-1] if out else None
        if before and before.syllables and word.tag in _ASPECT_TAGS and before.tag.startswith("v"):
            out[-1] = replace(before, text=before.text + word.text,
                              syllables=before.syllables + word.syllables)
        elif (before and before.text in _PREFIXES and before.tag in ("b", "h")
              and word.syllables and not word.proper):
            out[-1] = replace(word, text=before.text + word.text,
                              syllables=before.syllables + word.syllables)
        else:
            out.append(word)
    return out


def names_a_body(words: list[_Word]) -> bool:
    """The term names a body or meeting by its Chinese alone: it ends in a head noun (会议,
    委员会, 部…) after nouns that say which (中央 经济 工作 会议; not 那次 会议)."""
    spelled = [w for w in words if w.syllables]
    if len(spelled) < 2 or not spelled[-1].text.endswith(_name_heads()):
        return False
    return all(w.tag.startswith(_MODIFIER_TAGS) for w in spelled[:-1])


@lru_cache(maxsize=1)
def _name_heads() -> tuple[str, ...]:
    return tuple(data.word_list("name-heads", "zh"))


def _measures() -> frozenset[str]:
    return data.word_list("measures", "zh")


def _spell(word: _Word, style: str) -> str:
    from pypinyin.contrib.tone_convert import to_normal, to_tone

    from glossary.normalize.pinyin_data import pypinyin

    pypinyin()  # (the import above loads pypinyin's tables: compacted, as everywhere)
    if not word.syllables:
        return word.text.strip()
    if style == "marks":
        parts = [to_tone(s) for s in word.syllables]
    elif style == "numbers":
        parts = list(word.syllables)
    else:
        parts = [to_normal(s, v_to_u=True) for s in word.syllables]
    written = parts[0]
    for index, part in enumerate(parts[1:], 1):
        if word.hyphen_after == index:
            written += "-" + part
        elif style != "numbers" and part.startswith(_APOSTROPHE_BEFORE):
            written += "'" + part
        else:
            written += part
    return written[:1].upper() + written[1:] if word.proper else written


def _join(words: list[_Word], style: str) -> str:
    out = ""
    for word in words:
        spelled = _spell(word, style)
        if not spelled:
            continue
        if out and word.syllables and not out.endswith(("(", "（", "-")):
            out += " "
        elif not word.syllables and spelled[0] in "(（" and out:
            out += " "
        out += spelled
    return out


def pinyin(text: str, proper: bool | None = None,
           reading: Sequence[str] | None = None) -> PinyinForms:
    """Every pinyin spelling of a Chinese term.  `proper` True capitalises every word, False
    only the names inside (places, persons, organisations), None decides from the Chinese
    (names_a_body).  `reading`, one tone-number syllable per Han character (a reading found
    in a document), replaces the computed one, the curated list's too (which still divides
    the words)."""
    if reading is not None and len(reading) != sum(map(len, han_runs(text))):
        raise ValueError(f"{text}: {len(reading)} syllables for "
                         f"{sum(map(len, han_runs(text)))} characters")
    words = _words(text, proper, reading)
    syllables = tuple(s.lower() for w in words for s in w.syllables)
    return PinyinForms(_join(words, "marks"), _join(words, "numbers"), _join(words, "plain"),
                       syllables)
