from glossary.build.documents import Document
from glossary.build.extract import translates_as
from glossary.build.readers.text import text_paragraphs


def pairs(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text, c.terms[1].lang)
            for c in translates_as.extract(document)]


def test_prose_that_says_what_a_term_translates_as_in_three_languages():
    assert pairs("Por otro lado, 政策 (zhèngcè) se traduce como política o política pública. "
                 "Este término se refiere a las medidas.") == [
        ("政策", "política", "es"), ("政策", "política pública", "es")]
    assert pairs("Le mot 政策 se traduit en français par « politique ».") == [
        ("政策", "politique", "fr")]
    assert pairs("The word 两会 (liǎnghuì) is translated as \"two sessions\"; "
                 "共同富裕 means 'common prosperity'.") == [
        ("两会", "two sessions", "en"), ("共同富裕", "common prosperity", "en")]
    # an adverb may qualify the verb
    assert pairs("El término 总理 (zǒng lǐ) se traduce directamente como “primer ministro” en "
                 "español.") == [("总理", "primer ministro", "es")]


def test_means_introduces_a_rendering_only_in_quotes():
    assert pairs("中国梦 means different things to different people.") == []
