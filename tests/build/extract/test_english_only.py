from glossary.build import build
from glossary.build.documents import Document
from glossary.build.extract import Corpus, english_only
from glossary.build.readers.text import text_paragraphs
from glossary.model import Status


def docs(*texts):
    return [Document(f"d{i}.txt", tuple(text_paragraphs(t))) for i, t in enumerate(texts)]


def test_title_case_names_and_recurring_phrases():
    found = {c.terms[0].text for c in english_only.extract(Corpus(docs(
        "We must open a new chapter in realizing the Two Centenary Goals and more. "
        "Developing new quality productive forces matters; new quality productive forces grow.",
        "In November and December, new quality productive forces were discussed again.")))}
    assert "Two Centenary Goals" in found and "new quality productive forces" in found
    assert not any("November" in phrase for phrase in found)
    assert "quality productive forces" not in found  # inside the longer phrase


def test_build_adds_them_only_when_asked_and_never_confirmed(in_root, tmp_path):
    plain = build(["seeds"], tmp_path / "plain")
    with_candidates = build(["seeds"], tmp_path / "with", candidates=True)
    assert with_candidates.concepts > plain.concepts
    from glossary.termbase import locate as termbase

    concepts = list(termbase.concepts(tmp_path / "with"))
    flagged = [c for c in concepts if any("english-only" in t.flags for t in c.terms)]
    assert flagged and all(t.status is Status.NEEDS_REVIEW and not c.terms_in("zh-Hans")
                           for c in flagged for t in c.terms)
    fengqiao = next(c for c in concepts if c.terms_in("zh-Hans")
                    and c.terms_in("zh-Hans")[0].text == "枫桥经验")
    assert not any(t.flags for t in fengqiao.terms)  # glossed concepts are left alone
