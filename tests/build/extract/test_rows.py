
import re

import pytest

from glossary.build.documents import Document, read_document
from glossary.build.extract import rows
from glossary.build.readers.text import text_paragraphs


def found(text, suffix=".txt", tmp_path=None):
    if suffix == ".txt":
        document = Document("doc.txt", tuple(text_paragraphs(text)))
    else:
        path = tmp_path / f"doc{suffix}"
        path.write_text(text, encoding="utf-8")
        document = read_document(path)
    return [tuple((t.text, t.lang) for t in c.terms) + (c.evidence.line,)
            for c in rows.extract(document)]


def pairs(text):
    """(Chinese, rendering) of each row found in a text file's lines."""
    return [(row[0][0], row[1][0]) for row in found(text)]


def test_headword_lines_keep_their_own_line_numbers():
    assert found("Glossary\n\n社会治理 — social governance\n基层治理：grassroots governance\n"
                 "统战工作\tunited front work\n") == [
        (("社会治理", "zh-Hans"), ("social governance", "en"), 3),
        (("基层治理", "zh-Hans"), ("grassroots governance", "en"), 4),
        (("统战工作", "zh-Hans"), ("united front work", "en"), 5)]


@pytest.mark.parametrize("line", [
    "全面深化改革|comprehensively deepening reform",
    "- 全面深化改革 comprehensively deepening reform",
    "3. 全面深化改革 = comprehensively deepening reform",
    "* **全面深化改革**: comprehensively deepening reform",
    "comprehensively deepening reform 全面深化改革",
    "comprehensively deepening reform\t全面深化改革",
])
def test_lexicon_separators_bullets_and_either_order(line):
    (row,) = found(line)
    assert row[:2] == (("全面深化改革", "zh-Hans"), ("comprehensively deepening reform", "en"))


def test_markdown_table_header_names_the_column_languages():
    text = ("| 中文 | English | Français | Español |\n|---|---|---|---|\n"
            "| 中国梦 | Chinese Dream | rêve chinois | sueño chino |\n")
    assert found(text) == [(("中国梦", "zh-Hans"), ("Chinese Dream", "en"), 3),
                           (("中国梦", "zh-Hans"), ("rêve chinois", "fr"), 3),
                           (("中国梦", "zh-Hans"), ("sueño chino", "es"), 3)]


def test_language_of_a_rendering_is_found_from_the_span():
    (row,) = found("- 中国梦 – el sueño chino")
    assert row[1] == ("el sueño chino", "es")


def test_pinyin_cells_are_readings_not_renderings():
    assert found("共同富裕 | Gòngtóng fùyù | common prosperity") == [
        (("共同富裕", "zh-Hans"), ("common prosperity", "en"), 1)]
    assert found("Gòngtóng fùyù\t共同富裕") == []


def test_sentence_rows_and_bracket_glosses_are_left_to_other_extractors():
    assert found("我们要坚持全面深化改革，推动高质量发展。|We must deepen reform.") == []
    assert found("5. Clarify the specific obligations of party members(明确党员、干部的具体责任)") == []


def test_html_table_rows_and_definition_lists(tmp_path):
    page = ("<html><body><table><tr><th>中文</th><th>English</th></tr>\n"
            "<tr><td>新质生产力</td><td>new quality productive forces</td></tr></table>\n"
            "<dl><dt>共同富裕</dt><dd>common prosperity</dd></dl></body></html>")
    assert [(r[0][0], r[1]) for r in found(page, ".html", tmp_path)] == [
        ("新质生产力", ("new quality productive forces", "en")),
        ("共同富裕", ("common prosperity", "en"))]


def test_acronyms_inside_chinese_terms_and_codes_as_renderings():
    assert found("APEC蓝|APEC blue\n20国集团|G20\n") == [
        (("APEC蓝", "zh-Hans"), ("APEC blue", "en"), 1),
        (("20国集团", "zh-Hans"), ("G20", "en"), 2)]


def test_alternatives_are_split_and_notes_dropped():
    assert [r[1][0] for r in found("| 社会意志 | the societal will 或the will of society | 强调 |")] == [
        "the societal will", "the will of society"]
    assert [r[1][0] for r in found("行政院长 premier / prime minister\n")] == [
        "premier", "prime minister"]
    assert [r[1][0] for r in found("貪腐 corruption (n.) corrupted (adj.)\n")] == ["corruption"]
    assert [r[1][0] for r in found("派系 faction (前面可以加party faction 或 local faction)\n")] == [
        "faction"]


def test_dictionary_lines_are_left_to_the_cedict_reader():
    assert found("中共中央 [zhong1 gong4 zhong1 yang1] /Chinese Communist Party Central Committee/") == []


