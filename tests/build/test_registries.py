"""Contract tests for the build wing's registries: document readers and extractors."""

import pytest

from glossary.build.documents import Document, Paragraph, read_document, suffixes
from glossary.build.extract import Corpus, extract_corpus, registry
from glossary.build.readers import registry as readers
from glossary.model import Candidate
from tests.build.readers.samples import sample

MIXED = ("The meeting praised the Fengqiao Model (枫桥经验) and the Communist Party of China "
         "(CPC).\n\n全面深化改革|comprehensively deepening reform\n\n"
         "我们召开了中央经济工作会议（Central Economic Work Conference）。\n")


@pytest.mark.parametrize("name", sorted(readers()))
def test_every_reader_declares_its_endings_and_gives_paragraphs(name, tmp_path):
    reader = readers()[name]
    assert reader.NAME == name and reader.SUFFIXES
    assert callable(getattr(reader, "paragraphs", None)) != callable(getattr(reader, "text", None))
    assert all(s.startswith(".") and s == s.lower() for s in reader.SUFFIXES)
    path = sample(name, MIXED, tmp_path)
    assert path.suffix in reader.SUFFIXES
    document = read_document(path)
    assert document.paragraphs and all(isinstance(p, Paragraph) for p in document.paragraphs)
    assert set(reader.SUFFIXES) <= set(suffixes())


@pytest.mark.parametrize("name", sorted(registry()))
def test_every_extractor_yields_candidates_with_its_own_evidence(name, tmp_path):
    extractor = registry()[name]
    assert extractor.NAME == name and callable(extractor.extract)
    assert getattr(extractor, "SCOPE", "document") in ("document", "corpus")
    path = tmp_path / "doc.txt"
    path.write_text(MIXED, encoding="utf-8")
    document = read_document(path)
    if getattr(extractor, "SCOPE", "document") == "document":
        found = list(extractor.extract(document))
    else:
        found = list(extract_corpus(Corpus([document], names=frozenset({name}))))
    lines = MIXED.count("\n")
    for candidate in found:
        assert isinstance(candidate, Candidate) and candidate.terms
        assert candidate.evidence.file == document.path and 1 <= candidate.evidence.line <= lines
        if getattr(extractor, "SCOPE", "document") == "document":
            assert candidate.evidence.extractor == name


def test_the_layouts_of_this_document_are_each_found():
    path_names = {c.evidence.extractor for c in _extract_all()}
    assert {"inline", "rows", "zh-first", "acronym"} <= path_names


def _extract_all():
    from glossary.build.extract import extract
    from glossary.build.readers.text import text_paragraphs

    return list(extract([Document("doc.txt", tuple(text_paragraphs(MIXED)))]))
