import pytest

from glossary.build.documents import read_document
from glossary.build.readers.memories import paragraphs
from glossary.errors import GlossaryError

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence"
 adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>人民法院</seg></tuv><tuv xml:lang="en"><seg>people's courts</seg></tuv>
 <tuv xml:lang="fr"><seg>tribunaux populaires</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>第三章  国家机构</seg></tuv>
 <tuv xml:lang="en"><seg>Chapter III  The <bpt i="1">&lt;b&gt;</bpt>Structure<ept i="1">&lt;/b&gt;</ept> of the State</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Contents</seg></tuv><tuv xml:lang="fr"><seg>Table</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>目录</seg></tuv><tuv xml:lang="en"><seg> </seg></tuv></tu>
</body></tmx>
"""

XLIFF = """<?xml version="1.0"?><xliff version="1.2"><file source-language="zh-CN"
 target-language="es" datatype="plaintext" original="a"><body>
<trans-unit id="1"><source>全面从严治党</source><target>gobernar el Partido de manera integral y rigurosa</target></trans-unit>
<trans-unit id="2"><source>乡村振兴</source></trans-unit>
</body></file></xliff>"""


def _read(text, name):
    return [(p.text, p.lang, p.line) for p in paragraphs(text, name)]


def test_each_unit_is_its_chinese_then_each_translation_in_the_language_the_file_names():
    # Inline codes are dropped, spacing is folded; a unit without Chinese or without a
    # translation is left out; lines are the units' lines in the file.
    assert _read(TMX, "m.tmx") == [
        ("人民法院", "zh", 5), ("people's courts", "en", 5),
        ("人民法院", "zh", 5), ("tribunaux populaires", "fr", 5),
        ("第三章 国家机构", "zh", 7), ("Chapter III The Structure of the State", "en", 7)]


def test_a_declared_encoding_other_than_utf8_is_not_decoded_twice():
    # The text has been read as UTF-8 already (a memory converted by iconv keeps its
    # old declaration).
    converted = TMX.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert _read(converted, "m.tmx") == _read(TMX, "m.tmx")


def test_xliff_units_too():
    assert _read(XLIFF, "job.xlf") == [
        ("全面从严治党", "zh", 3), ("gobernar el Partido de manera integral y rigurosa", "es", 3)]


def test_a_memory_builds_the_pairs_of_its_units(tmp_path):
    from glossary.build import build

    (tmp_path / "m.tmx").write_text(TMX, encoding="utf-8")
    build([tmp_path / "m.tmx"], tmp_path / "out")
    csv_text = (tmp_path / "out" / "glossary.csv").read_text(encoding="utf-8")
    assert "人民法院" in csv_text and "people's courts" in csv_text
    header = csv_text.splitlines()[0].split(",")
    row = next(line for line in csv_text.splitlines() if "人民法院" in line).split(",")
    assert row[header.index("fr")] == "tribunaux populaires"
    assert row[header.index("en")] == "people's courts"


def test_a_document_of_a_memory_keeps_its_units_apart(tmp_path):
    (tmp_path / "m.tmx").write_text(TMX, encoding="utf-8")
    assert [p.text for p in read_document(tmp_path / "m.tmx").paragraphs] == [
        "人民法院", "people's courts", "人民法院", "tribunaux populaires", "第三章 国家机构",
        "Chapter III The Structure of the State"]


PO = """# Hong Kong holidays en_US localization.
msgid ""
msgstr ""
"Language: en_US\\n"
"X-Source-Language: zh_HK\\n"

#. %s (observed).
#, c-format
msgid "%s（補假）"
msgstr "%s (observed)"

#. The Day following Mid-Autumn Festival.
msgid "中秋節翌日"
msgstr "The Day following Mid-Autumn Festival"

#. Mid-Autumn Festival.
msgid "中秋節"
msgstr "Mid-Autumn Festival"

