import pytest

from glossary import bitext
from glossary.errors import FormatError


def segments(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(s.id, s.source, s.target, s.source_lang, s.target_lang, s.line)
            for s in bitext.read(path)]


def test_xliff_2_with_codes_and_pc(tmp_path):
    assert segments(tmp_path, "a.xlf", """<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="fr">
<file id="f"><unit id="u1"><segment id="s1">
<source>推进<pc id="1">社会治理</pc><ph id="2"/>现代化</source>
<target>moderniser la <pc id="1">gouvernance sociale</pc><ph id="2"/></target>
</segment></unit></file></xliff>""") == [
        ("u1/s1", "推进社会治理现代化", "moderniser la gouvernance sociale", "zh-Hans", "fr", 3)]


def test_sdlxliff_segments_are_the_mrk_elements(tmp_path):
    assert segments(tmp_path, "a.sdlxliff", """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"
 xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
<file original="a" source-language="zh-CN" target-language="en-US" datatype="x-sdlfilterframework2">
<body><trans-unit id="t1">
<source>社会治理。枫桥经验。</source>
<seg-source><mrk mtype="seg" mid="1">社会治理。</mrk><mrk mtype="seg" mid="2">枫桥<ph id="9">{1}</ph>经验。</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Social governance.</mrk><mrk mtype="seg" mid="2">Fengqiao Model.</mrk></target>
</trans-unit></body></file></xliff>""") == [
        ("t1/1", "社会治理。", "Social governance.", "zh-Hans", "en-US", 7),
        ("t1/2", "枫桥经验。", "Fengqiao Model.", "zh-Hans", "en-US", 7)]


def test_po_takes_the_language_from_its_header(tmp_path):
    rows = segments(tmp_path, "a.po", '''msgid ""
msgstr ""
"Language: zh_CN\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "menu"
msgid "Social governance"
msgstr "社会治理"

#~ msgid "Old"
#~ msgstr "旧"
''')
    assert rows == [("menu|Social governance", "Social governance", "社会治理", "", "zh-Hans", 6)]


@pytest.mark.parametrize("name, text, message", [
    ("a.xlf", "<xliff><file>", "line 1"),
    ("a.xlf", "<html/>", "not XLIFF"),
    ("a.tmx", "<tmx><body><tu>", "line 1"),
    ("a.csv", "only one column\n", "needs a source and a target"),
    ("a.tsv", "\udcff", None),
])
def test_malformed_files_are_one_line_errors(tmp_path, name, text, message):
    path = tmp_path / name
    if message is None:
        path.write_bytes(b"\xff\xfe\x00zz\tyy\n")
        message = "not UTF-8"
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        list(bitext.read(path))


LINGUIST = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>Countries</name>
<message><extracomment>africa/chad</extracomment><source>Chad</source><translation>乍得</translation></message>
<message><source>Old name</source><translation type="obsolete">旧名</translation></message>
<message numerus="yes"><source>%n states</source><translation><numerusform>%n个国家</numerusform></translation></message>
<message><source>Cape Verde</source><translation type="unfinished">佛得角</translation></message>
</context></TS>
"""


def test_linguist_reads_each_message_in_the_languages_its_root_names(tmp_path):
    # sourcelanguage unnamed is Qt's default, English; obsolete translations are history;
    # an unfinished one is still the translator's
    assert segments(tmp_path, "countries_zh.ts", LINGUIST) == [
        ("Countries|Chad", "Chad", "乍得", "en", "zh-Hans", 5),
        ("Countries|%n states", "%n states", "%n个国家", "en", "zh-Hans", 7),
        ("Countries|Cape Verde", "Cape Verde", "佛得角", "en", "zh-Hans", 8)]


def test_a_typescript_file_is_not_a_linguist_file():
    from glossary.bitext.linguist import is_linguist

    assert is_linguist(LINGUIST[:200])
    assert not is_linguist('const TS = "<TS>";\nexport default TS;\n')
    assert not is_linguist('<?xml version="1.0"?><xliff version="1.2"/>')
