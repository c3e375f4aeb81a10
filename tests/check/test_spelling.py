import pytest

from glossary.check.checks import check
from glossary.check.spelling import variant_used, word_key
from glossary.model import Concept, Segment, Term


@pytest.mark.parametrize("british, american", [
    ("organisations", "organizations"), ("modernisation", "modernization"), ("centre", "center"),
    ("labour", "labor"), ("defence", "defense"), ("analyse", "analyze"), ("catalogue", "catalog"),
    ("travelled", "traveled"), ("realised", "realized")])
def test_british_and_american_spellings_share_a_key(british, american):
    assert word_key(british) == word_key(american)


@pytest.mark.parametrize("one, other", [("our", "or"), ("four", "for"), ("since", "sinse"),
                                        ("policies", "police"), ("rise", "rize")])
def test_different_words_do_not(one, other):
    assert word_key(one) != word_key(other)


def test_variant_used_gives_the_words_as_written():
    assert variant_used("Social Organisations grow.", "social organizations", "en-GB") == (
        "Social Organisations")
    assert variant_used("Social groups grow.", "social organizations", "en") == ""
    assert variant_used("organisations sociales", "organizations", "fr") == ""


def segment(target, number="1"):
    return Segment(number, "社会组织要发展。", target, "zh-Hans", "en-GB", "job.xlf", 1)


def test_a_spelling_variant_is_its_own_milder_finding_not_missing():
    concepts = [Concept("c1", [Term("社会组织", "zh-Hans"), Term("social organizations", "en")])]
    report = check([segment("Social organisations must develop."),
                    segment("Civic groups must develop.", "2"),
                    segment("Social organizations must develop.", "3")], concepts)
    assert [(f.segment.id, f.code, f.found) for f in report.findings] == [
        ("1", "spelling", "Social organisations"), ("2", "missing", "")]
