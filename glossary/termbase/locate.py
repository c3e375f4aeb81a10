"""Which termbase a command means, and its SQLite index, built once and kept fresh.

A termbase is named by a folder (a build's output: glossary.tbx plus glossary.sqlite), a
termbase file (TBX, JSON Lines) or an index file (.sqlite).  With no name, it is
$GLOSSARY_TERMBASE, else ./terms, else the terms/ of the checkout this package runs from, so
the README's first command is all a translator needs.

The index of a folder lives in the folder; the index of a file lives in the user's cache
(files are often in read-only places), named after the file's absolute path.  Either is
rebuilt when its source's size or modification time no longer match what it was built from.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.errors import InputError
from glossary.termbase import store

if TYPE_CHECKING:
    from glossary.model import Concept, Evidence, Term
    from glossary.termbase.evidence import Every

ENVIRONMENT = "GLOSSARY_TERMBASE"
TBX_NAME = "glossary.tbx"
CSV_NAME = "glossary.csv"
STORE_NAME = "glossary.sqlite"
_CHECKOUT_TERMS = Path(__file__).resolve().parents[2] / "terms"

Notify = Callable[[str], None]


def locate(name: str | Path | None = None) -> Path:
    """The termbase a command should use: the one named, or the default (see module doc)."""
    if name is None:
        name = os.environ.get(ENVIRONMENT) or None
    if name is None:
        for candidate in (Path("terms"), _CHECKOUT_TERMS):
            if candidate.is_dir():
                _recovered(candidate)
            if (candidate / TBX_NAME).is_file() or (candidate / STORE_NAME).is_file():
                return candidate
        raise InputError("no termbase here: run `glossary build` first, or name one with "
                         f"--termbase or ${ENVIRONMENT}")
    path = Path(name)
    if not path.exists():
        raise InputError(f"{path}: no such termbase")
    if path.is_dir():
        _recovered(path)
    if path.is_dir() and not ((path / TBX_NAME).is_file() or (path / STORE_NAME).is_file()):
        raise InputError(f"{path}: folder holds no {TBX_NAME} or {STORE_NAME}")
    return path


def index(termbase: Path, notify: Notify = lambda message: None, rebuild: bool = False) -> Path:
    """The path of an up-to-date SQLite index of `termbase`, building it first if needed
    (or if `rebuild`: the one found is damaged)."""
    if termbase.is_file() and termbase.suffix == ".sqlite":
        store.connect(termbase).close()  # fails clearly when it is not one of ours
        return termbase
    source = termbase / TBX_NAME if termbase.is_dir() else termbase
    if termbase.is_dir() and not source.is_file():  # a folder with only an index in it
        return termbase / STORE_NAME
    signature = store.file_signature(source)
    # The folder's own index first: most lookups stop there without hashing a cache name.
    if termbase.is_dir() and not rebuild and store.source_of(termbase / STORE_NAME) == signature:
        return termbase / STORE_NAME
    places = [termbase / STORE_NAME, _cached(source)] if termbase.is_dir() else [_cached(source)]
    for place in places[-1:]:
        if not rebuild and store.source_of(place) == signature:
            return place
    # A folder's own index unless the folder is read-only; then the cache.
    # (A folder's index path taken by something that is not a file is passed over.)
    target = next((p for p in places if os.access(p.parent, os.W_OK) and not p.is_dir()),
                  places[-1])
    notify(f"Indexing {source} (once; reused until it changes)…")
    store.write(read(source), target, source=signature)
    return target


def source(termbase: Path) -> Path | None:
    """The file an index of `termbase` is built from, if it has one."""
    if termbase.is_dir():
        return termbase / TBX_NAME if (termbase / TBX_NAME).is_file() else None
    return None if termbase.suffix == ".sqlite" else termbase


def concepts(termbase: Path, evidence: bool = False) -> Iterator[Concept]:
    """Every concept of a termbase, streamed: from its TBX (the source of truth) when it has
    one, else from its index.  `evidence`: with every occurrence of each term, which a folder
    keeps beside its TBX (termbase.evidence), not only the contexts the TBX shows; what
    rewrites the folder needs them, lest it lose them."""
    if termbase.is_dir():
        source = termbase / TBX_NAME
        if not source.is_file():
            return store.concepts(termbase / STORE_NAME)
        if evidence:
            from glossary.termbase.evidence import joined

            return joined(read(source), termbase)
        return read(source)
    if termbase.suffix == ".sqlite":
        return store.concepts(termbase)
    return read(termbase)


@contextmanager
def writing(folder: Path, notify: Notify = lambda message: None) -> Iterator[Path]:
    """Hold the termbase folder for writing (created if missing): one writer at a time (the
    next waits, and is told so); a commit a killed writer left half done is finished and its
    temporary files are removed first."""
    from glossary.fileio import clean_temporary, ensure_dir, locked, recover

    ensure_dir(folder)
    with locked(folder, notify):
        recover(folder)
        clean_temporary(folder)
        yield folder


KEEP_SETTING = "keep"  # `contexts` of write: what the folder was last built with


def write(concepts: Iterable[Concept], folder: Path, description: str | Callable[[], str],
          notify: Notify = lambda message: None,
          also: Mapping[Path, Callable[[Path], object]] | None = None,
          contexts: int | str | None = KEEP_SETTING,
          every: Every | None = None) -> tuple[Path, ...]:
    """Write a termbase folder: TBX, canonical CSV, the index and evidence.tsv, replaced
    together as one generation (fileio.generation: a kill or a full disk at any moment leaves
    the old set or the new one); `also` maps other files that belong to the set (the build's
    decisions report) to the function that writes them at the path given.  `concepts` carry
    every occurrence of their terms: evidence.tsv keeps them all, the TBX, CSV and index the
    `contexts` most informative of each term (None: all; by default, as many as the folder
    kept before) and the counts (termbase.evidence).  Characters XML cannot hold are cleaned
    first, each told to `notify` with the file and line it came from.  The concepts are
    streamed (to a temporary file the writers read in turn: memory stays flat).  A build
    gives terms seen often only their sample, with `every` to find all their occurrences
    (evidence.Every).  `description` (the TBX header's) may be a function that gives it,
    called once the concepts are spooled (a build's names every document).  The caller holds
    the folder (`writing`)."""
    from glossary.fileio import generation, replayable
    from glossary.termbase import evidence
    from glossary.termbase.clean import Cleaner
    from glossary.termbase.formats import csv, tbx

    kept = evidence.setting(folder) if contexts == KEEP_SETTING else evidence.parse_contexts(
        contexts)

    cleaner = Cleaner(notify)

    def all_of(concept: str, term: Term) -> Iterable[Evidence] | None:
        found = every(concept, term) if every else None
        return None if found is None else cleaner.evidence(found)

    with generation(folder) as new, replayable(cleaner.concepts(concepts)) as spooled:
        def shown() -> Iterator[Concept]:
            return (evidence.sampled(concept, kept) for concept in spooled)

        for path, write_to in (also or {}).items():
            write_to(new.path(path))
        with new.path(TBX_NAME).open("wb") as handle:
            tbx.write(shown(), handle, title="glossary termbase",
                      description=description() if callable(description) else description)
        with new.path(CSV_NAME).open("wb") as handle:
            csv.write(shown(), handle, contexts=kept)
        with new.path(evidence.FILE_NAME).open("wb") as handle:
            evidence.write(spooled, handle, kept, all_of if every else None)
        # The index is checked against the TBX's size and time, which the rename keeps.
        store.fill(shown(), new.path(STORE_NAME), source=store.file_signature(new.path(TBX_NAME)))
    return folder / TBX_NAME, folder / CSV_NAME, folder / STORE_NAME, folder / evidence.FILE_NAME


def holds_concepts(folder: Path) -> bool:
    """Whether the termbase folder has at least one concept (an unreadable one counts as
    empty: rebuilding is how it is repaired)."""
    from glossary.errors import GlossaryError

    if not ((folder / TBX_NAME).is_file() or (folder / STORE_NAME).is_file()):
        return False
    try:
        return next(iter(concepts(folder)), None) is not None
    except GlossaryError:
        return False


def _recovered(folder: Path) -> None:
    """Finish a commit a killed writer left half done, before reading the folder (waiting
    for a writer still at it); nothing to do when the folder cannot be written."""
    from glossary.fileio import JOURNAL, locked, recover

    if (folder / JOURNAL).exists() and os.access(folder, os.W_OK):
        with locked(folder):
            recover(folder)


def read(path: Path, notify: Notify | None = None) -> Iterator[Concept]:
    """Stream the concepts of any termbase file the formats can read; a reader that declares
    READ_OPTIONS = ("notify",) tells `notify` what it cannot keep."""
    from glossary.termbase.formats import for_path

    module = for_path(str(path))
    if not hasattr(module, "read"):
        raise InputError(f"{path}: {module.NAME} files cannot be read yet")
    options = {"notify": notify} if notify and "notify" in getattr(module, "READ_OPTIONS", ()) \
        else {}
    try:
        with path.open("rb") as handle:
            yield from module.read(handle, str(path), **options)
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None


def _cache_dir() -> Path:
    from glossary.fileio import cache_dir

    return cache_dir()


def _cached(source: Path) -> Path:
    import hashlib

    digest = hashlib.sha1(str(source.resolve()).encode("utf-8")).hexdigest()[:16]
    return _cache_dir() / f"{source.stem}-{digest}.sqlite"
