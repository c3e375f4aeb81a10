"""Program source files: their strings and comments, one line for each line of source.  The
samples are our own, in the forms repositories keep glossaries in."""

from glossary.build import concepts_from
from glossary.build.readers.source import as_text, looks_like_code, text

RUST = '''\
/// Common legal terms
pub mod terms {
    /// 法律 / Law
    pub fn law() -> BilingualText {
        BilingualText::new("法律", "Law")
    }
    pub fn article(num: u32) -> BilingualText {
        BilingualText::new(format!("第{}条", num), format!("Article {}", num))
    }
    /* 个人信息 / Personal
       Information */
}
'''


def test_a_line_gives_its_strings_as_a_row_or_its_comment_and_line_numbers_hold():
    lines = text(RUST.encode(), "terms.rs").split("\n")
    assert len(lines) == len(RUST.splitlines())
    assert lines[0] == "Common legal terms"
    assert lines[2] == "法律 / Law"
    assert lines[4] == "法律 | Law"
    assert lines[7] == ""  # a format template is no term
    assert lines[9:11] == ["个人信息 / Personal", "Information"]
    assert "pub fn" not in "\n".join(lines)


def test_an_objects_fields_are_kept_for_the_records_extractor_keys_are_no_cells():
    js = 'export default [\n  {\n    "english": "government",\n    "simplified": "政府"\n  },\n];\n'
    assert as_text(js).split("\n") == [
        "", "{", '"english": "government",', '"simplified": "政府"', "},", "];"]


PHP = """<?php
return [
    'gov' => [
        'zh-cn' => '国务院',
        'en' => 'State Council',
    ],
    'mfa' => array(
        'zh-cn' => '外交部',
        'en' => 'Ministry of Foreign Affairs',
    ),
];
"""


def test_a_php_array_keyed_by_language_is_a_record_each_pairs_its_fields(tmp_path):
    # ("'gov' => [" opens a record as a brace would; "=>" names a field as ":" does)
    assert as_text(PHP).split("\n")[2:5] == ["{", "'zh-cn' => '国务院',", "'en' => 'State Council',"]
    (tmp_path / "terms.php").write_text(PHP, encoding="utf-8")
    pairs = {(t.text, u.text) for c in concepts_from([tmp_path / "terms.php"])
             for t in c.terms if t.lang == "zh-Hans" for u in c.terms if u.lang == "en"}
    assert pairs == {("国务院", "State Council"), ("外交部", "Ministry of Foreign Affairs")}


def test_code_in_a_text_file_is_told_from_a_glossary():
    assert looks_like_code(RUST)
    lexicon = "\n".join(["国务院 (State Council)", "外交部 (Ministry of Foreign Affairs)",
                         "全国人大 (NPC);", "政协 (CPPCC)", "中纪委 (CCDI)", "统战部 (UFWD)"])
    assert not looks_like_code(lexicon)
    rd = "\\name{get_terms}\n\\title{Terms}\n\\usage{\nget_terms(\n)\n}\n\\item \"常设委员会\" (Standing)\n"
    assert not looks_like_code(rd)


def test_a_build_pairs_the_rows_of_a_source_file_and_of_code_saved_as_text(tmp_path):
    for name in ("terms.rs", "terms.txt"):
        (tmp_path / name).write_text(RUST, encoding="utf-8")
        pairs = {(t.text, u.text) for c in concepts_from([tmp_path / name])
                 for t in c.terms if t.lang.startswith("zh") and t.lang != "zh-Latn-pinyin"
                 for u in c.terms if u.lang == "en"}
        assert ("法律", "Law") in pairs, name
        assert not any("{" in zh or "{" in en for zh, en in pairs)


def test_a_program_mostly_of_doc_comments_is_code():
    documented = "\n".join(["//! Foreign Investment Law (外商投资法)", "//!", "//! ## Key Concepts",
                            "//! - **负面清单 (Negative List)**: restricted sectors",
                            "//! - **国民待遇 (National Treatment)**: equal treatment", "//!",
                            "use serde::Serialize;", "pub enum ForeignInvestorType {",
                            "    /// Foreign natural person (外国自然人)", "    NaturalPerson,", "}"])
    assert looks_like_code(documented)
    assert "{" not in as_text(documented)


def test_a_name_with_full_stops_is_text_a_path_is_not():
    assert as_text('x = ("美国国会众议长", "U.S. House Speaker")\nload("./zh.json")') == \
        "美国国会众议长 | U.S. House Speaker\n"


def test_an_arrays_items_one_to_a_line_are_one_row_and_make_a_text_file_code():
    content = ('adminGeo = {\n    "110000": [\n        \'北京市\',\n        \'bei jing shi\',\n'
               "        'Beijing'\n    ],\n    \"110101\": [\n        \"东城区\",\n"
               '        "dong cheng qu",\n        "Dongcheng District"\n    ],\n}\n')
    assert looks_like_code(content)
    lines = as_text(content).split("\n")
    assert lines[2] == "北京市 | bei jing shi | Beijing" and lines[3] == lines[4] == ""
    assert lines[7] == "东城区 | dong cheng qu | Dongcheng District"
    assert len(lines) == len(content.splitlines())  # line numbers hold
    # a line of several strings is a row of its own, not joined to the next
    listed = ('KEYWORDS = [\n    "国务院", "State Council",\n    "外交部", "Ministry of Foreign Affairs",\n'
              '    "教育部", "Ministry of Education",\n    "科技部", "MOST",\n]\n')
    assert looks_like_code(listed)
    assert as_text(listed).split("\n")[1:3] == ["国务院 | State Council",
                                                 "外交部 | Ministry of Foreign Affairs"]


def test_a_name_written_in_chinese_in_the_code_is_text():
    content = ('public enum ENation\n{\n    /// <summary>\n    /// Han\n    /// </summary>\n'
               '    [Description("Han")]\n    汉族 = 1,\n}\n')
    assert as_text(content).split("\n")[6] == "汉族"
    assert "ENation" not in as_text(content)  # an ASCII name stays code


def test_prose_whose_list_items_end_on_semicolons_is_no_code():
    # a keyword page: its English list gives each duty on a line ending with ";" (read as
    # code, the page kept its first line only)
    page = ("党委统战部\n统一战线，是中国共产党领导的联盟。\n"
            "United Front Work Department Under the Party Committee\n"
            "It is responsible for:\n"
            + "".join(f"• {duty};\n" for duty in (
                "organizing and coordinating related work", "implementing related decisions",
                "supervising related implementation", "understanding the true social conditions",
                "explaining relevant policies to target audiences", "coordinating different sectors")))
    assert not looks_like_code(page)


def test_text_that_only_looks_like_code_keeps_its_chinese(tmp_path):
    from glossary.build.documents import read_document

    # statements' ends on every line, but the Chinese is prose outside any string
    lines = [f"第{n}条 国家保障公民的权利{'；' if n % 2 else '。'}" for n in range(1, 4)]
    lines += [f"let x{n} = {n};" for n in range(6)]
    (tmp_path / "notes.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = " ".join(p.text for p in read_document(tmp_path / "notes.txt").paragraphs)
    assert "国家保障公民的权利" in text
