from glossary.build.scorer import UNCONFIRMED, judge, judge_all, score, translation_evidence
from glossary.model import Candidate, CandidateTerm, Evidence


def test_readings_sentences_and_scripts_are_refused_whatever_the_prior():
    for zh, text in [("命运", "yùn"), ("共同富裕", "Gòngtóng fùyù"), ("共同富裕", "gongtong fuyu"),
                     ("最终选定", "union of human fate。"), ("中国梦", "Chinese 梦"),
                     ("我们要坚持全面深化改革，推动高质量发展", "deepen reform")]:
        verdict = score(zh, text, "en", 0.9)
        assert not verdict.keep, (zh, text)


def test_a_reading_whose_letters_a_page_lost_is_still_a_reading():
    # "gémìng" and "zīběn zhǔyì" with their other accented letters lost in the page's encoding
    for zh, text in [("革命", "gmng"), ("资本主义", "zīběn zhǔy")]:
        verdict = score(zh, text, "fr", 0.9)
        assert not verdict.keep and any("reading" in r for r in verdict.reasons), text
    assert score("料亭", "ryōtei", "en", 0.9).keep  # Japanese romanization keeps its macrons


def test_names_in_pinyin_are_renderings():
    assert score("习近平", "Xi Jinping", "en", 0.85).keep


def test_dictionary_pinyin_and_numbers_link_the_two_sides():
    evidence, links = translation_evidence("第七次全国代表大会", "7th National Congress", "en")
    assert evidence > 0.8 and "七=7" in links
    evidence, links = translation_evidence("枫桥经验", "Fengqiao Model", "en")
    assert "枫桥~fengqiao" in links
    evidence, _ = translation_evidence("国际收支基本平衡",
                                       "a basic equilibrium in the balance of payments", "en")
    assert evidence >= 0.9


def test_position_alone_needs_evidence_structure_keeps_for_review():
    assert not score("目标", "National Congress", "en", 0.5).keep
    explicit = score("躺平", "lying flat", "en", 0.85)
    assert explicit.keep and UNCONFIRMED in explicit.flags
    # a gloss whose English the dictionary cannot confirm ("Taco Truck (卷饼餐车)", a list
    # line with its own marks): kept for review from 0.75, as an inline gloss or a
    # Chinese-first line scores; a row read from a weaker column plan (0.7) is dropped
    glued = score("卷饼餐车", "Taco Truck", "en", 0.75)
    assert glued.keep and UNCONFIRMED in glued.flags
    assert not score("卷饼餐车", "Taco Truck", "en", 0.7).keep


def test_a_french_or_spanish_word_links_through_its_listed_translation():
    # 劳动 "labor; work", 法 "law": neither "travail" nor "loi" looks like its English
    evidence, links = translation_evidence("劳动法", "loi travail", "fr")
    assert evidence == 1.0 and {"劳动=travail", "法=loi"} <= set(links)
    # (rue "street" and bureau "office", fondamental "basic" as CC-CEDICT glosses 基本)
    assert {"街道=rue", "街道办事处=bureau"} <= set(translation_evidence("街道办事处", "bureau de rue", "fr")[1])
    assert "基本法=fondamentale" in translation_evidence("基本法", "loi fondamentale", "fr")[1]


def test_judge_drops_the_bad_rendering_and_keeps_the_good():
    evidence = Evidence("doc.txt", 1, "…", "rows", 0.8)
    candidate = Candidate((CandidateTerm("共同富裕", "zh-Hans"),
                           CandidateTerm("common prosperity", "en"),
                           CandidateTerm("Gòngtóng fùyù", "fr")), evidence)
    decision = judge(candidate)
    assert decision.verdict.keep
    assert [t.text for t in decision.candidate.terms] == ["共同富裕", "common prosperity"]
    assert any("reading" in reason for pair in decision.pairs for reason in pair.verdict.reasons)


def test_long_romanizations_of_bodies_are_readings_names_of_people_and_places_are_not():
    assert not score("中央深改委", "Zhongyang Shen'gai Wei", "en", 0.85).keep
    assert score("中南海", "Zhongnanhai", "en", 0.85).keep
    assert score("温家宝", "Wen Jiabao", "en", 0.85).keep


def test_a_romanization_of_a_word_the_dictionary_lacks_is_a_name_only_when_jieba_reads_one():
    # people (陈良宇, and 陈羽 with one more character) and a firm (财新) are named so in
    # English; a glossary's pinyin column spells offices and taxes (市委常委, 京饷)
    for zh, text in [("陈良宇", "Chen Liangyu"), ("陈羽凡", "Chen Yufan"), ("财新", "Caixin")]:
        assert score(zh, text, "en", 0.85).keep, text
    for zh, text in [("京饷", "Jing Xiang"), ("市委常委", "Shiwei Changwei"), ("常税", "Changshui")]:
        verdict = score(zh, text, "en", 0.85)
        assert not verdict.keep and verdict.reasons[0].startswith("reading"), text


