"""Parallel-text alignment accuracy: sentences, and four-language term entries.

    python -m bench.alignment

Passages (tests/data/parallel/, plus seed 002): each has
- NAME.align.tsv, the gold sentence alignment of every block against the English one: one
  bead per line, ``lang <TAB> English sentences <TAB> their translation`` (an empty cell: a
  sentence with no counterpart).  Drafted with the tool, then checked and corrected by hand
  line by line (belt: French leaves one English sentence out, which the tool misses);
- NAME.terms.tsv, the terms a terminologist would take, written by hand, with ``core`` on
  the policy terms the issue asks for.

Sentence accuracy is the share of gold beads found exactly (both sides).  Term scores count
concepts that have all four languages ("four-language entries"): core terms right in every
language, and entries with a wrong rendering in any language (an entry whose Chinese is not
in the gold list counts as wrong).  Renderings compare case-, accent- and quote-insensitively.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from glossary.build.documents import Document, read_document
from glossary.build.extract import extract, parallel
from glossary.build.merge import merge
from glossary.model import Concept, TermType
from glossary.normalize.keys import chinese_key, fold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "parallel"
LANGS = ("en", "fr", "es")


@dataclass(frozen=True)
class Passage:
    name: str
    layout: str
    paths: tuple[Path, ...]  # one file, or one per language

    def documents(self) -> list[Document]:
        return [read_document(path) for path in self.paths]

    def groups(self) -> list[list[parallel.Block]]:
        documents = self.documents()
        if len(documents) > 1:
            return [parallel.set_group(documents)]
        return parallel.document_groups(documents[0])

    def concepts(self) -> list[Concept]:
        documents = self.documents()
        found = list(extract(documents))
        if len(documents) > 1:
            found += parallel.extract_set(documents)
        return merge(found)


def passages() -> list[Passage]:
    seed = next((ROOT / "seeds").glob("002_*.txt"))
    return [
        Passage("seed_002", "one file, four blocks in a row (PDF text)", (seed,)),
        Passage("revitalization", "one language per file, titles",
                tuple(DATA / f"revitalization.{lang}.txt" for lang in ("en", "zh", "fr", "es"))),
        Passage("belt", "one language per file, 2:1, 1:2, one omission",
                tuple(DATA / f"belt.{lang}.txt" for lang in ("en", "zh", "fr", "es"))),
        Passage("interleaved_hant", "interleaved paragraphs, Traditional Chinese",
                (DATA / "interleaved_hant.txt",)),
    ]


def beads(passage: Passage) -> set[tuple[str, str, str]]:
    """(lang, English text, other text) of every bead the aligner makes."""
    found = set()
    for group in passage.groups():
        split = {block.lang: parallel.body_sentences(block) for block in group}
        for lang, other in split.items():
            if lang == "en":
                continue
            for en_ids, ids in parallel.align_blocks(split["en"], other, lang).beads:
                joiner = "" if lang == "zh" else " "
                found.add((lang, " ".join(split["en"][i].text for i in en_ids),
                           joiner.join(other[j].text for j in ids)))
    return found


def gold_beads(passage: Passage) -> set[tuple[str, str, str]]:
    lines = (DATA / f"{passage.name}.align.tsv").read_text(encoding="utf-8").splitlines()
    return {tuple(line.split("\t")) for line in lines if line.strip()}  # type: ignore[misc]


def gold_terms(passage: Passage) -> dict[str, tuple[dict[str, str], bool]]:
    terms = {}
    for line in (DATA / f"{passage.name}.terms.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        zh, en, fr, es, core = line.split("\t")
        terms[_key(zh)] = ({"en": en, "fr": fr, "es": es}, core == "core")
    return terms


def entries(concepts: list[Concept]) -> Iterator[tuple[str, dict[str, str]]]:
    """(Simplified Chinese, {lang: rendering}) of each concept with all four languages."""
    for concept in concepts:
        chinese = [t for t in concept.terms if t.lang.startswith(("zh-Hans", "zh-Hant"))]
        renderings = {t.lang: t.text for t in concept.terms
                      if t.lang in LANGS and t.type is TermType.FULL_FORM}
        if chinese and set(renderings) == set(LANGS):
            yield _key(chinese[0].text), renderings


def _key(chinese: str) -> str:
    """Simplified, without the quotation marks a term may keep from its source (“一带一路”倡议)."""
    return chinese_key(chinese).replace('"', "")


def _same(a: str, b: str) -> bool:
    return fold(a).replace("’", "'") == fold(b).replace("’", "'")


@dataclass(frozen=True)
class Score:
    sentences: dict[str, tuple[int, int]]  # lang → (correct, gold)
    core: tuple[int, int]  # (right in four languages, gold core terms)
    entries: int  # four-language entries produced
    wrong: list[str]  # those with a wrong rendering


def score(passage: Passage) -> Score:
    gold, got = gold_beads(passage), beads(passage)
    by_lang = {lang: (len({b for b in gold if b[0] == lang} & got),
                      len({b for b in gold if b[0] == lang})) for lang in ("zh", "fr", "es")}
    expected = gold_terms(passage)
    produced = dict(entries(passage.concepts()))
    right = {zh for zh, found in produced.items() if zh in expected
             and all(_same(found[lang], expected[zh][0][lang]) for lang in LANGS)}
    core = [zh for zh, (_, is_core) in expected.items() if is_core]
    wrong = [f"{zh}: " + " / ".join(produced[zh][lang] for lang in LANGS)
             for zh in produced if zh not in right]
    return Score(by_lang, (len(set(core) & right), len(core)), len(produced), wrong)


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args(argv)
    print("| passage | layout | sentences en–zh | en–fr | en–es | core terms right | "
          "4-language entries | wrong |")
    print("|---|---|---|---|---|---|---|---|")
    totals = {"zh": [0, 0], "fr": [0, 0], "es": [0, 0], "core": [0, 0], "entries": 0, "wrong": 0}
    notes = []
    for passage in passages():
        result = score(passage)
        cells = []
        for lang in ("zh", "fr", "es"):
            ok, n = result.sentences[lang]
            totals[lang][0] += ok
            totals[lang][1] += n
            cells.append(f"{ok}/{n} ({ok / n:.0%})" if n else "–")
        ok, n = result.core
        totals["core"][0] += ok
        totals["core"][1] += n
        totals["entries"] += result.entries
        totals["wrong"] += len(result.wrong)
        wrong_share = f"{len(result.wrong)} ({len(result.wrong) / result.entries:.0%})" \
            if result.entries else "0"
        print(f"| {passage.name} | {passage.layout} | " + " | ".join(cells)
              + f" | {ok}/{n} ({ok / n:.0%}) | {result.entries} | {wrong_share} |")
        notes += [f"{passage.name}: {entry}" for entry in result.wrong]
    cells = [f"{ok}/{n} ({ok / n:.0%})" for ok, n in (totals[lang] for lang in ("zh", "fr", "es"))]
    ok, n = totals["core"]
    entries_, wrong = totals["entries"], totals["wrong"]
    print("| **all** | | " + " | ".join(cells) + f" | {ok}/{n} ({ok / n:.0%}) | {entries_} | "
          f"{wrong} ({wrong / max(entries_, 1):.0%}) |")
    if notes:
        print("\nFour-language entries with a wrong rendering (zh: en / fr / es):")
        for note in notes:
            print(f"- {note}")


if __name__ == "__main__":
    main()
