import io

import pytest

from glossary.errors import FormatError
from glossary.model import Concept, Evidence, Status, Term, TermType
from glossary.termbase.formats import csv

from .test_tbx import sample_concepts


def export(concepts, **options):
    out = io.BytesIO()
    csv.write(concepts, out, **options)
    return out.getvalue()


def test_round_trip_is_byte_identical_and_keeps_statuses_types_flags_sources():
    first = export(sample_concepts())
    concepts = list(csv.read(io.BytesIO(first)))
    assert export(concepts) == first
    c1, c2 = concepts
    assert [(t.lang, t.text, t.status) for t in c1.terms] == [
        (t.lang, t.text, t.status) for t in sample_concepts()[0].terms]
    assert c1.subject_field == "governance" and c1.notes == ("concept note",)
    assert (c1.terms[0].evidence[0].file, c1.terms[0].evidence[0].line) == ("seeds/a.txt", 46)
    assert c2.terms_in("en")[0].type == TermType.ACRONYM and c2.terms_in("en")[0].status is None
    assert c2.terms_in("zh-Hans")[0].flags == ("possibly-truncated",)


def test_formula_cells_are_neutralized_and_restored():
    concept = Concept("c1", [Term("=HYPERLINK(\"http://x\")", "en"), Term("@SUM", "fr"),
                             Term("-1", "es"), Term("a=b", "de")])
    data = export([concept]).decode("utf-8-sig")
    assert "'=HYPERLINK" in data and "'@SUM" in data and "'-1" in data and "'a=b" not in data
    (back,) = csv.read(io.BytesIO(data.encode("utf-8-sig")))
    assert sorted(t.text for t in back.terms) == sorted(t.text for t in concept.terms)
    assert "'=" not in export([concept], neutralize=False).decode("utf-8-sig")


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"a,b\r\n1,2\r\n", "not a glossary CSV"),
    (b"id,subject_field,definition,en,en status,types,flags,sources,notes\r\nc1,,,x\r\n",
     "line 2: 4 cells, the header has 9"),
    (b"id,subject_field,definition,en,en status,types,flags,sources,notes\r\n"
     b"c1,,,x,best,,,,\r\n", "line 2: 'best' is not a valid Status"),
    (b"id,subject_field,definition,en,en status,types,flags,sources,notes\r\n\xff\xfe,,,,,,,,\r\n",
     "not UTF-8"),
])
def test_malformed_csv_is_one_clear_error(data, message):
    with pytest.raises(FormatError, match=message):
        list(csv.read(io.BytesIO(data), "bad.csv"))


def test_region_codes_in_the_header_come_back_canonical():
    data = ("id,subject_field,definition,zh-CN,en-US,zh-CN status,en-US status,types,flags,"
            "sources,notes\r\nc1,,,数据库,database,preferred,,,,,\r\n").encode()
    (concept,) = csv.read(io.BytesIO(data))
    assert [(t.lang, t.text, t.status) for t in concept.terms] == [
        ("zh-Hans", "数据库", Status.PREFERRED), ("en-US", "database", None)]


def test_evidence_without_a_file_is_not_a_source():
    concept = Concept("c1", [Term("x", "en", evidence=(Evidence("", 0, "ctx", "", 1.0),))])
    # Seen once (counted), in no document: no source.
    assert export([concept]).decode("utf-8-sig").splitlines()[1].endswith(",x: 1,,")


# Issue 15, item 7: ordinary punctuation survives the round trip.
AWKWARD = [
    Concept("k1", [Term("A | B", "en", status=Status.PREFERRED, flags=("odd; flag",)),
                   Term("x; y", "en", TermType.ACRONYM, Status.DEPRECATED, ("possibly-truncated",)),
                   Term(" leading space", "fr"), Term("trailing space ", "fr", flags=("f",)),
                   Term("'s-Hertogenbosch", "es"), Term("'=not a formula", "de"),
                   Term("back\\slash\\", "it"), Term("Xi: thought", "pt", TermType.PHRASE,
                                                       flags=("a: b",))],
            subject_field="law | order", definition="one; two",
            notes=("see a; b", "x | y", "C:\\dir\\", "ends with a space ")),
    Concept("k2", [Term("-ism", "en", evidence=(Evidence("dir; name.txt", 3, "", "", 1.0),
                                                Evidence("a|b.txt", 4, "", "", 1.0)))]),
]


@pytest.mark.parametrize("neutralize", [True, False])
def test_separators_edge_spaces_and_apostrophes_survive_the_round_trip(neutralize):
    data = export(AWKWARD, neutralize=neutralize)
    back = list(csv.read(io.BytesIO(data)))
    for original, read in zip(AWKWARD, back):
        assert (read.id, read.subject_field, read.definition, read.notes) == (
            original.id, original.subject_field, original.definition, original.notes)
        assert sorted((t.lang, t.text, t.type, t.status, t.flags) for t in read.terms) == sorted(
            (t.lang, t.text, t.type, t.status, t.flags) for t in original.terms)
    assert [(e.file, e.line) for e in back[1].terms[0].evidence] == [("a|b.txt", 4),
                                                                      ("dir; name.txt", 3)]
    assert export(back, neutralize=neutralize) == data


def test_a_spreadsheet_user_may_type_separators_loosely():
    data = (b"id,subject_field,definition,en,en status,types,flags,sources,notes\r\n"
            b"k1,,,a|b | c,preferred||admitted,,b: f1;b: f2,,one;two\r\n")
    (concept,) = csv.read(io.BytesIO(data))
    assert [(t.text, t.status, t.flags) for t in concept.terms] == [
        ("a", Status.PREFERRED, ()), ("b", None, ("f1", "f2")), ("c", Status.ADMITTED, ())]
    assert concept.notes == ("one", "two")
