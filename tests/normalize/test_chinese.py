from glossary.model import Concept, Status, Term, TermType
from glossary.normalize.chinese import (
    AMBIGUOUS_FLAG,
    READING_FLAG,
    TAIWAN_VOCABULARY_FLAG,
    chinese_forms,
    is_derived,
    with_chinese_forms,
)


def test_forms_have_the_documented_keys():
    forms = chinese_forms("枫桥经验")
    for key in ("zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK", "pinyin", "pinyin_numbers",
                "pinyin_plain"):
        assert forms[key]
    assert "zh-Hant-TW-vocabulary" not in forms


def test_concept_gets_variants_pinyin_and_a_marked_taiwan_suggestion():
    concept = Concept("c1", terms=[Term("信息化", "zh-Hans"), Term("informatization", "en")])
    enriched = with_chinese_forms(concept)
    by_lang = {}
    for term in enriched.terms:
        by_lang.setdefault(term.lang, []).append(term)
    assert [t.text for t in by_lang["zh-Hant-TW"]] == ["信息化", "資訊化"]
    suggestion = by_lang["zh-Hant-TW"][1]
    assert suggestion.status is Status.NEEDS_REVIEW and TAIWAN_VOCABULARY_FLAG in suggestion.flags
    assert by_lang["zh-Latn-pinyin"][0].type is TermType.TRANSLITERATION
    assert [t.text for t in enriched.terms if not is_derived(t)] == ["信息化", "informatization"]
    assert with_chinese_forms(enriched) == enriched  # idempotent


def test_traditional_input_gets_its_simplified_key():
    enriched = with_chinese_forms(Concept("c1", terms=[Term("楓橋經驗", "zh-Hant")]))
    assert [t.text for t in enriched.terms_in("zh-Hans")] == ["枫桥经验"]


def test_named_bodies_are_capitalised_concepts_named_after_places_are_not():
    meeting = with_chinese_forms(Concept("c1", terms=[
        Term("中央经济工作会议", "zh-Hans"), Term("Central Economic Work Conference", "en")]))
    model = with_chinese_forms(Concept("c2", terms=[
        Term("枫桥经验", "zh-Hans"), Term("Fengqiao Model", "en")]))
    assert meeting.terms_in("zh-Latn-pinyin")[0].text == "Zhōngyāng Jīngjì Gōngzuò Huìyì"
    assert model.terms_in("zh-Latn-pinyin")[0].text == "Fēngqiáo jīngyàn"


def test_named_bodies_are_capitalised_from_the_chinese_unless_a_rendering_says_otherwise():
    alone = with_chinese_forms(Concept("c1", terms=[Term("中央经济工作会议", "zh-Hans")]))
    lower = with_chinese_forms(Concept("c2", terms=[
        Term("中央经济工作会议", "zh-Hans"), Term("central economic work conference", "en")]))
    assert alone.terms_in("zh-Latn-pinyin")[0].text == "Zhōngyāng Jīngjì Gōngzuò Huìyì"
    assert lower.terms_in("zh-Latn-pinyin")[0].text == "zhōngyāng jīngjì gōngzuò huìyì"


def test_traditional_input_keeps_its_characters():
    enriched = with_chinese_forms(Concept("c1", terms=[Term("汙染物", "zh-Hant")]))
    assert [t.text for t in enriched.terms_in("zh-Hant")] == ["汙染物"]
    assert [t.text for t in enriched.terms_in("zh-Hans")] == ["污染物"]
    assert enriched.terms_in("zh-Hant-TW")[0].notes == ("Derived: OpenCC t2tw from 汙染物",)


def test_ambiguous_conversions_are_flagged_with_their_choices():
    enriched = with_chinese_forms(Concept("c1", terms=[Term("被发明", "zh-Hans")]))
    hant = enriched.terms_in("zh-Hant")[0]
    assert hant.status is Status.NEEDS_REVIEW and AMBIGUOUS_FLAG in hant.flags
    assert "Ambiguous conversion: 发 → 髮/發 (OpenCC chose 髮)" in hant.notes
    assert enriched.terms_in("zh-Hans")[0].status is Status.ADMITTED  # the term as found
    assert chinese_forms("干部")["ambiguous"] == []


def test_readings_that_disagree_are_flagged_and_a_documents_reading_wins():
    computed = with_chinese_forms(Concept("c1", terms=[Term("为人民服务", "zh-Hans")]))
    spelled = computed.terms_in("zh-Latn-pinyin")[0]
    assert spelled.text == "wèi rénmín fúwù" and READING_FLAG in spelled.flags
    assert "Readings disagree: 为 wei4 (CC-CEDICT) / wei2 (pypinyin)" in spelled.notes
    found = with_chinese_forms(Concept("c2", terms=[
        Term("为人民服务", "zh-Hans"),
        Term("wei2 ren2min2 fu2wu4", "zh-Latn-pinyin", TermType.TRANSLITERATION)]))
    derived = [t for t in found.terms_in("zh-Latn-pinyin") if is_derived(t)][0]
    assert derived.text == "wéi rénmín fúwù" and READING_FLAG in derived.flags
    assert "Readings disagree: 为 wei2 (the document) / wei4 (CC-CEDICT)" in derived.notes
