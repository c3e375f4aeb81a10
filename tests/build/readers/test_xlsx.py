import pytest

from glossary.build.readers.xlsx import text
from glossary.errors import InputError
from tests.build.readers.samples import xlsx


def test_rows_become_lines_of_cells_and_sheets_are_apart():
    data = xlsx([["中文", "English", None], ["乡村振兴", "rural revitalization", 2018.0],
                 [None, None, None], ["统战工作", None, "united front\nwork"]],
                [["枫桥经验", "Fengqiao Model"]])
    assert text(data, "t.xlsx").splitlines() == [
        "中文 | English", "乡村振兴 | rural revitalization | 2018", "",
        "统战工作 | united front work", "", "枫桥经验 | Fengqiao Model"]


def test_what_is_not_a_workbook_is_refused_in_one_line():
    with pytest.raises(InputError, match="not an Excel workbook"):
        text(b"\xd0\xcf\x11\xe0 an old .xls", "old.xlsx")
