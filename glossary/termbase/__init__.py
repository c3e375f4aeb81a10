"""Using a termbase: one `Termbase` object over where it is (locate), its SQLite index
(store), lookup, export, import (ingest) and the exchange formats (formats/); validation of
TBX files beside it (validate).

    termbase = Termbase.open()            # --termbase, $GLOSSARY_TERMBASE, else terms/
    termbase.search("楓橋經驗", limit=5)   # ranked hits
    termbase.export("tbx2", Path("omegat.tbx"), only=("zh-Hans", "en"))
    Termbase(Path("terms")).merge_in([Path("theirs.tbx")])
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from glossary.model import Concept
from glossary.termbase import locate

if TYPE_CHECKING:
    from glossary.termbase.export import Exported
    from glossary.termbase.ingest import ImportResult
    from glossary.termbase.lookup import Hit


class Termbase:
    """A termbase named by a folder (a build's output), a termbase file or an index; its
    index is found or built on the first search and closed with the object."""

    def __init__(self, path: Path, notify: locate.Notify = lambda message: None) -> None:
        self.path = path
        self._notify = notify
        self._connection: sqlite3.Connection | None = None

    @classmethod
    def open(cls, name: str | Path | None = None,
             notify: locate.Notify = lambda message: None) -> Termbase:
        """The termbase named, or the default one (see locate); an error when there is none."""
        return cls(locate.locate(name), notify)

    def __enter__(self) -> Termbase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _index(self) -> sqlite3.Connection:
        if self._connection is None:
            from glossary.termbase import store

            self._connection = store.connect(locate.index(self.path, self._notify))
        return self._connection

    def concepts(self) -> Iterator[Concept]:
        """Every concept, streamed (from the TBX when there is one, else from the index)."""
        return locate.concepts(self.path)

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """Concepts matching `query`, best first (lookup.search)."""
        from glossary.termbase import lookup

        return lookup.search(self._index(), query, limit)

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Terms near `query`, for a "did you mean" when nothing matched."""
        from glossary.termbase import lookup

        return lookup.suggest(self._index(), query, limit)

    def export(self, format_name: str | None = None, output: Path | None = None, *,
               tags: Iterable[str] = (), keep_tags: bool = False, only: Sequence[str] = (),
               statuses: Sequence[str] = (), **options: Any) -> Exported:
        """Write the termbase in a format (named, else told by `output`'s ending, else TBX)
        to `output` or standard output.  `tags` are FROM=TO pairs over the format's preset
        (none with `keep_tags`); `only` keeps the terms in these languages; `options` go to
        the writers that take them (source, target, neutralize).  `statuses` keeps the terms
        with these statuses (export.statuses_for: by default all but needs review for CAT
        formats)."""
        from glossary.langtags import selector
        from glossary.termbase import export

        name = export.format_for(format_name, output)
        mapping = export.tag_mapping(name, tags, preset=not keep_tags)
        concepts = export.with_status(self.concepts(), export.statuses_for(name, statuses))
        if only:
            concepts = export.only(concepts, selector(only))
        return export.export(concepts, name, output, mapping, **options)

    def merge_in(self, files: Iterable[Path], prefer: str = "ours") -> ImportResult:
        """Merge termbase files into this termbase folder (created when missing); every file
        is read before anything is written.  Their statuses become decisions; `prefer` (ours,
        theirs) settles those that contradict a decision taken here."""
        from glossary.termbase.ingest import import_files

        return import_files(files, self.path, prefer, self._notify)
