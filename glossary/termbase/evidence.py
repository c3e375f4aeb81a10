"""Evidence: every occurrence kept, a few shown.

A build sees a term as often as the documents use it (a 20 MB corpus gave one term 1,043
contexts, and a CSV cell that Python's own csv module refuses), and a CAT tool shows each
context it is given.  So:

- a termbase folder keeps every occurrence of every term in `evidence.tsv`, one a line
  (concept, language, term, file, line, extractor, confidence, context), written with the
  TBX, CSV and index as one generation (fileio.generation: a crash leaves the old set or the
  new one) and committed beside decisions.tsv;
- what is handed to tools and people — the folder's TBX and CSV, exports, the index that
  lookups read — keeps the few most informative contexts of each term (`sampled`: 3 unless
  `--contexts` says otherwise) and how often, in how many documents, the term was seen;
- whatever rewrites the folder (a decision, an import, a rebuild, an export asking for more
  contexts) reads the TBX joined with evidence.tsv (`joined`), so no change loses evidence;
  `occurrences` lists a concept's for `glossary lookup --evidence`.

A folder written before evidence.tsv existed has every occurrence in its TBX: it reads as
it always did, and its next write adds the file.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

from glossary.errors import InputError
from glossary.fileio import tsv_escape, tsv_unescape
from glossary.model import Concept, Evidence, Term

if TYPE_CHECKING:
    from glossary.termbase.lookup import Hit

FILE_NAME = "evidence.tsv"
DEFAULT_CONTEXTS = 3
COLUMNS = ("concept", "lang", "term", "file", "line", "extractor", "confidence", "context")
_FIRST_LINE = ("# glossary evidence: every occurrence of every term, one a line; the TBX and "
               "CSV keep the {kept} most informative (contexts: {setting})\n")
_SETTING = re.compile(r"\(contexts: (?P<setting>all|\d+)\)")


def parse_contexts(value: str | int | None) -> int | None:
    """A --contexts value: a number of contexts a term (0: none, only the counts), or "all"
    (None: every one)."""
    if value is None or isinstance(value, int):
        return value
    text = value.strip().lower()
    if text == "all":
        return None
    if text.isdigit():
        return int(text)
    raise InputError(f"--contexts wants a number of contexts a term (0 for none) or all "
                     f"(got {value!r})")


def most_informative(evidence: Sequence[Evidence], limit: int | None,
                     text: str = "") -> tuple[Evidence, ...]:
    """At most `limit` of `evidence` (all when None), in their original order; `text` is the
    term's, which a good context shows.

    The rule, so that a translator reading three contexts learns the most:
    1. one sentence once: a context repeated word for word (boilerplate, a running header)
       tells nothing new, so only its best occurrence competes;
    2. documents in turn: the best occurrence of each document before a second one of any, as
       usage across documents says more than one document repeating itself;
    3. the best occurrence is the surest (the extractor's confidence: an explicit gloss before
       a pairing inferred from position), then one whose context shows the term itself, then
       the shortest (read at a glance in a CAT tool's pane); file and line break ties, so the
       choice is the same in every run.
    Taking again from a sample gives the sample back (an export re-imported and exported
    keeps the same contexts)."""
    if limit is None or len(evidence) <= limit:
        return tuple(evidence)
    folded = text.casefold()

    def rank(found: Evidence) -> tuple[float, bool, int, str, int, str]:
        return (-found.confidence, bool(folded) and folded not in found.context.casefold(),
                len(found.context), found.file, found.line, found.context)

    by_document: dict[str, list[Evidence]] = {}  # in the order of each document's best
    sentences: set[object] = set()
    for found in sorted(evidence, key=rank):
        sentence = " ".join(found.context.split()).casefold() or (found.file, found.line)
        if sentence not in sentences:
            sentences.add(sentence)
            by_document.setdefault(found.file, []).append(found)
    chosen: list[Evidence] = []
    depth = 0
    while len(chosen) < limit and any(depth < len(q) for q in by_document.values()):
        chosen += [q[depth] for q in by_document.values() if depth < len(q)]
        depth += 1
    kept = set(chosen[:limit])
    return tuple(found for found in evidence if found in kept)


def sampled(concept: Concept, limit: int | None) -> Concept:
    """The concept as tools get it: each term's most informative contexts (`limit`; None for
    all) and its counts (Term.occurrences, Term.documents) recorded."""
    terms = [_sampled(term, limit) for term in concept.terms]
    if all(new is old for new, old in zip(terms, concept.terms)):
        return concept
    return replace(concept, terms=terms)


def _sampled(term: Term, limit: int | None) -> Term:
    if not term.evidence and not term.occurrences:
        return term
    kept = most_informative(term.evidence, limit, term.text)
    if len(kept) == len(term.evidence):
        return term  # nothing left out: the evidence still shows the counts
    occurrences, documents = term.counts()
    return replace(term, evidence=kept).counted(occurrences, documents)


# --- the folder's file ------------------------------------------------------------------------


# Every occurrence of a term of a concept (by id) when the term holds only a sample of them
# (a build keeps the rest aside: build.spill), else None.
Every = Callable[[str, Term], Iterable[Evidence] | None]


def write(concepts: Iterable[Concept], out: IO[bytes], contexts: int | None,
          every: Every | None = None) -> int:
    """Every occurrence of every term of `concepts`, in their order (so that `joined` reads
    it beside the TBX in one pass): each term's evidence, or what `every` gives for it;
    `contexts` is the folder's setting, kept in the first line for the writes that follow (a
    decision, an import).  Returns the number of lines."""
    setting = "all" if contexts is None else str(contexts)
    out.write(_FIRST_LINE.format(kept=setting, setting=setting).encode("utf-8"))
    out.write(("\t".join(COLUMNS) + "\n").encode("utf-8"))
    lines = 0
    for concept in concepts:
        for term in concept.terms:
            kept = every(concept.id, term) if every else None
            for found in term.evidence if kept is None else kept:
                out.write(_line(concept.id, term, found).encode("utf-8"))
                lines += 1
    return lines


def _line(concept: str, term: Term, found: Evidence) -> str:
    return "\t".join(tsv_escape(field) for field in (
        concept, term.lang, term.text, found.file, str(found.line), found.extractor,
        repr(found.confidence), found.context)) + "\n"


def setting(folder: Path) -> int | None:
    """The number of contexts a term the folder's TBX and CSV keep (what the last build was
    told), DEFAULT_CONTEXTS when the folder does not say."""
    try:
        with (folder / FILE_NAME).open(encoding="utf-8") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError):
        return DEFAULT_CONTEXTS
    match = _SETTING.search(first)
    return parse_contexts(match["setting"]) if match else DEFAULT_CONTEXTS


@dataclass(frozen=True)
class Row:
    concept: str
    lang: str
    term: str
    evidence: Evidence


def _row(line: str) -> Row | None:
    fields = (line[:-1] if line.endswith("\n") else line).split("\t")
    if len(fields) != len(COLUMNS) or line.startswith("#"):
        return None  # the first lines, or a line damaged by hand: nothing to join
    if "\\" in line:
        fields = [tsv_unescape(field) for field in fields]
    concept, lang, term, file, number, extractor, confidence, context = fields
    try:
        return Row(concept, lang, term, Evidence(file, int(number), context, extractor,
                                                 float(confidence)))
    except ValueError:
        return None


def _groups(lines: Iterable[str]) -> Iterator[tuple[str, dict[tuple[str, str], list[Evidence]]]]:
    """(concept id, its evidence by (lang, term)) for each run of lines of one concept."""
    current: str | None = None
    group: dict[tuple[str, str], list[Evidence]] = {}
    for line in lines:
        row = _row(line)
        if row is None:
            continue
        if row.concept != current:
            if current is not None:
                yield current, group
            current, group = row.concept, {}
        group.setdefault((row.lang, row.term), []).append(row.evidence)
    if current is not None:
        yield current, group


def joined(concepts: Iterable[Concept], folder: Path) -> Iterator[Concept]:
    """`concepts` (read from the folder's TBX) with every occurrence evidence.tsv holds for
    their terms.  The file is in the TBX's order, so this is one pass over each; a file out of
    step (the TBX edited by hand) still joins, by concept id, at the cost of memory."""
    path = folder / FILE_NAME
    if not path.is_file():
        yield from concepts
        return
    with path.open(encoding="utf-8", newline="\n") as handle:
        groups = _groups(handle)
        ahead: dict[str, dict[tuple[str, str], list[Evidence]]] = {}
        for concept in concepts:
            if not any(t.evidence or t.occurrences for t in concept.terms):
                yield concept  # written without evidence: the file has none for it
                continue
            found = ahead.pop(concept.id, None)
            while found is None:
                group = next(groups, None)
                if group is None:
                    break
                if group[0] == concept.id:
                    found = group[1]
                else:
                    ahead[group[0]] = group[1]
            yield _with(concept, found) if found else concept


def _with(concept: Concept, found: dict[tuple[str, str], list[Evidence]]) -> Concept:
    terms = []
    for term in concept.terms:
        every = found.get((term.lang, term.text))
        if every:
            known = set(every)
            # A context added to the TBX by hand, not in the file, is kept too.
            term = replace(term, evidence=tuple(every) + tuple(
                e for e in term.evidence if e not in known)).counted(*term.counts())
        terms.append(term)
    return replace(concept, terms=terms)


def occurrences(folder: Path, concept: str) -> list[Row] | None:
    """Every occurrence of the terms of `concept` that the folder's evidence.tsv holds, in
    its order; None when the folder has no such file (its TBX holds them all).

    A search for the concept's lines, not a parse of the file: the file is mapped and
    searched for "\\nID\\t" in C, so a lookup stays quick on a file of hundreds of MB."""
    path = folder / FILE_NAME
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return None
    with handle:
        if path.stat().st_size == 0:
            return []
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            start = data.find(b"\n" + "\t".join(COLUMNS).encode() + b"\n")
            key = b"\n" + tsv_escape(concept).encode("utf-8") + b"\t"
            rows: list[Row] = []
            at = data.find(key, max(start, 0) + 1)
            while at >= 0:
                # The concept's lines follow each other (written so): take the run whole.
                end = data.find(b"\n", at + 1)
                while end >= 0 and data[end:end + len(key)] == key:
                    end = data.find(b"\n", end + 1)
                end = len(data) if end < 0 else end
                block = data[at + 1:end].decode("utf-8", "replace")
                rows += filter(None, map(_row, block.split("\n")))
                at = data.find(key, end)
            return rows


@dataclass(frozen=True)
class Evidenced:
    """A concept a lookup found, with every occurrence of its terms the termbase holds."""

    hit: Hit
    rows: list[Row]

    def missing(self) -> list[tuple[Term, int]]:
        """(term, occurrences) for each term seen more often than `rows` show: a termbase
        file (an export) that keeps a sample of its contexts, with the counts."""
        shown: dict[tuple[str, str], set[tuple[str, int, str]]] = {}
        for row in self.rows:
            shown.setdefault((row.lang, row.term), set()).add(
                (row.evidence.file, row.evidence.line, row.evidence.context))
        return [(term, term.counts()[0]) for term in self.hit.concept.terms
                if term.counts()[0] > len(shown.get((term.lang, term.text), ()))]


def evidenced(termbase: Path, hit: Hit) -> Evidenced:
    """Every occurrence of the terms of the concept `hit` found: from the folder's
    evidence.tsv, else (a termbase file, a folder written before the file existed) the
    concept's own evidence."""
    rows = occurrences(termbase, hit.concept.id) if termbase.is_dir() else None
    if not rows:
        rows = [Row(hit.concept.id, term.lang, term.text, found)
                for term in hit.concept.terms for found in term.evidence]
    return Evidenced(hit, rows)
