"""Real public documents (bench/real/docs/, committed where their licence allows) as a
regression guard: the pairs they give today must keep coming, and no reading may come out
as a rendering.  Only development-set documents: the held-aside third is never tested on."""

import pytest

from bench import realdocs


@pytest.fixture(scope="module")
def development():
    chosen = [g for g in realdocs.golds("dev") if realdocs.document(g) is not None
              and realdocs.document(g).is_relative_to(realdocs.REAL)]
    assert chosen, "the committed development documents are missing"
    return {g.id: (g, realdocs.built_pairs(realdocs.document(g))) for g in chosen}


@pytest.mark.parametrize("doc, pair", [
    ("a07-wikizero-es-franja-ruta", ("一带一路", "es", "iniciativa de la franja y la ruta")),
    ("a07-wikizero-es-franja-ruta", ("一带一路", "en", "belt and road initiative")),
    ("a11-wiki-three-represents", ("三个代表", "en", "three represents")),
])
def test_pairs_found_in_real_documents(development, doc, pair):
    assert realdocs.pair_key(*pair) in development[doc][1]


def test_no_reading_comes_out_as_a_rendering(development):
    from glossary.normalize.readings import is_pinyin

    for gold, pairs in development.values():
        readings = {realdocs.rendering_key(r) for _, r in gold.readings}
        for zh, _lang, text in pairs:
            assert text not in readings and not is_pinyin(text), (gold.id, zh, text)


def test_precision_on_committed_documents_holds(development):
    found = sum(len(pairs) for _, pairs in development.values())
    correct = sum(len(pairs & (g.core | g.ok)) for g, pairs in development.values())
    assert found and correct / found >= 0.75
