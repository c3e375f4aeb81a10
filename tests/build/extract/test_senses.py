from glossary.build.documents import Document
from glossary.build.extract import senses
from glossary.build.readers.text import text_paragraphs

# An entry as a Wiktionary page reads when copied as text (written for the test, in its form)
ENTRY = """From Wiktionary, the free dictionary

trad. (改革派) 改革
simp. (改革派) 改革

Noun

  1. (politics)reformist faction(i.e. those who favour reform); reformers
  2. to reform the system
  3. a group of people within a party who want to change the way a country is governed
"""

# A data dump's rendering of an entry: the glosses run on into its labels
DUMP = """Noun

Head templates: {{head|zh|noun}} 協商
  1. negotiation; consultation Derived forms: 認罪協商 (rènzuì xiéshāng)
    Sense id: en-協商-zh-noun
"""


def pairs(text):
    document = Document("entry.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text, c.terms[1].lang)
            for c in senses.extract(document)]


def test_each_naming_gloss_of_a_sense_renders_the_simplified_headword():
    # not the verb's sense ("to reform…") nor the one that defines at length
    assert pairs(ENTRY) == [("改革派", "reformist faction", "en"), ("改革派", "reformers", "en")]


def test_a_dump_entry_gives_its_glosses_without_the_labels_that_follow():
    assert pairs(DUMP) == [("協商", "negotiation", "en"), ("協商", "consultation", "en")]


def test_a_numbered_list_with_no_headword_label_gives_nothing():
    assert pairs("改革开放\n\n  1. reform and opening up\n  2. the market economy\n") == []


def test_the_form_label_alone_on_its_line_names_the_headword_on_the_next():
    text = "simp. and trad.\n(民主)\n\nNoun\n\n  1. democracy\n"
    assert pairs(text) == [("民主", "democracy", "en")]


def test_a_second_entry_named_by_its_traditional_form_alone_is_a_new_headword():
    text = ("simp. (改革派)\n\n  1. reformers\n\ntrad. (保守派)\n\n  1. conservatives\n")
    assert pairs(text) == [("改革派", "reformers", "en"), ("保守派", "conservatives", "en")]
