import pytest

from glossary.build.readers.delimited import text
from glossary.errors import InputError


def test_quoted_commas_and_line_breaks_stay_in_their_cell():
    data = '中文,English\n乡村振兴,"rural revitalization, or vitalization"\n统战工作,"united\nfront work"\n'
    assert text(data.encode(), "t.csv").splitlines() == [
        "中文 | English", "乡村振兴 | rural revitalization, or vitalization",
        "统战工作 | united front work"]


@pytest.mark.parametrize("name, data", [
    ("t.tsv", "乡村振兴\trural revitalization, 2018\n枫桥经验\tFengqiao Model\n"),
    ("t.csv", "乡村振兴;rural revitalization, 2018\n枫桥经验;Fengqiao Model\n"),
])
def test_the_delimiter_is_the_files_own(name, data):
    assert text(data.encode(), name).splitlines() == [
        "乡村振兴 | rural revitalization, 2018", "枫桥经验 | Fengqiao Model"]


def test_a_file_not_in_utf8_is_refused_in_one_line():
    with pytest.raises(InputError, match="not valid UTF-8"):
        text("乡村振兴,rural revitalization\n".encode("gbk"), "t.csv")


def test_a_quote_left_open_is_a_malformed_file():
    with pytest.raises(InputError, match="malformed CSV"):
        text('中文,English\n乡村振兴,"rural revitalization\n'.encode(), "t.csv")


def test_a_notes_column_with_unquoted_commas_stays_one_cell():
    # written by hand: the last column's commas are the note's, not more columns
    data = ("zh,en,category,note\n溧水,Lishui,地名,与浙江丽水（Lishui, Zhejiang）区分\n"
            "溧水区,Lishui District,行政区划,\n和凤镇,Hefeng Town,行政区划,和凤\n")
    assert text(data.encode(), "g.csv").splitlines()[1] == \
        "溧水 | Lishui | 地名 | 与浙江丽水（Lishui, Zhejiang）区分"


def test_rows_of_uneven_width_are_not_joined_where_no_width_prevails():
    data = "乡村振兴,rural revitalization\n枫桥经验,Fengqiao Model,Fengqiao experience\n"
    assert text(data.encode(), "g.csv").splitlines()[1] == \
        "枫桥经验 | Fengqiao Model | Fengqiao experience"


def test_an_empty_cell_keeps_its_place_under_the_header():
    # a column's name is found by its place: an empty cell before it must not shift it
    data = "code,UNTERM Chinese Short,note,UNTERM English Short\nAF,阿富汗,,Afghanistan\n"
    assert text(data.encode(), "t.csv").splitlines()[1] == "AF | 阿富汗 |  | Afghanistan"
