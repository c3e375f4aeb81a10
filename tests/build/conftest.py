from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, needs_shared


@pytest.fixture(scope="session")
def generated_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every kind of input a build meets, in one folder: synthetic glossed prose
    (bench.corpus), the seeds, real documents (bench/real/docs), files that translate each
    other (NAME.LANG.txt) and an interleaved parallel passage."""
    needs_shared("oracles", "cedict", "cedict_ts.u8.gz")
    from bench import corpus

    folder = tmp_path_factory.mktemp("corpus")
    corpus.make(folder / "synthetic", 0.2, seed=18)
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(ROOT / "bench" / "real" / "docs", folder / "real")
    (folder / "parallel").mkdir()
    for path in (ROOT / "tests" / "data" / "parallel").glob("*.txt"):
        if path.name.startswith(("revitalization.", "interleaved")):
            shutil.copy(path, folder / "parallel" / path.name)
    return folder


@pytest.fixture(scope="session")
def generated_build(generated_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated corpus built by the default engine, with its --explain report."""
    from glossary.build import build

    out = tmp_path_factory.mktemp("generated")
    build([generated_corpus], out, explain=out / "explain.tsv")
    return out


def same_output(a: Path, b: Path, names: tuple[str, ...] = ("glossary.tbx", "glossary.csv")) -> None:
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), f"{name} differs"
