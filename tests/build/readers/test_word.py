import pytest

from glossary.build import concepts_from
from glossary.build.documents import read_document
from glossary.build.extract import extract
from glossary.build.readers.word import text
from glossary.errors import InputError
from tests.build.readers.samples import GLOSSARY_DOC, GLOSSARY_DOCX, docx, paragraph


def _pairs(path):
    return {(t.text, u.text) for c in concepts_from([path]) for t in c.terms if t.lang == "zh-Hans"
            for u in c.terms if u.lang == "en"}


@pytest.mark.parametrize("path", [GLOSSARY_DOCX, GLOSSARY_DOC], ids=["docx", "doc"])
def test_a_word_file_gives_its_glosses_and_its_tables_rows(path):
    # made by LibreOffice from data/governance-glossary.html (the .doc from the .docx)
    assert {("枫桥经验", "Fengqiao Model"),
            ("中央纪律检查委员会", "Central Commission for Discipline Inspection"),
            ("全面从严治党", "full and rigorous governance over the Party"),
            ("统一战线工作部", "United Front Work Department"),
            ("乡村振兴", "rural revitalization")} <= _pairs(path)


def test_a_word_97_file_reads_as_its_docx_does():
    assert text(GLOSSARY_DOC.read_bytes(), "g.doc") == text(GLOSSARY_DOCX.read_bytes(), "g.docx")


def test_table_rows_are_lines_of_cells_and_evidence_counts_those_lines():
    lines = text(GLOSSARY_DOCX.read_bytes(), "g.docx").splitlines()
    assert "统一战线工作部 | United Front Work Department" in lines
    found = [c for c in extract([read_document(GLOSSARY_DOCX)])
             if any(t.text == "乡村振兴" for t in c.terms)]
    assert found and all(lines[c.evidence.line - 1].startswith("乡村振兴 |") for c in found)


def test_deleted_text_and_field_codes_are_left_out_and_insertions_kept():
    body = ('<w:p><w:r><w:t>统一战线</w:t></w:r><w:del><w:r><w:delText>部门</w:delText></w:r>'
            '</w:del><w:ins><w:r><w:t>工作部</w:t></w:r></w:ins>'
            '<w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>'
            '<w:r><w:t xml:space="preserve"> (United Front Work Department)</w:t></w:r></w:p>')
    assert text(docx(body), "d.docx") == "统一战线工作部 (United Front Work Department)"


def test_tabs_and_line_breaks_separate_and_a_text_box_is_read_once():
    box = paragraph("乡村振兴\trural revitalization")
    body = ('<w:p><w:r><w:t>全面从严治党</w:t><w:br/><w:t>full and rigorous governance</w:t></w:r>'
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>' + box +
            '</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>' + box +
            '</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    assert text(docx(body), "d.docx").splitlines() == [
        "全面从严治党", "full and rigorous governance", "乡村振兴\trural revitalization"]


def test_a_nested_table_is_part_of_its_cell_and_footnotes_follow_the_body():
    inner = "<w:tbl><w:tr><w:tc>" + paragraph("(CPC)") + "</w:tc></w:tr></w:tbl>"
    body = ("<w:tbl><w:tr><w:tc>" + paragraph("中国共产党") + "</w:tc><w:tc>"
            + paragraph("Communist Party of China") + inner + "</w:tc></w:tr></w:tbl>")
    notes = '<w:footnote w:id="1">' + paragraph("统战工作 (united front work)") + "</w:footnote>"
    assert text(docx(body, notes), "d.docx").splitlines() == [
        "中国共产党 | Communist Party of China (CPC)", "统战工作 (united front work)"]


@pytest.mark.parametrize("data, message", [
    (b"\xd0\xcf\x11\xe0 not a Word file", "not a Word document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "not a Word 97–2003 document"),
    (b"PK\x05\x06" + bytes(18), "no word/document.xml"),
    (b"PK\x03\x04 cut short", "damaged Word document"),
])
def test_what_is_not_a_word_document_is_refused_in_one_line(data, message):
    with pytest.raises(InputError, match=message):
        text(data, "bad.docx")


def test_damaged_xml_is_refused_in_one_line():
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", "<w:document><w:body>")
    with pytest.raises(InputError, match="damaged Word document"):
        text(out.getvalue(), "bad.docx")
