from glossary.build.documents import read_document
from glossary.build.spacing import glued, respaced, respaced_text


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


def test_a_glossary_glued_throughout_has_its_short_lines_respaced_too():
    text = ("ambassadorextraordinaryandplenipotentiary特命全权大使\n"
            "membersoftheadministrativeandtechnicalstaff行政技术人员\n"
            "counsellorwiththerankofminister,minister-counsellor公使衔参赞\n"
            "ministryofforeignaffairs外交部\nconsulate-general总领事馆\n"
            "officeofthechargéd'affaires,代办处\nmilitaryattaché'soffice,武官处\n"
            "presssection,informationservice新闻处\nairattaché,空军武官\nembassy大使馆\n")
    assert respaced_text(text).split("\n")[3:] == [
        "ministry of foreign affairs外交部", "consulate-general总领事馆",
        "office of the chargé d'affaires,代办处", "military attaché's office,武官处",
        "press section, information service新闻处", "air attaché,空军武官", "embassy大使馆", ""]
    # one glued line does not make a glued text: the others are left as written
    text = "airattaché,空军武官\npresssection,informationservice新闻处\n"
    assert respaced_text(text) == "airattaché,空军武官\npress section, information service新闻处\n"
