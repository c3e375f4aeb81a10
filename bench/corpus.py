"""Deterministic synthetic corpora for build benchmarks: files of English prose that gloss
Chinese terms inline ("the Fengqiao Model (枫桥经验)"), define acronyms, and now and then a
Chinese paragraph with a Chinese-first gloss, built from CC-CEDICT words (bench.synthetic)."""

from __future__ import annotations

import random
from pathlib import Path

from bench import synthetic

FILE_BYTES = 100_000
_FILLER = ("The meeting stressed that reform must continue and that local officials should "
           "report regularly on progress. Observers noted a shift in emphasis this year.")


def _title(english: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in english.split())


def paragraph(rng: random.Random, vocabulary: int | None = None) -> str:
    """One paragraph glossing a word drawn from CC-CEDICT's words, or from its first
    `vocabulary` words (a corpus whose terms recur)."""
    word = synthetic.words()[rng.randrange(vocabulary or len(synthetic.words()))]
    kind = rng.randrange(4)
    if kind == 0:
        return (f"Delegates praised the {_title(word.english)} ({word.simplified}) as a model. "
                + _FILLER)
    if kind == 1:
        return f"Officials called for “{word.english}”({word.simplified}) in every county. {_FILLER}"
    if kind == 2:
        return f"会议强调，要坚持{word.simplified}（{word.english}），推动工作落实。"
    return (f"The National Work Conference (NWC) reviewed {word.english} and other topics. "
            + _FILLER)


def make(folder: Path, megabytes: float, seed: int = 2024,
         vocabulary: int | None = None) -> list[Path]:
    """Write about `megabytes` of documents into `folder` (reused if already there), glossing
    words of all CC-CEDICT or of its first `vocabulary` words."""
    folder.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1_000_000)
    existing = sorted(folder.glob("doc*.txt"))
    if existing and sum(p.stat().st_size for p in existing) >= target * 0.95:
        return existing
    rng = random.Random(seed)
    written, paths, number = 0, [], 0
    while written < target:
        parts, size = [], 0
        while size < FILE_BYTES:
            text = paragraph(rng, vocabulary)
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
        path = folder / f"doc{number:05d}.txt"
        path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        paths.append(path)
        written += size
        number += 1
    return paths