def test_a_reading_a_term_and_its_rendering_on_one_line():
    got = found("quánguó rénmín dàibiǎo dàhuì: 全国人民代表大会 - National People's Congress (NPC)")
    assert [(r[0][0], r[1][0]) for r in got] == [("全国人民代表大会", "National People's Congress")]


def test_a_table_that_opens_with_a_count_pairs_its_name_column():
    got = found("6000万 | 中国日报 % | ChinaDaily | - | 双语\n3000万 | 子刊： 环球时报 | GlobalTimes | - | -")
    assert [(r[0][0], r[1][0]) for r in got] == [("中国日报", "ChinaDaily"), ("环球时报", "GlobalTimes")]


def test_an_encyclopedia_lead_is_not_a_row():
    assert found("La Iniciativa de la Franja y la Ruta (IFR) (inglés: Belt and Road Initiative, "
                 "BRI; chino: 一带一路) o abreviadamente La Franja y la Ruta (OBOR), es una estrategia") == []


def test_a_term_with_its_reading_in_brackets_and_a_full_stop(tmp_path):
    # read as a file: the reader strips the reading, leaving "官员考核体系."
    got = found("Cadre evaluation system: 官员考核体系 (guan yuan kao he tixi).", ".md", tmp_path)
    assert [(r[0][0], r[1][0]) for r in got] == [("官员考核体系", "Cadre evaluation system")]
    assert found("Thanks to our readers - 谢谢.") == []
    # (the script split leaves the full stop at the English cell's start: still a sentence)
    assert found("德国人民支持反民主党派呼声日渐高涨。The Germans increasingly supported "
                 "anti-democratic parties.") == []


def test_a_count_is_not_a_term():
    got = found("3千万 | 国际奥委会 | IOC | fr | es")
    assert [(r[0][0], r[1][0]) for r in got] == [("国际奥委会", "IOC")]


def test_a_columns_tag_before_the_term_is_not_part_of_it():
    got = found("【热词】巡视利剑 sword of inspection\n两会热词：新质生产力 new quality productive forces")
    assert [(r[0][0], r[1][0]) for r in got] == [
        ("巡视利剑", "sword of inspection"), ("新质生产力", "new quality productive forces")]


@pytest.mark.parametrize("text, line, bracketed", [
    ("中国梦", "the Chinese Dream (中国梦)", True),
    ("中国梦", "the Chinese Dream（ 中国梦 ）and more", True),
    ("中国梦", "中国梦 | Chinese Dream", False),
    ("中国梦", "(中国梦 is) the dream", False),
    ("梦", "(中国梦) 梦", False),
    ("梦", "(中国梦) (梦)", True),
])
def test_a_chinese_cell_in_brackets_is_found_as_the_pattern_found_it(text, line, bracketed):
    pattern = r"[(（]\s*" + re.escape(text) + r"\s*[)）]"
    assert bool(re.search(pattern, line)) is bracketed
    assert rows._bracketed(text, line) is bracketed


@pytest.mark.parametrize("line", ["1. 河长制 (hézhǎngzhì) – river chief system",
                                  "河长制（hézhǎngzhì）：river chief system"])
def test_a_reading_in_brackets_before_the_separator_leaves_the_row_a_row(line):
    assert [row[:2] for row in found(line)] == [
        (("河长制", "zh-Hans"), ("river chief system", "en"))]


@pytest.mark.parametrize("line", ["- **内卷** (*nèijuǎn*): involution", "【内卷】 involution"])
def test_markdown_emphasis_and_lenticular_brackets_around_the_term(line):
    assert [row[:2] for row in found(line)] == [(("内卷", "zh-Hans"), ("involution", "en"))]


@pytest.mark.parametrize("line", ["Zọ̌nglǐ 总理 Prime Minister",  # a dot below from the page's font
                                  "Prime Minister – 总理 – zong3li3"])
def test_a_reading_on_either_side_of_the_term_is_a_third_cell(line):
    assert [row[:2] for row in found(line)] == [(("总理", "zh-Hans"), ("Prime Minister", "en"))]


def test_prose_around_a_chinese_name_is_not_a_row():
    assert found("We met 习近平 in Beijing yesterday") == []
    assert found("La Iniciativa (inglés: Belt and Road Initiative, BRI; chino: 一带一路) o "
                 "abreviadamente La Franja y la Ruta (OBOR, sigla del inglés One Belt, One Road)") == []


def test_the_reading_in_front_of_the_rendering_is_cut_from_its_cell():
    text = ("Le vocabulaire politique de la Chine, avec la prononciation de chaque terme.\n\n"
            "政府 zhèngfǔ gouvernement\n總理 zǒnglǐ Premier ministre\n憲法 xiànfǎ constitution\n")
    assert [row[:2] for row in found(text)] == [
        (("政府", "zh-Hans"), ("gouvernement", "fr")),
        (("總理", "zh-Hans"), ("Premier ministre", "fr")),
        (("憲法", "zh-Hans"), ("constitution", "fr"))]  # spelled alike in English: the list's language


