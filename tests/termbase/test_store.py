from glossary.termbase import store


def test_store_keeps_every_concept_whole(seed_build, seed_concepts):
    path = seed_build / "glossary.sqlite"
    assert list(store.concepts(path)) == seed_concepts
    assert store.source_of(path) == store.file_signature(seed_build / "glossary.tbx")


def test_store_of_garbage_is_not_usable(tmp_path):
    bad = tmp_path / "x.sqlite"
    bad.write_bytes(b"not a database at all" * 10)
    assert store.source_of(bad) is None


def test_lower_bounds_agree_with_a_scan(tmp_path):
    """The fence finds, for any target, the first row whose key is not below it."""
    import random

    from glossary.model import Concept, Term
    from glossary.termbase import store

    words = ["".join(random.Random(n).choices("abcdefg", k=1 + n % 5)) for n in range(400)]
    concepts = [Concept(id=f"c{n}", terms=[Term(word, "en")]) for n, word in enumerate(words)]
    path = tmp_path / "index.sqlite"
    store.write(concepts, path)
    connection = store.connect(path)
    keys = [key for (key,) in connection.execute("SELECT key FROM keys ORDER BY id")]
    assert keys == sorted(keys)  # the rowid order is the key order
    targets = [*words, "", "a", "aaaaaa", "gggggg", "h", "abc\0", "abc\U0010ffff"]
    bounds = store.lower_bounds(connection, targets)
    for target in targets:
        assert bounds[target] == 1 + sum(key < target for key in keys), target
