"""The one way a package becomes a registry: each of its modules whose name does not start
with "_" is an entry, under the NAME it declares, in module name order.  Export formats
(termbase.formats) and bilingual readers (bitext) are such packages, so adding one is
adding a module; the callers cache the result, and nothing is registered at run time."""

from __future__ import annotations

import pkgutil
from collections.abc import Iterable
from importlib import import_module
from types import ModuleType


def modules(package: str, path: Iterable[str]) -> dict[str, ModuleType]:
    """NAME → module for the modules of `package` (its __name__ and __path__)."""
    names = sorted(info.name for info in pkgutil.iter_modules(path))
    loaded = (import_module(f"{package}.{name}") for name in names if not name.startswith("_"))
    return {module.NAME: module for module in loaded}