def test_a_french_learners_list_gives_each_sense_between_commas():
    text = ("Le vocabulaire politique de la Chine, avec la prononciation de chaque terme.\n\n"
            "上台  shàngtái  entrer en scène, accéder au pouvoir\n"
            "Premier ministre : 总理 ; zǒnglǐ (HSK 5)\n")
    assert [row[1] for row in found(text)] == [
        ("entrer en scène", "fr"), ("accéder au pouvoir", "fr"), ("Premier ministre", "fr")]
    assert [row[1][0] for row in found("一国两制 - one country, two systems\n")] == [
        "one country, two systems"]


def test_a_dictionarys_simplified_and_traditional_headwords_are_one_term():
    assert [c.kind for c in map(rows.classify, rows.cells("财政部 財政部 cai2 zheng4 bu4"))] == [
        "zh", "pinyin"]


def test_a_capitalised_first_sense_and_a_semicolon_after_the_chinese():
    text = ("Le vocabulaire politique de la Chine, avec la prononciation de chaque terme.\n\n"
            "- Exercer, être en poste : 担任 ; dānrèn (HSK 5)\n- Xi Jinping : 习近平; Xí Jìnpíng\n")
    assert pairs(text) == [
        ("担任", "Exercer"), ("担任", "être en poste"), ("习近平", "Xi Jinping")]


def test_an_en_dash_bullet_and_a_reading_in_brackets():
    text = ("Le vocabulaire politique de la Chine, avec la prononciation de chaque terme.\n\n"
            "– 中央委员会 (zhōng yāng wěi yuán huì) – Comité central\n")
    assert [row[:2] for row in found(text)] == [(("中央委员会", "zh-Hans"), ("Comité central", "fr"))]


def test_a_romanization_beside_a_translation_is_the_reading():
    assert [row[1][0] for row in found("共产党 Gongchandang = Communist Party\n")] == ["Communist Party"]


def test_a_set_phrase_ending_in_a_copulas_character_keeps_it():
    from glossary.build.extract.rows import bare_chinese

    assert bare_chinese("实事求是") == "实事求是"  # a CC-CEDICT phrase, not "实事求" + 是
    assert bare_chinese("全国人大是") == "全国人大"  # the sentence it was cut from said "is"


def test_a_list_whose_bullets_became_question_marks_and_whose_rows_ran_on():
    text = ("各級機關干部名稱英譯名 ? 中共中央總書記 General Secretary ? 政治局委員 Member, Political "
            "Bureau ? 書記處書記 Member, Secretariat 中央委員 Member, Central Committee ? 國務委員 "
            "State Councilor\n")
    got = pairs(text)
    assert ("中共中央總書記", "General Secretary") in got and ("國務委員", "State Councilor") in got
    assert ("書記處書記", "Member, Secretariat") in got and ("中央委員", "Member, Central Committee") in got
    assert not any(zh == "書記處書記" and "Central" in rendering for zh, rendering in got)


def test_a_chinese_cell_listing_alternatives_gives_each_its_row():
    got = pairs(
        "- `foreign ministry` 外交部；外务省\n- `ministry of railways` 铁道部，铁路部\n"
        "blast off  专指火箭点火起飞，这里用作主动\nimpartial   公正的；不偏不倚的\n")
    assert ("外交部", "foreign ministry") in got and ("外务省", "foreign ministry") in got
    assert ("铁道部", "ministry of railways") in got and ("铁路部", "ministry of railways") in got
    assert not any(rendering in ("blast off", "impartial") for _, rendering in got)


def test_a_one_character_name_and_a_rows_note_that_is_a_row():
    got = pairs(
        "省:Province (省长:Governor)\n市:Municipality (市长:Mayor)\n人: Person, people\n")
    assert got == [("省", "Province"), ("省长", "Governor"), ("市", "Municipality"),
                   ("市长", "Mayor")]


def test_rows_run_on_with_no_space_after_the_chinese_and_a_list_number_first():
    got = pairs(
        "1、中央宣传部Propaganda Department of the CPC Central Committee 中央党校Party School of "
        "the CPC Central Committee 中央政策研究室Policy Research Centre\n")
    assert got == [("中央宣传部", "Propaganda Department of the CPC Central Committee"),
                   ("中央党校", "Party School of the CPC Central Committee"),
                   ("中央政策研究室", "Policy Research Centre")]


