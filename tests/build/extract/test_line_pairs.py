from glossary.build.documents import Document
from glossary.build.extract import line_pairs
from glossary.build.readers.text import text_paragraphs
from tests.build.extract.extracted import pairs_of


def pairs(text, judged=False):
    return pairs_of(line_pairs, text, judged=judged)


def chinese_and_renderings(text):
    """The (Chinese, rendering) pairs of `text`, without their languages."""
    return [(c, r) for c, r, _ in pairs(text)]


def test_numbered_keyword_list_with_example_sentences():
    text = ("1. 三大攻坚战\n\nthree critical battles\n\n"
            "我们要打好三大攻坚战，实现高质量发展。\n"
            "We will win the three critical battles and achieve high-quality development.\n\n"
            "2. 新质生产力\nnew quality productive forces\n")
    assert pairs(text) == [("三大攻坚战", "three critical battles", "en"),
                           ("新质生产力", "new quality productive forces", "en")]


def test_nested_bullets_and_english_title_first():
    assert pairs("- 放宽市场准入\n  - Broaden market access\n") == [
        ("放宽市场准入", "Broaden market access", "en")]
    assert pairs("Central Commission for Discipline Inspection\n中国共产党中央纪律检查委员会\n") == [
        ("中国共产党中央纪律检查委员会", "Central Commission for Discipline Inspection", "en")]


def test_neighbours_that_do_not_translate_each_other_are_dropped_by_the_scorer():
    text = "目录\nPrinted in Beijing\n"
    assert pairs(text) and pairs(text, judged=True) == []


KEYWORD_PAGE = """EXPRESSIONS CLÉS

精准扶贫

精准扶贫是指针对不同贫困户的状况实施精确识别、精确帮扶的治贫方式。

Targeted poverty alleviation

Targeted poverty alleviation identifies poor households precisely and helps each as it needs.

Lutte ciblée contre la pauvreté

La lutte ciblée contre la pauvreté identifie avec précision les foyers pauvres.

河长制

河长制由各级党政主要负责人担任河长。

River chief system

The river chief system makes local leaders responsible for rivers and lakes.
"""


def test_a_keyword_page_pairs_each_heading_whose_paragraph_names_it():
    # Written for this test in the layout of a multilingual keyword page: the Chinese heading
    # and paragraph, then the entry again in English and French; the title above is not a row.
    assert pairs(KEYWORD_PAGE) == [
        ("精准扶贫", "Targeted poverty alleviation", "en"),
        ("精准扶贫", "Lutte ciblée contre la pauvreté", "fr"),
        ("河长制", "River chief system", "en")]


def test_headings_whose_paragraphs_do_not_name_them_are_left_to_position():
    text = "精准扶贫\n\n这是一种治贫方式。\n\nTargeted poverty alleviation\n\nIt helps the poor.\n"
    assert pairs(text) == []


def test_a_dictionary_headword_with_its_pinyin_pairs_with_the_english_below():
    text = ("人民代表大会 rénmín dàibiǎo dàhuì\n  People's Congress\n"
            "常务委员会 chángwù wěiyuánhuì\n  standing committee\n")
    assert pairs(text) == [("人民代表大会", "People's Congress", "en"),
                           ("常务委员会", "standing committee", "en")]


def test_a_short_heading_takes_the_language_of_the_document():
    text = ("健康中国\n\nChine saine\n\nLa préservation de la médecine traditionnelle chinoise "
            "recevra tout le soutien nécessaire.\n")
    assert pairs(text) == [("健康中国", "Chine saine", "fr")]


def test_a_title_broken_after_a_connector_is_read_as_one_line():
    text = "中华人民共和国宪法\n\nCONSTITUTION OF\n\nTHE PEOPLE'S REPUBLIC OF CHINA\n"
    assert pairs(text) == [("中华人民共和国宪法", "CONSTITUTION OF THE PEOPLE'S REPUBLIC OF CHINA", "en")]


def test_a_name_whose_next_line_opens_with_of_goes_on_there():
    text = "中国共产党中央委员会\nCentral Committee\nof the Communist Party of China\n"
    assert pairs(text) == [("中国共产党中央委员会", "Central Committee of the Communist Party of China",
                            "en")]


