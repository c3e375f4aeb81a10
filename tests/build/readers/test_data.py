import json

import pytest

from glossary.build.documents import read_document
from glossary.build.extract import records
from glossary.build.readers.data import text
from glossary.errors import InputError


def test_json_escapes_read_as_characters_one_field_to_a_line():
    data = json.dumps([{"zh": "公安部", "en": "Ministry of Public Security"}]).encode()
    assert "\\u" in data.decode()  # json.dumps writes ASCII by default
    assert text(data, "t.json").splitlines() == [
        "[", " {", '  "zh": "公安部",', '  "en": "Ministry of Public Security"', " }", "]"]


def test_yaml_nested_language_sections_build_their_pairs(tmp_path):
    path = tmp_path / "departments.yml"
    path.write_text("items:\n  - id: MOTC\n    zh-tw:\n      name: 交通部\n    en:\n"
                    "      name: Ministry of Transportation and Communications\n"
                    "  - zh: 共同富裕\n    en: common prosperity\n", encoding="utf-8")
    found = [[t.text for t in c.terms] for c in records.extract(read_document(path))]
    assert found == [["交通部", "Ministry of Transportation and Communications"],
                     ["共同富裕", "common prosperity"]]


@pytest.mark.parametrize("name, data, message", [
    ("t.json", b'{"zh": "x", ', "malformed JSON"),
    ("t.json", '{"zh": "公安部"}'.encode("gbk"), "not valid UTF-8"),
    ("t.yaml", "- zh: 公安部\n  en: [unclosed\n".encode(), "malformed YAML"),
    ("t.yaml", b"!!python/object:os.system {}\n", "malformed YAML"),
])
def test_a_bad_file_is_refused_in_one_line(name, data, message):
    with pytest.raises(InputError, match=message) as refused:
        text(data, name)
    assert "\n" not in str(refused.value)


def test_a_json_glossary_builds_its_pairs(tmp_path):
    path = tmp_path / "terms.json"
    path.write_text(json.dumps({"terms": [
        {"id": 1, "term_zh": "全过程人民民主", "term_en": "whole-process people's democracy",
         "term_fr": "démocratie populaire intégrale"},
        {"id": 2, "term_zh": "共同富裕", "term_en": "common prosperity"}]}), encoding="utf-8")
    found = [[(t.text, t.lang) for t in c.terms] for c in records.extract(read_document(path))]
    assert found == [
        [("全过程人民民主", "zh-Hans"), ("whole-process people's democracy", "en"),
         ("démocratie populaire intégrale", "fr")],
        [("共同富裕", "zh-Hans"), ("common prosperity", "en")]]


def test_language_sections_of_a_json_record_are_its_fields(tmp_path):
    path = tmp_path / "departments.json"
    path.write_text(json.dumps({"items": [
        {"id": "MOTC", "zh-tw": {"name": "交通部"}, "en": {"name": "Ministry of Transportation "
                                                                  "and Communications"}},
        {"id": "MOE", "zh-tw": {"name": "教育部"}, "en": {"name": "Ministry of Education"}}]}),
        encoding="utf-8")
    found = [[t.text for t in c.terms] for c in records.extract(read_document(path))]
    assert found == [["交通部", "Ministry of Transportation and Communications"],
                     ["教育部", "Ministry of Education"]]


def test_json_lines_saved_as_json_read_record_by_record(tmp_path):
    path = tmp_path / "terms.json"
    path.write_text('{"zh": "公安部", "en": "Ministry of Public Security"}\n\n'
                    '{"zh": "共同富裕", "en": "common prosperity"}\n', encoding="utf-8")
    found = [[t.text for t in c.terms] for c in records.extract(read_document(path))]
    assert found == [["公安部", "Ministry of Public Security"], ["共同富裕", "common prosperity"]]
    path.write_text('{"zh": "公安部"}\n{"zh": \n', encoding="utf-8")
    with pytest.raises(InputError, match="malformed JSON"):
        read_document(path)


def test_language_sections_among_other_languages_objects_stay_one_record(tmp_path):
    # a country dataset keyed by ISO 639-3 codes: the French, Spanish and Chinese names lie
    # between other languages' objects, and are still one record
    path = tmp_path / "arm.country.json"
    path.write_text(json.dumps({"translations": {
        "ces": {"official": "Arménská republika", "common": "Arménie"},
        "fra": {"official": "République d'Arménie", "common": "Arménie"},
        "hrv": {"official": "Republika Armenija", "common": "Armenija"},
        "spa": {"official": "República de Armenia", "common": "Armenia"},
        "zho": {"official": "亚美尼亚共和国", "common": "亚美尼亚"}}}, ensure_ascii=False),
        encoding="utf-8")
    found = sorted(tuple(t.text for t in c.terms) for c in records.extract(read_document(path)))
    assert found == [("亚美尼亚", "Arménie", "Armenia"),
                     ("亚美尼亚共和国", "République d'Arménie", "República de Armenia")]
