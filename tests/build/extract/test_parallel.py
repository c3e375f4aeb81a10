from pathlib import Path

from glossary.build.documents import Document, read_document
from glossary.build.extract import extract, parallel
from glossary.build.merge import merge
from glossary.build.readers.text import text_paragraphs
from tests.conftest import SEEDS

DATA = Path(__file__).resolve().parents[2] / "data" / "parallel"


def quoted_pairs(document):
    """The quote-order pairs: candidates whose terms carry no evidence of their own."""
    return [(c.terms[0].text, c.terms[1].lang, c.terms[1].text, c.evidence.confidence)
            for c in parallel.extract(document) if c.terms[1].evidence is None]


def entries(candidates):
    """zh → {lang: rendering} of every concept with a Chinese term."""
    found = {}
    for concept in merge(candidates):
        zh = [t for t in concept.terms if t.lang in ("zh-Hans", "zh-Hant")]
        if zh:
            found[zh[0].text] = {t.lang: t.text for t in concept.terms if t.type.value == "fullForm"}
    return found


def document(text):
    return Document("d.txt", tuple(text_paragraphs(text)))


def test_seed_002_core_terms_in_four_languages():
    found = entries(extract([read_document(next(SEEDS.glob("002_*")))]))
    expected = {
        "社会治理": ("social governance", "gouvernance sociale", "gobernanza social"),
        "社会工作部": ("Department of Social Work", "Département du travail social",
                   "Departamento de Trabajo Social"),
        "基层治理": ("grassroots governance", "gouvernance au niveau de la base",
                 "gobernanza de base"),
        "党的建设": ("party building", "construction du parti", "construcción del partido"),
        "统战工作": ("united front work", "travail du Front uni", "trabajo del frente único"),
        "非公有制企业": ("non-public enterprises", "entreprises non publiques",
                   "empresas no públicas"),
        "新就业领域": ("new employment sectors", "nouveaux secteurs d'emploi",
                   "nuevos sectores de empleo"),
        "中国共产党": ("Communist Party of China", "Parti communiste chinois",
                  "Partido Comunista de China"),
    }
    for zh, (en, fr, es) in expected.items():
        assert (zh, found[zh].get("en"), found[zh].get("fr"), found[zh].get("es")) == (zh, en, fr, es)


def test_a_term_opening_a_sentence_is_lower_cased_but_names_keep_capitals():
    found = entries(extract([read_document(next(SEEDS.glob("002_*")))]))
    assert found["社会工作"]["en"] == "social work"  # "Social work is slated to…"
    assert found["社会工作部"]["es"] == "Departamento de Trabajo Social"


def test_each_language_keeps_its_own_line_and_confidence():
    candidates = [c for c in parallel.extract(read_document(next(SEEDS.glob("002_*"))))
                  if c.terms[0].text == "社会工作部"]
    terms = {t.lang: t for t in candidates[0].terms}
    assert {lang: t.evidence.line for lang, t in terms.items()} == {
        "zh-Hans": 41, "en": 5, "fr": 70, "es": 94}
    # Every English and Chinese word matched in CC-CEDICT; "travail" is a listed
    # translation of "work" (data/romance_words.tsv), no cognate.
    assert terms["en"].evidence.confidence == terms["fr"].evidence.confidence == 0.7
    building = next(c for c in parallel.extract(read_document(next(SEEDS.glob("002_*"))))
                    if c.terms[0].text == "党的建设")
    terms = {t.lang: t for t in building.terms}
    # "construction" (of "party building") found by position only: French scored on its own
    assert terms["en"].evidence.confidence == 0.7 and terms["fr"].evidence.confidence == 0.55


def test_low_confidence_renderings_are_exported_for_review():
    concept = next(c for c in merge(extract([read_document(next(SEEDS.glob("002_*")))]))
                   if any(t.text == "基层治理" for t in c.terms))
    statuses = {t.lang: t.status.value for t in concept.terms if t.lang in ("en", "fr")}
    assert statuses == {"en": "admitted", "fr": "needsReview"}


def test_quoted_terms_pair_by_order():
    assert sorted(quoted_pairs(read_document(next(SEEDS.glob("002_*"))))) == [
        ("社会治理", "en", "social governance", 0.55),
        ("社会治理", "es", "gobernanza social", 0.55),
        ("社会治理", "fr", "gouvernance sociale", 0.55),
        ("统战工作", "en", "united front work", 0.55),
        ("统战工作", "es", "trabajo del frente único", 0.55),
        ("统战工作", "fr", "travail du Front uni", 0.55),
    ]


