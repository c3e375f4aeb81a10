from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run with the repository root as working directory, as the README's commands do."""
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once for the session; returns the output folder."""
    from glossary.build import build

    out = tmp_path_factory.mktemp("terms")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        build([Path("seeds")], out)
    finally:
        os.chdir(cwd)
    return out


@pytest.fixture
def seed_concepts(seed_build: Path):
    from glossary.termbase.formats import tbx

    with (seed_build / "glossary.tbx").open("rb") as handle:
        return list(tbx.read(handle))


def needs_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the checkout)")
    return path


def copy_seed(name: str, dest: Path) -> Path:
    source = next(SEEDS.glob(f"{name}*"))
    return Path(shutil.copy(source, dest / source.name))
