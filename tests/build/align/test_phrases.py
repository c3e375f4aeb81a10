from glossary.build.align.phrases import align


def renderings(en, zh, others):
    texts = {"en": en, "zh": zh, **others}
    return [{"zh": zh[m.zh.start:m.zh.end], "en": en[m.en.start:m.en.end],
             **{lang: texts[lang][p.start:p.end] for lang, p in m.others.items()}}
            for m in align(en, zh, others)]


def test_head_first_in_french_and_spanish():
    assert renderings("They reinforce party building.", "他们加强党的建设。",
                      {"fr": "Ils renforcent la construction du parti.",
                       "es": "Refuerzan la construcción del partido."}) == [
        {"zh": "党的建设", "en": "party building", "fr": "construction du parti",
         "es": "construcción del partido"}]


def test_a_verb_before_the_term_stays_out():
    (found,) = renderings("We must reinforce grassroots governance.", "我们必须加强基层治理。", {})
    assert (found["zh"], found["en"]) == ("基层治理", "grassroots governance")


def test_a_clause_is_not_a_term():
    assert renderings("The plan stresses reform.", "计划强调改革。", {}) == []


def test_a_span_that_names_the_same_body_twice_is_a_clause():
    # "directs" links 主持 (preside over), between two mentions of the committee
    found = renderings("The Chairman of the Standing Committee of the National People’s "
                       "Congress directs the work of the Standing Committee.",
                       "全国人民代表大会常务委员会委员长主持全国人民代表大会常务委员会的工作。", {})
    # (委员长 is "chairman" through glossary/data/gloss_additions.tsv: the title is one term)
    assert ("全国人民代表大会常务委员会委员长",
            "Chairman of the Standing Committee of the National People’s Congress") \
        in [(f["zh"], f["en"]) for f in found]
    assert all(f["zh"].count("常务委员会") < 2 for f in found)


def test_a_term_ends_on_no_adverb_or_conjunction():
    # 不断 (continuously) glosses "continue": a subject and its verb, not a term
    found = renderings("Tariffs continue to rise, and trade wars hurt the global economy.",
                       "关税不断上涨，贸易战损害全球经济。", {})
    assert [(f["zh"], f["en"]) for f in found] == [("贸易战", "trade wars"), ("全球经济", "global economy")]


def test_a_rendering_that_crosses_a_conjunction_is_left_out():
    (found,) = renderings("They met social organisations.", "他们会见了社会组织。",
                          {"fr": "Ils ont rencontré des organisations économiques et sociales."})
    assert "fr" not in found


def test_the_unmatched_head_needs_a_cognate():
    found = renderings("It opened new employment sectors.", "它开辟了新就业领域。",
                       {"fr": "Il a ouvert de nouveaux secteurs d'emploi."})
    assert found == [{"zh": "新就业领域", "en": "new employment sectors",
                      "fr": "nouveaux secteurs d'emploi"}]


def test_a_span_cut_before_its_chinese_head_is_refused():
    # 国家的优先 would match "national priority", but the Chinese term is 国家的优先事项.
    found = renderings("Food security is a national priority.", "粮食安全是国家的优先事项。", {})
    assert [r["en"] for r in found] == ["Food security"]


def direct(text, zh, lang):
    from glossary.build.align.phrases import align_direct

    return [(text[r.start:r.end], zh[c.start:c.end]) for r, c in align_direct(text, zh, lang)]


def test_with_no_english_a_french_or_spanish_phrase_matches_through_cognate_glosses():
    assert direct("Le Parti communiste de Chine a tenu une conférence de presse.",
                  "中国共产党举行了记者会。", "fr") == [
        ("Parti communiste de Chine", "中国共产党"), ("conférence de presse", "记者会")]
    assert direct("Las relaciones internacionales de la Universidad de Fudan.",
                  "复旦大学的国际关系。", "es") == [
        ("relaciones internacionales", "国际关系"), ("Universidad de Fudan", "复旦大学")]


def test_a_locative_word_of_two_characters_may_open_a_term():
    # 外部 is a locative (方位词) to jieba; it modifies the noun after it as an adjective does
    assert ("forces hostiles externes", "外部敌对势力") in direct(
        "l'ingérence des forces hostiles externes.", "外部敌对势力的干扰。", "fr")


