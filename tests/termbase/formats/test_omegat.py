import io

import pytest

from glossary.errors import InputError
from glossary.model import Concept, Status, Term
from glossary.termbase.formats import omegat


def lines(concepts, **options):
    out = io.BytesIO()
    omegat.write(concepts, out, **options)
    return out.getvalue().decode("utf-8").splitlines()


def test_one_line_per_pair_with_status_in_the_comment():
    concept = Concept("c1", [
        Term("枫桥经验", "zh-Hans"),
        Term("Fengqiao Model", "en", status=Status.PREFERRED),
        Term("Fengqiao\texperience", "en", status=Status.DEPRECATED, flags=("odd",)),
    ], subject_field="governance")
    header, *rows = lines([concept])
    assert header.startswith("# ")
    assert rows == ["枫桥经验\tFengqiao Model\tpreferred; governance",
                    "枫桥经验\tFengqiao experience\tDEPRECATED, use: Fengqiao Model; review: odd; "
                    "governance"]


def test_concepts_without_the_pair_are_skipped_and_other_pairs_work():
    concepts = [Concept("c1", [Term("社会治理", "zh-Hans"), Term("gouvernance sociale", "fr")]),
                Concept("c2", [Term("CPC", "en")])]
    assert lines(concepts, target="fr")[1:] == ["社会治理\tgouvernance sociale\tadmitted"]
    assert lines(concepts)[1:] == []


def test_one_language_twice_is_an_error():
    with pytest.raises(InputError, match="two languages"):
        lines([], source="en", target="en")


def test_read_back_what_was_written():
    concept = Concept("c1", [
        Term("枫桥经验", "zh-Hans"),
        Term("Fengqiao Model", "en", status=Status.PREFERRED),
        Term("Fengqiao experience", "en", status=Status.DEPRECATED, flags=("odd",)),
    ], subject_field="governance")
    out = io.BytesIO()
    omegat.write([concept], out)
    (back,) = omegat.read(io.BytesIO(out.getvalue()))
    assert [(t.lang, t.text, t.status, t.flags) for t in back.terms] == [
        ("zh-Hans", "枫桥经验", Status.ADMITTED, ()),
        ("en", "Fengqiao Model", Status.PREFERRED, ()),
        ("en", "Fengqiao experience", Status.DEPRECATED, ("odd",))]
    assert back.subject_field == "governance"
    again = io.BytesIO()
    omegat.write([back], again)
    assert again.getvalue() == out.getvalue()


def test_a_glossary_that_does_not_say_its_languages_is_an_error():
    from glossary.errors import FormatError

    with pytest.raises(FormatError, match="line 1: the languages are unknown"):
        list(omegat.read(io.BytesIO("社会治理\tsocial governance\n".encode())))
    (concept,) = omegat.read(io.BytesIO("社会治理\tsocial governance\n".encode()),
                             languages=("zh-Hans", "en"))
    assert [t.text for t in concept.terms] == ["社会治理", "social governance"]
