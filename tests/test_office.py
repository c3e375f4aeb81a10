"""glossary.office: the Word 97–2003 text stream read into blocks (the .docx side and the
files themselves are tested through the readers, tests/build/readers/)."""

from glossary.office import _doc_blocks, _without_field_codes, as_lines


def test_field_codes_go_and_their_results_stay():
    text = "see \x13 HYPERLINK \"http://x\" \x14the Fengqiao Model\x15 (枫桥经验)"
    assert _without_field_codes(text) == "see the Fengqiao Model (枫桥经验)"
    nested = "a\x13 IF \x13 REF b \x14x\x15 \x14result\x15c"
    assert _without_field_codes(nested) == "aresultc"


def test_cell_marks_make_rows_and_a_run_of_marks_ends_the_row_with_its_empty_cells():
    text = ("术语表\r中文\x07English\x07\x07乡村振兴\x07rural\rrevitalization\x07\x07"
            "共同富裕\x07\x07\x07结束\r")
    assert _doc_blocks(text) == ["术语表", ["中文", "English"],
                                 ["乡村振兴", "rural revitalization"], ["共同富裕", ""], "结束"]
    assert as_lines(_doc_blocks(text)).splitlines()[2] == "乡村振兴 | rural revitalization"


def test_line_breaks_end_lines_and_special_characters_are_not_text():
    assert _doc_blocks("第一行\x0b第二行\x1enon\x1fbreaking\x01\r") == [
        "第一行", "第二行-nonbreaking"]
