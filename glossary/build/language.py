"""Which of English, French and Spanish a rendering is in: decided per span, not per paragraph.

A Spanish article glosses 中国梦 as "el sueño chino"; a French one quotes "la Franja y la Ruta"
in Spanish; an English paragraph names "the Fengqiao Model".  A paragraph's language is a
prior, not an answer, and a three-word span is too short for stop-word counts.

Method: lingua (``lingua-language-detector``; its models ship in the wheel, so it works
offline) restricted to the three languages, which is accurate on short text where n-gram
identifiers are not (measured on spans from our documents: "el sueño chino" es 0.94,
"le rêve chinois" fr 0.92).  The span decides when lingua is sure of it (≥ 0.9 and the span
has an article, an accent or three words); otherwise the sentence around it, without its
Chinese, decides; then the span if lingua leans clearly to one language (≥ 0.6); names with
no function word ("Fengqiao Model", "Central Commission for
Discipline Inspection", which lingua splits between fr and en) keep the paragraph's language.
Plain English (ASCII, English function words, no French or Spanish ones, in the span or its
sentence) is decided without lingua, so documents in English never load its models.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.han import han_runs

LANGS = ("en", "fr", "es")
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_MARKED = {  # function words and letters that only one of the three languages has
    "en": frozenset("the of and for with to in on by".split()),
    "fr": frozenset("le la les des du de et pour dans à au aux une un l d".split()),
    "es": frozenset("el la los las del de y para en con al una un".split()),
}
_SURE = 0.9
_FAIR = 0.4
_AGREES = 0.5
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:la|le|les|du|des|el|los|las|del|al)\s*[«“\"]?\s*$",
                             re.IGNORECASE)


def confidences(text: str) -> dict[str, float]:
    """lingua's confidences, asked of it in a process of its own (build.detector: its
    models are ~100 MB that a build's process need not hold)."""
    from glossary.build import detector

    return dict(detector.confidences(text))


def plainly_english(text: str) -> bool:
    """ASCII words with two English function words or more and no French or Spanish one:
    English without asking lingua (whose models take a second and a half to load, and
    most documents never need them)."""
    if not ascii_letters(text):
        return False
    words = _WORDS.findall(text.casefold())
    english = sum(w in _ENGLISH_ONLY for w in words)
    return english >= 2 and not any(w in _ROMANCE_ONLY for w in words)


def ascii_letters(text: str) -> bool:
    """Every letter is ASCII: a curly quote, a dash or a ✅ says nothing of the language."""
    return all(c.isascii() or not c.isalpha() for c in text)


_ENGLISH_ONLY = frozenset("the of and for with to on by is are was were this that which".split())
_ROMANCE_ONLY = frozenset("le la les des du et pour dans au aux une el los las del y para con "
                          "al una".split())


_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")  # capitalised words, no small ones


@lru_cache(maxsize=1 << 14)
def span_language(span: str, context: str = "", default: str = "en") -> str:
    """en, fr or es for a Latin-script `span`, seen in `context` (its sentence)."""
    words = _WORDS.findall(span.casefold())
    if not words:
        return default
    if plainly_english(span) or (ascii_letters(span) and not any(w in _ROMANCE_ONLY for w in words)
                                 and (plainly_english(_without_han(context))
                                      or _english_words(words))):
        # English words, but after a French or Spanish article ("sur la « double
        # circulation »"): the words are the context's language, which they spell the same.
        article = _ARTICLE_BEFORE.search(context[:context.find(span)]) if span in context else None
        if article and not plainly_english(span):
            around = confidences(" ".join(_WORDS.findall(_without_han(context))))
            likely = max(around, key=around.__getitem__)
            if likely != "en" and around[likely] >= _SURE:
                return likely
        # in a French or Spanish document, a word both languages spell ("constitution",
        # "tribunal") is the document's when the detector gives that language a fair chance
        # and so is a name alone on its line (Sri Lanka, Isaac Newton in a Spanish list; in
        # French prose, "Chinese Dream" is a quotation in English)
        if default in ("fr", "es") and not plainly_english(span) and (
                confidences(span)[default] >= _FAIR
                or _NAME.fullmatch(span.strip()) and context.strip() in ("", span.strip())):
            return default
        return "en"
    if default == "en" and _english_loanwords(span):
        return "en"  # "military attaché", "chargé d'affaires" in an English glossary
    function_words = any(w in marked for w in words for marked in _MARKED.values())
    accented = not ascii_letters(span)
    marked = function_words or accented or len(words) >= 3
    if marked:
        scores = confidences(span)
        best = max(scores, key=scores.__getitem__)
        if _other_romance(best, default) and not any(w in _MARKED[best] for w in words):
            return default  # "Comité central": French and Spanish spell it alike
        if scores[best] >= _SURE or best == default != "en" and scores[best] >= _AGREES:
            return best  # sure, or the document's own language and the likelier one
    rest = " ".join(w for w in _WORDS.findall(_without_han(context)) if not _reading_or_code(w))
    if len(rest.split()) >= 4:
        around = confidences(rest)
        likely = max(around, key=around.__getitem__)
        if around[likely] >= 0.6 and not _other_romance(likely, default):
            return likely
    if marked and scores[best] >= 0.6:  # (the other Romance language only with its own marks)
        return best
    return default


def _english_loanwords(span: str) -> bool:
    """The span's accents are all in words English borrowed with them (attaché, chargé
    d'affaires, communiqué), and the rest is ASCII with no French or Spanish function word."""
    from glossary.data import word_list

    text = " ".join(span.casefold().split())
    if ascii_letters(text):
        return False
    for loanword in sorted(word_list("loanwords", "en"), key=len, reverse=True):
        phrase = loanword.replace("_", " ")
        text = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", " ", text)
    rest = _WORDS.findall(text)
    return ascii_letters(text) and not any(w in _ROMANCE_ONLY or w in _MARKED["fr"] - _MARKED["en"]
                                      for w in rest)


def _reading_or_code(word: str) -> bool:
    """Pinyin ("dānrèn") and codes ("HSK") in a span's context tell nothing of its language
    (lingua reads "Exercer être en poste dānrèn HSK" as English)."""
    from glossary.normalize.readings import is_pinyin

    return word.isupper() or not word.isascii() and is_pinyin(word)


def _other_romance(lang: str, default: str) -> bool:
    """French for a Spanish document, or the reverse: what the detector says of a few words
    both spell alike ("Comité central"), or of pinyin, which reads as Spanish to it."""
    return lang in ("fr", "es") and default in ("fr", "es") and lang != default


def _english_words(words: list[str]) -> bool:
    """Every word is English, as CC-CEDICT's glosses spell it ("Internet Plus action plan",
    which lingua calls French): an ASCII name with no French or Spanish word in it."""
    from glossary.build.align.lexicon import is_english_word
    from glossary.normalize.readings import split_syllables

    # names in pinyin ("Zhang Dejiang") are in the glosses too, and in every language
    return not all(split_syllables(w) for w in words) and \
        all(is_english_word(w) for w in words if len(w) > 1)


def _without_han(text: str) -> str:
    for run in han_runs(text):
        text = text.replace(run, " ")
    return text