def test_with_no_english_a_phrase_neither_cuts_a_noun_from_its_adjective_nor_guesses():
    # "Asamblea | Popular Nacional": the head would be cut off; "politique démographique":
    # démographique has no cognate among the glosses of 人口政策, and nothing confirms a
    # guess (étrangère has none either, but the word list gives "foreign" for it)
    assert direct("la Asamblea Popular Nacional", "全国人民代表大会", "es") == []
    assert direct("la politique démographique de la Chine", "中国的人口政策", "fr") == []
    assert direct("la politique étrangère de la Chine", "中国的外交政策", "fr") == [
        ("politique étrangère", "外交政策")]


def test_a_set_phrase_cc_cedict_names_is_found_whole_in_the_english():
    # a chunk stops at "with", and 中国特色社会主义 is one dictionary word: without its name,
    # "Chinese characteristics" alone was paired with it
    found = renderings("Socialism with Chinese characteristics has entered a new era at the "
                       "Great Hall of the People.", "中国特色社会主义在人民大会堂进入了新时代。", {})
    assert {"zh": "中国特色社会主义", "en": "Socialism with Chinese characteristics"} in found
    assert {"zh": "人民大会堂", "en": "Great Hall of the People"} in found


def test_a_set_phrase_followed_by_the_verb_the_chinese_follows_it_with_ends_there():
    # "enters" is a content word, which would make the name a piece of a longer one; it
    # translates 进入, the verb after the term: the name ends, the sentence goes on
    found = renderings("The congress opened as socialism with Chinese characteristics enters a "
                       "new era.", "在中国特色社会主义进入了新时代之际，大会开幕。", {})
    assert {"zh": "中国特色社会主义", "en": "socialism with Chinese characteristics"} in found
    # a noun after the name, in a name of its own, still carries it on
    found = renderings("Monthly insurance premium income by region.", "月度各地区原保险保费收入。", {})
    assert {"zh": "保费", "en": "insurance premium"} not in found


def test_a_short_word_the_dictionary_names_in_two_words_is_found_in_the_english():
    # 冷战 is a verb to jieba, which no chunk may start with; its name "cold war" is found
    found = renderings("The Cold War is over, and a trade war has begun.", "冷战结束了，贸易战开始了。", {})
    assert {"zh": "冷战", "en": "Cold War"} in found
    assert {"zh": "贸易战", "en": "trade war"} in found


def test_a_short_words_name_that_is_a_phrase_of_small_words_or_opens_a_longer_name_is_not():
    found = renderings("He spoke on behalf of the Ministry of Foreign Affairs of the People's "
                       "Republic of China.", "他代表中华人民共和国外交部发言。", {})
    assert not [m for m in found if m["zh"] == "代表"]  # "on behalf of"
    assert {"zh": "外交部", "en": "Ministry of Foreign Affairs"} not in found


def test_a_set_phrase_inside_a_longer_english_name_is_left_to_the_chunks():
    found = renderings("The CPC set up its Department of Social Work in March.",
                       "中共三月成立了社会工作部。", {})
    assert {"zh": "社会工作", "en": "Social Work"} not in found


def test_a_numbered_meeting_pairs_by_its_ordinals_and_keeps_the_terms_inside_it():
    found = renderings("The 20th National Congress of the Communist Party of China (CPC) "
                       "opened in Beijing.", "中国共产党第二十次全国代表大会在北京开幕。", {})
    assert {"zh": "中国共产党第二十次全国代表大会",
            "en": "20th National Congress of the Communist Party of China"} in found
    assert {"zh": "中国共产党", "en": "Communist Party of China"} in found
    assert renderings("The Fifth Plenary Session of the 19th Communist Party of China (CPC) "
                      "Central Committee was held.", "十九届五中全会举行。", {}) == [
        {"zh": "十九届五中全会",
         "en": "Fifth Plenary Session of the 19th Communist Party of China (CPC) Central Committee"}]
    assert {"zh": "十三届全国人大四次会议", "en": "fourth session of the 13th National People's Congress"} \
        in renderings("The fourth session of the 13th National People's Congress opened on March 5.",
                      "十三届全国人大四次会议3月5日开幕。", {})


def test_a_meeting_whose_english_gives_other_numbers_is_not_paired():
    found = renderings("The fourth session of the 12th National People's Congress opened.",
                       "十三届全国人大四次会议开幕。", {})
    assert not any(f["zh"] == "十三届全国人大四次会议" for f in found)


