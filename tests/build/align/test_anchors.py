from glossary.build.align.anchors import features, matched, similarity


def score(english, other, lang):
    e, o = features(english, "en"), features(other, lang)
    return similarity([e], [o], [[matched(e, o)]])


def test_dictionary_words_numbers_acronyms_and_pinyin_names():
    right = score("In March 2023, Xi Jinping set up the CPC's Department of Social Work.",
                  "2023年3月，习近平成立了中共社会工作部。", "zh")
    wrong = score("Foreign entities must now navigate a harsher landscape.",
                  "2023年3月，习近平成立了中共社会工作部。", "zh")
    assert right > 0.6 and wrong < 0.2


def test_cognates_and_acronyms_in_any_letter_order():
    e = features("The Communist Party of China (CPC) stresses social governance.", "en")
    f = features("Le Parti communiste chinois (PCC) souligne la gouvernance sociale.", "fr")
    assert "CCP" in e.acronyms & f.acronyms
    assert {e.words[i] for i in matched(e, f)} >= {"communist", "social", "governance"}


def test_a_number_on_one_side_only_counts_against():
    assert score("The plan covers 832 counties.", "Le plan couvre 832 comtés.", "fr") > \
        score("The plan covers 832 counties.", "Le plan couvre 600 comtés.", "fr")


def test_quotations_on_both_sides():
    assert score("It stresses “social governance”.", "Il souligne la « gouvernance sociale ».",
                 "fr") > score("It stresses social governance.",
                               "Il souligne la « gouvernance sociale ».", "fr")


def test_a_merge_hiding_an_unrelated_sentence_scores_below_zero():
    e = [features("Critics describe some projects as debt traps.", "en"),
         features("Supporters point to new railways and ports.", "en")]
    f = features("Les critiques qualifient certains projets de pièges de la dette.", "fr")
    assert similarity(e, [f], [[matched(e[0], f)], [matched(e[1], f)]]) < 0


def test_a_year_day_or_article_in_chinese_numerals_is_the_englishs_number():
    # a law's preamble writes its dates in numerals; the English in digits
    english = "On 19 December 1984, the Chinese and British Governments signed the Joint " \
              "Declaration on the Question of Hong Kong, affirming that the Government of " \
              "the People's Republic of China will resume sovereignty from 1 July 1997."
    chinese = "一九八四年十二月十九日，中英两国政府签署了关于香港问题的联合声明，确认中华人民" \
              "共和国政府于一九九七年七月一日恢复对香港行使主权。"
    assert features(chinese, "zh").spelled == {"1984", "19", "1997", "1"}
    assert score(english, chinese, "zh") > 0.6
    assert features("第三十一条 第十九届", "zh").spelled == {"31", "19"}
    # a month, a count of years and a numeral inside a word are no such number
    assert features("十二月，两年来坚持一带一路，统一", "zh").spelled == frozenset()


def test_a_number_the_english_spells_in_words_is_no_evidence_against():
    # "Twelfth" for 十二届: the numeral neither confirms nor counts against the pair
    from dataclasses import replace

    e = features("The Third Session of the Twelfth National People's Congress met.", "en")
    z = features("十二届全国人大三次会议举行。", "zh")
    assert z.spelled == {"12"}
    unspelled = replace(z, spelled=frozenset())
    assert similarity([e], [z], [[matched(e, z)]]) == \
        similarity([e], [unspelled], [[matched(e, unspelled)]])