def test_a_places_romanization_with_its_generic_noun_in_pinyin_is_a_reading():
    # "Changping Xian": English would translate 县 (Changping County)
    verdict = score("昌平县", "Changping Xian", "fr", 0.8)
    assert not verdict.keep and verdict.reasons[0].startswith("reading")
    assert score("杭州", "Hangzhou", "en", 0.85).keep  # (州 inside the name's one word)


def test_a_name_that_english_gives_without_its_generic_noun_is_no_partial_reading():
    # English names the city, the people, the website without 市, 族, 网
    for zh, text in [("北京市", "Beijing"), ("回族", "Hui"), ("求是网", "Qiushi")]:
        assert score(zh, text, "en", 0.8).keep, text
    # a piece of a name's reading is still one, and so is ruby pinyin over one character
    for zh, text in [("中华民族", "Minzu"), ("中国", "guó"), ("北京市", "jing")]:
        assert not score(zh, text, "en", 0.8).keep, text


def test_a_reading_of_part_of_the_chinese_that_the_dictionary_names_it_by_is_a_name():
    # CC-CEDICT: 新华社 "Xinhua News Agency"; "Minzu" names nothing for 中华民族
    assert score("新华社", "Xinhua", "en", 0.8).keep
    assert not score("新华社", "Huashe", "en", 0.8).keep


def test_a_piece_of_a_set_phrases_name_is_refused_as_truncated():
    verdict = score("中国特色社会主义", "Chinese characteristics", "en", 0.9)
    assert not verdict.keep and verdict.reasons[0].startswith("truncated")
    assert not score("科学发展观", "scientific outlook", "en", 0.9).keep
    assert score("科学发展观", "Scientific Outlook on Development", "en", 0.9).keep
    # not a stretch of the name, or a word the Chinese does not say: its own rendering
    assert score("依法治国", "rule of law", "en", 0.9).keep
    assert score("一带一路", "Belt and Road", "en", 0.9).keep


def test_a_language_label_is_not_a_rendering():
    verdict = score("习近平新时代中国特色社会主义思想", "Simplified Chinese", "en", 0.6)
    assert not verdict.keep and verdict.reasons[0].startswith("label")


def test_a_name_written_as_one_word_is_not_cut_short():
    assert score("中国日报", "ChinaDaily", "en", 0.8).keep


def test_patterns_dates_and_part_of_speech_tags_are_not_terms():
    for zh, text in [("促进做某事", "boost doing sth"), ("发布时间:2019年09月27日", "published on Sep 27, 2019"),
                     ("2018", "page consultée le 8 octobre 2018"), ("普遍", "adj")]:
        assert not score(zh, text, "en", 0.8).keep, (zh, text)


def test_one_of_a_pair_of_near_synonyms_is_not_a_piece_cut_short():
    from glossary.build.scorer import _cut_short

    assert _cut_short("铺张浪费", "extravagance") == ""  # CC-CEDICT: "extravagance and waste"
    assert _cut_short("中国特色社会主义", "Chinese characteristics")


def test_a_definition_is_not_a_rendering():
    from glossary.build.scorer import score

    verdict = score("两会", "a term that refers to the National Assembly of the People", "en", 0.8)
    assert not verdict.keep and verdict.reasons[0].startswith("definition")
    assert score("两会", "Two Sessions", "en", 0.8).keep
    for lang, text in (("es", "término que se refiere a la Asamblea nacional popular"),
                       ("fr", "expression qui désigne les deux sessions")):
        verdict = score("两会", text, lang, 0.8)
        assert not verdict.keep and verdict.reasons[0].startswith("definition")
    assert score("两会", "las dos sesiones", "es", 0.8).keep


def test_roman_ordinals_link_chinese_numbers():
    from glossary.build.scorer import links

    found = links("中国共产党第二十次全国代表大会", "XXe Congrès national du Parti communiste chinois", "fr")
    assert "二十=XXe" in found.names
    assert "二十=XX" in links("第二十次全国代表大会", "XX Congreso Nacional", "es").names
    assert not any(n.endswith("=I") for n in links("第一", "I. Review", "en").names)


def test_small_numbers_written_as_words_link_chinese_numerals():
    from glossary.build.scorer import links

    assert "两=two" in links("两会", "Two Sessions", "en").names
    assert "四=quatre" in links("四个全面", "Quatre intégralités", "fr").names
    assert "一=un" not in links("统一战线", "un front uni", "fr").names


def test_an_example_sentence_is_not_a_term_pair():
    from glossary.build.scorer import _refusal

    assert _refusal("他们在国务院工作已经多年",
                    "they have been working in the State Council for many years").startswith("sentence")
    assert _refusal("我国", "our country") is None  # 我国, 我党: names, not sentences


