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
from glossary.extract import extract
from glossary.fileio import atomic_write, ensure_dir
from glossary.formats import csv, tbx
from glossary.merge import merge
from glossary.normalize.chinese import with_chinese_forms
from glossary import store

T = TypeVar("T")
Progress = Callable[[Sequence[T], str], Iterable[T]]

TBX_NAME = "glossary.tbx"
CSV_NAME = "glossary.csv"
STORE_NAME = "glossary.sqlite"


def no_progress(items: Sequence[T], label: str) -> Iterable[T]:
    return items


@dataclass(frozen=True)
class BuildResult:
    documents: int
    candidates: int
    concepts: int
    outputs: tuple[Path, ...]


def build(paths: Iterable[str | Path], out: Path, progress: Progress = no_progress) -> BuildResult:
    files = find_documents(paths)
    ensure_dir(out)
    documents = [read_document(path) for path in progress(files, "Reading")]
    candidates = list(extract(documents))
    concepts = [with_chinese_forms(c) for c in progress(merge(candidates), "Normalizing")]

    tbx_path, csv_path, store_path = out / TBX_NAME, out / CSV_NAME, out / STORE_NAME
    description = (f"Built by glossary from {len(files)} documents: "
                   + ", ".join(display_path(p) for p in files))
    with atomic_write(tbx_path) as handle:
        tbx.write(concepts, handle, title="glossary termbase", description=description)
    with atomic_write(csv_path) as handle:
        csv.write(concepts, handle)
    store.write(concepts, store_path, source=store.file_signature(tbx_path))
    return BuildResult(len(documents), len(candidates), len(concepts),
                       (tbx_path, csv_path, store_path))
