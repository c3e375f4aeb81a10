import pytest

from glossary.build.language import span_language


@pytest.mark.parametrize("span, context, lang", [
    ("el sueño chino", "Xi habló del sueño chino (中国梦) en su discurso.", "es"),
    ("le rêve chinois", "", "fr"),
    ("la Franja y la Ruta", "", "es"),
    ("Fengqiao Model", "promoting the Fengqiao Model (枫桥经验) to enhance management", "en"),
    ("Communist Party of China", "The Communist Party of China is the founding party", "en"),
])
def test_language_of_a_span_in_its_sentence(span, context, lang):
    assert span_language(span, context) == lang


def test_a_bare_name_keeps_the_default():
    assert span_language("Zhongnanhai", "", default="fr") == "fr"


def test_an_ascii_name_of_english_words_is_english_whatever_lingua_thinks():
    assert span_language("Internet Plus action plan", "“互联网+”行动计划 Internet Plus action plan") == "en"
    assert span_language("Parti communiste chinois", "") == "fr"
    assert span_language("Zhang Dejiang", "", default="fr") == "fr"


def test_a_name_alone_on_its_line_takes_a_spanish_or_french_documents_language():
    # a Spanish list writes "Sri Lanka" as English does; in French prose, "Chinese Dream"
    # quoted in English stays English
    assert span_language("Sri Lanka", "Sri Lanka", "es") == "es"
    assert span_language("Isaac Newton", "", "es") == "es"
    assert span_language("Sri Lanka", "Sri Lanka", "en") == "en"
    assert span_language("Chinese Dream", "Le « rêve chinois » (Chinese Dream) est un slogan.",
                         "fr") == "en"


def test_english_spelled_words_after_a_french_article_are_french():
    context = ("Xi Jinping insiste aussi sur la « double circulation » (双循环) et sur le "
               "« développement de haute qualité » pour les années qui viennent.")
    assert span_language("double circulation", context) == "fr"
    assert span_language("double circulation", "He stressed the double circulation (双循环) plan.") == "en"


def test_a_word_english_and_french_spell_alike_takes_a_french_documents_language():
    assert span_language("constitution", "憲法 xiànfǎ constitution", "fr") == "fr"
    assert span_language("constitution", "憲法 xiànfǎ constitution", "en") == "en"
    assert span_language("party building", "党的建设 party building", "fr") == "en"


def test_words_french_and_spanish_spell_alike_take_the_documents_language():
    line = "– 中央委员会 (zhōng yāng wěi yuán huì) – Comité central"
    assert span_language("Comité central", line, "fr") == "fr"
    assert span_language("Comité central", line, "es") == "es"
    assert span_language("el Comité Central del Partido", line, "fr") == "es"  # its articles say


def test_a_learners_row_is_read_without_its_pinyin_and_level_code():
    # lingua calls "Exercer être en poste dānrèn HSK" English: the reading and the level
    # code are left out of the context, and the span's own likelier language is the document's
    line = "- Exercer, être en poste : 担任 ; dānrèn (HSK 5)"
    assert span_language("Exercer", line, "fr") == "fr"
    assert span_language("être en poste", line, "fr") == "fr"
    assert span_language("être en poste", line, "en") == "fr"  # the row's words say so anywhere


@pytest.mark.parametrize("span", ["military attaché", "chargé d'affaires", "joint communiqué",
                                  "a coup d'état attempt"])
def test_french_words_english_borrowed_with_their_accents_are_english_in_an_english_document(span):
    assert span_language(span, f"{span} 武官", "en") == "en"


@pytest.mark.parametrize("span", ["attaché de presse", "rêve chinois", "le chargé d'affaires"])
def test_french_around_a_borrowed_word_is_still_french(span):
    assert span_language(span, span, "en") == "fr"


def test_symbols_and_curly_quotes_say_nothing_of_the_language():
    # a ✅ before an English item made it "accented", and lingua reads pinyin as Spanish
    context = '- ✅ "Xizang AR, P.R.C (西藏自治区，中华人民共和国)"'
    assert span_language('✅ "Xizang AR, P.R.C', context, "en") == "en"
    assert span_language("the People’s Republic of China", "", "en") == "en"
