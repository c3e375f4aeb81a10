from glossary.build.extract import _sections as sections


def test_section_numbers_are_taken_out_but_not_a_word_that_starts_like_one():
    assert sections.without_numbers("PART II GENERAL PROVISIONS") == "GENERAL PROVISIONS"
    assert sections.without_numbers("Chapter 3 The State Council") == "The State Council"
    assert sections.without_numbers("ChapterI  General Principles") == "General Principles"
    assert sections.without_numbers("STATUTS DU PARTI COMMUNISTE CHINOIS") == \
        "STATUTS DU PARTI COMMUNISTE CHINOIS"
    assert sections.without_numbers("CHAPTERI General Principles") == "General Principles"
