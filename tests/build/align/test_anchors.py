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
