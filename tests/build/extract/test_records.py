from glossary.build.documents import Document
from glossary.build.extract import records
from glossary.build.readers.text import text_paragraphs


def pairs(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [tuple((t.text, t.lang) for t in c.terms) + (c.evidence.line,)
            for c in records.extract(document)]


def test_object_literals_in_code_one_to_a_line():
    assert pairs(
        "// 机构名称\n"
        "export const TERMS = [\n"
        "  { zh: '外交部', en: 'Ministry of Foreign Affairs', abbr: 'MFA', group: '国务院' },\n"
        "  { zh: '国防部', en: 'Ministry of National Defense', note: '简称\"国防部\"' },\n"
        "];\n") == [
        (("外交部", "zh-Hans"), ("Ministry of Foreign Affairs", "en"), 3),
        (("国防部", "zh-Hans"), ("Ministry of National Defense", "en"), 4)]


def test_fields_named_by_language_and_what_they_fill_pair_within_their_braces():
    got = pairs(
        "chart: {\n"
        '    enTitle: "Outward direct investment",\n'
        '    enText: "Investment made abroad by domestic investors. It is counted yearly.",\n'
        '    chTitle: "对外直接投资",\n'
        '    chText: "境内投资者在境外的投资。",\n'
        "},\n"
        "other: {\n"
        '    chTitle: "存量",\n'
        "}\n")
    # the titles pair; the texts are sentences, aligned for the terms inside them; 存量's
    # record has no English
    assert got == [(("对外直接投资", "zh-Hans"), ("Outward direct investment", "en"), 4),
                   (("境内投资者", "zh-Hans"), ("domestic investors", "en"), 5)]


def test_yaml_list_items_are_records():
    got = pairs("- zh: 全过程人民民主\n  en: whole-process people's democracy\n"
                "  es: democracia popular de proceso entero\n- zh: 共同富裕\n  en: common prosperity\n")
    assert got == [
        (("全过程人民民主", "zh-Hans"), ("whole-process people's democracy", "en"),
         ("democracia popular de proceso entero", "es"), 1),
        (("共同富裕", "zh-Hans"), ("common prosperity", "en"), 4)]


def test_fields_that_do_not_name_a_language_pair_nothing():
    assert pairs('{ title: "共同富裕", name: "common prosperity", chapter: "一" }\n') == []


def test_a_field_that_names_no_language_beside_its_english_is_the_chinese(tmp_path):
    from glossary.build.documents import read_document

    path = tmp_path / "taxonomy.yaml"
    path.write_text("topics:\n  macro:\n    label: 宏观经济\n    label_en: Macroeconomics\n"
                    "    description: \"宏观经济政策、数据与趋势分析\"\n"
                    "    key_sources:\n      - 国家统计局\n"
                    "sources:\n  - name: 国家发改委\n"
                    "    name_en: National Development and Reform Commission\n"
                    "    url: https://www.ndrc.gov.cn\n", encoding="utf-8")
    found = [[(t.text, t.lang) for t in c.terms] for c in records.extract(read_document(path))]
    assert found == [[("宏观经济", "zh-Hans"), ("Macroeconomics", "en")],
                     [("国家发改委", "zh-Hans"),
                      ("National Development and Reform Commission", "en")]]
    # with no field named by a language, nothing is paired
    assert pairs('{"label": "宏观经济", "title": "Macroeconomics"}\n') == []


def test_hong_kongs_tc_and_sc_fields_are_one_chinese_term_in_two_scripts():
    text = ('export const CODES = {\n  "JA": {\n    en: "Judiciary Administration",\n'
            '    tc: "司法機構政務處",\n    sc: "司法机构政务处"\n  },\n}\n')
    assert pairs(text) == [(("司法机构政务处", "zh-Hans"), ("Judiciary Administration", "en"), 5)]


def test_yaml_sections_named_by_language_give_their_fields_that_language():
    text = ("items:\n  - id: MOTC\n    zh-tw:\n      name: 交通部\n      fullname: 交通部\n"
            "    en:\n      name: MOTC\n      fullname: Ministry of Transportation and Communications\n"
            "  - id: MOHW\n    zh-tw:\n      fullname: 衛生福利部\n    en:\n"
            "      fullname: Ministry of Health and Welfare\n")
    assert [(c[0][0], c[1][0]) for c in pairs(text)] == [
        ("交通部", "MOTC"), ("交通部", "Ministry of Transportation and Communications"),
        ("衛生福利部", "Ministry of Health and Welfare")]


def test_a_fields_value_gives_its_renderings_as_a_row_does():
    # the acronym in brackets is not part of the name (the acronym extractor reads it)
    text = "- name: 财政部\n  name_en: Ministry of Finance (MOF)\n"
    assert pairs(text) == [(("财政部", "zh-Hans"), ("Ministry of Finance", "en"), 1)]


def test_sentences_in_fields_named_by_language_are_aligned_for_the_terms_inside():
    got = pairs(
        '"policy_intro": {\n'
        '  zh: "及时发布国家部委最新政策文件，为数字经济发展提供政策指引。",\n'
        '  en: "Timely release the latest policy documents and provide policy guidance.",\n'
        "  fr: \"Publier les derniers documents politiques et fournir des orientations politiques.\",\n"
        "},\n")
    assert (("政策文件", "zh-Hans"), ("policy documents", "en"),
            ("documents politiques", "fr"), 2) in got
    assert (("政策指引", "zh-Hans"), ("policy guidance", "en"),
            ("orientations politiques", "fr"), 2) in got
    assert all(len(zh) >= 2 and not zh.endswith("。") for (zh, _), *_ in got)


def test_chinese_alternatives_a_slash_apart_pair_one_for_one_or_the_first_takes_all():
    got = pairs("- name:\n    zh: 國慶日 / 雙十節\n    en: National Day / Double Tenth Day\n"
                "- name:\n    zh: 中華民國開國紀念日 / 元旦\n    en: Founding of the Republic of China\n"
                "- name:\n    en: Qingming Festival\n    zh: 清明节 清明節\n")
    assert [(zh, en) for (zh, _), (en, _), _ in got] == [
        ("國慶日", "National Day"), ("雙十節", "Double Tenth Day"),
        ("中華民國開國紀念日", "Founding of the Republic of China"),
        ("清明节", "Qingming Festival")]  # one term in both scripts, once


def test_zh_s_and_zh_t_fields_are_chinese_and_slashes_pair_alternatives_in_every_language():
    got = pairs('"county": {\n  "en": "General Assistance / County Relief",\n'
                '  "es": "Ayuda General/Ayuda del Condado",\n  "zh-s": "普通救助/ 县救济",\n'
                '  "zh-t": "普通救助/ 縣救濟"\n},\n')
    assert [(zh, en, es) for (zh, _), (en, _), (es, _), _ in got] == [
        ("普通救助", "General Assistance", "Ayuda General"),
        ("县救济", "County Relief", "Ayuda del Condado")]


def test_a_notes_inline_fields_are_fields(tmp_path):
    # Obsidian's Dataview writes "[key :: value]" and "key:: value"; " :: " is no code's path
    from glossary.build.documents import read_document

    path = tmp_path / "hong-kong.md"
    path.write_text("[\tname\t :: Hong Kong ] \n[\tname-en\t :: China, Hong Kong Special "
                    "Administrative Region ] \n[\tname-fr\t :: Chine, région administrative "
                    "spéciale de Hong Kong ] \n[\tname-cn\t :: 中国香港特别行政区 ] \n"
                    "[\tGeoname-ID\t :: 1819730 ] \n[\tTelephone\t :: 852 ] \n"
                    "capital:: Hong Kong\n", encoding="utf-8")
    found = [tuple((t.text, t.lang) for t in c.terms)
             for c in records.extract(read_document(path))]
    assert found == [(("中国香港特别行政区", "zh-Hans"),
                      ("China, Hong Kong Special Administrative Region", "en"),
                      ("Chine, région administrative spéciale de Hong Kong", "fr"))]


def test_regional_variants_that_repeat_one_name_are_one_rendering():
    # (Wikidata's labels: en, en-gb and en-us give the same name; zh and zh-hant one term)
    text = ("name_:\n    de: Sicherheitsrat der Vereinten Nationen\n"
            "    en: United Nations Security Council\n    en-gb: United Nations Security Council\n"
            "    en-us: United Nations Security Council\n"
            "    fr: Conseil de sécurité des Nations unies\n    zh: 联合国安全理事会\n"
            "    zh-hant: 聯合國安全理事會\n")
    assert [(c[0][0], c[1:]) for c in pairs(text)] == [
        ("联合国安全理事会", (("United Nations Security Council", "en"),
                        ("Conseil de sécurité des Nations unies", "fr"), 7))]


def test_an_acronym_is_part_of_a_chinese_term_a_label_before_it_is_not():
    assert [(c[0][0], c[1][0]) for c in pairs('- name: "CPI同比变化"\n  name_en: "CPI YoY Change"\n')] \
        == [("CPI同比变化", "CPI YoY Change")]
    assert pairs('- name: "SSP:州补助金"\n  name_en: "SSP: State Supplemental Payment"\n') == []


def test_a_language_named_in_a_camel_case_part_of_the_field_is_found():
    # TypeScript data: titleEn / titleZh, with fields of no language between
    assert pairs('  {\n    id: "expat-startup",\n    titleEn: "Startup Subsidy for Foreign '
                 'Entrepreneurs",\n    titleZh: "外籍创业补贴",\n    category: "tax",\n  },\n') == [
        (("外籍创业补贴", "zh-Hans"), ("Startup Subsidy for Foreign Entrepreneurs", "en"), 4)]


def test_a_dictionary_record_pairs_its_headword_with_its_glosses():
    # CC-CEDICT converted to JSON: glosses keyed by reading, read as CC-CEDICT's (a pointer,
    # "abbr. for …", gives none); the list that closes before them does not end the record
    got = pairs('{\n    "simplified": "国务院",\n    "traditional": "國務院",\n'
                '    "pinyin": [\n        "Guo2 wu4 yuan4"\n    ],\n'
                '    "definitions": {\n'
                '        "Guo2 wu4 yuan4": "State Council (PRC); abbr. for 中华人民共和国国务院; "\n'
                '    }\n}\n')
    assert [terms[:-1] for terms in got] == [(("国务院", "zh-Hans"), ("State Council", "en"))]
    got = pairs('  {\n    "english": "paperwork; credentials",\n    "pinyin": "zhèngjiàn",\n'
                '    "simplified": "证件",\n    "traditional": "證件"\n  },\n')
    assert [terms[:-1] for terms in got] == [
        (("证件", "zh-Hans"), ("paperwork", "en"), ("credentials", "en"))]


def test_a_record_without_a_headword_field_pairs_nothing_by_its_glosses():
    assert pairs('{"definitions": "State Council", "pinyin": "Guo2 wu4 yuan4"}\n') == []