def test_rows_run_on_in_lower_case_when_the_dictionary_reads_the_chinese_first():
    got = pairs("行政诉讼 administrative litigation 国家赔偿 state compensation 行政行为 "
                "administrative act 民事责任 civil liability\n")
    assert got == [("行政诉讼", "administrative litigation"), ("国家赔偿", "state compensation"),
                   ("行政行为", "administrative act"), ("民事责任", "civil liability")]


def test_lower_case_prose_with_chinese_words_set_in_is_not_a_run_on_list():
    # the English before each Chinese word translates it: English first, not rows'
    assert pairs("the state compensation 国家赔偿 and then civil liability 民事责任 "
                 "were discussed\n") == []


def test_a_run_on_line_that_opens_with_the_end_of_a_row_broken_off_above():
    got = pairs("3、ral Committee 中央党校Party School of the CPC Central Committee "
                "中央政策研究室Policy Research Centre of the CPC Central Committee\n")
    assert got == [("中央党校", "Party School of the CPC Central Committee"),
                   ("中央政策研究室", "Policy Research Centre of the CPC Central Committee")]


def test_a_trailing_copula_is_cut_but_not_the_last_character_of_a_word():
    assert rows.bare_chinese("民事法律行为") == "民事法律行为"  # 行为, "act"
    assert rows.bare_chinese("社会治理即为") == "社会治理"
    # in Traditional script as well, the term kept in its own script
    assert rows.bare_chinese("社會治理即為") == "社會治理"
    assert rows.bare_chinese("民事法律行為") == "民事法律行為"


def test_pairs_set_side_by_side_in_one_row_are_each_their_own_row():
    got = pairs(
        "正处级 Division-Head level | 县委书记 Party Secretary of Counties |\n"
        "中国梦 | Chinese Dream | 2013年\n")
    assert got == [("正处级", "Division-Head level"),
                   ("县委书记", "Party Secretary of Counties"),
                   ("中国梦", "Chinese Dream")]


def test_a_rendering_a_line_break_cut_after_its_article_goes_on_on_the_next_line():
    got = pairs(
        "2. 伟大斗争a\ngreat struggle\n3. “一国两制”the\nOne Country, Two Systems policy\n"
        "4. 伟大梦想\ngreat dream\n")
    assert got == [("伟大斗争", "a great struggle"),
                   ("一国两制", "the One Country, Two Systems policy")]


def test_a_list_run_into_one_line_with_symbols_for_bullets():
    got = pairs(
        "军队名称⚑ 陆军army⚑ 海军navy⚑ 中国人民解放军People’s Liberation Army ▷ 简称PLA。"
        "⚑ 中国人民解放军空军 PLA Air Force\n")
    assert ("海军", "navy") in got and ("中国人民解放军空军", "PLA Air Force") in got
    assert not any(zh == "简称" for zh, _ in got)  # "abbreviated": a label, not a term


def test_a_dash_between_two_latin_letters_joins_a_word_and_does_not_cut_a_cell():
    assert pairs("委员长 CHAIRMAN 副委员长 VICE—CHAIRMAN 秘书长 SECRETARY—GENERAL\n") == [
        ("委员长", "CHAIRMAN"), ("副委员长", "VICE—CHAIRMAN"), ("秘书长", "SECRETARY—GENERAL")]
    assert pairs("社会工作部—Department of Social Work\n") == [
        ("社会工作部", "Department of Social Work")]


def test_a_name_and_its_acronym_after_a_slash_are_two_renderings():
    assert pairs("- 世界贸易组织 World Trade Organization/WTO\n- 量化宽松 quantitative easing/QE\n"
                 "- 监察 inspector/monitor\n") == [
        ("世界贸易组织", "World Trade Organization"), ("世界贸易组织", "WTO"),
        ("量化宽松", "quantitative easing"), ("量化宽松", "QE"), ("监察", "inspector/monitor")]


def test_alternatives_with_slashes_on_both_sides_pair_in_order():
    assert pairs("- repo/reverse repo 正回购/逆回购\n- raising/lowering interest rate 加息/减息\n"
                 "- public investment 中央投资/公共投资\n"
                 "- import/export quota 进口配额/出口配额/进出口配额\n") == [
        ("正回购", "repo"), ("逆回购", "reverse repo"),
        ("加息", "raising interest rate"), ("减息", "lowering interest rate"),
        ("中央投资", "public investment"), ("公共投资", "public investment")]


def test_markdown_links_in_table_cells_are_their_text():
    assert pairs("| [货币](货币.md) | currency |\n| [法定货币](法定货币.md) | fiat currency; legal tender |\n") == [
        ("货币", "currency"), ("法定货币", "fiat currency"), ("法定货币", "legal tender")]


def test_an_acronym_and_its_expansion_in_brackets_are_both_renderings():
    assert rows.renderings_of("NFT (non-fungible token)") == ["NFT", "non-fungible token"]
    assert rows.renderings_of("Nixon (Richard Milhaus)") == ["Nixon"]


