from glossary.build.align.sentences import split
from glossary.build.documents import Paragraph, detect_language


def sentences(text, lang=None):
    paragraph = Paragraph(text, lang or detect_language(text), ((0, 1),))
    return [s.text for s in split(paragraph)]


def test_chinese_ends_at_full_stops_and_keeps_closing_quotes():
    assert sentences("他说：“要加强基层治理。”党的建设很重要！是吗？好") == [
        "他说：“要加强基层治理。”", "党的建设很重要！", "是吗？", "好"]


def test_latin_abbreviations_initials_and_dotted_acronyms_do_not_end_a_sentence():
    assert sentences("Mr. Li met Dr. Wang of the U.S. delegation. J. Smith was there. "
                     "They left at 5 p.m. on Monday.", "en") == [
        "Mr. Li met Dr. Wang of the U.S. delegation.", "J. Smith was there.",
        "They left at 5 p.m. on Monday."]


def test_spanish_opening_marks_and_french_guillemets():
    assert sentences("¿Regreso al futuro? La « gouvernance sociale » avance. ¡Sí!", "es") == [
        "¿Regreso al futuro?", "La « gouvernance sociale » avance.", "¡Sí!"]


def test_offsets_point_into_the_paragraph():
    paragraph = Paragraph("One here.  Two there.", "en", ((0, 7), (11, 8)))
    second = split(paragraph)[1]
    assert paragraph.text[second.start:].startswith("Two") and second.line == 8


def test_an_items_number_opening_a_sentence_does_not_end_it():
    assert sentences("1. Striving to modernize the industrial system. IV. Review of the year.",
                     "en") == ["1. Striving to modernize the industrial system.",
                               "IV. Review of the year."]
    assert sentences("It grew by 5. Then it fell.", "en") == ["It grew by 5.", "Then it fell."]
