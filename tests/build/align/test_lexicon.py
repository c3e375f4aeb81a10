from glossary.build.align import lexicon


def test_cedict_glosses_common_readings_before_names():
    assert {"party", "society"} <= lexicon.glosses("党")
    assert "district" not in lexicon.glosses("振兴")  # only the Zhenxing district's reading
    assert lexicon.is_verb("振兴") and not lexicon.is_verb("治理")


def test_backward_maximum_matching_keeps_the_head_whole():
    text = "党组织"
    assert [text[a:b] for a, b in lexicon.dictionary_words(text)] == ["党", "组织"]


def test_same_word_across_inflection_spelling_and_stem_but_not_lookalikes():
    assert lexicon.same_word("counties", "county")
    assert lexicon.same_word("organisational", "organization")
    assert lexicon.same_word("social", "society")
    assert lexicon.same_word("food", "foodstuff")
    assert not lexicon.same_word("party", "part")


def test_cognates_in_french_and_spanish():
    assert lexicon.cognate("governance", "gouvernance", "fr") >= 80
    assert lexicon.cognate("security", "seguridad", "es") >= 66  # secur / segur
    assert lexicon.cognate("stability", "estabilidad", "es") >= 66  # prothetic e-
    assert lexicon.cognate("work", "travail", "fr") < 66


def test_listed_translations_link_what_no_cognate_can():
    assert lexicon.translations("niveaux", "fr") == ("level",)  # any form of niveau
    assert "law" in lexicon.translations("leyes", "es")
    assert lexicon.related("work", "travail", "fr") == 100
    assert lexicon.related("workers", "trabajadores", "es") == 100  # inflected on both sides
    assert lexicon.related("governance", "gouvernance", "fr") == \
        lexicon.cognate("governance", "gouvernance", "fr")  # a cognate is scored as one
    assert lexicon.related("level", "travail", "fr") < 66
    assert lexicon.translations("work", "en") == ()
    assert lexicon.as_gloss("pays", ("country", "peace"), "fr") == "country"
    # the people's words that are no cognates of theirs: armée populaire, membre suppléant
    assert lexicon.as_gloss("populaire", ("army", "people"), "fr", 80) == "people"
    assert lexicon.as_gloss("suppléant", ("alternate", "member"), "fr", 80) == "alternate"
    assert lexicon.as_gloss("igualdad", ("equality", "sovereign"), "es", 80) == "equality"
    assert lexicon.as_gloss("acusado", ("accused", "defendant"), "es", 80) == "accused"
    assert lexicon.as_gloss("locatifs", ("public", "rent"), "fr", 80) == "rent"


def test_the_gloss_a_french_or_spanish_word_is_a_cognate_of():
    glosses = ("china", "diplomatic", "journalist", "policy", "pretext", "state")
    assert lexicon.as_gloss("journalistes", glosses, "fr") == "journalist"
    assert lexicon.as_gloss("estado", glosses, "es") == "state"  # the prothetic e- aside
    assert lexicon.as_gloss("porté", glosses, "fr", 80) is None  # "pretext" only looks alike


def test_a_gloss_that_describes_the_headword_does_not_link_its_words():
    # 邓小平理论: "/Deng Xiaoping Theory/Dengism/economic theory underpinning Chinese reform
    # after the Cultural Revolution, building …/": the description's words are not its glosses
    words = lexicon.glosses("邓小平理论")
    assert {"deng", "xiaoping", "theory"} <= words
    assert not {"revolution", "chinese", "party"} & words
    # each item of "country; nation; state" is a gloss of its own
    assert {"country", "nation", "state"} <= lexicon.glosses("国家")


def test_a_persons_entry_glosses_the_name_not_the_description():
    # "Wang Yi (1953-), PRC foreign minister (2013-) and state councilor (2018-)"
    assert lexicon.glosses("王毅") == frozenset({"wang", "yi"})


def test_the_partys_two_acronyms_are_one_word():
    assert lexicon.same_word("cpc", "ccp") and lexicon.same_word("ccp", "cpc")
    assert not lexicon.same_word("cpc", "cppcc")


def test_french_e_acute_for_the_s_english_kept_is_a_cognate():
    from glossary.build.align.lexicon import as_gloss, cognate

    assert cognate("state", "état", "fr") >= 80 and cognate("stranger", "étranger", "fr") >= 80
    assert as_gloss("État", ("state", "visit"), "fr", 80) == "state"
    assert as_gloss("élection", ("election", "vote"), "fr", 80) == "election"  # not prothetic


def test_a_character_that_ends_a_bodys_name_glosses_its_head_noun():
    # CC-CEDICT has 办 only as a verb ("to handle"), 委 without "commission"
    assert "office" in lexicon.glosses("办") and "office" in lexicon.glosses("室")
    assert "commission" in lexicon.glosses("委")
    assert "council" not in lexicon.glosses("会")  # 会 is as often "will", "can"
    assert lexicon.glosses("委员会") >= {"committee"}  # CC-CEDICT's own glosses stay


def test_official_titles_get_the_glosses_cc_cedict_lacks_beside_its_own():
    assert {"president", "chairman"} <= lexicon.glosses("主席")
    assert {"deputy", "representative"} <= lexicon.glosses("代表")
    assert "era" in lexicon.glosses("新时代") and "age" in lexicon.glosses("新时代")


def test_a_listed_word_whose_stem_is_another_english_words_takes_its_own():
    # Snowball stems partido to "part": the sentence's "part" (部) would take it from "party"
    assert lexicon.as_gloss("Partido", ("part", "party"), "es", 80.0) == "party"
    assert lexicon.as_gloss("Parti", ("part", "party"), "fr", 80.0) == "party"


def test_a_set_phrase_keeps_a_comma_that_joins_two_halves_of_a_slogan():
    assert lexicon.set_phrase("一国两制") == "one country two systems"  # "one country, two systems"
    # a comma before a description still ends the name ("Serve the People!, CCP political slogan")
    assert lexicon.set_phrase("为人民服务") == "serve the people"


def test_an_acronym_glossed_by_its_name_in_brackets_glosses_the_name_too():
    # CC-CEDICT: 中国人民政治协商会议 /CPPCC (Chinese People's Political Consultative Conference)/
    assert {"cppcc", "political", "consultative", "conference"} <= \
        lexicon.glosses("中国人民政治协商会议")
    assert lexicon.set_phrase("中国人民政治协商会议") == \
        "chinese people s political consultative conference"
    assert lexicon._expanded("CPC (Communist Party of China)") == "Communist Party of China"
    assert lexicon._expanded("ABC (not what it stands for)") == "ABC (not what it stands for)"


def test_a_listed_words_feminine_and_plural_forms_are_listed_too():
    assert "foreign" in lexicon.translations("étrangères", "fr")
    assert "foreign" in lexicon.translations("extranjeras", "es")
    assert lexicon.translations("étrangères", "en") == ()
