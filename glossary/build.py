"""`glossary build`: documents → candidates → concepts → normalized termbase → files.

Everything is read and extracted before anything is written, and each output is written to a
temporary file and renamed, so a failure leaves the previous termbase untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from glossary.documents import display_path, find_documents, read_document
from glossary.extract import english_only, extract
from glossary import termbase
from glossary.fileio import ensure_dir
from glossary.merge import merge
from glossary.normalize.chinese import with_chinese_forms

T = TypeVar("T")
Progress = Callable[[Sequence[T], str], Iterable[T]]


def no_progress(items: Sequence[T], label: str) -> Iterable[T]:
    return items


@dataclass(frozen=True)
class BuildResult:
    documents: int
    candidates: int
    concepts: int
    outputs: tuple[Path, ...]


def build(paths: Iterable[str | Path], out: Path, progress: Progress = no_progress,
          candidates: bool = False) -> BuildResult:
    """`candidates`: also add English-only set phrases, flagged for review (never confirmed)."""
    files = find_documents(paths)
    documents = [read_document(path) for path in progress(files, "Reading")]
    found = list(extract(documents))
    if candidates:
        known = {t.text.casefold() for c in found for t in c.terms}
        found += [c for c in english_only.extract(documents)
                  if c.terms[0].text.casefold() not in known]
    concepts = [with_chinese_forms(c) for c in progress(merge(found), "Normalizing")]

    description = (f"Built by glossary from {len(files)} documents: "
                   + ", ".join(display_path(p) for p in files))
    # The folder is made only now: a failure above leaves no empty folder behind.
    outputs = termbase.write(concepts, ensure_dir(out), description)
    return BuildResult(len(documents), len(found), len(concepts), outputs)
