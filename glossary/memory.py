"""Giving memory back: Python's allocator keeps the pages of freed objects in its heap, where
the process's resident size still counts them; glibc's malloc_trim hands them back to the
system (a no-op elsewhere)."""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any


def trim() -> None:
    """Return the heap's free pages to the system (after letting go of large tables)."""
    function = _malloc_trim()
    if function is not None:
        function(0)


@cache
def _malloc_trim() -> Any:
    library = ctypes.util.find_library("c")
    return getattr(ctypes.CDLL(library), "malloc_trim", None) if library else None
