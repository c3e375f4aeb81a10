"""Everything in the build's own process."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

from glossary.build import tasks
from glossary.build.engines import Counted

NAME = "serial"


class Runner:
    def results(self, found: Sequence[tasks.Task], options: tasks.Options) -> Counted[tasks.Result]:
        return Counted(map(partial(tasks.run, options=options), found), len(found))

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        return map(function, items)

    def call(self, function: Callable[..., Any], *args: Any) -> Any:
        return function(*args)

    def release(self) -> None:
        """(The tasks ran in the build's process, which releases itself.)"""


@contextmanager
def session(jobs: int = 1, scheduler: str | None = None) -> Iterator[Runner]:
    yield Runner()
