import pytest

from glossary.build.documents import Document
from glossary.build.extract import named_as
from glossary.build.readers.text import text_paragraphs


def pairs(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text) for c in named_as.extract(document)]


def test_copulas_that_introduce_a_rendering():
    assert pairs("CPPCC设有全国委员会和地方委员会,全国委员会即national committee,"
                 "地方委员会即local committee。") == [("全国委员会", "national committee"),
                                                     ("地方委员会", "local committee")]
    assert pairs("“四个全面”即Four Comprehensives,指的是:") == [("四个全面", "Four Comprehensives")]


def test_each_rendering_the_sentence_allows_with_or():
    assert pairs("1.“中国台湾”,英译文为:TAIWAN PROVINCE OF CHINA,或CHINESE TAIWAN;") == [
        ("中国台湾", "TAIWAN PROVINCE OF CHINA"), ("中国台湾", "CHINESE TAIWAN")]


def test_it_refers_to_the_term_quoted_before():
    assert pairs("今天要说的词儿是“中央巡视组”,它是专门小组。它的英文是Central Leading Group for "
                 "Inspection Work.") == [("中央巡视组", "Central Leading Group for Inspection Work")]


@pytest.mark.parametrize("text", ["人类，用human换下mankind。", "他们说了OK就走了。"])
def test_prose_that_discusses_words_gives_nothing(text):
    assert pairs(text) == []


def test_translate_as_after_a_comma_and_its_modal_forms():
    assert pairs("例如：北京市教育委员会，译为Beijing Municipal Commission of Education。") == [
        ("北京市教育委员会", "Beijing Municipal Commission of Education")]
    assert pairs("委员会可译为commission或者committee。")[0] == ("委员会", "commission")


def test_numbers_belong_to_the_term_and_written_as_introduces_a_rendering():
    assert pairs("12届全国政协主席,即为Chairman of the 12th CPPCC National Committee,"
                 "也可写作top Chinese political advisor。")[0] == (
        "12届全国政协主席", "Chairman of the 12th CPPCC National Committee")


def test_jiushi_introduces_a_rendering_too():
    assert pairs("反腐监察小组就是anti-graft inspection teams，目标是高官。") == [
        ("反腐监察小组", "anti-graft inspection teams")]


@pytest.mark.parametrize("text, expected", [
    ("由各国元首出席的“峰会”是summit meeting，现在常省略。", [("峰会", "summit meeting")]),
    ("元宵节的“灯会”应该是lantern show。", [("灯会", "lantern show")]),
    ("他是Xi Jinping的朋友。", []),  # a bare 是 after no quoted term says "is"
])
def test_shi_after_a_quoted_term_introduces_a_rendering(text, expected):
    assert pairs(text) == expected


def test_the_rendering_quoted_first_and_the_chinese_it_means():
    text = ("【讲解】文中的“NPC delegation”就是“人大代表团”的意思。我们一般用“NPC deputies”来表示"
            "“人大代表”。“panel discussions”是指“小组讨论”。")
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    found = [(c.terms[0].text, c.terms[1].text) for c in named_as.extract(document)]
    assert found == [("人大代表团", "NPC delegation"), ("人大代表", "NPC deputies"),
                     ("小组讨论", "panel discussions")]


def test_the_rendering_quoted_then_a_colon_and_the_chinese():
    text = ("There are two sources of law: the legislative organs (also known as the “organs of "
            "state power”: 国家权力机关) and the administrative organs.")
    assert pairs(text) == [("国家权力机关", "organs of state power")]


def test_a_language_tip_that_points_at_the_chinese_without_quotes():
    text = ("【讲解】文中的the CPC’s 90th founding anniversary 即指建党90周年,也可以说成the 90th founding "
            "anniversary of the CPC。the Central Committee of the Communist Party of China是指“中国共产党"
            "中央委员会”,“民主党派”在这里被统称为non-Communist parties。")
    assert pairs(text) == [("民主党派", "non-Communist parties"),
                           ("建党90周年", "the CPC’s 90th founding anniversary"),
                           ("中国共产党中央委员会", "the Central Committee of the Communist Party of China")]


def test_a_chinese_article_naming_french_renderings():
    text = ("全国人民代表大会官方法语翻译为:Assemblée populaire nationale。一般报道里都会用“Deux Sessions”"
            "来代表两会。因为在法语里session强调了une période。")
    found = [(c.terms[0].text, c.terms[1].text, c.terms[1].lang)
             for c in named_as.extract(Document("doc.txt", tuple(text_paragraphs(text))))]
    assert ("全国人民代表大会", "Assemblée populaire nationale", "fr") in found
    assert ("两会", "Deux Sessions", "fr") in found  # the document's phrases are French


def test_traditional_copulas():
    assert pairs("“兩會”一般翻譯為two sessions。") == [("兩會", "two sessions")]


def test_the_common_english_expression_is_quoted():
    # (and the other the sentence allows with 或)
    assert pairs("“检察长”常见的英文表达是 “Chief Procurator” 或 “Procurator-General”。") == [
        ("检察长", "Chief Procurator"), ("检察长", "Procurator-General")]


def test_english_is_said_with_either_word_for_it():
    assert pairs("由选举产生的代表,我们称作“人大代表”,英语为NPC deputies。") == [
        ("人大代表", "NPC deputies")]


def test_called_in_english_and_the_passive_called():
    assert pairs("另一种是“候补委员”，英语称为 Alternate Member，人数约170位。") == [
        ("候补委员", "Alternate Member")]
    assert pairs("这个机构被称为 Central Commission for Discipline Inspection。")[0][1] == \
        "Central Commission for Discipline Inspection"


def test_what_the_text_says_of_the_quoted_term_may_stand_before_the_verb():
    text = ("“一带一路”简称译为“the Belt and Road”。统一将“丝绸之路经济带和21世纪海上丝绸之路”的英文全称"
            "译为“the Silk Road Economic Belt and the 21st-Century Maritime Silk Road”。"
            "二、「倡議」一詞譯為「initiative」,且使用單數。")
    assert [pair[:2] for pair in pairs(text)] == [
        ("一带一路", "the Belt and Road"),
        ("丝绸之路经济带和21世纪海上丝绸之路",
         "the Silk Road Economic Belt and the 21st-Century Maritime Silk Road"),
        ("倡議", "initiative")]


def test_an_official_list_says_英译文为():
    assert pairs("1、“中国台湾”，英译文为：TAIWAN PROVINCE OF CHINA；") == [
        ("中国台湾", "TAIWAN PROVINCE OF CHINA")]
