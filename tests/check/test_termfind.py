from glossary.check.termfind import Finder, contains
from glossary.model import Concept, Term

CONCEPTS = [Concept("long", [Term("全面从严治党", "zh-Hans"), Term("Party self-governance", "en")]),
            Concept("short", [Term("从严治党", "zh-Hans"), Term("strict governance", "en")]),
            Concept("cpc", [Term("CPC", "en"), Term("中国共产党", "zh-Hans")])]


def found(text, lang):
    return [(f.concept.id, f.term.text) for f in Finder(CONCEPTS, lang).find(text)]


def test_longest_match_first_without_spaces_and_traditional_source():
    assert found("必须全面从严治党，从严治党", "zh-Hans") == [
        ("long", "全面从严治党"), ("short", "从严治党")]
    assert found("必須全面從嚴治黨", "zh-Hant") == [("long", "全面从严治党")]


def test_latin_matches_respect_word_boundaries_and_case():
    assert found("The cpc and the CPCs; not CPCX", "en") == [("cpc", "CPC")]
    assert found("STRICT GOVERNANCE matters", "en") == [("short", "strict governance")]


def test_target_tolerance_and_its_limits():
    assert contains("the “party self-governances”", "Party self-governance", "en")
    assert contains("Party self governance", "Party self-governance", "en")
    assert not contains("Party governance", "Party self-governance", "en")
    assert not contains("self-governing Party", "Party self-governance", "en")
    assert contains("推進全面從嚴治黨", "全面从严治党", "zh-Hans")


def test_different_words_stay_different():
    # Snowball would stem each pair alike (govern, experi); the check must tell them apart.
    assert not contains("Party government", "Party governance", "en")
    assert not contains("the Fengqiao experiment", "Fengqiao experience", "en")
    assert not contains("politiques publiques", "politique sociale", "fr")
    assert contains("políticas sociales", "política social", "es")
