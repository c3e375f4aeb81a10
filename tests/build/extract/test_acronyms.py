import pytest

from glossary.build.documents import Document
from glossary.build.extract import acronyms
from glossary.build.extract.acronyms import long_form_for
from glossary.build.readers.text import text_paragraphs
from glossary.model import TermType


@pytest.mark.parametrize("before, acronym, expected", [
    ("Since the conception of the People’s Republic of China", "PRC", "People’s Republic of China"),
    ("the administrative apparatus of the Communist Party of China", "CPC", "Communist Party of China"),
    ("was the All-China Federation of Trade Unions", "ACFTU", "All-China Federation of Trade Unions"),
    ("the annual meetings of the National People’s Congress", "NPC", "National People’s Congress"),
    ("and the Chinese People’s Political Consultative Conference", "CPPCC",
     "Chinese People’s Political Consultative Conference"),
    ("près de 75 ans, le Parti communiste chinois", "PCC", "Parti communiste chinois"),
    ("a la sociedad, el Partido Comunista de China", "PCC", "Partido Comunista de China"),
    ("it is increasingly welded to the power", "CPC", None),
])
def test_long_forms(before, acronym, expected):
    assert long_form_for(acronym, before) == expected


def test_possessive_is_dropped_and_language_follows_paragraph():
    text = ("It is increasingly welded to strengthening the Communist Party of China’s (CPC) "
            "organisational power.\n\nBien qu’il ait façonné la société, le Parti communiste "
            "chinois (PCC) reste focalisé sur la création d’une société.")
    found = list(acronyms.extract(Document("d.txt", tuple(text_paragraphs(text)))))
    assert [[(t.text, t.lang, t.type) for t in c.terms] for c in found] == [
        [("Communist Party of China", "en", TermType.FULL_FORM), ("CPC", "en", TermType.ACRONYM)],
        [("Parti communiste chinois", "fr", TermType.FULL_FORM), ("PCC", "fr", TermType.ACRONYM)],
    ]


def test_an_acronym_a_comma_before_the_name_it_spells():
    from glossary.build.extract.acronyms import acronym_first

    assert acronym_first("CPC, Communist Party of China") == ("Communist Party of China", "CPC")
    assert acronym_first("CPC, Chinese Academy of Sciences") is None  # letters differ
