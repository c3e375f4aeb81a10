"""Writing output files whole or not at all, and a folder's files as one set.

- atomic_path / atomic_write: one file, written to a temporary file beside the target,
  flushed to disk (fsync), then renamed over it; the folder is synced too, so a crash or a
  power cut leaves the old file or the new one.
- generation: several files of one folder (a termbase's TBX, CSV and index) replaced
  together.  Each is written and synced under a temporary name; then a journal naming the
  renames is written (atomically: it exists whole or not at all), the renames are done and
  the journal removed.  A run killed before the journal exists leaves the old set; one killed
  after it leaves a journal that `recover` (run by the next reader or writer) completes, so
  the set is new.  Never a new TBX beside an old CSV.
- locked: one writer at a time per folder (an flock on the folder itself: no lock file, and
  the kernel releases it when its holder dies, so a `kill -9` never leaves a stale lock); the
  next one waits and says so.
- Temporary names carry the writer's process id, so temporary files of a killed run are
  recognised (their process is gone) and removed by the next writer, while those of a live one
  (a lookup indexing beside a build) are left alone.

A full disk (or a file-size limit) becomes one InputError naming the file; the old files stay.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from glossary.errors import GlossaryError, InputError

JOURNAL = ".glossary.commit"
LOCK_TIMEOUT_ENVIRONMENT = "GLOSSARY_LOCK_TIMEOUT"
_LOCK_TIMEOUT = 600.0  # seconds a writer waits for another before giving up
_TEMPORARY = re.compile(r"^\..+\.(?P<pid>\d+)\.[^.]+\.tmp$")
CACHE_ENVIRONMENT = "GLOSSARY_CACHE"


def cache_dir() -> Path:
    """Where derived data that can always be rebuilt is kept: $GLOSSARY_CACHE, else
    $XDG_CACHE_HOME/glossary, else ~/.cache/glossary."""
    configured = os.environ.get(CACHE_ENVIRONMENT)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "glossary"


_TSV_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_TSV_TABLE = str.maketrans(_TSV_ESCAPES)


def tsv_escape(value: str) -> str:
    """A field of a line-per-record tab-separated file (decisions.tsv, ignore lists): tabs,
    newlines and backslashes written as backslash escapes, so each record stays one line
    that diff and grep show whole."""
    return value.translate(_TSV_TABLE)  # one pass in C (a build writes every context)


def tsv_unescape(value: str) -> str:
    if "\\" not in value:
        return value
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars, "\\")
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(following, following))
        else:
            out.append(char)
    return "".join(out)


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


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make renames and removals in `path` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as err:
        if err.errno not in (errno.EINVAL, errno.EBADF):  # folders that cannot be synced
            raise
    finally:
        os.close(fd)


def _temporary(directory: Path, name: str) -> Path:
    """A new empty file beside `name`, named .NAME.PID.RANDOM.tmp."""
    try:
        import tempfile

        fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{name}.{os.getpid()}.", suffix=".tmp")
    except OSError as err:
        raise InputError(f"{directory / name}: cannot write ({err.strerror})") from None
    os.close(fd)
    return Path(temp)


def write_failure(path: Path, err: BaseException) -> InputError | None:
    """The one-line error for a failed write (full disk, file-size limit, I/O error), or
    None when `err` is not one."""
    if isinstance(err, OSError) and not isinstance(err, BrokenPipeError):
        return InputError(f"{path}: cannot write ({err.strerror or err})")
    if isinstance(err, sqlite3.OperationalError | sqlite3.DatabaseError):
        reason = str(err)
        reason = "No space left on device" if "full" in reason else reason
        return InputError(f"{path}: cannot write ({reason})")
    return None


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; on success it is synced and replaces `path`, on error
    it vanishes (and a write error becomes one InputError)."""
    directory = ensure_dir(path.parent)
    clean_temporary(directory, f".{path.name}.")  # those a killed run left for this file
    temp = _temporary(directory, path.name)
    try:
        yield temp
        os.chmod(temp, 0o644)
        fsync_file(temp)
        os.replace(temp, path)
        fsync_dir(directory)
    except BaseException as err:
        temp.unlink(missing_ok=True)
        failure = write_failure(path, err)
        if failure is not None:
            raise failure from None
        raise