def test_the_reverse_layout_and_a_heading_pair_above_its_paragraph():
    # written for this test in the layouts of French and Spanish keyword pages
    reverse = ("2. Les Quatre intégralités\nEn 2014, Xi Jinping a avancé les « Quatre "
               "intégralités », à savoir l'édification intégrale de la société.\n"
               "2、四个全面\n2014年，习近平首次提出了“四个全面”战略布局。\n")
    assert pairs(reverse, judged=True) == [("四个全面", "Les Quatre intégralités", "fr")]
    above = ("【Cerrar】 【Imprimir】\n\n“一带一路”\n\nLa Iniciativa de la Franja y la Ruta\n\n"
             "Se refiere a la iniciativa de construir la Franja y la Ruta de la Seda del Siglo XXI.\n")
    assert pairs(above, judged=True) == [("一带一路", "La Iniciativa de la Franja y la Ruta", "es")]


def test_a_headline_asking_for_the_english_is_answered_on_the_next_line():
    text = ("英语热词 | “中国人民政治协商会议”英语怎么说?\n\n"
            "Chinese People's Political Consultative Conference (CPPCC)\n\n"
            "The CPPCC, through effective efforts, should build itself into a key base.\n")
    assert pairs(text, judged=True) == [
        ("中国人民政治协商会议", "Chinese People's Political Consultative Conference", "en")]


def test_a_rendering_run_on_into_the_chinese_paragraph_after_its_heading():
    text = ("# 揣着明白装糊涂\nplay dumb and feign innocence 5月25日，在被问及相关话题时，发言人这样说。\n")
    assert pairs(text) == [("揣着明白装糊涂", "play dumb and feign innocence", "en")]


def test_a_learners_page_gives_the_head_of_the_definition_under_the_word():
    text = ("Voici une liste de mots et expressions clés accompagnés de leurs définitions.\n\n"
            "政治 (zhèngzhì)\nDéfinition : Politique, en référence à l'activité liée à la "
            "gouvernance d'un pays.\n这个国家的政治局势非常复杂。\n")
    assert pairs(text) == [("政治", "Politique", "fr")]


# A two-column table flattened into lines (a web table copied as text): cell, cell, bar.
FLATTENED_TABLE = """中文 |
西班牙文 |
|
全国人民代表大会(全国人大) |
Asamblea Popular Nacional (APN) |
|
党员 |
Militante |
|
国务院 |
Consejo de Estado |
|
中国共产党 |
Partido Comunista de China |
|
中国人民政治协商会议 |
Conferencia Consultiva Política del Pueblo Chino |
|
人民法院 |
Tribunal Popular |
|
中央军事委员会 |
Comisión Militar Central |
|
主任 / 副主任 |
Presidente / Vicepresidente de la Comisión |
|
委员 |
Miembro de ... |
"""


def test_a_flattened_table_is_read_row_by_row_with_its_abbreviations_and_alternatives():
    found = pairs(FLATTENED_TABLE)
    assert ("全国人民代表大会", "Asamblea Popular Nacional", "es") in found
    assert ("全国人大", "APN", "es") in found  # the two bracketed abbreviations
    assert ("主任", "Presidente", "es") in found and \
        ("副主任", "Vicepresidente de la Comisión", "es") in found


def test_a_tables_rows_vouch_for_each_other_where_no_word_links_them():
    judged = pairs(FLATTENED_TABLE, judged=True)
    assert ("党员", "Militante", "es") in judged  # no dictionary link
    assert not any(rendering.startswith("Miembro") for _, rendering, _ in judged)  # cut short
    # the same rows with prose between each are no table: position alone needs a link
    loose = FLATTENED_TABLE.replace("\n|\n", "\n这是一段说明文字，介绍下面的词。\n")
    assert ("党员", "Militante", "es") not in pairs(loose, judged=True)