def test_single_curly_quotes_pair_by_order_and_an_apostrophe_opens_none():
    found = quoted_pairs(document(
        "Xi’s slogan: strengthen the ‘four consciousnesses’, adhere to the ‘four confidences’, "
        "enact the ‘two safeguards’\n\n增强‘四个意识’，坚定‘四个自信’，做到‘两个维护’\n"))
    assert [(zh, en) for zh, _, en, _ in found] == [
        ("四个意识", "four consciousnesses"), ("四个自信", "four confidences"),
        ("两个维护", "two safeguards")]


def test_blocks_quoting_different_numbers_of_terms_pair_only_the_quotes_the_dictionary_links():
    # the quotes do not correspond one to one: no pair by order, only pairs linked in order
    assert sorted(quoted_pairs(document(
        "They discussed “social governance”, “the new normal” and “united front work”.\n\n"
        "他们讨论了“社会治理”和\"统战工作\"。\n"))) == [
        ("社会治理", "en", "social governance", 0.55), ("统战工作", "en", "united front work", 0.55)]
    assert quoted_pairs(document(
        "They discussed “the Fengqiao model” and “the new normal”.\n\n他们讨论了“内卷”。\n")) == []


def test_interleaved_paragraphs_in_traditional_chinese():
    found = entries(parallel.extract(read_document(DATA / "interleaved_hant.txt")))
    assert found["民營企業"] == {"zh-Hant": "民營企業", "en": "private enterprises",
                             "fr": "entreprises privées", "es": "empresas privadas"}
    assert found["全過程人民民主"]["es"] == "democracia popular de proceso completo"
    assert found["政治制度"]["fr"] == "système politique"


def test_one_language_per_file():
    files = sorted(DATA.glob("revitalization.*.txt"))
    assert parallel.file_sets(files) == [files]
    found = entries(parallel.extract_set([read_document(f) for f in files]))
    assert found["基层党组织"] == {
        "zh-Hans": "基层党组织", "en": "grassroots party organizations",
        "fr": "organisations de base du parti", "es": "organizaciones de base del partido"}
    assert found["耕地保护"]["es"] == "protección de las tierras cultivables"


def test_file_sets_need_two_languages_of_one_name():
    paths = [Path("a/report.en.txt"), Path("a/report.zh.txt"), Path("a/other.en.txt"),
             Path("b/report.fr.txt"), Path("a/notes.txt")]
    assert parallel.file_sets(paths) == [[Path("a/report.en.txt"), Path("a/report.zh.txt")]]


def test_a_group_without_english_pairs_its_quotes_by_order():
    # a paragraph and its translation, as many quotes each: the order is the evidence (no
    # dictionary links French to Chinese), as for a heading named in its paragraph
    assert quoted_pairs(document(
        "他们讨论了“社会治理”。\n\nIls ont discuté de la « gouvernance sociale » dans le rapport.\n")
    ) == [("社会治理", "fr", "gouvernance sociale", 0.85)]



def test_a_chinese_page_translated_into_french_or_spanish_alone_gives_phrases():
    # no English to pivot on: the French words stand for the cognate CC-CEDICT glosses
    page = document(
        "习近平在中国共产党第二十次全国代表大会上强调中国的人口政策。\n\n"
        "Xi Jinping a souligné la politique démographique de la Chine lors du 20e Congrès national"
        " du Parti communiste chinois.\n\n"
        "记者会在人民大会堂举行。\n\n"
        "La conférence de presse a eu lieu au Palais du Peuple.\n")
    found = entries(c for c in parallel.extract(page) if c.terms[1].evidence is not None)
    assert found["中国共产党"]["fr"] == "Parti communiste chinois"
    assert found["记者会"]["fr"] == "conférence de presse"
    # démographique is no cognate of "population", nor listed: nothing is guessed
    assert "人口政策" not in found


def test_html_paragraphs_interleaved_by_language(tmp_path):
    paragraphs = [p for p in (DATA / "interleaved_hant.txt").read_text("utf-8").split("\n\n")
                  if p.strip()]
    page = tmp_path / "report.html"
    page.write_text("<html><body>" + "".join(f"<p>{p.strip()}</p>" for p in paragraphs)
                    + "</body></html>", encoding="utf-8")
    found = entries(parallel.extract(read_document(page)))
    assert found["民營企業"] == {"zh-Hant": "民營企業", "en": "private enterprises",
                             "fr": "entreprises privées", "es": "empresas privadas"}