@contextmanager
def atomic_write(path: Path, mode: str = "wb") -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a file that appears at `path` only when writing it succeeded."""
    with atomic_path(path) as temp, temp.open(mode) as handle:
        yield handle


class Generation:
    """New versions of files of one folder, replaced together by `generation` (see the module
    docstring).  `path(name)` gives where to write the new `name`; a file elsewhere (the
    build's decisions report) may join the generation by its path, its temporary file beside
    it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.temps: dict[str, Path] = {}

    def path(self, name: str | Path) -> Path:
        """Where to write the new version of `name` (a str: a file of the folder) or of the
        file at a Path (relative to the working directory, like any path the user gives)."""
        final = self.folder / name if isinstance(name, str) else name.absolute()
        key = name if isinstance(name, str) else str(final)
        if key not in self.temps:
            directory = ensure_dir(final.parent)
            if directory != self.folder:  # (the writer's own temporary files there too)
                clean_temporary(directory, f".{final.name}.")
                clean_temporary(directory, f"..{final.name}.")
            self.temps[key] = _temporary(directory, final.name).absolute()
        return self.temps[key]

    def commit(self) -> None:
        for name, temp in self.temps.items():
            final = self.folder / name
            if final.is_dir():
                raise InputError(f"{final}: is a folder; move it away to write the termbase")
            os.chmod(temp, 0o644)
            fsync_file(temp)
        journal = _temporary(self.folder, JOURNAL)
        try:
            # Files of the folder by name (the folder may be moved), others by absolute path.
            journal.write_text(json.dumps({
                name: temp.name if temp.parent == self.folder.absolute() else str(temp)
                for name, temp in self.temps.items()}), encoding="utf-8")
            fsync_file(journal)
            os.replace(journal, self.folder / JOURNAL)
        except BaseException:
            journal.unlink(missing_ok=True)
            raise
        fsync_dir(self.folder)
        # From here on the new set is decided: a kill leaves the journal for `recover`.
        recover(self.folder)

    def abort(self) -> None:
        for temp in self.temps.values():
            temp.unlink(missing_ok=True)


@contextmanager
def generation(folder: Path, what: str = "the termbase") -> Iterator[Generation]:
    """Write new versions of files in `folder` (each at new.path(name)); on success they
    replace the old ones together, on any error none does and the temporary files go."""
    new = Generation(folder)
    try:
        yield new
        new.commit()
    except BaseException as err:
        if not (folder / JOURNAL).exists():
            new.abort()
        failure = write_failure(folder, err)
        if failure is not None:
            reason = str(failure).rpartition(" (")[2].rstrip(")")
            raise InputError(f"{folder}: cannot write {what} ({reason}); it is unchanged") from None
        raise


def recover(folder: Path) -> bool:
    """Finish a commit that a killed writer left half done (see the module docstring); True if
    there was one.  Safe to run twice, or beside a writer finishing the same commit."""
    journal = folder / JOURNAL
    try:
        renames = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):  # unreadable: written atomically, so never half; skip it
        return False
    # The index goes first and the TBX, which the index is checked against, last.
    for name in sorted(renames, key=lambda n: (n.endswith(".tbx"), n)):
        with suppress(FileNotFoundError):  # already renamed
            os.replace(folder / renames[name], folder / name)
    fsync_dir(folder)
    with suppress(FileNotFoundError):
        journal.unlink()
    fsync_dir(folder)
    return True


def clean_temporary(folder: Path, prefix: str = ".") -> list[Path]:
    """Remove the temporary files (named `prefix`…) that killed runs left in `folder`, those
    whose process is gone; return them."""
    removed = []
    for path in folder.iterdir():
        match = _TEMPORARY.match(path.name) if path.name.startswith(prefix) else None
        if match and not _alive(int(match["pid"])):
            with suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


@contextmanager
def locked(folder: Path, notify: Callable[[str], None] = lambda message: None,
           what: str = "termbase") -> Iterator[None]:
    """Hold the folder's writer lock: one writer at a time; the next one waits (and is told
    so) up to $GLOSSARY_LOCK_TIMEOUT seconds (600), then is refused with a message."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as err:
        raise InputError(f"{folder}: cannot lock the {what} ({err.strerror})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            notify(f"{folder}: waiting for another glossary writing this {what}…")
            timeout = _lock_timeout()
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise InputError(f"{folder}: another glossary is still writing this "
                                         f"{what} after {timeout:g} s; try again later") from None
                    time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # releases the lock


def _lock_timeout() -> float:
    try:
        return float(os.environ.get(LOCK_TIMEOUT_ENVIRONMENT) or _LOCK_TIMEOUT)
    except ValueError:
        raise InputError(f"${LOCK_TIMEOUT_ENVIRONMENT} must be a number of seconds") from None


@contextmanager
def spooled(records: Iterable[Any], seen: Callable[[Any], object]) -> Iterator[
        tuple[int, Iterator[Any]]]:
    """(count, records read back): JSON-able records go to a temporary file as they come and
    are read back once all are in, for writers whose header depends on every record (the
    language columns of a sheet).  `seen` is called on each on the way; memory stays flat."""
    import tempfile

    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        count = 0
        for record in records:
            count += 1
            seen(record)
            spool.write(json.dumps(record, ensure_ascii=False) + "\n")
        spool.seek(0)
        yield count, (json.loads(line) for line in spool)


class Replayable(Iterable[Any]):
    """Items kept in an anonymous temporary file, read back from the start each time they are
    iterated (one reader at a time)."""

    def __init__(self, spool: IO[bytes], count: int) -> None:
        self._spool, self.count = spool, count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Any]:
        import pickle

        self._spool.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._spool)


@contextmanager
def replayable(items: Iterable[Any]) -> Iterator[Replayable]:
    """Items that several writers read one after another (a termbase's TBX, CSV and index),
    streamed once into a temporary file (pickled: any object, read back as it was) so that
    memory stays flat; the file vanishes with the context, or with the process."""
    import pickle
    import tempfile

    with tempfile.TemporaryFile() as spool:
        count = 0
        for item in items:
            pickle.dump(item, spool, protocol=pickle.HIGHEST_PROTOCOL)
            count += 1
        yield Replayable(spool, count)