def test_one_word_that_names_a_doctrine_is_a_term_any_other_is_not():
    found = renderings("Unilateralism was on the rise, with its mechanism of power politics.",
                       "单边主义沉渣泛起,其机制是强权政治。", {})
    assert {"zh": "单边主义", "en": "Unilateralism"} in found
    assert all(f["en"] != "mechanism" for f in found)


def test_one_chinese_word_is_not_paired_with_english_that_leaves_out_its_head():
    # 中华人民共和国 is the People's *Republic* of China; "Chinese people" is not it
    assert renderings("After long struggles, the Chinese people won the revolution.",
                      "经过长期奋斗，中华人民共和国取得了革命的胜利。", {}) == []


def test_a_number_both_sides_open_the_name_with_is_part_of_it():
    found = renderings("They built the Silk Road Economic Belt and the 21st Century Maritime Silk Road.",
                       "共建丝绸之路经济带和21世纪海上丝绸之路。", {})
    assert {"zh": "21世纪海上丝绸之路", "en": "21st Century Maritime Silk Road"} in found


def test_a_name_keeps_of_the_and_on_the():
    found = renderings("Report on the Work of the Government, delivered by Wen Jiabao, Premier "
                       "of the State Council", "政府工作报告，国务院总理温家宝", {})
    assert {"zh": "政府工作报告", "en": "Report on the Work of the Government"} in found
    assert {"zh": "国务院总理", "en": "Premier of the State Council"} in found


def test_a_heading_in_capitals_ends_before_the_text_that_runs_on_from_it():
    found = renderings("REPORT ON THE WORK OF THE GOVERNMENT Delivered at the Fifth Session of the "
                       "Eleventh National People's Congress", "政府工作报告 在第十一届全国人民代表大会"
                       "第五次会议上", {})
    assert {"zh": "政府工作报告", "en": "REPORT ON THE WORK OF THE GOVERNMENT"} in found


def test_a_name_may_end_before_of_the_but_not_before_a_date():
    found = renderings("He visited the United Front Work Department of the Central Committee of the "
                       "Communist Party of China, then flew to Kuala Lumpur on October 27.",
                       "他访问了中共中央统一战线工作部，随后于10月27日飞往吉隆坡。", {})
    assert {"zh": "吉隆坡", "en": "Kuala Lumpur"} in found
    assert {"zh": "中共中央统一战线工作部", "en": "United Front Work Department of the Central "
            "Committee of the Communist Party of China"} in found


def test_a_persons_name_in_pinyin_is_paired_and_cut_from_the_title_beside_it():
    found = renderings("Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference",
                       "外交部发言人汪文斌主持例行记者会", {})
    assert {"zh": "汪文斌", "en": "Wang Wenbin"} in found
    assert {"zh": "外交部发言人", "en": "Foreign Ministry Spokesperson"} in found


def test_a_persons_name_that_opens_a_longer_name_stays_in_it():
    found = renderings("They study Xi Jinping Thought on Diplomacy.", "他们学习习近平外交思想。", {})
    assert {"zh": "习近平外交思想", "en": "Xi Jinping Thought on Diplomacy"} in found
    assert all(f["en"] != "Xi Jinping" for f in found)


def test_with_no_english_a_persons_name_in_pinyin_pairs_as_well():
    found = direct("El embajador Qiu Xiaoqi visitó la cancillería.", "邱小琪大使访问了外交部。", "es")
    assert ("Qiu Xiaoqi", "邱小琪") in found


def test_a_persons_name_with_the_title_chinese_puts_after_it():
    found = renderings("President Xi Jinping met State Councilor Wang Yi.", "习近平主席会见了王毅国务委员。", {})
    assert {"zh": "习近平主席", "en": "President Xi Jinping"} in found
    assert {"zh": "王毅国务委员", "en": "State Councilor Wang Yi"} in found
    assert {"zh": "习近平", "en": "Xi Jinping"} in found
    # a title of two words is a term of its own; one word (President) says too little
    assert {"zh": "国务委员", "en": "State Councilor"} in found
    assert {"zh": "主席", "en": "President"} not in found
    assert ("presidente Xi Jinping", "习近平主席") in direct(
        "El presidente Xi Jinping visitó España.", "习近平主席访问西班牙。", "es")