def test_a_reading_run_into_its_gloss_is_cut_at_its_last_toned_syllable():
    assert rows._after_reading("政治学", "zhèngzhì xuépolitics") == "politics"
    assert rows._after_reading("毛泽东思想", "máozédōng sīxiǎngMao Zedong Thought") == \
        "Mao Zedong Thought"
    assert rows._after_reading("政治", "zhengzhipolitics") == "zhengzhipolitics"  # no tone: unsure


def test_a_numbered_item_whose_rendering_breaks_after_its_first_word_goes_on_on_the_next_line():
    assert pairs("6. 第一个百年奋斗目标First\nCentenary Goal\n7. 伟大建党精神great\n"
                 "founding spirit of the Party\n") == [
        ("第一个百年奋斗目标", "First Centenary Goal"),
        ("伟大建党精神", "great founding spirit of the Party")]


def test_a_learners_word_list_gives_each_sense_of_the_first_part_of_speech():
    # "n. 改革, 改良 v. 改革, 改良, 改过自新": the noun's senses, each a rendering's term;
    # an adjective's senses ending in 的 are modifiers, not terms
    assert pairs("| 单词 | 解释 |\n|------|------|\n| republic | n. 共和国; 共和政体 |\n"
                 "| reform | n. 改革, 改良 v. 改革, 改良, 改过自新 |\n"
                 "| political | adj. 政治的; 政党的 |\n") == [
        ("共和国", "republic"), ("共和政体", "republic"), ("改革", "reform"), ("改良", "reform")]


def test_a_tag_glued_to_a_latin_cell_is_not_a_sense_list():
    assert rows.cells("| n. 共和国 | republic |") == ["共和国", "republic"]
    assert rows.cells("| 新型大国关系 | new type of major-country relations |") == [
        "新型大国关系", "new type of major-country relations"]


def test_bare_item_numbers_that_count_up_are_not_part_of_a_rendering():
    assert pairs("1 外交部发言人 Foreign ministry spokesperson\n2 美国国务卿 US Secretary of State\n"
                 "接下来是新闻内容\n3 international anti-epidemic cooperation 国际抗疫合作\n"
                 "4 common concern 共同的担忧\n") == [
        ("外交部发言人", "Foreign ministry spokesperson"), ("美国国务卿", "US Secretary of State"),
        ("国际抗疫合作", "international anti-epidemic cooperation"), ("共同的担忧", "common concern")]
    # a number that does not count items stays: "二十四节气 24 Solar Terms"
    assert pairs("二十四节气 24 Solar Terms\n") == [("二十四节气", "24 Solar Terms")]


def test_a_post_before_the_body_it_serves_is_one_rendering():
    assert rows.renderings_of("General Secretary, the CPC Central Committee") == [
        "General Secretary, the CPC Central Committee"]
    assert rows.renderings_of("Vice Chairman, the Standing Committee of the NPC") == [
        "Vice Chairman, the Standing Committee of the NPC"]
    # anything else offers two renderings at ", the"
    assert rows.renderings_of("the Party's leadership, the leadership of the Party") == [
        "the Party's leadership", "the leadership of the Party"]


def test_a_clause_that_quotes_the_term_it_names_gives_the_quoted_term():
    assert pairs("其成员称为“代表”:delegate to NPC\n人大代表提的是“议案”:motion\n") == [
        ("代表", "delegate to NPC"), ("议案", "motion")]
    assert rows.bare_chinese("“十四五”规划") == "“十四五”规划"  # quotes inside a term stay


def test_a_data_files_field_is_not_a_row_where_fields_name_their_language():
    # '"name": "新华网",' beside "name_en" is records' to read by its field's name, not a
    # row "name | 新华网"; a mapping from Chinese to English is a glossary's rows
    assert pairs('"name": "新华网",\n"name_en": "Xinhua News Agency",\n') == []
    assert pairs('{\n"两会": "two sessions",\n"共同富裕": "common prosperity"\n}\n') == [
        ("两会", "two sessions"), ("共同富裕", "common prosperity")]


def test_a_learners_vocabulary_line_gives_the_word_and_its_senses():
    assert rows.cells("protocole n.m 协议书,议定书") == ["protocole", "协议书；议定书"]
    assert rows.cells("expédier v.t. 运送,发送") == ["expédier", "运送；发送"]
    assert rows.cells("Ministry of Commerce 商务部") == ["Ministry of Commerce", "商务部"]


def test_a_charters_table_of_contents_numbered_by_chapter_and_section():
    text = ("第一章 宗旨及原則 §1Purposes and Principles\n第二章 會員 §3Membership\n"
            "第五章 安全理事會 §23The Security Council\n第一章 总则 CHAPTERI General Principles\n")
    assert pairs(text) == [("宗旨及原則", "Purposes and Principles"), ("會員", "Membership"),
                           ("安全理事會", "The Security Council"), ("总则", "General Principles")]


