from glossary.build.documents import Document
from glossary.build.extract import keywords
from glossary.build.readers.text import text_paragraphs


def pairs(text):
    document = Document("paper.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text, c.terms[1].lang, c.evidence.line)
            for c in keywords.extract(document)]


def test_the_two_keyword_lines_of_an_abstract_pair_in_order():
    got = pairs("摘要：本文讨论基层治理。\n关键词：基层治理；共同富裕；乡村振兴\n"
                "Abstract: This paper discusses grassroots governance.\n"
                "Key words: grassroots governance; common prosperity; rural revitalization\n")
    assert got == [("基层治理", "grassroots governance", "en", 2),
                   ("共同富裕", "common prosperity", "en", 2),
                   ("乡村振兴", "rural revitalization", "en", 2)]


def test_lists_on_the_line_after_their_labels_and_other_languages():
    got = pairs("关键词\n全过程人民民主 高质量发展\nMots-clés\n"
                "démocratie populaire intégrale / développement de haute qualité\n")
    assert got == [("全过程人民民主", "démocratie populaire intégrale", "fr", 2),
                   ("高质量发展", "développement de haute qualité", "fr", 2)]


def test_lists_of_different_lengths_pair_nothing():
    assert pairs("关键词：基层治理；共同富裕；乡村振兴\nKeywords: governance; prosperity\n") == []
