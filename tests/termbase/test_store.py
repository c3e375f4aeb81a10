from glossary.termbase import store


def test_store_keeps_every_concept_whole(seed_build, seed_concepts):
    path = seed_build / "glossary.sqlite"
    assert list(store.concepts(path)) == seed_concepts
    assert store.source_of(path) == store.file_signature(seed_build / "glossary.tbx")


def test_store_of_garbage_is_not_usable(tmp_path):
    bad = tmp_path / "x.sqlite"
    bad.write_bytes(b"not a database at all" * 10)
    assert store.source_of(bad) is None