def test_a_term_with_its_reading_after_a_comma_then_its_rendering():
    # a learner's list of our own in that form: "- 中文, pīnyīn (HSK n) : rendu"
    got = found("- 战狼, zhànláng : loup guerrier\n- 称号, chēnghào (HSK 5) : surnom, titre\n")
    assert [(r[0][0], r[1][0]) for r in got] == [("战狼", "loup guerrier"),
                                                 ("称号", "surnom"), ("称号", "titre")]
    assert all(text != "zhànláng" for r in got for text, _ in r[1:-1])


def test_a_line_of_many_pairs_gives_each_pair():
    # a minified file's one line (read through the source reader): every pair, each with its
    # own rendering, however many the line holds
    line = " | ".join(f"{zh} | {en}" for zh, en in [("国务院", "State Council"),
                                                     ("外交部", "Ministry of Foreign Affairs"),
                                                     ("财政部", "Ministry of Finance")] * 10)
    assert sorted(set(pairs(line))) == [("国务院", "State Council"), ("外交部", "Ministry of Foreign Affairs"),
                                        ("财政部", "Ministry of Finance")]


def test_two_lower_case_renderings_a_comma_apart_are_alternatives():
    got = found("新闻处 | press section, information service\n备忘录 | memorandum, aide-memoire\n"
                "一国两制 | one country, two systems\n和平发展 | peace, development and cooperation\n")
    assert [(r[0][0], r[1][0]) for r in got] == [
        ("新闻处", "press section"), ("新闻处", "information service"),
        ("备忘录", "memorandum"), ("备忘录", "aide-memoire"),
        ("一国两制", "one country, two systems"),  # a slogan
        ("和平发展", "peace, development and cooperation")]  # an enumeration


def test_a_gap_of_spaces_where_the_script_changes_divides_columns():
    got = found("    proletariat        无产阶级 ; 工人阶级\n    class distinction    阶级差别 ; 阶级差异\n")
    assert [(r[0][0], r[1][0]) for r in got] == [
        ("无产阶级", "proletariat"), ("工人阶级", "proletariat"),
        ("阶级差别", "class distinction"), ("阶级差异", "class distinction")]


def test_a_named_chinese_column_may_list_alternatives_a_comma_apart():
    got = found("| English | Chinese |\n| --- | --- |\n| Senator | 参议员，上议员 |\n"
                "| House of senate/Upper house | 参议院，上议院 |\n")
    assert [(r[0][0], r[1][0]) for r in got] == [
        ("参议员", "Senator"), ("上议员", "Senator"),
        ("参议院", "House of senate"), ("上议院", "Upper house")]  # in order, one for one


def test_an_acronym_with_its_number_belongs_to_the_chinese_term():
    got = found("COVID-19 outbreak | COVID-19爆發\nGDP | 国内生产总值\n")
    assert [(r[0][0], r[1][0]) for r in got] == [("COVID-19爆發", "COVID-19 outbreak"),
                                                 ("国内生产总值", "GDP")]


def test_a_named_note_column_is_a_note_whatever_its_scripts(tmp_path):
    # its glosses are not the row's ("浙江丽水（Lishui, Zhejiang）"), its Latin is no
    # rendering ("the district"), and a name's first character 和 is no conjunction
    got = found("zh,en,category,note\n"
                "溧水,Lishui,地名,必须与浙江丽水（Lishui, Zhejiang）区分\n"
                "溧水区,Lishui District,行政区划,首次出现用全称，后文可用 the district\n"
                "和凤镇,Hefeng Town,行政区划,\n", ".csv", tmp_path)
    assert [(r[0][0], r[1][0]) for r in got] == [
        ("溧水", "Lishui"), ("溧水区", "Lishui District"), ("和凤镇", "Hefeng Town")]


def test_a_usage_label_before_the_senses_is_no_bracketed_gloss():
    assert pairs("- `primary election` （美）初选；预选\n") == [
        ("初选", "primary election"), ("预选", "primary election")]


def test_titles_a_comma_apart_pair_one_to_one_with_the_terms_listed_in_chinese():
    assert pairs("处长、副处长(处级主任、副主任) | Director, Deputy Director\n"
                 "教育、科学、文化委员会 | Education, Science and Culture Committee\n") == [
        ("处长", "Director"), ("副处长", "Deputy Director"),
        ("教育、科学、文化委员会", "Education, Science and Culture Committee")]