def test_a_cell_of_senses_with_readings_pairs_each_chinese_term_with_the_line_above():
    text = ("Vocabulario\n\n  • parlamento\n  • yìhuì 议会, guóhuì 国会\n  • debate\n"
            "  • (entre bandos opuestos) biànlùn 辩论 • (discusión) tǎolùn 讨论\n")
    found = [(chinese, rendering) for chinese, rendering, _ in pairs(text)]
    assert ("议会", "parlamento") in found and ("国会", "parlamento") in found
    assert ("辩论", "debate") in found and ("讨论", "debate") in found
    assert not any("biàn" in rendering or "(" in chinese for chinese, rendering in found)


def test_an_enumeration_pairs_item_by_item_when_both_sides_count_alike():
    found = [(c, r) for c, r, _ in pairs("国旗、国徽、首都\nThe National Flag, the National Emblem "
                                         "and the Capital\n")]
    assert ("国徽", "the National Emblem") in found and ("首都", "the Capital") in found
    assert len(found) == 3
    slogan = pairs("力戒形式主义、官僚主义\nremoval of unnecessary formalities and bureaucracy\n")
    assert [c for c, _, _ in slogan] == ["力戒形式主义、官僚主义"]


def test_a_note_in_brackets_is_not_split_into_alternatives():
    assert [r for _, r, _ in pairs("政党\npartido (n; político)\n")] == ["partido"]


def test_cells_glued_where_a_page_lost_its_line_breaks_are_read_apart():
    text = ("中西对照:\n两会\nDos Sesiones\n全国人民代表大会\nAsamblea Popular Nacional (APN)\n"
            "一国两制方针\nla directriz de un país con dos sistemas改革开放政策\n"
            "la política de la reforma y la apertura\n")
    found = chinese_and_renderings(text)
    assert ("一国两制方针", "la directriz de un país con dos sistemas") in found
    assert ("改革开放政策", "la política de la reforma y la apertura") in found
    # a name box's label glued to its value is no cell of its own
    assert pairs("Simplified Chinese中央军事委员会\nLiteral meaningCentral Military Commission\n") == []


def test_a_headword_glued_to_its_reading_stays_one_line():
    found = chinese_and_renderings("改革开放Gaigé  Kaifàng\n\nReforma y apertura\n")
    assert found == [("改革开放", "Reforma y apertura")]


def test_a_row_is_no_cell_of_senses_and_no_line_to_pair():
    text = "estabilidad 稳定\n\nestado soberano主权国家\n\nnew socialist countryside  社会主义新农村\n"
    found = chinese_and_renderings(text)
    assert ("稳定", "estado soberano") not in found and ("主权国家", "estado soberano") in found
    assert not any(c == "社会主义新农村" for c, _ in found)


def test_a_heading_with_the_translations_part_number_pairs_with_the_next_line():
    text = ("一、香港顺利回归祖国的历程 I.\nHong Kong’s Smooth Return to China\n"
            "二、特别行政区制度在香港的确立 II.\nEstablishment of the Special Administrative Region System\n")
    assert chinese_and_renderings(text) == [
        ("香港顺利回归祖国的历程", "Hong Kong’s Smooth Return to China"),
        ("特别行政区制度在香港的确立", "Establishment of the Special Administrative Region System"),
        ("特别行政区制度", "Special Administrative Region System")]  # (a term inside the pair)


def test_a_slogan_with_a_comma_or_an_exclamation_pairs_with_its_translation():
    text = ("Long live the great, glorious, and correct Communist Party of China!\n"
            "伟大、光荣、正确的中国共产党万岁!\nReinforces the CCP’s legitimacy; casts the Party as infallible.\n"
            "Without the Communist Party, there would be no China\n没有共产党,就没有中国\n")
    found = chinese_and_renderings(text)
    assert ("伟大、光荣、正确的中国共产党万岁", "Long live the great, glorious, and correct Communist Party of China") in found
    assert ("没有共产党,就没有中国", "Without the Communist Party, there would be no China") in found