def test_a_line_left_untranslated_does_not_shift_the_pairing():
    # The front matter's English has no Chinese and the Chinese heading no English: taken
    # in order, every Chinese paragraph would pair with the English of the one before.
    text = """title: Hello, an introduction about this site and me.

总纲

中国共产党是中国工人阶级的先锋队，是中国特色社会主义事业的领导核心。党的最高理想和最终目标是实现共产主义。

The Communist Party of China is the vanguard of the Chinese working class. It is the leadership core for the cause of socialism with Chinese characteristics. The Party's highest ideal and ultimate goal is the realization of communism.

中国共产党以马克思列宁主义、毛泽东思想、邓小平理论作为自己的行动指南。

The Communist Party of China uses Marxism-Leninism, Mao Zedong Thought, Deng Xiaoping Theory as its guides to action.
"""
    found = entries(parallel.extract(document(text)))
    assert found["中国工人阶级"]["en"] == "Chinese working class"
    assert found["领导核心"]["en"] == "leadership core"
    assert found["邓小平理论"]["en"] == "Deng Xiaoping Theory"
    groups = parallel.document_groups(document(text))
    assert [[b.lang for b in g] for g in groups] == [["zh", "en"], ["zh", "en"]]


def test_with_no_evidence_blocks_group_in_order():
    # nothing the dictionary links: the run-in-order grouping, as before
    text = ("甲乙丙丁。\n\nWe went to the market on a Monday morning.\n\n"
            "戊己庚辛。\n\nThe weather was fine and the river was high.\n")
    groups = parallel.document_groups(document(text))
    assert [[b.lang for b in g] for g in groups] == [["zh", "en"], ["zh", "en"]]


def test_a_short_line_against_a_few_is_aligned_and_long_blocks_far_out_of_ratio_are_not():
    from glossary.build.align.sentences import Sentence

    def block(*texts):
        return [Sentence(t, None, 0) for t in texts]  # type: ignore[arg-type]

    # an article's Chinese against its English and a paragraph the Chinese page lost
    assert parallel.plausible_lengths(
        block("Article 2 The National Flag of the People's Republic of China is the Red Flag "
              "with Five Stars.", "The National Flag shall be made in accordance with the "
              "specifications set by the Manufacturing Instructions for the National Flag."),
        block("第二条 中华人民共和国国旗是五星红旗。"), "zh")
    assert not parallel.plausible_lengths(block("A long English paragraph. " * 40),
                                          block("一段中文。" * 3), "zh")


def test_a_term_quoted_in_a_versions_title_and_again_in_its_text_pairs_once():
    # our own page in the form: each version titled by its quoted term, which its text repeats
    assert quoted_pairs(document(
        "Las “cuatro integralidades”\n\nXi Jinping formuló las “cuatro integralidades” en 2014. "
        "Las “cuatro integralidades” están interrelacionadas.\n\n"
        "“四个全面”\n\n习近平首次提出了“四个全面”战略布局。\n")
    ) == [("四个全面", "es", "cuatro integralidades", 0.55)]


def test_a_fields_whole_value_in_code_is_no_quoted_term():
    # records in code, their Chinese and English values in two blocks: the order of the
    # values says nothing ("tax" is the record's category), records pair the fields
    assert quoted_pairs(document(
        'titleZh: "外籍创业补贴",\n\n'
        'titleEn: "Startup Subsidy for Foreign Entrepreneurs",\ncategory: "tax",\n')) == []
    # a term quoted inside a value is one
    assert quoted_pairs(document(
        'zh: "我们助力政府实现“一网通办”。",\n\n'
        'en: "We help the government achieve “One Network for All”.",\n')) == [
        ("一网通办", "en", "One Network for All", 0.85)]


# Written for this test in the layout of a bilingual press-conference transcript: each
# question opens with the outlet whose reporter asks, each answer with the spokesperson.
TRANSCRIPT = """路透社记者：据报道，双方将于下周在北京举行新一轮经贸磋商，讨论关税问题。外交部能否证实？

Reuters: It is reported that the two sides will hold a new round of economic and trade consultations in Beijing next week to discuss tariffs. Can the Foreign Ministry confirm that?

发言人：我没有可以发布的消息。请你向主管部门询问。

Spokesperson: I have no information to release. I would refer you to the competent authorities.

“人民日报”记者：今年是两国建交五十周年，双方在经贸、文化等领域合作密切。中方如何评价两国关系？

People's Daily: This year marks the fiftieth anniversary of the diplomatic relations between the two countries, which work closely together in trade, culture and other fields. How does China view the relationship?
"""