def test_a_chinese_header_names_its_columns_languages(tmp_path):
    # 序号 (a count), 类别 (a category: a note), the foreign word's abbreviation and full
    # name (Latin), the Chinese names
    text = ("|序号|类别|外语词缩略语|外语词全称|中文译名1|中文译名2|\n|  :---- | :----: |:----:|:----:|:----:|:----:|\n"
            "|1|科技|APP|Application|应用程序|应用|\n|2|经济|IPO|Initial Public Offering|首次公开募股|首次公开发行股票|\n"
            "|6|经济|M2|Broad Money|广义货币供应量|广义货币|\n")
    got = {(r[0][0], r[1][0]) for r in found(text, ".md", tmp_path)}
    assert {("首次公开募股", "Initial Public Offering"), ("首次公开募股", "IPO"),
            ("广义货币供应量", "Broad Money")} <= got
    assert not any(zh in ("科技", "经济") for zh, _ in got)


def test_a_list_or_tuple_of_strings_a_line_is_a_row():
    # a glossary kept in code: a JavaScript array of [Chinese, French] pairs, Python tuples
    assert rows.cells('  ["城市形态", "la morphologie urbaine"],') == ["城市形态", "la morphologie urbaine"]
    assert rows.cells("('国务院', 'State Council'),") == ["国务院", "State Council"]
    assert rows.cells(r'("人民\"代表\"", "deputy")') == ['人民"代表"', "deputy"]
    assert rows.cells("[1, 2]") == ["[1, 2]"]  # (not strings: no row)


def test_a_short_form_after_the_chinese_name_is_a_cell_of_its_own():
    # a list of recommended names: acronym, English name, Chinese name, its short form
    assert rows.cells("UPU Universal Postal Union 万国邮政联盟 万国邮联") == [
        "UPU Universal Postal Union", "万国邮政联盟", "万国邮联"]
    # a second Chinese word that does not contract the first is no short form
    assert rows.cells("Party School 中央党校 北京") == ["Party School 中央党校 北京"]


def test_a_header_of_fields_named_by_language_pairs_each_chinese_column_with_its_own():
    # a country-codes table: formal names with formal names, short with short, the other
    # columns (codes, Russian) left out
    text = ("ISO | UNTERM Chinese Formal | UNTERM English Formal | UNTERM Russian Short | "
            "UNTERM Chinese Short | UNTERM English Short | UNTERM French Short | FIFA\n"
            "AFG | 阿富汗伊斯兰共和国 | the Islamic Republic of Afghanistan | Афганистан | 阿富汗 | "
            "Afghanistan | Afghanistan (l') | AFG\n")
    found = sorted((c.terms[0].text, t.lang, t.text) for c in rows.extract(
        Document("t.csv", tuple(text_paragraphs(text)))) for t in c.terms[1:])
    assert found == [("阿富汗", "en", "Afghanistan"), ("阿富汗", "fr", "Afghanistan"),
                     ("阿富汗伊斯兰共和国", "en", "the Islamic Republic of Afghanistan")]


def test_a_row_of_a_chinese_sentence_and_its_translation_gives_the_terms_inside_them():
    # a white paper's table of contents, Chinese and English side by side: no cell is a
    # term, the phrases inside them are
    got = found("(一)确立国际关系新思路 (二)彰显全球治理新特征 | 1. Introducing a new approach to "
                "international relations 2. Highlighting the new features of global governance |\n")
    assert (("全球治理", "zh-Hans"), ("global governance", "en"), 1) in got
    assert (("国际关系", "zh-Hans"), ("international relations", "en"), 1) in got
    assert all(len(terms[0][0]) < 10 for terms in got)  # (never the whole cell)


def test_a_definition_after_the_reading_is_not_a_rendering(tmp_path):
    # Written for this test in the form of a learner's page in French: the word, its reading
    # and its rendering, then lines that say what words mean
    text = ("Voici les mots.\n選舉 (xuǎnjǔ) Élection\nLe premier est simple.\n"
            "選舉 (xuǎnjǔ) signifie élection.\n"
            "候選人 (hòu xuǎn rén) est une personne qui attend d’être élue.\n")
    path = tmp_path / "vocabulaire.txt"  # (read as a file is: the readings in brackets go)
    path.write_text(text, encoding="utf-8")
    assert [(c.terms[0].text, c.terms[1].text) for c in rows.extract(read_document(path))] == [
        ("選舉", "Élection")]


def test_a_hyphen_a_conversion_spaced_out_stays_inside_the_rendering():
    # (a table of titles converted from a scan: "director-general" came out "director - general")
    assert rows.cells("主任 director - general of the general office") == [
        "主任", "director - general of the general office"]
    assert rows.cells("放宽市场准入 - broaden market access") == ["放宽市场准入", "broaden market access"]
    # an acronym, then its name: two renderings
    assert rows.cells("人大 NPC - National People's Congress") == [
        "人大", "NPC", "National People's Congress"]