def test_a_coordinated_term_keeps_its_conjunction_a_pair_of_names_is_no_term():
    found = renderings("Goal 6: Clean Water and Sanitation", "目标6:洁净水与卫生", {})
    assert {"zh": "洁净水与卫生", "en": "Clean Water and Sanitation"} in found
    found = renderings("Trade between China and ASEAN grew.", "中国与东盟的贸易增长了。", {})
    assert all(f["zh"] != "中国与东盟" for f in found)


def test_two_posts_held_together_are_each_a_term():
    found = renderings("State Councilor and Foreign Minister Wang Yi will visit Qatar.",
                       "国务委员兼外长王毅将访问卡塔尔。", {})
    assert {"zh": "国务委员兼外长", "en": "State Councilor and Foreign Minister"} in found
    assert {"zh": "国务委员", "en": "State Councilor"} in found
    assert {"zh": "外长", "en": "Foreign Minister"} in found
    # halves that share a head are no terms alone
    found = renderings("the Economic and Social Council", "经济及社会理事会", {})
    assert [f["zh"] for f in found] == ["经济及社会理事会"]


def test_a_word_before_a_name_is_not_part_of_it():
    found = renderings("They are jointly building Silk Road Economic Belt.", "他们共建丝绸之路经济带。", {})
    assert {"zh": "丝绸之路经济带", "en": "Silk Road Economic Belt"} in found


def test_an_acronym_alone_is_a_term():
    found = renderings("China supports ASEAN centrality in the region.", "中方支持东盟在地区的中心地位。", {})
    assert {"zh": "东盟", "en": "ASEAN"} in found
    assert all(f["en"] != "region" for f in found)


def test_a_party_congress_by_its_short_name_pairs_by_its_ordinal():
    found = renderings("Since the 18th National Congress of the CPC, reform has advanced.",
                       "党的十八大以来,改革不断推进。", {})
    assert {"zh": "党的十八大", "en": "18th National Congress of the CPC"} in found


def test_with_no_english_a_numbered_meeting_pairs_by_its_french_or_spanish_ordinals():
    from glossary.build.align.phrases import align_direct

    def direct(text, zh, lang):
        return [(text[a.start:a.end], zh[b.start:b.end]) for a, b in align_direct(text, zh, lang)]

    assert ("deuxième session de la XIIIe Assemblée populaire nationale",
            "第十三届全国人民代表大会第二次会议") in direct(
        "Il a présenté à la deuxième session de la XIIIe Assemblée populaire nationale, le 5 "
        "mars, son rapport.", "他在第十三届全国人民代表大会第二次会议上作报告。", "fr")
    assert ("XVIII Congreso Nacional del Partido", "党的十八大") in direct(
        "Desde el XVIII Congreso Nacional del Partido, la reforma avanzó.",
        "党的十八大以来,改革不断推进。", "es")
    assert direct("Depuis le XVIIIe Congrès du Parti, nous avançons.",
                  "中共十九大以来,我们不断前进。", "fr") == []  # another number


def test_phrases_that_are_pieces_of_a_sentence_are_not_terms():
    from glossary.build.align.phrases import termlike

    assert termlike("党的建设") and termlike("社会治理")
    assert not termlike("完整的制度")  # a phrase built on 的
    assert not termlike("人类历史上")  # a place in the sentence
    assert not termlike("族")


def test_a_modifier_the_dictionary_folds_into_the_next_word_stays_in_the_name():
    en = "to hear the report of the Central Commission for Discipline Inspection, to discuss"
    zh = "听取中央纪律检查委员会的报告；讨论"  # CC-CEDICT: 纪律检查委员会 "Central Commission…"
    assert {"zh": "中央纪律检查委员会", "en": "Central Commission for Discipline Inspection"} \
        in renderings(en, zh, {})


def test_a_prefix_british_spelling_hyphenates_is_one_word_with_it():
    from glossary.build.align.words import parts, tokens

    assert [parts(t) for t in tokens("co-operation non-public")] == [["cooperation"],
                                                                    ["non", "public"]]
    assert {"zh": "国际合作", "en": "international co-operation"} in renderings(
        "To achieve international co-operation in solving problems", "促成国际合作，以解决问题", {})


