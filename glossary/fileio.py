"""Writing output files whole or not at all: a temporary file beside the target, then rename."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from glossary.errors import GlossaryError, InputError

CACHE_ENVIRONMENT = "GLOSSARY_CACHE"


def cache_dir() -> Path:
    """Where derived data that can always be rebuilt is kept: $GLOSSARY_CACHE, else
    $XDG_CACHE_HOME/glossary, else ~/.cache/glossary."""
    configured = os.environ.get(CACHE_ENVIRONMENT)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "glossary"


def derived(name: str, source: Path, build: Callable[[], Any]) -> Any:
    """`build()`'s result, kept in the cache folder as a marshal file keyed by `name` and by
    `source`'s size and time (so it is rebuilt whenever the source changes).  For data that
    takes seconds to parse and a tenth of that to load; a cache that cannot be read or
    written is only slower, never an error."""
    import marshal

    stat = source.stat()
    cached = cache_dir() / f"{name}-{stat.st_size}-{int(stat.st_mtime)}.marshal"
    try:
        return marshal.loads(cached.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass  # absent or damaged: build it again
    found = build()
    try:
        with atomic_write(cached) as handle:
            handle.write(marshal.dumps(found))
    except (GlossaryError, OSError, ValueError):
        pass
    return found


def ensure_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"{path}: cannot create directory ({err.strerror})") from None
    if not os.access(path, os.W_OK):
        raise InputError(f"{path}: directory is not writable")
    return path


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; on success it replaces `path`, on error it vanishes."""
    directory = ensure_dir(path.parent)
    try:
        fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise InputError(f"{path}: cannot write ({err.strerror})") from None
    os.close(fd)
    try:
        yield Path(temp)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_write(path: Path, mode: str = "wb") -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a file that appears at `path` only when writing it succeeded."""
    with atomic_path(path) as temp, temp.open(mode) as handle:
        yield handle


@contextmanager
def spooled(records: Iterable[Any], seen: Callable[[Any], object]) -> Iterator[
        tuple[int, Iterator[Any]]]:
    """(count, records read back): JSON-able records go to a temporary file as they come and
    are read back once all are in, for writers whose header depends on every record (the
    language columns of a sheet).  `seen` is called on each on the way; memory stays flat."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        count = 0
        for record in records:
            count += 1
            seen(record)
            spool.write(json.dumps(record, ensure_ascii=False) + "\n")
        spool.seek(0)
        yield count, (json.loads(line) for line in spool)
