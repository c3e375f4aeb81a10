from glossary.build.documents import read_document
from glossary.build.spacing import glued, respaced


def test_english_that_lost_its_spaces_gets_them_back():
    # as a document-sharing site prints a bilingual text (our own sentences in its form)
    assert respaced("Theissueofsecuritybearsonthewell-beingofpeopleofallcountries,theloftycause"
                    "ofworldpeace.") == ("The issue of security bears on the well-being of people "
                                         "of all countries, the lofty cause of world peace.")


def test_capitals_names_in_pinyin_and_acronyms_stay_whole():
    assert respaced("ForeignMinistrySpokespersonWangWenbin’sRegularPressConference") == \
        "Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference"
    assert respaced("ManagementCommitteeofZhongguancunScienceandTechnologyPark") == \
        "Management Committee of Zhongguancun Science and Technology Park"
    assert respaced("thesecondsessionoftheNationalCommitteeofthe,CPPCC") == \
        "the second session of the National Committee of the, CPPCC"


def test_ordinary_lines_and_a_label_glued_to_a_name_are_left_alone():
    line = "The Global Security Initiative concerns internationalization and counterterrorism."
    assert not glued(line) and respaced(line) == line
    assert respaced("一、背景I.Background") == "一、背景I.Background"
    assert respaced("AbbreviationZhongzubu (中组部)") == "AbbreviationZhongzubu (中组部)"


def test_a_text_document_is_read_with_its_spaces_put_back(tmp_path):
    text = "全球安全倡议概念文件\nTheGlobalSecurityInitiativeConceptPaper\n"
    (tmp_path / "paper.txt").write_text(text, encoding="utf-8")
    paragraphs = read_document(tmp_path / "paper.txt").paragraphs
    assert any(p.text == "The Global Security Initiative Concept Paper" for p in paragraphs)