def test_a_cell_keeps_both_quotes_of_a_pair_it_holds_one_of():
    assert rows.classify("8.腐败「零容忍」:").text.endswith("「零容忍」")
    assert rows.classify("“一带一路”倡议").text == "“一带一路”倡议"
    assert rows.classify("“共同富裕”").text == "共同富裕"  # quotes around the whole cell go
    # (a rendering too, with the space a French quote keeps inside it)
    assert rows.renderings_of("Céramique « trois couleurs »") == ["Céramique « trois couleurs »"]


def test_alternatives_a_double_slash_apart_are_two_renderings():
    assert rows.renderings_of("Cour des menus plaisirs // Cour des mets") == [
        "Cour des menus plaisirs", "Cour des mets"]


def test_alternatives_a_slash_separates_without_spaces():
    assert rows.renderings_of("poverty threshold/poverty line/poverty limit") == [
        "poverty threshold", "poverty line", "poverty limit"]
    assert rows.renderings_of("get out of poverty/be lifted out of poverty") == [
        "get out of poverty", "be lifted out of poverty"]
    # a part opening on a preposition finishes the one before; "and/or" stays whole
    assert rows.renderings_of("propuesta a favor/en contra") == ["propuesta a favor/en contra"]
    assert rows.renderings_of("consultation and/or review") == ["consultation and/or review"]


def test_a_contents_line_numbered_on_both_sides_pairs_the_titles():
    # a law's contents, English first (as pkulaw prints it) or Chinese first; the Chinese
    # title spaced out to the width of a longer one
    assert pairs("Contents 目录\nChapter II Oversight Authorities and Their Functions 第二章 监察机关及其职责\n"
                 "Chapter IX Supplemental Provisions 第九章 附  则\n"
                 "第一章 总 纲 Chapter I General Principles\n") == [
        ("目录", "Contents"), ("监察机关及其职责", "Oversight Authorities and Their Functions"),
        ("附则", "Supplemental Provisions"), ("总纲", "General Principles")]
    # an article is a sentence, not a title
    assert pairs("第五十二条 公民有维护国家统一的义务。 Article 52 It is the duty of citizens to "
                 "safeguard the unification of the country.\n") == []


def test_a_numbered_list_run_into_one_line_is_cut_at_its_numbers():
    # a slide's list copied as one line: the numbers count up, each opens a row
    assert pairs("热词回顾(中英文版)1.新中国People’s Republic of China2.五年计划five-year plan"
                 "3.粮票food coupon4.广交会Canton Fair\n") == [
        ("新中国", "People’s Republic of China"), ("五年计划", "five-year plan"),
        ("粮票", "food coupon"), ("广交会", "Canton Fair")]
    # numbers that do not count up are no list
    assert len(rows._counted("1.中国China 5.美国America 9.日本Japan")) == 1


def test_an_online_dictionarys_row_reads_its_glosses_as_cc_cedict_does():
    # a table of CC-CEDICT entries: the cross-reference's bar is no cell's, the pointer and
    # the asides are no rendering, a gloss's first clause is
    assert pairs("| 参院 | cān yuàn | abbr. for 參議院|参议院[can1 yi4 yuan4], senate / upper chamber "
                 "(of legislative assembly) |  |\n"
                 "| 立院 | Lì yuàn | (Tw) Legislative Yuan (abbr. for 立法院[Li4fa3yuan4]) |  |\n"
                 "| 两院 | liǎng yuàn | two chambers (of legislative assembly), e.g. House of "
                 "Representatives and Senate |  |\n") == [
        ("参院", "senate"), ("参院", "upper chamber"), ("立院", "Legislative Yuan"),
        ("两院", "two chambers")]


def test_a_markdown_tables_definition_column_is_no_rendering():
    table = ("| Terme | 汉字 · 拼音 | Définition |\n| --- | --- | --- |\n"
             "| Route de la Soie | 丝绸之路 · Sīchóu zhī lù | contrôles sous Wu ; essor financier |\n"
             "| Poème régulier | 律诗 · lǜshī | codifié, huitain régulier |\n")
    assert pairs(table) == [("丝绸之路", "Route de la Soie"), ("律诗", "Poème régulier")]
    # where the description is the table's only Latin column, it is the rendering
    assert pairs("| Law (法律) | Effective Date | Description |\n|---|---|---|\n"
                 "| 民法典 | 2021-01-01 | Comprehensive civil code |\n") == [
        ("民法典", "Comprehensive civil code")]


def test_a_remark_in_chinese_brackets_after_the_row_is_not_a_cell():
    text = ("whole-process people's democracy 全过程人民民主 (点击查看往期)\n"
            "National People's Congress 全国人民代表大会（全国人大）\n")
    found = pairs(text)
    assert ("全过程人民民主", "whole-process people's democracy") in found