#. Tomb-Sweeping Day.
msgid "清明節"
msgstr "Tomb-Sweeping Day"
"""


@pytest.mark.parametrize("name", ["holidays.po", "holidays-po.txt"])
def test_a_gettext_catalogue_is_read_message_by_message_even_saved_as_text(tmp_path, name):
    # (the comment above each message gives its English again: read as lines, the Chinese
    # paired with the next message's comment; a message with a placeholder is a fragment)
    (tmp_path / name).write_text(PO, encoding="utf-8")
    found = [(p.text, p.lang, p.line_at(0)) for p in read_document(tmp_path / name).paragraphs]
    assert found == [
        ("中秋節翌日", "zh", 12), ("The Day following Mid-Autumn Festival", "en", 12),
        ("中秋節", "zh", 16), ("Mid-Autumn Festival", "en", 16),
        ("清明節", "zh", 20), ("Tomb-Sweeping Day", "en", 20)]  # each entry's first line


PO_ZH_ZH = """msgid ""
msgstr ""
"Language: zh_CN\\n"
"X-Source-Language: zh_TW\\n"

#. Children's Day.
msgid "兒童節"
msgstr "儿童节"

#. Founding Day of the Republic of China.
msgid "中華民國開國紀念日"
msgstr "中华民国开国纪念日"

#. Translators: keep this short.
msgid "春節"
msgstr "春节"
"""


def test_a_catalogue_between_two_chinese_scripts_pairs_the_english_name_in_its_note(tmp_path):
    (tmp_path / "tw.po").write_text(PO_ZH_ZH, encoding="utf-8")
    found = [(p.text, p.lang) for p in read_document(tmp_path / "tw.po").paragraphs]
    assert found == [("兒童節", "zh"), ("Children's Day", "en"),
                     ("中華民國開國紀念日", "zh"), ("Founding Day of the Republic of China", "en")]
    # (a note that is an instruction, not a name, gives the message nothing)


@pytest.mark.parametrize("name, data, message", [
    ("m.tmx", TMX[:200], "m.tmx: line"),
    ("m.po", 'msgid "中秋節"\nmsgstr "Mid-Autumn"\n中秋節 Mid-Autumn\n', "m.po: not a readable PO"),
    # (polib would read the first string as 兒童, taking its last character for the quote)
    ("m.po", 'msgid "兒童節\nmsgstr "Children\'s Day"\n', "m.po: line 1: a string without its closing"),
    ("job.xlf", "<html><body/></html>", "not XLIFF"),
])
def test_a_bad_file_is_refused_in_one_line(name, data, message):
    with pytest.raises(GlossaryError, match=message) as refused:
        paragraphs(data, name)
    assert "\n" not in str(refused.value)


def test_a_text_quoting_po_entries_it_cannot_be_read_as_stays_text(tmp_path):
    broken = PO + "this line is no PO syntax\n"
    (tmp_path / "notes.txt").write_text(broken, encoding="utf-8")
    assert read_document(tmp_path / "notes.txt").paragraphs  # read as text, not refused


LINGUIST = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>Countries</name>
<message><source>Central African Republic</source><translation>中非共和国</translation></message>
<message><source>Chad</source><translation>乍得</translation></message>
<message><source>Congo (Republic/Brazzaville)</source><translation>刚果（共和国/布拉柴维尔）</transla"""


def test_a_qt_linguist_file_is_read_message_by_message_and_typescript_stays_code(tmp_path):
    (tmp_path / "countries_zh.ts").write_text(LINGUIST + "tion></message></context></TS>\n",
                                              encoding="utf-8")
    found = [(p.text, p.lang) for p in read_document(tmp_path / "countries_zh.ts").paragraphs]
    assert found[:4] == [("中非共和国", "zh"), ("Central African Republic", "en"),
                         ("乍得", "zh"), ("Chad", "en")]
    (tmp_path / "labels.ts").write_text('export const COURT = ["人民法院", "People\'s Court"];\n',
                                        encoding="utf-8")
    assert [p.text for p in read_document(tmp_path / "labels.ts").paragraphs] == [
        "人民法院 | People's Court"]


def test_a_linguist_file_copied_as_text_and_cut_short_keeps_the_messages_before_the_cut(tmp_path):
    (tmp_path / "slice.txt").write_text(LINGUIST, encoding="utf-8")
    found = [(p.text, p.lang) for p in read_document(tmp_path / "slice.txt").paragraphs]
    assert found == [("中非共和国", "zh"), ("Central African Republic", "en"),
                     ("乍得", "zh"), ("Chad", "en")]
    (tmp_path / "cut.ts").write_text(LINGUIST, encoding="utf-8")
    with pytest.raises(GlossaryError, match="cut.ts: line"):  # a .ts file itself is malformed
        read_document(tmp_path / "cut.ts")
