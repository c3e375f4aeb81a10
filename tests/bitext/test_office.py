"""Bilingual tables in Word and Excel files.  data/review.docx was made by LibreOffice from
data/review.html (our own text): a CAT tool's bilingual-review layout, with a title paragraph
and a row of merged cells."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary import bitext
from glossary.cli import cli
from glossary.errors import InputError
from tests.build.readers.samples import docx, paragraph, xlsx

REVIEW = Path(__file__).parent / "data" / "review.docx"


def segments(path):
    return [(s.id, s.source, s.target, s.source_lang, s.target_lang, s.line)
            for s in bitext.read(path)]


def test_a_review_table_in_word_gives_its_segments_by_the_headings_columns():
    assert segments(REVIEW) == [
        ("1", "坚持和发展新时代“枫桥经验”。", "We uphold and develop the Fengqiao Model in the new era.",
         "", "", 3),
        ("2", "各地推广“枫桥经验”。", "Localities spread the Fengqiao Experience.", "", "", 5)]


def test_headings_that_name_languages_give_them_and_sheets_have_their_own(tmp_path):
    path = tmp_path / "job.xlsx"
    path.write_bytes(xlsx([["ID", "Chinese (Simplified)", "English (United States)"],
                           ["a1", "枫桥经验", "Fengqiao Model"], [None, None, None]],
                          [["统战工作", "united front work"]]))
    assert segments(path) == [("a1", "枫桥经验", "Fengqiao Model", "zh-Hans", "en-US", 2),
                              ("2!1", "统战工作", "united front work", "", "", 1)]


def test_a_table_that_starts_lower_in_its_sheet_keeps_its_heading_and_row_numbers(tmp_path):
    path = tmp_path / "job.xlsx"
    path.write_bytes(xlsx([[], [], [], [], [None, "Title of the job"],
                           [None, "Source", "Target"], [None, "乡村振兴", "rural revitalization"]]))
    assert segments(path) == [("7", "乡村振兴", "rural revitalization", "", "", 7)]


def test_without_a_heading_the_first_two_columns_that_hold_text_are_source_and_target(tmp_path):
    path = tmp_path / "job.xlsx"
    path.write_bytes(xlsx([[None, "乡村振兴", None, "rural revitalization"],
                           [None, "共同富裕", None, "common prosperity"]]))
    assert [(s.source, s.target) for s in bitext.read(path)] == [
        ("乡村振兴", "rural revitalization"), ("共同富裕", "common prosperity")]


def test_each_word_table_has_its_heading_and_paragraphs_are_not_segments(tmp_path):
    def row(*cells):
        return "<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in cells) + "</w:tr>"

    path = tmp_path / "job.docx"
    path.write_bytes(docx("<w:tbl>" + row("中文", "英文") + row("乡村振兴", "rural revitalization")
                          + "</w:tbl>" + paragraph("第二部分") + "<w:tbl>"
                          + row("原文", "Comment", "译文") + row("共同富裕", "ok", "common prosperity")
                          + "</w:tbl>"))
    assert segments(path) == [
        ("2", "乡村振兴", "rural revitalization", "zh-Hans", "en", 2),
        ("5", "共同富裕", "common prosperity", "", "", 5)]


def test_a_file_that_is_not_one_is_refused_in_one_line(tmp_path):
    path = tmp_path / "job.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a Word document"):
        list(bitext.read(path))


def test_check_finds_the_unapproved_rendering_in_a_word_review_table(seed_build):
    result = CliRunner().invoke(cli, ["check", "-t", str(seed_build), str(REVIEW),
                                      "-s", "zh", "-T", "en", "--format", "json"])
    assert result.exit_code == 1, result.output
    findings = json.loads(result.output)["findings"]
    assert [(f["segment"], f["code"], f["term"]) for f in findings] == [("2", "missing", "枫桥经验")]


def test_a_word_97_review_table_gives_the_same_segments():
    # data/review.doc: LibreOffice saved data/review.docx as Word 97–2003
    assert segments(REVIEW.with_suffix(".doc")) == segments(REVIEW)