def test_a_sentence_with_a_copula_is_not_a_rendering():
    from glossary.build.scorer import _refusal

    assert _refusal("民主常与独裁进行对比", "democracy is often contrasted with dictatorship")
    assert _refusal("人民代表大会制度", "the system of people's congresses") is None


def test_a_rendering_cut_after_a_connector_is_refused():
    assert not score("委员", "Membre du", "fr", 0.9).keep
    assert not score("国家副主席", "Vice-président de", "fr", 0.9).keep
    assert not score("会议", "hold the", "en", 0.9).keep
    # a learner's verb keeps its preposition, a phrase pattern the one its object needs
    assert score("达成", "parvenir à", "fr", 0.85).keep
    assert score("取得了重大进展", "major headway has been made in", "en", 0.85).keep


def _rows(pairs, lang):
    return [Candidate((CandidateTerm(zh, "zh-Hans"), CandidateTerm(text, lang)),
                      Evidence("list.txt", n, "…", "rows", 0.8)) for n, (zh, text) in enumerate(pairs)]


def test_a_french_glossary_vouches_for_its_rows_with_fewer_links_than_an_english_one():
    # two linked rows of five: 40%, enough for French (cognates are its only links), not
    # for English, where a real glossary shows most of its rows linked
    french = _rows([("中国共产党", "Parti communiste chinois"), ("中央委员会", "Comité central"),
                    ("快乐", "joyeux"), ("节日", "fête"), ("成立", "fonder")], "fr")
    english = _rows([("中国共产党", "Communist Party of China"), ("中央委员会", "Central Committee"),
                     ("快乐", "jolly good"), ("节日", "gala"), ("周年", "round")], "en")
    kept = {d.candidate.terms[1].text for d in judge_all(french) if d.verdict.keep}
    assert {"joyeux", "fête", "fonder"} <= kept
    kept = {d.candidate.terms[1].text for d in judge_all(english) if d.verdict.keep}
    assert kept == {"Communist Party of China", "Central Committee"}


def test_a_layout_that_does_not_vouch_drops_the_unlinked_rendering_not_the_linked_one():
    # one record: the acronym links (政协 "CPPCC"), a description no dictionary word
    # explains does not, and one record is too few for the layout to vouch for it
    record = Candidate((CandidateTerm("政协", "zh-Hans"), CandidateTerm("CPPCC", "en"),
                        CandidateTerm("Top Advisory Body", "en")),
                       Evidence("cppcc.json", 1, "…", "records", 0.8))
    [decision] = judge_all([record], rate=False)
    assert decision.verdict.keep and UNCONFIRMED not in decision.candidate.flags
    assert [t.text for t in decision.candidate.terms] == ["政协", "CPPCC"]
    assert any("dropped: only" in reason for pair in decision.pairs
               for reason in pair.verdict.reasons)


def test_a_compounds_parts_link_what_its_own_gloss_does_not_say():
    # CC-CEDICT glosses 行政机关 "administrative office; administrative authority"; its part
    # 机关 says "organ"
    evidence, links = translation_evidence("行政机关", "administrative organs", "en")
    assert evidence == 1.0 and "机关=organs" in links
    assert translation_evidence("国家权力机关", "organs of state power", "en")[0] == 1.0


def test_english_that_lost_its_spaces_is_read_as_its_words():
    evidence, links = translation_evidence("全国人大代表", "deputytotheNationalPeople'sCongress", "en")
    assert evidence > 0.5 and "人大=congress" in links
    assert translation_evidence("西电东送", "transmission of electricity", "en") == \
        translation_evidence("西电东送", "transmissionofelectricity", "en")
    # a long word made from a shorter one is one word, not "in format ionized"
    assert "信息化=informationized" in translation_evidence("信息化", "informationized", "en")[1]


def test_chinese_that_opens_with_a_copula_or_particle_is_a_clauses_rest():
    assert not score("是国家", "National People’s Congress", "en", 0.9).keep
    assert score("和平", "peace", "en", 0.9).keep  # jieba keeps 和平 whole: no particle
    assert score("在关键领域", "in key fields", "en", 0.85).keep  # 在 opens a phrase a text glosses


def test_a_part_number_or_a_birth_date_is_no_rendering():
    assert not score("中央政府全力支持香港特别行政区繁荣发展", "IV.", "en", 0.85).keep
    assert not score("习近平", "né en 1953", "fr", 0.9).keep
    assert score("习近平", "Xi Jinping", "fr", 0.9).keep


def test_a_name_without_its_leading_chinese_is_not_cut_short():
    # CC-CEDICT: "Chinese People's Liberation Army"; the country word is routinely left out
    assert score("中国人民解放军", "People's Liberation Army", "en", 0.8).keep
    assert not score("中国特色社会主义", "Chinese characteristics", "en", 0.9).keep


