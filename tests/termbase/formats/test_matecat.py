import io

import pytest

from glossary.model import Concept, Evidence, Status, Term
from glossary.termbase.export import retagged, tag_mapping

openpyxl = pytest.importorskip("openpyxl")


def sheet_rows(concepts):
    from glossary.termbase.formats import matecat

    out = io.BytesIO()
    matecat.write(retagged(concepts, tag_mapping("matecat")), out)
    out.seek(0)
    return list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))


def test_layout_synonyms_and_forbidden_rows():
    seen = Evidence("a.txt", 3, "promoting the Fengqiao Model (枫桥经验)", "inline", 0.85)
    concept = Concept("c1", [
        Term("枫桥经验", "zh-Hans", evidence=(seen,)), Term("Fēngqiáo jīngyàn", "zh-Latn-pinyin"),
        Term("Fengqiao Model", "en", status=Status.PREFERRED, evidence=(seen,)),
        Term("Fengqiao model of governance", "en"),
        Term("Fengqiao experience", "en", status=Status.DEPRECATED),
        Term("=HYPERLINK(\"x\")", "fr")], subject_field="governance")
    header, *rows = sheet_rows([concept])
    assert header == ("Forbidden", "Domain", "Subdomain", "Definition", "zh-CN", "Notes",
                      "Example of use", "en-US", "Notes", "Example of use", "fr-FR", "Notes",
                      "Example of use")
    assert [(r[0], r[4], r[7], r[10]) for r in rows] == [
        (False, "枫桥经验", "Fengqiao Model", "=HYPERLINK(\"x\")"),
        (False, None, "Fengqiao model of governance", None),
        (True, None, "Fengqiao experience", None)]
    assert rows[0][1] == "governance" and rows[0][5] == "admitted"
    assert rows[0][6] == "promoting the Fengqiao Model (枫桥经验)"


def test_formula_like_text_is_stored_unchanged_as_text():
    """Issue 15, item 8: the cell holds the text itself (no apostrophe in the value), typed as
    a string and marked quotePrefix, so no spreadsheet runs it as a formula."""
    from glossary.termbase.formats import matecat

    texts = ["=HYPERLINK(\"http://evil\",\"x\")", "+1", "-ism", "@SUM(A1)", "'quoted"]
    concept = Concept("c1", [Term("治理", "zh-Hans")] + [Term(t, "en") for t in texts],
                      subject_field="=cmd|' /C calc'!A0", definition="@definition")
    out = io.BytesIO()
    matecat.write(retagged([concept], tag_mapping("matecat")), out)
    out.seek(0)
    sheet = openpyxl.load_workbook(out).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value not in (None, False)]
    by_value = {c.value: c for c in cells}
    for text in texts + ["=cmd|' /C calc'!A0", "@definition"]:
        cell = by_value[text]
        assert cell.data_type == "s", text
        assert cell.quotePrefix is (text[0] in "=+-@"), text
