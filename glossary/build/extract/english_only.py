"""English-only candidates: set phrases the documents use without a Chinese gloss.

Two signals, over the whole set of documents (a phrase is a set phrase because it recurs):
- a Title Case run of 2–6 words inside a sentence (not its first word), like "the Two
  Centenary Goals": names of policies and bodies are capitalised;
- a lowercase run of 3–5 words that recurs at least RECURRING times in at least two
  documents, like "new quality productive forces", neither starting nor ending with a
  function word.
They have no Chinese, so they are never confirmed entries: `glossary build --candidates` adds
them flagged `english-only` (status needs review), and only when no glossed concept already
has the same English.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from glossary.build.documents import Document, Paragraph
from glossary.build.extract import Corpus
from glossary.build.extract._evidence import evidence
from glossary.model import Candidate, CandidateTerm

NAME = "english-only"
SCOPE = "corpus"
DEFAULT = False  # glossary build --candidates
FLAG = "english-only"
RECURRING = 3
_TITLE_RUN = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?:[A-Z][a-z’']+(?:[\s-]+(?:of|and|for|the|on|to)?\s*)?)"
                        r"{1,5}[A-Z][a-z]+\b")
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
_FUNCTION = frozenset("""a an the of and or for to in on at by with from as is are was were be
    been this that these those its their our we it they which who will would can could should
    more most also not but if than such into about over under between through""".split())
_CAPITALISED_STARTS = frozenset("the a an this that in on at for and of".split())


def extract(corpus: Corpus) -> Iterator[Candidate]:
    """Set phrases of the corpus that no other extractor found with a Chinese term."""
    known = {t.text.casefold() for c in corpus.found for t in c.terms}
    documents = list(corpus.documents)
    for candidate in [*_title_runs(documents), *_recurring(documents)]:
        if candidate.terms[0].text.casefold() not in known:
            yield candidate


def _title_runs(documents: list[Document]) -> Iterator[Candidate]:
    for document in documents:
        for paragraph in document.paragraphs:
            if paragraph.lang != "en" or not any(c.islower() for c in paragraph.text):
                continue
            for match in _TITLE_RUN.finditer(paragraph.text):
                words = match.group().split()
                while words and words[0].casefold() in _CAPITALISED_STARTS:
                    words.pop(0)
                if not 2 <= len(words) <= 6 or _MONTHS & {w.casefold() for w in words}:
                    continue
                yield Candidate((CandidateTerm(" ".join(words), "en"),),
                                evidence(document, paragraph, match.start(), match.end(), NAME,
                                         0.4), flags=(FLAG,))


def _recurring(documents: list[Document]) -> Iterator[Candidate]:
    seen: dict[str, list[tuple[Document, Paragraph, int, int]]] = defaultdict(list)
    for document in documents:
        for paragraph in document.paragraphs:
            if paragraph.lang != "en":
                continue
            words = list(_WORDS.finditer(paragraph.text))
            for size in (3, 4, 5):
                for i in range(len(words) - size + 1):
                    run = words[i:i + size]
                    if paragraph.text[run[0].start():run[-1].end()] != " ".join(
                            w.group() for w in run):
                        continue  # punctuation or capitals inside: not one phrase
                    if run[0].group() in _FUNCTION or run[-1].group() in _FUNCTION:
                        continue
                    seen[" ".join(w.group() for w in run)].append(
                        (document, paragraph, run[0].start(), run[-1].end()))
    documents_of = {phrase: {d.path for d, *_ in places} for phrase, places in seen.items()}
    counts = Counter({phrase: len(places) for phrase, places in seen.items()})
    kept = [p for p, n in counts.items() if n >= RECURRING and len(documents_of[p]) >= 2]
    # A phrase inside a longer kept phrase that recurs as often is the same phrase.
    kept = [p for p in kept if not any(p != q and p in q and counts[q] >= counts[p] for q in kept)]
    for phrase in sorted(kept):
        document, paragraph, start, end = seen[phrase][0]
        yield Candidate((CandidateTerm(phrase, "en"),),
                        evidence(document, paragraph, start, end, NAME, 0.4),
                        flags=(FLAG,))