def test_a_common_words_capitalised_reading_is_not_a_name():
    # CC-CEDICT glosses 法院 "court of law": "Fayuan" is a glossary's pinyin column
    assert not score("法院", "Fayuan", "en", 0.8).keep
    assert score("叶挺", "Ye Ting", "en", 0.8).keep  # its gloss spells the name
    assert score("枫桥", "Fengqiao", "en", 0.85).keep  # a name CC-CEDICT lacks


def test_judging_calls_back_after_each_thousand_candidates():
    from glossary.build.scorer import judge_all
    from glossary.model import Candidate, CandidateTerm, Evidence

    candidate = Candidate(terms=(CandidateTerm("社会治理", "zh-Hans"),
                                 CandidateTerm("social governance", "en")),
                          evidence=Evidence("d.txt", 1, "", "rows", 0.8))
    calls = []
    decided = judge_all([candidate] * 2500, every_thousand=lambda: calls.append(1))
    assert len(decided) == 2500 and len(calls) == 2 and all(d.verdict.keep for d in decided)


def test_a_name_in_code_is_not_a_rendering():
    verdict = score("中华人民共和国", "UNTERM_Chinese_Formal", "en", 0.8)
    assert not verdict.keep and verdict.reasons[0].startswith("label")
    assert score("中华人民共和国", "People's Republic of China", "en", 0.8).keep
    # a Wikidata export's unlabelled item: its id, not a name
    assert not score("一等站", "Q10864029", "en", 0.8).keep
    assert score("二十国集团", "G20", "en", 0.8).keep


def test_a_sentence_cut_short_and_a_question_are_not_terms():
    from glossary.build.scorer import _refusal

    assert _refusal("中国共产党", "Hi! Welcome to Unique Chinese Words! The word today is")
    assert _refusal("中方如何看待当前中古关系?", "How").startswith("sentence")
    assert _refusal("中国共产党", "Communist Party of China!") is not None
    assert _refusal("一带一路", "Belt and Road") is None


def test_a_field_key_or_a_cell_bar_is_no_rendering():
    from glossary.build.scorer import _refusal

    assert _refusal("机关", "body-zh-cn: |").startswith("markup")
    assert _refusal("外交部", "Ministry of Foreign Affairs | MFA").startswith("markup")
    assert _refusal("县级市", "place:CN=county-level_city").startswith("markup")
    assert _refusal("安徽", "Relation.png 913011").startswith("markup")
    assert _refusal("安徽", "Anhui Province") is None


def test_a_laws_adoption_note_is_not_its_title():
    for note in ("Aprobado en la Tercera Reunión del Comité Permanente de la XIV Asamblea "
                 "Popular Nacional el 14 de junio de 2023",
                 "(Adopted at the Third Meeting of the Standing Committee of the Fourteenth "
                 "National People's Congress on June 28, 2023)"):
        verdict = score("中华人民共和国对外关系法", note, "es", 0.75)
        assert not verdict.keep and "adoption note" in " ".join(verdict.reasons)
    assert score("对外关系法", "Ley de Relaciones Exteriores", "es", 0.8).keep


def test_a_clause_far_longer_than_the_term_is_no_rendering():
    verdict = score("专业采购", "39 trading groups and 599 subgroups have been drawn to the event "
                    "for professional procurement", "en", 0.75)
    assert not verdict.keep and verdict.reasons[0].startswith("sentence")
    assert score("中央军事委员会", "Central Military Commission of the Communist Party of China",
                 "en", 0.75).keep


def test_a_language_label_is_no_chinese_term_but_the_name_of_a_language_is():
    verdict = score("法语", "Fédération Internationale de Football Association", "fr", 0.8)
    assert not verdict.keep and verdict.reasons[0].startswith("label")
    assert score("中文", "Chinese language", "en", 0.8).keep


def test_near_cognates_below_the_cognate_bar_are_listed():
    # communauté / community scores under the bar a French word must reach on its own
    assert score("社区", "communauté", "fr", 0.75).keep
    assert score("社区", "comunidad", "es", 0.75).keep


def test_a_long_name_may_take_a_long_rendering_without_punctuation():
    zh = "中华人民共和国外交部驻澳门特别行政区特派员公署"
    long_name = ("Bureau du Commissaire du Ministère des Affaires étrangères de la République "
                 "populaire de Chine dans la Région administrative spéciale de Macao")
    assert score(zh, long_name, "fr", 0.6).keep
    sentence = ("Le Bureau du Commissaire du Ministère des Affaires étrangères, installé dans la "
                "Région administrative spéciale de Macao, reçoit les visiteurs chaque jour")
    assert not score(zh, sentence, "fr", 0.6).keep
