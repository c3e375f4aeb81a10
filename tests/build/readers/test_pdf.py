import io

import pytest

from glossary.build import concepts_from
from glossary.build.readers.pdf import text
from glossary.errors import InputError
from tests.build.readers.samples import GLOSSARY_PDF


def test_a_pdf_gives_its_glosses_and_rows_with_lines_broken_at_the_page_width():
    # made by LibreOffice from the Word fixture: "中央纪律检查委" / "员会" breaks at the margin
    lines = text(GLOSSARY_PDF.read_bytes(), "g.pdf").splitlines()
    assert any(line.endswith("中央纪律检查委") for line in lines)
    pairs = {(t.text, u.text) for c in concepts_from([GLOSSARY_PDF]) for t in c.terms
             if t.lang == "zh-Hans" for u in c.terms if u.lang == "en"}
    assert {("枫桥经验", "Fengqiao Model"),
            ("中央纪律检查委员会", "Central Commission for Discipline Inspection"),
            ("统一战线工作部", "United Front Work Department"),
            ("乡村振兴", "rural revitalization")} <= pairs


def _blank_pdf(password=None):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("data, message", [
    (b"<html>not a pdf</html>", "not a PDF file"),
    (b"%PDF-1.7\n garbage", "damaged PDF"),
    (_blank_pdf(), "no text layer"),
    (_blank_pdf("secret"), "password-protected"),
])
def test_what_cannot_be_read_is_refused_in_one_line(data, message):
    with pytest.raises(InputError, match=message):
        text(data, "bad.pdf")
