"""A build's plan: its tasks made on demand from a compact record are the tasks a list of
Task and Source objects held (the order the merge meets documents in depends on them)."""

import os
from pathlib import Path

import pytest

from glossary.build import tasks
from glossary.build.documents import display_path
from glossary.build.extract.parallel import file_sets


def _as_listed(files: list[Path], parallel: bool) -> list[tuple[tuple[tuple[int, str, str], ...], int | None]]:
    """The tasks as the build listed them before the plan was compact (its code, verbatim
    but for the paths, compared as files)."""
    sources = [(index, display_path(path), os.path.realpath(path)) for index, path in enumerate(files)]
    if parallel:
        return [(tuple(sources), 0)]
    by_name = {Path(name): (index, name, real) for index, name, real in sources}
    sets = file_sets(by_name)
    grouped = {by_name[path][0]: number for number, paths in enumerate(sets) for path in paths}
    listed, started = [], set()
    for source in sources:
        number = grouped.get(source[0])
        if number is None:
            listed.append(((source,), None))
        elif number not in started:
            started.add(number)
            members = {by_name[path][0] for path in sets[number]}
            listed.append((tuple(s for s in sources if s[0] in members), number))
    return listed


@pytest.mark.parametrize("parallel", [False, True])
def test_the_plan_gives_the_tasks_a_list_held(tmp_path, monkeypatch, parallel):
    names = ["b/plan.zh.txt", "a/one.txt", "b/plan.en.txt", "b/other.fr.txt", "c/x.txt",
             "b/other.zh.txt", "b/plan.fr.txt", "a/two.md", "b/other.en.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    files = [Path(name) for name in sorted(names)] + [outside]
    plan = tasks.plan(files, parallel)
    made = [(tuple((s.index, s.name, os.path.realpath(s.path)) for s in task.sources),
             task.translations) for task in plan]
    assert made == _as_listed(files, parallel)
    assert len(plan) == len(made) and plan[-1] == list(plan)[-1]
    assert list(plan.names()) == [display_path(path) for path in files]
    assert all(os.path.isabs(s.path) and os.path.isfile(s.path) for t in plan for s in t.sources)


def test_a_partition_gives_its_rows_packed_and_the_same_sums_and_rows(tmp_path):
    # A Dask partition's result: what running its tasks one by one gives, with the evidence
    # and report rows packed a task at a time instead of held as objects.
    from glossary.build.spill import Spill

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    found = list(tasks.plan(sorted(seeds.glob("*.txt"))[:4], parallel=False))
    options = tasks.Options(explain=True)
    one_by_one = [tasks.run(task, options) for task in found]
    packed = tasks.run_packed(found, options)
    assert packed.evidence == [] and packed.report == [] and len(packed.packed) == len(found)
    assert all(isinstance(data, bytes) for data in packed.packed)
    whole = tasks.Result()
    for result in one_by_one:
        whole.absorb(result)
    assert whole.evidence and whole.report
    assert (packed.documents, packed.candidates, packed.partial) == (
        whole.documents, whole.candidates, whole.partial)
    with Spill() as a, Spill() as b:
        a.add(whole.evidence, whole.report)
        b.add_packed(packed.packed)
        rows = "SELECT * FROM evidence ORDER BY rowid", "SELECT * FROM report ORDER BY rowid"
        for query in rows:
            assert a._db.execute(query).fetchall() == b._db.execute(query).fetchall()