def test_the_outlet_that_asks_is_named_in_both_languages_of_a_transcript():
    found = [(c.terms[0].text, c.terms[1].text, c.evidence.confidence)
             for c in parallel.extract(document(TRANSCRIPT))]
    assert ("路透社", "Reuters", parallel.ASKING) in found
    assert ("人民日报", "People's Daily", parallel.ASKING) in found
    assert not any(zh == "发言人" for zh, _, _ in found)  # who answers is no outlet


def test_a_pages_navigation_before_the_chinese_text_is_not_paired_with_the_english():
    # in the form of a reposted white paper (two paragraphs of it): the site's menu and the
    # repost's byline open the Chinese block and share nothing with the English, which the
    # length model alone paired with its first sentences, shifting every pair after them
    text = """返回

翻譯理論

搜索 導航精選9.9元! ?《新時代的中國國防》白皮書(全文中英對照)I 2019-08-01 09:09:52    譯聚網    國新網

在新一輪科技革命和產業變革推動下,人工智能、量子信息、大數據、雲計算、物聯網等前沿科技加速應用於軍事領域,國際軍事競爭格局正在發生歷史性變化。以信息技術為核心的軍事高新技術日新月異,戰爭形態加速向信息化戰爭演變,智能化戰爭初現端倪。

中國特色軍事變革取得重大進展,但機械化建設任務尚未完成,信息化水平亟待提高。

Driven by the new round of technological and industrial revolution, the application of cutting-edge technologies such as artificial intelligence, quantum information, big data, cloud computing and the Internet of Things is gathering pace in the military field. International military competition is undergoing historic changes. New and high-tech military technologies based on IT are developing rapidly. War is evolving in form towards informationized warfare, and intelligent warfare is on the horizon.

Great progress has been made in the Revolution in Military Affairs with Chinese characteristics. However, the army has yet to complete the task of mechanization, and is in urgent need of improving its informationization.
"""
    sentences = [{lang: side.text for lang, side in s.items()}
                 for group in parallel.document_groups(document(text))
                 for s in parallel.aligned_sentences(group)]
    first = next(s for s in sentences if s.get("en", "").startswith("Driven"))
    assert first.get("zh", "").startswith("在新一輪科技革命")
    assert not any("譯聚網" in s.get("zh", "") and "en" in s for s in sentences)


def test_a_block_whose_page_lost_a_chinese_paragraph_is_still_aligned():
    # written for this test in the form of a law reposted with a paragraph of its Chinese
    # missing: the English goes on untranslated after the article both give
    text = """第三条 台湾问题是中国内战的遗留问题。

Article 3 The Taiwan question is one that is left over from China's civil war.

Solving the question and achieving the goal is the internal affair of the country, subject to no interference by any outside forces whatsoever in any form or manner.
"""
    found = entries(parallel.extract(document(text)))
    assert found.get("台湾问题", {}).get("en") == "Taiwan question"



def test_a_sentence_the_length_model_leaves_out_joins_the_bead_whose_words_it_shares():
    # English sentence 0 was left out; it shares words with Chinese sentence 0, which the
    # length model paired with English sentence 1 alone.  English 3 shares nothing: it stays.
    shared = {(0, 0): frozenset({1, 2}), (1, 0): frozenset({4}), (2, 1): frozenset({0})}

    def matched(i, j):
        return shared.get((i, j), frozenset())

    beads = [((0,), ()), ((1,), (0,)), ((2,), (1,)), ((3,), ())]
    assert parallel._orphans_joined(beads, matched, frozenset({0}), frozenset({0})) == [
        ((0, 1), (0,)), ((2,), (1,)), ((3,), ())]
    # a sentence in another paragraph is never joined to it
    assert parallel._orphans_joined(beads, matched, frozenset({0, 1}), frozenset({0})) == beads


def test_a_chinese_paragraph_cut_short_still_aligns_with_the_first_english_sentences():
    # the Chinese page stops after its first sentence: the English is far longer than a
    # translation of it, but its first sentence is one
    text = ("Both countries are permanent members of the United Nations Security Council and "
            "support the purposes and principles of the Charter of the United Nations. They "
            "will promote world multipolarity and multilateralism on the basis of "
            "international law and the recognised norms of international relations, and work "
            "together for relations founded on mutual respect, fairness and justice. In this "
            "spirit they recall their support for the reform of the United Nations launched by "
            "its Secretary-General and will work to make the organisation more effective, more "
            "efficient and better able to meet the challenges of the twenty-first century.\n\n"
            "两国同为联合国安理会常任理事国,支持《联合国宪章》的宗旨和原则。\n")
    found = {(c.terms[0].text, c.terms[1].text) for c in parallel.extract(document(text))}
    assert ("联合国宪章", "Charter of the United Nations") in found
