import pytest

from glossary.build.documents import Document
from glossary.build.extract import inline
from glossary.build.readers.text import text_paragraphs


def pairs(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [(c.terms[0].text, c.terms[1].text) for c in inline.extract(document)]


@pytest.mark.parametrize("text, expected", [
    ("The conference highlighted promoting the Fengqiao Model (枫桥经验) to enhance management.",
     ("枫桥经验", "Fengqiao Model")),
    ("An eight-point regulation (in simplified Chinese 八项规定) was a document adopted in 2012.",
     ("八项规定", "eight-point regulation")),
    ("which always points to “the second integration”(第二个结合), which is integrating",
     ("第二个结合", "the second integration")),
    ("Held in 2021, the Central Conference on Work Related to the People’s Congresses "
     "(中央人大工作) is an example", ("中央人大工作", "Central Conference on Work Related to the People’s Congresses")),
    ("was the 1978 Central Working Conference (中央工作), which took place",
     ("中央工作", "Central Working Conference")),
    ("The Central Economic Work Conference（中央经济工作会议）has become",
     ("中央经济工作会议", "Central Economic Work Conference")),
    ("  2. Clarify the oversight responsibilities of discipline inspection commissions at all "
     "levels (各级纪委的监督责任,)",
     ("各级纪委的监督责任", "the oversight responsibilities of discipline inspection commissions at all levels")),
    ("  5. Clarify the specific obligations of party members(明确党员、干部的具体责任)",
     ("明确党员、干部的具体责任", "Clarify the specific obligations of party members")),
    # a gloss inside a list item, with the item going on after it: not the item's clause
    ("- Application : Dans la Chine moderne, cela se manifeste par la construction d'une "
     "société harmonieuse (和谐社会), où les relations soutiennent la stabilité.",
     ("和谐社会", "société harmonieuse")),
    ("  1. Clarify the principal responsibility of party committees (party groups) in enforcing "
     "strict discipline within the party(党委(党组)全面从严治党主体责任)",
     ("党委(党组)全面从严治党主体责任",
      "the principal responsibility of party committees (party groups) in enforcing strict "
      "discipline within the party")),
])
def test_gloss_forms(text, expected):
    assert pairs(text) == [expected]


@pytest.mark.parametrize("text", [
    "I look forward to continuing these discussions in 2025. 新年快乐!",  # glosses nothing
    "成立了社会工作部（党的机构），以加强基层治理。",  # Chinese aside in Chinese text
    "the work of interconnected environments (互嵌式社会结构) matters",  # no delimitable span
    "Chinese Academy of History(a research institute under CASS).",  # not Chinese
])
def test_no_candidate(text):
    assert pairs(text) == []


def test_evidence_has_file_line_and_sentence():
    text = "Title line\n\nFirst sentence here. Then promoting the Fengqiao Model (枫桥经验) works."
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    (candidate,) = inline.extract(document)
    assert candidate.evidence.file == "doc.txt"
    assert candidate.evidence.line == 3
    assert candidate.evidence.context == "Then promoting the Fengqiao Model (枫桥经验) works."
    assert candidate.evidence.extractor == "inline"
    assert 0 < candidate.evidence.confidence <= 1


def test_a_reading_or_an_acronym_beside_the_chinese_in_the_bracket():
    document = Document("doc.txt", tuple(text_paragraphs(
        "Balanced Development (均衡发展, Jūnhéng Fāzhǎn): a goal. A Central United Front Work "
        "Leading Small Group (LSG, 中央统战工作领导小组) was created.")))
    found = [(c.terms[0].text, c.terms[1].text, c.notes) for c in inline.extract(document)]
    assert found == [("均衡发展", "Balanced Development", ("reading: Jūnhéng Fāzhǎn",)),
                     ("中央统战工作领导小组", "Central United Front Work Leading Small Group", ())]


def test_spanish_and_french_glosses_are_tagged_with_their_language():
    document = Document("doc.txt", tuple(text_paragraphs(
        "Xi habló de la Franja y la Ruta (一带一路) en su discurso ante la asamblea.\n\n"
        "Le président a évoqué la Nouvelle Route de la Soie (新丝绸之路) devant les délégués.")))
    assert [(c.terms[1].text, c.terms[1].lang) for c in inline.extract(document)] == [
        ("Franja y la Ruta", "es"), ("Nouvelle Route de la Soie", "fr")]


def test_a_reading_after_a_space_or_glued_and_an_ordinal_in_the_name():
    def pairs(text):
        document = Document("d.txt", tuple(text_paragraphs(text)))
        return [(c.terms[0].text, c.terms[1].text, c.notes[-1]) for c in inline.extract(document)]

    assert pairs("The leading small groups (领导小组lingdao xiaozu) coordinate policy.") == [
        ("领导小组", "leading small groups", "reading: lingdao xiaozu")]
    assert pairs("The 18th Party Congress (中共十八大 Zhonggong shiba da) opened.")[0][:2] == (
        "中共十八大", "18th Party Congress")


def test_a_lowercase_spanish_gloss_runs_back_to_its_article():
    document = Document("d.txt", tuple(text_paragraphs(
        "Xi Jinping habló del sueño chino (中国梦) en 2012.")))
    assert [(c.terms[1].text, c.terms[1].lang) for c in inline.extract(document)] == [
        ("sueño chino", "es")]


@pytest.mark.parametrize("text, expected", [
    # French and Spanish names capitalise their first word only (sentences written for this test)
    ("Le Département du travail du Front uni (中央统战部) coordonne ces efforts.",
     ("中央统战部", "Département du travail du Front uni")),
    ("La Commission centrale d'inspection disciplinaire (CCID, 中央纪律检查委员会) a publié un rapport.",
     ("中央纪律检查委员会", "Commission centrale d'inspection disciplinaire")),
    ("Elle a été adoptée par l'Assemblée populaire nationale (全国人民代表大会) hier.",
     ("全国人民代表大会", "Assemblée populaire nationale")),
    # a compound noun in lower case: its head, "de", and the noun after it
    ("ceux qui ne relevaient pas d’une unité de travail (danwei 单位), cette institution",
     ("单位", "unité de travail")),
    # a sentence's first words before the name's article are not the name's
    ("Selon le Quotidien du Peuple (人民日报), la campagne continue.", ("人民日报", "Quotidien du Peuple")),
    ("According to the People's Daily (人民日报), it goes on.", ("人民日报", "People's Daily")),
    ("Ministry of the Interior (内政部) said so.", ("内政部", "Ministry of the Interior")),
    # one word before "the" is the name's own: no sentence opens on it
    ("• Winnie the Pooh (小熊维尼) — prohibido.", ("小熊维尼", "Winnie the Pooh")),
])
def test_romance_names_and_sentence_openings(text, expected):
    assert pairs(text) == [expected]


def test_renderings_a_slash_separates_are_each_a_rendering():
    document = Document("doc.txt", tuple(text_paragraphs(
        "监察目标是省级和部级的high-level officials/leading officials(高官)。")))
    (candidate,) = inline.extract(document)
    assert [t.text for t in candidate.terms] == ["高官", "high-level officials", "leading officials"]


def test_an_enumeration_comma_delimits_the_english():
    assert pairs("包括：trading power for money(权钱交易)、bribery(受贿)。") == [
        ("权钱交易", "trading power for money"), ("受贿", "bribery")]


def test_lowercase_english_set_between_chinese_and_the_bracket_is_the_rendering():
    assert pairs("可以泛指各种集会,如 mass meeting(群众大会),farewell meeting(欢送会)。") == [
        ("群众大会", "mass meeting"), ("欢送会", "farewell meeting")]


def test_two_single_words_a_slash_separates_are_two_renderings():
    document = Document("doc.txt", tuple(text_paragraphs("The head of state is the chairman/president(主席).")))
    (candidate,) = inline.extract(document)
    assert [t.text for t in candidate.terms[1:]] == ["chairman", "president"]


def test_a_reading_in_square_brackets_inside_the_gloss_is_left_out():
    text = ("On a ainsi eu la « pensée mao-zedong » (毛泽东思想 [máo zédōng sīxiǎng]), puis les "
            "« théories de Deng Xiaoping » (邓小平理论 [dèng xiǎopíng lǐlùn]).")
    found = set(pairs(text))
    assert ("毛泽东思想", "pensée mao-zedong") in found and ("邓小平理论", "théories de Deng Xiaoping") in found


def test_a_gloss_giving_both_scripts_and_the_reading_is_one_term():
    text = ("Xi a déclaré que le rêve chinois est le « grand rajeunissement de la nation chinoise » "
            "(中华民族伟大复兴;中華民族偉大復興; Zhōnghuámínzú Wěidà Fùxīng ).")
    assert pairs(text) == [("中华民族伟大复兴", "grand rajeunissement de la nation chinoise")]


def test_each_item_of_an_enumeration_of_glosses_runs_from_its_comma():
    text = ("The word covers government broadly: national government (中央政府), provincial "
            "government (省政府), or even local government (地方政府). It is used widely.")
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    assert [(c.terms[0].text, c.terms[1].text) for c in inline.extract(document)] == [
        ("中央政府", "national government"), ("省政府", "provincial government"),
        ("地方政府", "local government")]


def test_markup_that_opens_the_name_starts_it():
    assert pairs("|[**Spoken Meeting Records (委員發言)**](https://www.ly.gov.tw/) | x |\n") == [
        ("委員發言", "Spoken Meeting Records")]
    assert pairs("The data of **Legislator Demographic Information (歷屆委員資料)** are open.\n") == [
        ("歷屆委員資料", "Legislator Demographic Information")]


def test_a_gloss_in_square_brackets_and_its_alternatives():
    got = pairs("The referendum on independence [独立公投] in September.\n\n"
                "| truce [休战,停战]\n\nsee [国务院](https://www.gov.cn/) and [[国务院]]\n")
    assert ("独立公投", "referendum on independence") in got
    assert ("停战", "truce") in got and ("休战,停战", "truce") not in got  # each alternative alone
    assert not any(zh == "国务院" for zh, _ in got)  # a link's text glosses nothing


def test_a_restructuredtext_file_is_read_as_text(tmp_path):
    from glossary.build.documents import read_document

    (tmp_path / "notes.rst").write_text("| enclave [少数民族聚居地]\n| Definition: …\n",
                                        encoding="utf-8")
    assert read_document(tmp_path / "notes.rst").paragraphs


def test_a_short_sentence_cased_name_heading_its_line_is_glossed_whole():
    got = pairs("Exclusive dealing (限定交易) Discriminatory treatment (差别待遇)\n\n"
                "Horizontal - Price fixing (固定价格)\n")
    assert ("限定交易", "Exclusive dealing") in got
    assert ("差别待遇", "Discriminatory treatment") in got
    assert ("固定价格", "Price fixing") in got  # the category before the dash is not the name


def test_a_gloss_in_a_heading_too_short_to_tell_is_in_the_documents_language():
    # a French article's heading: its paragraph says no language, the document does
    text = ("Le concept de double circulation, stratégie de politique économique visant à "
            "stimuler le marché intérieur et le marché extérieur, a depuis mai des échos "
            "importants en Chine et hors de ses frontières.\n\n"
            'De la "grande circulation internationale" (国际大循环)\n\n'
            "Lors de la dernière session parlementaire annuelle, le président a appelé à la "
            "formation progressive d'une nouvelle configuration de développement.\n")
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    found = [(c.terms[0].text, c.terms[1].text, c.terms[1].lang) for c in inline.extract(document)]
    assert found == [("国际大循环", "grande circulation internationale", "fr")]


def test_a_note_after_the_chinese_in_its_bracket_is_not_part_of_the_gloss():
    assert pairs("//! ### Book VII: Tort Liability (侵权责任编, Articles 1164-1258)") == [
        ("侵权责任编", "Tort Liability")]
    assert pairs("The Standing Committee (常委会; literally standing committee) meets.") == [
        ("常委会", "Standing Committee")]
    # a Latin part that is neither a reading nor a note: no gloss
    assert pairs("The Standing Committee (常委会, which meets often) decides.") == []


def test_a_markdown_heading_or_linked_list_item_is_the_name_its_gloss_ends():
    text = ("## Contents\n\n- [Non-commissioned officers (士官)](#non-commissioned-officers-士官)\n\n"
            "### Non-commissioned officers (士官)\n\nThey serve for a fixed term.\n")
    assert pairs(text) == [("士官", "Non-commissioned officers")] * 2


def test_a_reading_before_the_characters_or_before_the_bracket_is_no_rendering():
    """Sinologists print a term's reading with it: "(shaofu 少府)" inside the bracket, or
    "“grid management,” or wanggehua guanli (网格化管理)" before it; the rendering is the
    English before the reading, and the reading a note."""
    def pairs(text):
        document = Document("d.txt", tuple(text_paragraphs(text)))
        return [(c.terms[0].text, c.terms[1].text, *c.notes) for c in inline.extract(document)]

    assert pairs("It was run by the Chamberlain for the Palace Revenues (shaofu 少府), a court.") == [
        ("少府", "Chamberlain for the Palace Revenues", "reading: shaofu")]
    assert pairs("But where does this idea of “grid management,” wanggehua guanli (网格化管理), "
                 "come from? The “social management system,” or shehui guanli zhidu "
                 "(社会管理制度), is older.") == [
        ("网格化管理", "grid management", "reading: wanggehua guanli"),
        ("社会管理制度", "social management system", "reading: shehui guanli zhidu")]
    # a name is its pinyin, capitalised: the rendering stays
    assert pairs("the arrest of celebrity Chen Yufan (陈羽凡) last month") == [
        ("陈羽凡", "Chen Yufan")]


def test_a_conjunction_before_a_lower_case_gloss_is_the_enumerations():
    assert pairs("it is the digitising (数字化) and informationalising (信息化) of city "
                 "management") == [("数字化", "digitising"), ("信息化", "informationalising")]


def test_a_french_name_with_its_complement_before_the_gloss():
    assert pairs("Analyse du méta-récit chinois : Communauté de destin pour l'humanité "
                 "(人类命运共同体)") == [("人类命运共同体", "Communauté de destin pour l'humanité")]


def test_an_entry_headed_by_its_reading_is_glossed_after_its_colon():
    text = ("Gongbu (工部): the Ministry of Works.\n\n"
            "Neiwu Fu (内务府): Department of Internal Affairs, an organisation responsible for "
            "the affairs of the royal family.\n\n"
            "Changweihui (常委会): El Comité Permanente o, alternativamente, una reunión\n\n"
            # a definition, in lower case, is no name; a person's gloss says who they were
            "Diding (地丁): an agricultural land tax collected in silver.\n\n"
            "Li Hongzhang (李鸿章): Viceroy of Zhili.\n")
    assert pairs(text) == [("工部", "Ministry of Works"), ("内务府", "Department of Internal Affairs"),
                           ("常委会", "Comité Permanente"), ("地丁", "Diding"),
                           ("李鸿章", "Li Hongzhang")]


def test_a_name_opening_its_source_line_is_the_glosss_whole_name():
    # the paragraph joins the lines; the line starts the name, not a delimiter
    text = ("Bureaucratic ranks:\nFull state (正国级) http://zh.wikipedia.org/wiki/Category:正国级\n"
            "Quasi state (副国级)http://zh.wikipedia.org/wiki/Category:副国级")
    assert pairs(text) == [("正国级", "Full state"), ("副国级", "Quasi state")]


def test_an_item_after_an_earlier_gloss_loses_its_adverb_and_article():
    assert pairs("La grande révolution culturelle (文化大革命), ou simplement la révolution "
                 "culturelle (文革), dura dix ans.")[-1] == ("文革", "révolution culturelle")
    assert pairs("the National People's Congress (全国人民代表大会), or simply the Congress (人大), "
                 "met.")[-1] == ("人大", "Congress")


def test_an_acronym_bracket_between_the_name_and_its_chinese_is_skipped():
    assert pairs("The Legislative Affairs Commission (LAC) [法制工作委员会] under the NPC Standing "
                 "Committee (NPCSC) is unique.") == [("法制工作委员会", "Legislative Affairs Commission")]


def test_a_commission_is_a_rendering_of_weiyuanhui():
    # (委员会 is "committee" to CC-CEDICT; official English often says "commission":
    # glossary/data/gloss_additions.tsv)
    assert pairs("In 1979 the NPCSC established a legal affairs commission [法制委员会] to "
                 "assist.") == [("法制委员会", "legal affairs commission")]


def test_straight_single_quotes_before_the_bracket_but_not_a_possessive():
    assert pairs("There are ever more 'county-level cities' (县级市 xiànjíshì) in the east.") \
        == [("县级市", "county-level cities")]
    assert pairs("The delegates heard the workers' (工人) demands.") == []


def test_a_note_after_the_reading_in_the_bracket():
    assert pairs("about 120 autonomous counties (自治县 zìzhìxiàn, set up for ethnic minorities)"
                 " across the west") == [("自治县", "autonomous counties")]
