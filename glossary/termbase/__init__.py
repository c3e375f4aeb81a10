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
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from glossary.model import Concept
from glossary.termbase import locate

if TYPE_CHECKING:
    from glossary.termbase.evidence import Evidenced
    from glossary.termbase.export import Exported
    from glossary.termbase.ingest import ImportResult
    from glossary.termbase.lookup import Hit

T = TypeVar("T")


class Termbase:
    """A termbase named by a folder (a build's output), a termbase file or an index; its
    index is found or built on the first search and closed with the object."""

    def __init__(self, path: Path, notify: locate.Notify = lambda message: None) -> None:
        self.path = path
        self._notify = notify
        self._connection: sqlite3.Connection | None = None
        self._index_path: Path | None = None

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

    def _index(self, rebuild: bool = False) -> sqlite3.Connection:
        if self._connection is None:
            from glossary.termbase import store

            self._index_path = locate.index(self.path, self._notify, rebuild)
            self._connection = store.connect(self._index_path)
        return self._connection

    def _answer(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work` done on the index; if the index turns out damaged (a page, a concept, rows
        missing), it is rebuilt from the TBX once and `work` done again: the index can always
        be thrown away.  An index with nothing to rebuild it from is a one-line error."""
        from glossary.termbase import store

        try:
            return work(self._index())
        except (sqlite3.DatabaseError, store.Damaged, KeyError, IndexError) as err:
            reason = (str(err) if isinstance(err, sqlite3.DatabaseError | store.Damaged)
                      else "rows are missing")
            damaged = self._index_path or self.path
            self.close()
            if locate.source(self.path) is None:
                raise store.damaged(damaged, reason) from None
            self._notify(f"{damaged} is damaged: rebuilding it from {locate.source(self.path)}…")
            return work(self._index(rebuild=True))

    def concepts(self, evidence: bool = False) -> Iterator[Concept]:
        """Every concept, streamed (from the TBX when there is one, else from the index);
        `evidence`: with every occurrence of each term, not only the TBX's contexts."""
        return locate.concepts(self.path, evidence)

    def evidence(self, query: str, limit: int = 10) -> list[Evidenced]:
        """Every occurrence of the terms of each concept matching `query` (file, line,
        context), for the concepts `search` finds (evidence.Evidenced)."""
        from glossary.termbase.evidence import evidenced

        return [evidenced(self.path, hit) for hit in self.search(query, limit)]

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """Concepts matching `query`, best first (lookup.search)."""
        from glossary.termbase import lookup

        return self._answer(lambda index: lookup.search(index, query, limit))

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Terms near `query`, for a "did you mean" when nothing matched."""
        from glossary.termbase import lookup

        return self._answer(lambda index: lookup.suggest(index, query, limit))

    def export(self, format_name: str | None = None, output: Path | None = None, *,
               tags: Iterable[str] = (), keep_tags: bool = False, only: Sequence[str] = (),
               statuses: Sequence[str] = (), contexts: int | str | None = None,
               **options: Any) -> Exported:
        """Write the termbase in a format (named, else told by `output`'s ending, else TBX)
        to `output` or standard output.  `tags` are FROM=TO pairs over the format's preset
        (none with `keep_tags`); `only` keeps the terms in these languages; `options` go to
        the writers that take them (source, target, neutralize).  `statuses` keeps the terms
        with these statuses (export.statuses_for: by default all but needs review for CAT
        formats).  `contexts`: how many contexts a term keeps, the most informative (a
        number, 0 for none, or "all"; export.contexts_for: by default 3, none for the
        layouts made for one CAT tool); the counts are written whatever the number."""
        from glossary.langtags import selector
        from glossary.termbase import evidence, export

        name = export.format_for(format_name, output)
        mapping = export.tag_mapping(name, tags, preset=not keep_tags)
        limit = export.contexts_for(name, contexts)
        # The folder's TBX holds the contexts it was built with: more needs evidence.tsv.
        kept = evidence.setting(self.path) if self.path.is_dir() else None
        more = kept is not None and (limit is None or limit > kept)
        concepts = export.with_status(self.concepts(evidence=more),
                                      export.statuses_for(name, statuses))
        if only:
            concepts = export.only(concepts, selector(only))
        concepts = export.with_contexts(concepts, limit)
        return export.export(concepts, name, output, mapping, contexts=limit, **options)

    def merge_in(self, files: Iterable[Path], prefer: str = "ours") -> ImportResult:
        """Merge termbase files into this termbase folder (created when missing); every file
        is read before anything is written.  Their statuses become decisions; `prefer` (ours,
        theirs) settles those that contradict a decision taken here."""
        from glossary.termbase.ingest import import_files

        return import_files(files, self.path, prefer, self._notify)