def test_an_exclamation_ending_a_sentence_is_no_slogan():
    text = ("向各民主党派、各人民团体、各界爱国人士致敬！\n"
            "Pay tribute to the democratic parties, people's organizations, patriotic personages of "
            "all walks of life!\n")
    assert ("向各民主党派、各人民团体、各界爱国人士致敬", "Pay tribute to the democratic parties, people's "
            "organizations, patriotic personages of all walks of life") not in chinese_and_renderings(text)


def test_a_pinyin_column_without_tone_marks_is_a_reading_not_a_rendering():
    text = ("Fayuan\n\n法院\n\nThe courts\n\nGong quanli\n\n公权力\n\nPublic power\n\n"
            "Heishehui\n\n黑社会\n\nSecret societies\n\nJianchayuan\n\n检察院\n\nProcuratorate\n")
    assert chinese_and_renderings(text) == [
        ("法院", "The courts"), ("公权力", "Public power"), ("黑社会", "Secret societies"),
        ("检察院", "Procuratorate")]


def test_chapter_numbers_on_both_lines_are_not_part_of_the_title():
    text = ("CHAPTER VII ACTION WITH RESPECT TO THREATS TO THE PEACE\n"
            "第七章 对于和平之威胁之应付办法\n")
    assert pairs(text) == [("对于和平之威胁之应付办法", "ACTION WITH RESPECT TO THREATS TO THE PEACE", "en")]


def test_a_line_that_pairs_its_own_cells_lends_none_to_its_neighbours():
    # a glued glossary: each line an English name and its Chinese, some lines two pairs
    got = chinese_and_renderings("常用国际组织名称英汉对照\n\nUnited Nations联合国\n\n"
                "The General Assembly联合国大会The Security Council联合国安理会\n\n"
                "The Secretariat秘书处\n")
    assert ("联合国大会", "The Security Council") not in got
    assert ("常用国际组织名称英汉对照", "United Nations") not in got
    assert ("联合国大会", "The General Assembly") in got


def test_a_chinese_heading_above_an_english_first_list_pairs_with_nothing():
    got = chinese_and_renderings("联合国主要机构名称翻译\nGeneral Assembly of the United Nations\n"
                                 "联合国大会\n\nMain Committees\n主要委员会\n\n"
                                 "Security Council\n安全理事会\n")
    assert ("联合国主要机构名称翻译", "General Assembly of the United Nations") not in got
    assert ("联合国大会", "General Assembly of the United Nations") in got
    assert ("主要委员会", "Main Committees") in got and ("安全理事会", "Security Council") in got


def test_a_headline_and_its_translation_give_the_terms_inside_them_too():
    found = chinese_and_renderings(
        "外交部发言人耿爽主持例行记者会\n\n"
        "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference\n")
    assert ("外交部发言人耿爽主持例行记者会",
            "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference") in found
    assert ("外交部发言人", "Foreign Ministry Spokesperson") in found
    assert ("耿爽", "Geng Shuang") in found


def test_a_numbered_keyword_list_pairs_each_entry_whatever_explains_it():
    # the numbers count the entries: the fourth pairs though few of its words link
    said = "(i.e. what the report says of it, in a sentence of its own, at some length)\n"
    text = ("1. 习近平新时代中国特色社会主义思想\nXi Jinping Thought on Socialism with Chinese "
            "Characteristics for a New Era\n" + said + "2. 全面建成小康社会\nto complete the "
            "building of a moderately prosperous society in all respects\n" + said +
            "3. 全面从严治党\nfull and rigorous governance over the Party\n" + said +
            "4. 三大攻坚战\nthree critical challenges\n" + said +
            "5. 力戒形式主义、官僚主义\nthe removal of unnecessary formalities and bureaucracy\n")
    assert ("三大攻坚战", "three critical challenges", "en") in pairs(text, judged=True)
    unnumbered = text.replace("4. ", "").replace("5. ", "")
    assert ("三大攻坚战", "three critical challenges", "en") not in pairs(unnumbered, judged=True)


