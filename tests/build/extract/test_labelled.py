from glossary.build.documents import Document
from glossary.build.extract import labelled
from glossary.build.readers.text import text_paragraphs


def terms(text):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    return [[(t.text, t.lang) for t in c.terms] for c in labelled.extract(document)]


def test_english_lead_with_simplified_and_traditional_labels():
    assert terms("The Three Represents (simplified Chinese: 三个代表; traditional Chinese: 三個代表; "
                 "pinyin: Sān gè dàibiǎo) is a guiding ideology.") == [
        [("三个代表", "zh-Hans"), ("Three Represents", "en")]]


def test_spanish_lead_skips_the_acronym_bracket_and_reads_the_english_label():
    assert terms("La Iniciativa de la Franja y la Ruta (IFR) (inglés: Belt and Road Initiative, "
                 "BRI; chino: 一带一路) es una estrategia de desarrollo.") == [
        [("一带一路", "zh-Hans"), ("Iniciativa de la Franja y la Ruta", "es"),
         ("Belt and Road Initiative", "en")]]


def test_french_and_spanish_leads_label_the_chinese_en_chinois_or_en_mandarin():
    assert terms("Le rêve chinois ou rêve de la Chine (en mandarin : 中国梦, pinyin : Zhōngguó "
                 "mèng) est un slogan politique.") == [
        [("中国梦", "zh-Hans"), ("rêve chinois", "fr")], [("中国梦", "zh-Hans"), ("rêve de la Chine", "fr")]]
    assert terms("El sueño chino (en chino: 中国梦, pinyin: Zhōngguó mèng) es un lema político.") == [
        [("中国梦", "zh-Hans"), ("sueño chino", "es")]]
    # (a mirror may write the label with a comma)
    assert terms("El Frente Unido (en chino simplificado, 统一战线; inglés: United Front) es una "
                 "forma de organización.") == [
        [("统一战线", "zh-Hans"), ("Frente Unido", "es"), ("United Front", "en")]]


def test_brackets_without_a_chinese_label_give_nothing():
    assert terms("The Fengqiao Model (pinyin: Fēngqiáo jīngyàn) is cited.") == []


def test_a_lowercase_subject_that_opens_the_lead_quoted_in_markdown():
    # the sentence's subject after its article, even in lower case; the quotation's markers
    # are no part of the text
    assert terms("> The one-child policy (Chinese: 一孩政策; pinyin: yī hái zhèngcè)\n"
                 "> was a population planning initiative in China.\n") == [
        [("一孩政策", "zh-Hans"), ("one-child policy", "en")]]
    # a long lowercase stretch is a clause, not a subject
    assert terms("The policy that officials enforced in many provinces (Chinese: 一孩政策) "
                 "ended in 2015.") == []


def test_a_chinese_term_a_mirror_cut_into_words_is_closed_up():
    assert terms("Un consejero de estado ( chino :国务 委员; pinyin : guówù wěiyuán ) es un "
                 "puesto de alto rango.")[0][0] == ("国务委员", "zh-Hans")


def test_a_label_with_only_a_space_before_the_chinese_and_a_short_name_for_short():
    # the form of a lead translated from German ("chinesisch 立法院, Pinyin …, kurz …")
    assert terms("El Yuan Legislativo ( chino 立法院, Pinyin Lifa Yuan - \"Court of Laws\") es el "
                 "parlamento de Taiwán.") == [[("立法院", "zh-Hans"), ("Yuan Legislativo", "es")]]
    assert terms("The Central Commission for Discipline Inspection, or CCDI for short ( Chinese "
                 "中央纪律检查委员会 , Pinyin Zhōngyāng Jìlǜ ) is the Party's highest body.") == [
        [("中央纪律检查委员会", "zh-Hans"), ("Central Commission for Discipline Inspection", "en")],
        [("中央纪律检查委员会", "zh-Hans"), ("CCDI", "en")]]
