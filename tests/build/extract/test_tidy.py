import pytest

from glossary.build.extract import tidy
from glossary.model import Candidate, CandidateTerm, Evidence


def test_list_numbers_dashes_and_markup_are_cut_from_term_edges():
    candidate = Candidate(
        terms=(CandidateTerm("——在中国共产党第十九次全国代表大会上的报告", "zh-Hans"),
               CandidateTerm("I. Review of Work in the Past Five Years --", "en"),
               CandidateTerm("**Civil Code", "en"), CandidateTerm("Labor Law /", "en")),
        evidence=Evidence("doc.txt", 1, "", "parallel", 0.6))
    assert [t.text for t in tidy(candidate).terms] == [
        "在中国共产党第十九次全国代表大会上的报告", "Review of Work in the Past Five Years",
        "Civil Code", "Labor Law"]


def test_a_quoted_term_that_opens_its_cell_is_cut_from_the_comment_after_it():
    candidate = Candidate(
        terms=(CandidateTerm("竞选活动", "zh-Hans"),
               CandidateTerm('Campaign." Where candidates try to win you over', "en"),
               CandidateTerm('"Voter" or "electorate." These are the folks', "en"),
               CandidateTerm('"Eight Great Eminent Officials" of the CCP', "en")),
        evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    # (a quote that a lower-case complement follows is part of the name)
    assert [t.text for t in tidy(candidate).terms][1:] == [
        "Campaign", "Voter", '"Eight Great Eminent Officials" of the CCP']


def test_a_clean_candidate_is_returned_unchanged():
    candidate = Candidate(terms=(CandidateTerm("共同富裕", "zh-Hans"),
                                 CandidateTerm("U.S. policy", "en")),
                          evidence=Evidence("doc.txt", 1, "", "inline", 0.9))
    assert tidy(candidate) is candidate


def test_a_bracket_that_closes_nothing_is_cut():
    candidate = Candidate(terms=(CandidateTerm("四个意识)", "zh-Hans"),
                                 CandidateTerm("Four Consciousnesses (sìgè yìshí", "en")),
                          evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    assert [t.text for t in tidy(candidate).terms] == ["四个意识", "Four Consciousnesses (sìgè yìshí"]


def test_a_name_said_twice_is_kept_once():
    candidate = Candidate(terms=(CandidateTerm("国家监察委员会", "zh-Hans"), CandidateTerm(
        "Commission nationale de surveillance la Commission nationale de surveillance", "fr")),
        evidence=Evidence("doc.txt", 1, "", "labelled", 0.85))
    assert tidy(candidate).terms[1].text == "Commission nationale de surveillance"


def test_a_part_of_speech_tag_after_the_rendering_is_cut():
    candidate = Candidate(terms=(CandidateTerm("载体", "zh-Hans"), CandidateTerm("carrier n.", "en")),
                          evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    assert tidy(candidate).terms[1].text == "carrier"


def test_a_parts_number_before_its_name_is_cut():
    candidate = Candidate(terms=(CandidateTerm("人格权编", "zh-Hans"),
                                 CandidateTerm("Book 4: Personality Rights", "en")),
                          evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    assert tidy(candidate).terms[1].text == "Personality Rights"


def rendering_of(text):
    candidate = Candidate(terms=(CandidateTerm("真理部", "zh-Hans"), CandidateTerm(text, "en")),
                          evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    return tidy(candidate).terms[1].text


def test_a_page_label_glued_onto_the_term_is_cut():
    assert rendering_of("View ArticleMinistry of Truth") == "Ministry of Truth"
    assert rendering_of("AbbreviationZhongzubu") == "Zhongzubu"


def test_names_written_in_camel_case_are_not_labels():
    for name in ("WeChat Pay", "LinkedIn", "YouTube", "ChinaDaily", "GlobalTimes"):
        assert rendering_of(name) == name


def test_chapter_and_article_numbers_are_cut_in_both_languages():
    candidate = Candidate(terms=(CandidateTerm("第三章\u3000党的中央组织", "zh-Hans"),
                                 CandidateTerm("Chapter III. Central Party Organizations", "en")),
                          evidence=Evidence("doc.txt", 1, "", "line-pairs", 0.6))
    assert [t.text for t in tidy(candidate).terms] == ["党的中央组织", "Central Party Organizations"]
    assert rendering_of("Article 20: Functions and powers") == "Functions and powers"
    session = Candidate(terms=(CandidateTerm("第二次会议", "zh-Hans"), CandidateTerm("Second Session", "en")),
                        evidence=Evidence("doc.txt", 1, "", "line-pairs", 0.6))
    assert tidy(session) is session  # an ordinal that is part of the name stays


def test_quotes_around_the_whole_term_and_a_leading_part_of_speech_are_cut():
    assert rendering_of("“fighting spirit”") == "fighting spirit"
    assert rendering_of("« double circulation »") == "double circulation"
    assert rendering_of("n. motion") == "motion"
    assert rendering_of("vt. `elect") == "elect"  # a Markdown word list's code span
    assert rendering_of("People's Democratic United Front (1945-1966)[1]") == \
        "People's Democratic United Front"  # the period it lasted, and a footnote's mark
    assert rendering_of("“A” and “B”") == "“A” and “B”"


def test_a_letter_spaced_chinese_heading_is_closed_up():
    candidate = Candidate(terms=(CandidateTerm("序\u3000言", "zh-Hans"), CandidateTerm("Preamble", "en")),
                          evidence=Evidence("doc.txt", 1, "", "line-pairs", 0.6))
    assert tidy(candidate).terms[0].text == "序言"
    two_words = Candidate(terms=(CandidateTerm("国务院总理 李克强", "zh-Hans"),
                                 CandidateTerm("Premier Li Keqiang", "en")),
                          evidence=Evidence("doc.txt", 1, "", "line-pairs", 0.6))
    assert tidy(two_words) is two_words


def test_a_dictionarys_literally_and_a_half_cut_aside_are_cut():
    assert rendering_of("lit. to govern from behind the curtain") == "to govern from behind the curtain"
    assert rendering_of("politically) dissenting") == "dissenting"
    assert rendering_of("Belt and Road (BRI)") == "Belt and Road (BRI)"


def test_a_sentence_after_the_term_and_a_wikis_template_names_are_cut():
    assert rendering_of("secretary. This person keeps records and performs clerical work") == "secretary"
    assert rendering_of("U.S. policy on China") == "U.S. policy on China"
    assert rendering_of("Modèle:Ebauche Chine Modèle:PolitiqueChine Le Secrétariat général") == \
        "Le Secrétariat général"
    assert rendering_of("――municipal people's congress") == "municipal people's congress"


def test_a_note_that_the_chinese_is_an_abbreviation_is_cut():
    candidate = Candidate(terms=(CandidateTerm("中国人民政治协商会议(简称“政协”", "zh-Hans"),
                                 CandidateTerm("CPPCC", "en")),
                          evidence=Evidence("doc.txt", 1, "", "inline", 0.8))
    assert tidy(candidate).terms[0].text == "中国人民政治协商会议"


def test_a_chapter_or_section_number_without_a_colon_is_cut():
    assert rendering_of("Chapter I General Principle") == "General Principle"
    assert rendering_of("Section 1 The National People's Congress") == "The National People's Congress"
    assert rendering_of("Part One") == "Part One"


def _tidied(zh, rendering, lang="en", zh_lang="zh-Hans"):
    candidate = Candidate(terms=(CandidateTerm(zh, zh_lang), CandidateTerm(rendering, lang)),
                          evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    return tuple(t.text for t in tidy(candidate).terms)


def test_a_footnote_mark_or_a_wikis_note_is_cut_from_both_sides():
    assert _tidied("《新时代的中国与世界》白皮书 [2", "China and the World in the New Era [2]") == (
        "《新时代的中国与世界》白皮书", "China and the World in the New Era")
    assert _tidied("中华民族伟大复兴", "gran rejuvenecimiento de la nación china  [ wikidata ]", "es")[1] \
        == "gran rejuvenecimiento de la nación china"


def test_a_section_number_glued_to_its_heading_is_cut():
    assert _tidied("第一节立法权限", "Legislative Jurisdiction")[0] == "立法权限"
    assert _tidied("第四節法律解釋", "Interpretation", zh_lang="zh-Hant")[0] == "法律解釋"
    assert _tidied("第二个结合", "second integration")[0] == "第二个结合"


def test_a_bodys_session_is_cut_unless_the_rendering_numbers_it_too():
    assert _tidied("十八届中央政治局", "Political Bureau of the CPC Central Committee")[0] == "中央政治局"
    assert _tidied("十八届中央委员会", "18th Central Committee")[0] == "十八届中央委员会"
    assert _tidied("九届全国人大五次会议", "the Fifth Session of the Ninth NPC")[0] == "九届全国人大五次会议"


def test_a_forums_anti_copying_junk_is_cut_from_a_rendering():
    assert _tidied("主席团", "Presidium5 K O- P- P: e) X0 j")[1] == "Presidium"
    assert _tidied("民族委员会", "Ethnic Affairs Committee+ y")[1] == "Ethnic Affairs Committee"
    assert _tidied("法律委员会", "Law Committee% p.")[1] == "Law Committee"
    assert _tidied("B计划", "Plan B")[1] == "Plan B" and _tidied("第五条", "Article 5")[1] == "Article 5"


def test_an_item_number_and_a_year_both_sides_give_are_cut():
    candidate = Candidate(terms=(CandidateTerm("7-1 一般公共预算收支总额(2020年)", "zh-Hans"),
                                 CandidateTerm("7-1 General Public Budget Revenue (2020)", "en")),
                          evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    assert [t.text for t in tidy(candidate).terms] == ["一般公共预算收支总额",
                                                       "General Public Budget Revenue"]


def test_a_number_only_one_side_gives_is_part_of_the_term():
    candidate = Candidate(terms=(CandidateTerm("二十国集团", "zh-Hans"),
                                 CandidateTerm("20 Group", "en")),
                          evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    assert tidy(candidate) is candidate


def test_a_wiki_headings_equals_signs_and_a_glossing_language_label_are_cut():
    candidate = Candidate(terms=(CandidateTerm("依法治国", "zh-Hans"),
                                 CandidateTerm("Rule of Law ======", "en"),
                                 CandidateTerm("[En.] policy; decree", "en")),
                          evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    assert [t.text for t in tidy(candidate).terms] == ["依法治国", "Rule of Law", "policy; decree"]


def test_a_french_or_spanish_gender_label_after_the_noun_is_cut():
    candidate = Candidate(terms=(CandidateTerm("专员", "zh-Hans"), CandidateTerm("préfet m", "fr"),
                                 CandidateTerm("hôtel de ville (m)", "fr"),
                                 CandidateTerm("alcaldía f.", "es"), CandidateTerm("Plan B", "en")),
                          evidence=Evidence("doc.txt", 1, "", "line-pairs", 0.8))
    assert [t.text for t in tidy(candidate).terms][1:] == [
        "préfet", "hôtel de ville", "alcaldía", "Plan B"]


def test_the_label_of_the_gloss_that_follows_is_cut_from_the_chinese():
    candidate = Candidate(terms=(CandidateTerm("最高人民法院 (英语", "zh-Hans"),
                                 CandidateTerm("Supreme People's Court", "en")),
                          evidence=Evidence("doc.txt", 1, "", "inline", 0.9))
    assert tidy(candidate).terms[0].text == "最高人民法院"


def test_the_words_that_introduce_an_example_are_not_the_terms():
    from glossary.build.extract._tidy import tidy
    from glossary.model import Candidate, CandidateTerm, Evidence

    found = tidy(Candidate(terms=(CandidateTerm("比如人事处", "zh-Hans"),
                                  CandidateTerm("Personnel Division", "en")),
                           evidence=Evidence("d.txt", 1, "", "zh-first", 0.75)))
    assert found.terms[0].text == "人事处"
    kept = tidy(Candidate(terms=(CandidateTerm("例如", "zh-Hans"), CandidateTerm("for example", "en")),
                          evidence=Evidence("d.txt", 1, "", "zh-first", 0.75)))
    assert kept.terms[0].text == "例如"  # nothing left to be a term: kept as it is


def test_a_count_before_the_noun_is_cut_unless_the_rendering_counts_too():
    from glossary.build.extract._tidy import tidy
    from glossary.model import Candidate, CandidateTerm, Evidence

    def first(zh, rendering):
        return tidy(Candidate(terms=(CandidateTerm(zh, "zh-Hans"), CandidateTerm(rendering, "en")),
                              evidence=Evidence("d.txt", 1, "", "rows", 0.8))).terms[0].text

    assert first("1464个县", "county") == "县"
    assert first("三个自治旗", "autonomous banner") == "自治旗"
    assert first("三个代表", "Three Represents") == "三个代表"
    assert first("两个维护", "Two Upholds") == "两个维护"


def test_a_persons_years_after_the_name_are_cut():
    candidate = Candidate(terms=(CandidateTerm("王一飞, 1898-1928", "zh-Hans"),
                                 CandidateTerm("Wang Yifei", "es")),
                          evidence=Evidence("doc.txt", 1, "", "inline", 0.9))
    assert [t.text for t in tidy(candidate).terms] == ["王一飞", "Wang Yifei"]


def test_an_adverb_of_the_sentence_after_the_term_is_cut():
    candidate = Candidate(terms=(CandidateTerm("国家主席通常", "zh-Hans"),
                                 CandidateTerm("President", "en")),
                          evidence=Evidence("doc.txt", 1, "", "named-as", 0.8))
    assert [t.text for t in tidy(candidate).terms] == ["国家主席", "President"]


@pytest.mark.parametrize("chinese", [
    "海南省教育厅”,",  # a line pair cut the opening quote, kept the sentence's comma
    "“海南省教育厅",  # … or left the closing quote outside the cell
    '"海南省教育厅',
])
def test_quotes_a_cell_cut_in_half_and_the_sentences_comma_are_cut(chinese):
    candidate = Candidate(
        terms=(CandidateTerm(chinese, "zh-Hans"),
               CandidateTerm("Education Department of Hainan Province", "en")),
        evidence=Evidence("doc.txt", 1, "", "line-pairs", 0.6))
    assert tidy(candidate).terms[0].text == "海南省教育厅"


def test_a_rendering_with_the_acronym_that_spells_it_gives_both():
    candidate = Candidate(
        terms=(CandidateTerm("政府資訊公開法", "zh-Hant"),
               CandidateTerm("Freedom of Information Act, FOIA", "en"),
               CandidateTerm("Peace, Prosperity", "en")),
        evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    assert [(t.text, t.type.value) for t in tidy(candidate).terms] == [
        ("政府資訊公開法", "fullForm"), ("Freedom of Information Act", "fullForm"),
        ("FOIA", "acronym"), ("Peace, Prosperity", "fullForm")]


def renderings(chinese, rendering):
    """The texts of the renderings tidy makes of one (Chinese, English rendering) pair."""
    candidate = Candidate(terms=(CandidateTerm(chinese, "zh-Hans"), CandidateTerm(rendering, "en")),
                          evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    return [t.text for t in tidy(candidate).terms[1:]]


def test_a_lists_check_marks_and_an_unclosed_quote_are_not_part_of_a_rendering():
    assert renderings("澳门", '✅ "Macao SAR, P.R.C') == ["Macao SAR, P.R.C"]
    assert renderings("澳门", "❌ Macau") == ["Macau"]
    assert renderings("澳门", "“Macao” SAR") == ["“Macao” SAR"]  # a quote the term closes stays


def test_a_markdown_heading_run_on_from_the_item_above_is_the_rendering_alone():
    assert renderings("监事会", "Prepare profit proposals ### Supervisory Board") == [
        "Supervisory Board"]


def test_an_acronym_before_its_name_is_two_renderings_and_a_modules_name_is_the_law():
    candidate = Candidate(terms=(CandidateTerm("国际能源署", "zh-Hans"),
                                 CandidateTerm("IEA International Energy Agency", "en")),
                          evidence=Evidence("doc.txt", 1, "", "glued", 0.6))
    assert [(t.text, t.type.value) for t in tidy(candidate).terms[1:]] == [
        ("International Energy Agency", "fullForm"), ("IEA", "acronym")]
    for text, name, acronym in (("PPI Producer  Price Index", "Producer Price Index", "PPI"),
                                ("AQIAir Quality Index", "Air Quality Index", "AQI"),
                                ("1DCDigital Currency", "Digital Currency", "DC")):
        assert renderings("生产价格指数", text) == [name, acronym]
    assert renderings("反垄断法", "Anti-Monopoly Law Module") == ["Anti-Monopoly Law"]


def test_wiki_markup_left_around_a_rendering_is_cut():
    assert renderings("义勇军进行曲", 'March of the Volunteers"}} }} center') == [
        "March of the Volunteers"]


def test_a_rows_number_before_the_chinese_and_a_note_cut_short_after_the_english_are_cut():
    # a statutes list: "5 中華人民共和國國籍法" above "Nationality Law [NPC trans.]" (the
    # note's closing bracket trimmed with the cell's full stop)
    assert _tidied("5 中華人民共和國國籍法", "Nationality Law [NPC trans", zh_lang="zh-Hant") == (
        "中華人民共和國國籍法", "Nationality Law")
    assert _tidied("12 全国人大常委会议事规则", "Rules of Procedure [bill page") == (
        "全国人大常委会议事规则", "Rules of Procedure")
    assert _tidied("21世纪海上丝绸之路", "21st Century Maritime Silk Road") == (
        "21世纪海上丝绸之路", "21st Century Maritime Silk Road")  # a number of the name stays


def test_a_measure_word_left_of_a_count_and_a_term_written_in_both_scripts_are_cut():
    # the count's number outside the span: "5个村委会" cut to "个村委会", "第19届东亚峰会"
    assert _tidied("个村委会", "village committee") == ("村委会", "village committee")
    assert _tidied("届东亚峰会", "EAS") == ("东亚峰会", "EAS")
    assert _tidied("个人所得税", "individual income tax") == ("个人所得税", "individual income tax")
    # a dictionary's Traditional and Simplified columns glued: one term
    assert _tidied("土耳其共產黨土耳其共产党", "Communist Party of Turkey", zh_lang="zh-Hant") == (
        "土耳其共產黨", "Communist Party of Turkey")


def test_chinese_a_machine_translation_cut_into_words_is_closed_up():
    candidate = Candidate(terms=(CandidateTerm("中国 外文 出版 发行 事业 局", "zh-Hans"),
                                 CandidateTerm("China International Publishing Group", "en")),
                          evidence=Evidence("doc.txt", 1, "", "inline", 0.75))
    assert tidy(candidate).terms[0].text == "中国外文出版发行事业局"


def test_a_goals_number_before_its_name_is_cut():
    assert rendering_of("Goal 4: Quality Education") == "Quality Education"
    assert rendering_of("Goal 2:ZERO HUNGER") == "ZERO HUNGER"
    assert rendering_of("Objetivo 5: Igualdad de género") == "Igualdad de género"
    assert rendering_of("Article 3.5 of the law") == "Article 3.5 of the law"  # no label: a decimal


def test_chinese_alternatives_for_one_rendering_are_each_their_own_candidate():
    from glossary.build.extract._tidy import alternatives

    candidate = Candidate(
        terms=(CandidateTerm("特别用途资金,专项资金", "zh-Hans"),
               CandidateTerm("special-purpose fund", "en")),
        evidence=Evidence("doc.txt", 1, "", "glued", 0.6))
    assert [[t.text for t in c.terms] for c in alternatives(candidate)] == [
        ["特别用途资金", "special-purpose fund"], ["专项资金", "special-purpose fund"]]
    # a rendering that lists as well names the whole: a thesaurus's "A, B, C" descriptor
    listed = Candidate(
        terms=(CandidateTerm("政治条件,制度,运动", "zh-Hans"),
               CandidateTerm("political conditions, institutions, movements", "en")),
        evidence=Evidence("doc.txt", 1, "", "rows", 0.8))
    assert alternatives(listed) == [listed]


def test_a_heading_said_twice_in_one_script_is_kept_once_a_doubled_word_is_not_cut():
    def chinese(text):
        candidate = Candidate(terms=(CandidateTerm(text, "zh-Hans"), CandidateTerm("x y", "en")),
                              evidence=Evidence("doc.txt", 1, "", "glued", 0.6))
        return tidy(candidate).terms[0].text

    assert chinese("新時代的中國綠色發展新時代的中國綠色發展") == "新時代的中國綠色發展"
    assert chinese("研究研究") == "研究研究"


def test_a_roman_numeral_glued_to_a_heading_that_opens_with_a_is_cut():
    candidate = Candidate(
        terms=(CandidateTerm("绿色空间格局基本形成", "zh-Hans"),
               CandidateTerm("II.A Basic Green Territorial Configuration Is in Place", "en")),
        evidence=Evidence("doc.txt", 1, "", "glued", 0.6))
    assert tidy(candidate).terms[1].text == "A Basic Green Territorial Configuration Is in Place"