# Written for these tests in the layout of a city's keyword page: each entry's two headings,
# then its Chinese paragraph and that paragraph's English translation.
TRANSLATED_ENTRIES = """2027年度关键词（二）

接诉即办

Swift Response to Public Complaints

指市民通过热线反映的问题，由相关部门在规定时间内办理并反馈结果，推动城市治理从被动应对转向主动服务。

This refers to a mechanism in which the relevant departments handle the problems that residents report through the hotline and report the results back within a set time, so that city governance shifts from passive response to active service.

2027年3月5日外交部发言人

Foreign Ministry Spokesperson Wu Lan's

指发言人在例行记者会上回答记者提问，介绍中国的外交政策和对外关系。

This refers to the spokesperson answering the questions of reporters at the regular press conference, presenting China's foreign policy and external relations.
"""


def confidences(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return {(c.terms[0].text, c.terms[1].text): c.evidence.confidence
            for c in line_pairs.extract(document)}


def test_headings_over_a_paragraph_and_its_translation_translate_each_other():
    found = confidences(TRANSLATED_ENTRIES)
    # the paragraphs below vouch for the headings, as a paragraph naming its heading does
    assert found[("接诉即办", "Swift Response to Public Complaints")] == line_pairs.HEADED_CONFIDENCE
    # a title broken off after its possessive is no heading of an entry: position only
    assert found.get(("外交部发言人", "Foreign Ministry Spokesperson Wu Lan's"),
                     line_pairs.CONFIDENCE) == line_pairs.CONFIDENCE
    # paragraphs that do not translate each other vouch for nothing
    body = TRANSLATED_ENTRIES.split("\n\n")[4]
    unrelated = TRANSLATED_ENTRIES.replace(body, (
        "The museum opens at nine in the morning and closes at five; tickets are sold at the "
        "east gate, and guided tours in several languages start every hour from the main hall."))
    assert confidences(unrelated)[("接诉即办", "Swift Response to Public Complaints")] == \
        line_pairs.CONFIDENCE


def test_a_heading_and_its_paragraph_then_their_translations_pair_the_headings():
    # Written for this test: each language's heading above its own paragraph, neither
    # paragraph naming its heading
    text = ("“一刻钟便民生活圈”\n\n指以社区居民为服务对象，在步行十五分钟范围内，提供日常生活服务的商业和公共服务设施。\n\n"
            "Quarter-Hour Convenience Circles\n\nThis refers to commercial and public service "
            "facilities that provide residents with daily services within a fifteen-minute walk "
            "of their community.\n")
    assert confidences(text) == {
        ("一刻钟便民生活圈", "Quarter-Hour Convenience Circles"): line_pairs.HEADED_CONFIDENCE}


def test_two_columns_set_one_after_the_other_pair_row_by_row():
    # an article's keywords: the Chinese column under its heading, then the English one
    text = ("出处\n《国际问题研究》\n关键词\n全球治理\n大国关系\n周边外交\n"
            "Global governance\nMajor-country relations\nNeighborhood diplomacy\n")
    assert chinese_and_renderings(text) == [
        ("全球治理", "Global governance"), ("大国关系", "Major-country relations"),
        ("周边外交", "Neighborhood diplomacy")]
    # rows the dictionary does not link, most of them, are no such table
    unlinked = "报告\n总理\n一月\nRapport d'activité\nPrésenté le 5 mars\nÀ Beijing\n"
    assert all(confidences(unlinked).get(pair, 0) != line_pairs.TABLE_CONFIDENCE
               for pair in [("报告", "Rapport d'activité"), ("总理", "Présenté le 5 mars")])


def test_a_heading_naming_a_chapter_and_its_section_pairs_each_division():
    text = ("第四十二条 香港居民和在香港的其他人有遵守香港特别行政区实行的法律的义务。\n\n"
            "Article 42 Hong Kong residents and other persons in Hong Kong shall have the "
            "obligation to abide by the laws in force in the Hong Kong Special Administrative "
            "Region.\n\n"
            "第四章 政治体制 第一节 行政长官\n\n"
            "Chapter IV Political Structure Section 1: The Chief Executive\n\n"
            "第四十三条 香港特别行政区行政长官是香港特别行政区的首长,代表香港特别行政区。\n\n"
            "Article 43 The Chief Executive of the Hong Kong Special Administrative Region shall "
            "be the head of the Hong Kong Special Administrative Region and shall represent the "
            "Region.\n")
    found = chinese_and_renderings(text)
    assert ("政治体制", "Political Structure") in found
    assert not any("政治体制" in zh and "行政长官" in zh for zh, _ in found)


def test_a_tables_count_after_the_chinese_name_is_not_the_terms():
    # a wiki table flattened: the name on its line, the Chinese and the count in a bracket
    text = "Niveau provincial\n(省级行政区, 34) |\nNiveau préfectoral\n(地级行政区, 334) |\n"
    assert chinese_and_renderings(text) == [("省级行政区", "Niveau provincial"),
                                            ("地级行政区", "Niveau préfectoral")]


def test_a_lexicon_line_offering_long_alternatives_after_a_semicolon_is_a_rendering_line():
    # each alternative is term-sized; together they pass the words a line may hold
    text = ("中华人民共和国澳门特别行政区\n"
            "Région administrative spéciale de Macao, République populaire de Chine; "
            "Région administrative spéciale de Macao de la République populaire de Chine\n")
    assert ("中华人民共和国澳门特别行政区",
            "Région administrative spéciale de Macao de la République populaire de Chine") \
        in chinese_and_renderings(text)


def test_a_long_name_without_punctuation_and_a_title_in_book_marks():
    text = ("《中华人民共和国澳门特别行政区基本法》\n"
            "Loi fondamentale de la Région administrative spéciale de Macao de la République "
            "populaire de Chine\n\n"
            "中华人民共和国外交部驻澳门特别行政区特派员公署\n"
            "Bureau du Commissaire du Ministère des Affaires étrangères de la République "
            "populaire de Chine dans la Région administrative spéciale de Macao\n")
    found = dict(chinese_and_renderings(text))
    assert found["中华人民共和国澳门特别行政区基本法"].startswith("Loi fondamentale de la Région")
    assert found["中华人民共和国外交部驻澳门特别行政区特派员公署"].startswith("Bureau du Commissaire")


def test_a_chinese_line_keeps_its_own_translation_below_when_the_one_above_shares_words():
    # the entry above names Macao too: its line must not move down to the long name
    text = ("澳人治澳\n"
            "administration de Macao par ses habitants\n\n"
            "中华人民共和国外交部驻澳门特别行政区特派员公署\n"
            "Bureau du Commissaire du Ministère des Affaires étrangères dans la Région "
            "administrative spéciale de Macao\n")
    found = chinese_and_renderings(text)
    assert found[:2] == [
        ("澳人治澳", "administration de Macao par ses habitants"),
        ("中华人民共和国外交部驻澳门特别行政区特派员公署",
         "Bureau du Commissaire du Ministère des Affaires étrangères dans la Région "
         "administrative spéciale de Macao")]
    assert ("中华人民共和国外交部驻澳门特别行政区特派员公署",
            "administration de Macao par ses habitants") not in found


def test_a_headline_asking_for_the_english_without_quotes():
    text = "共同富裕的英语是什么?\nCommon prosperity.\n例句:共同富裕是社会主义的本质要求。\n"
    assert pairs(text, judged=True) == [("共同富裕", "Common prosperity", "en")]


def test_a_note_the_chinese_says_too_stays_with_the_name():
    text = ("Land Management Law (Draft Revision)\n土地管理法修订草案\n\n"
            "Cybersecurity Law (English)\n网络安全法\n")
    assert chinese_and_renderings(text) == [
        ("土地管理法修订草案", "Land Management Law (Draft Revision)"),
        ("网络安全法", "Cybersecurity Law")]


def test_a_note_opening_a_bracket_under_a_title_is_not_its_translation():
    text = ("STATUTS DE LA LIGUE\n"
            "中国共产主义青年团章程\n"
            "(Révision partielle adoptée au XIXe Congrès national de la Ligue de la Jeunesse "
            "communiste chinoise\net approuvée par celui-ci le 22 juin 2023)\n")
    assert chinese_and_renderings(text) == [
        ("中国共产主义青年团章程", "STATUTS DE LA LIGUE")]
