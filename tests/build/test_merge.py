from glossary.build.merge import SHARED_RENDERING, merge
from glossary.model import Candidate, CandidateTerm, Evidence, Status, TermType


def candidate(*terms, line=1, confidence=0.9):
    return Candidate(tuple(CandidateTerm(*t) for t in terms),
                     Evidence("d.txt", line, "context", "test", confidence))


def test_traditional_and_simplified_are_one_concept():
    concepts = merge([candidate(("枫桥经验", "zh-Hans"), ("Fengqiao Model", "en"), line=1),
                      candidate(("楓橋經驗", "zh-Hans"), ("Fengqiao model", "en"), line=2)])
    (concept,) = concepts
    assert {(t.lang, t.text) for t in concept.terms} == {
        ("zh-Hans", "枫桥经验"), ("zh-Hant", "楓橋經驗"), ("en", "Fengqiao Model")}
    english = concept.terms_in("en")[0]
    assert len(english.evidence) == 2


def test_acronym_joins_full_form_and_chinese():
    concepts = merge([
        candidate(("Communist Party of China", "en"), ("CPC", "en", TermType.ACRONYM), line=1),
        candidate(("中国共产党", "zh-Hans"), ("CPC", "en", TermType.ACRONYM), line=5),
    ])
    (concept,) = concepts
    assert sorted(t.text for t in concept.terms) == ["CPC", "Communist Party of China", "中国共产党"]


def test_different_chinese_never_merge_through_shared_english():
    concepts = merge([candidate(("社会工作", "zh-Hans"), ("social work", "en"), line=1),
                      candidate(("社工", "zh-Hans"), ("social work", "en"), line=2)])
    assert len(concepts) == 2
    for concept in concepts:
        assert all(SHARED_RENDERING in t.flags for t in concept.terms)
        assert all(t.status is Status.NEEDS_REVIEW for t in concept.terms)


def test_low_confidence_needs_review_and_ids_are_stable():
    first = merge([candidate(("枫桥经验", "zh-Hans"), ("Fengqiao Model", "en"), confidence=0.3)])
    again = merge([candidate(("枫桥经验", "zh-Hans"), ("Fengqiao Model", "en"), line=9)])
    assert first[0].id == again[0].id
    assert first[0].terms[0].status is Status.NEEDS_REVIEW
    assert again[0].terms[0].status is Status.ADMITTED


def _definition(long_form, acronym, lang, file="a.txt"):
    from glossary.model import Candidate, CandidateTerm, Evidence, TermType

    return Candidate((CandidateTerm(long_form, lang), CandidateTerm(acronym, lang, TermType.ACRONYM)),
                     Evidence(file, 1, "…", "acronym", 0.9))


def test_translated_acronyms_join_one_concept():
    from glossary.build.merge import merge, translated_acronyms

    candidates = [_definition("Communist Party of China", "CPC", "en"),
                  _definition("Parti communiste chinois", "PCC", "fr"),
                  _definition("Partido Comunista de China", "PCC", "es"),
                  _definition("Parti communiste chinois", "PCC", "fr", file="other.txt"),
                  _definition("Comité permanent du Politburo", "CPP", "fr"),
                  _definition("Central Committee", "CC", "en")]
    assert translated_acronyms(candidates) == [(0, 1), (0, 2), (1, 2)]
    concepts = merge(candidates)
    joined = next(c for c in concepts if c.terms_in("es"))
    assert {t.text for t in joined.terms} == {"Communist Party of China", "CPC",
                                               "Parti communiste chinois", "PCC",
                                               "Partido Comunista de China"}
