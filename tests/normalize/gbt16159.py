"""The GB/T 16159 table (data/gbt16159_terms.tsv), shared by the tests and bench.normalize."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

TABLE = Path(__file__).with_name("data") / "gbt16159_terms.tsv"
DEV, HELD_OUT = "dev", "held-out"


@dataclass(frozen=True)
class Row:
    chinese: str
    pinyin: str
    split: str
    source: str


def rows(split: str | None = None) -> list[Row]:
    found = []
    for line in TABLE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            row = Row(*line.split("\t"))
            if split is None or row.split == split:
                found.append(row)
    return found
