from glossary.documents import Document, read_document, text_paragraphs
from glossary.extract import parallel

from ..conftest import SEEDS


def pairs(document):
    return [(c.terms[0].text, c.terms[1].lang, c.terms[1].text, c.evidence.confidence)
            for c in parallel.extract(document)]


def test_seed_002_four_language_passage():
    document = read_document(next(SEEDS.glob("002_*")))
    assert sorted(pairs(document)) == [
        ("社会治理", "en", "social governance", 0.55),
        ("社会治理", "es", "gobernanza social", 0.55),
        ("社会治理", "fr", "gouvernance sociale", 0.55),
        ("统战工作", "en", "united front work", 0.55),
        ("统战工作", "es", "trabajo del frente único", 0.55),
        ("统战工作", "fr", "travail du Front uni", 0.55),
    ]


def document(text):
    return Document("d.txt", tuple(text_paragraphs(text)))


def test_interleaved_paragraphs_and_traditional_chinese():
    assert pairs(document(
        "The plan stresses “common prosperity” for all.\n\n"
        "計劃強調全體人民的「共同富裕」。\n\n"
        "Officials also spoke of “new quality productive forces” at length.\n\n"
        "官員們也詳細談到了「新質生產力」。\n")) == [
        ("共同富裕", "en", "common prosperity", 0.55),
        ("新質生產力", "en", "new quality productive forces", 0.55)]


def test_blocks_quoting_different_numbers_of_terms_give_nothing():
    assert pairs(document(
        "They discussed “social governance” and “united front work” and “party building”.\n\n"
        "他们讨论了“社会治理”和“统战工作”。\n")) == []