def test_a_name_the_english_gives_outside_the_phrase_is_not_part_of_it():
    # CC-CEDICT glosses 达沃斯 "Davos World Economic Forum"; here Davos is named after "in"
    found = renderings("He will attend the 2020 Annual Meeting of the World Economic Forum in Davos "
                       "and visit Switzerland.", "他将出席达沃斯世界经济论坛2020年年会并访问瑞士。", {})
    assert {"zh": "世界经济论坛", "en": "World Economic Forum"} in found
    assert all(f["zh"] != "达沃斯世界经济论坛" for f in found)


def test_official_titles_cc_cedict_does_not_gloss_are_matched_through_the_additions():
    # CC-CEDICT glosses 主席 "chairman"; official English says "President"
    # (glossary/data/gloss_additions.tsv)
    found = renderings("promulgated by Order No. 41 of the President of the People’s Republic "
                       "of China", "中华人民共和国主席令第四十一号公布", {})
    assert {"zh": "中华人民共和国主席", "en": "President of the People’s Republic of China"} in found


def test_a_word_naming_two_things_the_english_joins_with_and_takes_both():
    # 军民 is "military" and "civilian": the English chunk stops at "and", the term does not
    assert renderings("The growth of military and civilian fusion is fast.",
                      "军民融合发展很快。", {}) == [{"zh": "军民融合", "en": "military and civilian fusion"}]
    # (a title said again with its deputy is two terms, not one)
    assert renderings("mayors and deputy mayors", "市长、副市长", {})[-1] == {
        "zh": "副市长", "en": "deputy mayors"}


def test_a_preposition_a_name_capitalises_in_prose_stays_inside_it():
    found = renderings("The talks were held between the Association for Relations Across the "
                       "Taiwan Straits (ARATS) and others.", "会谈在海峡两岸关系协会与其他机构之间举行。", {})
    assert {"zh": "海峡两岸关系协会",
            "en": "Association for Relations Across the Taiwan Straits"} in found
    # a heading in title case capitalises every preposition: its words say no name goes on
    found = renderings("Whole-Process People's Democracy Under CPC Leadership",
                       "中国共产党领导下的全过程人民民主", {})
    assert {"zh": "全过程人民民主", "en": "Whole-Process People's Democracy"} in found


def test_a_verb_jieba_calls_a_noun_is_no_head_when_an_object_follows_it():
    # 行使 is a noun to jieba here, a verb to CC-CEDICT; "exercise the …" is verb and object
    found = renderings("The National People’s Congress and its Standing Committee exercise the "
                       "legislative power of the state.",
                       "全国人民代表大会和全国人民代表大会常务委员会行使国家立法权。", {})
    assert ("全国人民代表大会常务委员会", "Standing Committee") in [(f["zh"], f["en"]) for f in found]
    assert not any(f["zh"].endswith("行使") for f in found)


def test_a_phrase_that_stops_on_an_adjective_before_its_head_is_no_term():
    found = renderings("We will deepen international industrial-capacity cooperation.",
                       "深化国际产能合作。", {})
    assert not any(f["en"].endswith("international") for f in found)


def test_of_and_a_complement_the_chinese_says_before_its_head_stay_in_the_phrase():
    found = renderings("The two heads of state had in-depth exchanges of views on bilateral "
                       "relations.", "两国元首就双边关系深入交换了意见。", {})
    assert ("两国元首", "two heads of state") in [(f["zh"], f["en"]) for f in found]


def test_a_complement_after_of_that_the_chinese_says_first_stays_in_the_term():
    found = renderings("The Assembly is the supreme organ of state power of the region.",
                       "该议会是本地区最高国家权力机关。", {})
    assert {"zh": "最高国家权力机关", "en": "supreme organ of state power"} in found
    # a name after "of" is not the term's complement
    found = renderings("He met the chief procurators of Macao.", "他会见了澳门的检察长。", {})
    assert all("Macao" not in pair["en"] or pair["zh"] == "澳门" for pair in found)


def test_an_ordinal_before_a_french_noun_is_left_out_of_the_term():
    from glossary.build.align.phrases import align_direct

    fr = "Il effectue sa deuxième visite d’Etat en Italie."
    zh = "他对意大利进行第二次国事访问。"
    found = [(fr[a.start:a.end], zh[b.start:b.end]) for a, b in align_direct(fr, zh, "fr")]
    assert ("visite d’Etat", "国事访问") in found
