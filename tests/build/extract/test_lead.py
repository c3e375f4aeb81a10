from glossary.build.extract import _lead


def names(found):
    return [(name, capitalised) for name, _, capitalised in found]


def test_subject_alternatives_joined_by_or():
    before = ("The Central Politburo of the Communist Party of China or Political bureau of the "
              "CPC Central Committee ")
    assert names(_lead.subjects(before)) == [
        ("Central Politburo of the Communist Party of China", True),
        ("Political bureau of the CPC Central Committee", True)]


def test_second_subject_after_an_earlier_bracket_may_be_lowercase():
    before = "The Three Represents (simplified Chinese: 三个代表) or the important thought of Three Represents "
    assert names(_lead.subjects(before)) == [("important thought of Three Represents", False)]


def test_subject_offsets_point_at_the_name():
    before = "Something happened. La Iniciativa de la Franja y la Ruta (IFR) "
    (name, at, _), = _lead.subjects(before)
    assert before[at:at + len(name)] == name == "Iniciativa de la Franja y la Ruta"


def test_a_country_lead_names_its_long_form():
    assert names(_lead.subjects("La Chine, en forme longue la République populaire de Chine ")) \
        == [("République populaire de Chine", True)]
    assert names(_lead.subjects("China, oficialmente República Popular China ")) == [
        ("República Popular China", True)]


def test_the_kind_of_name_said_before_it_is_not_part_of_it():
    assert names(_lead.subjects("The concept of Targeted Poverty Alleviation ")) == [
        ("Targeted Poverty Alleviation", True)]
    assert names(_lead.subjects("La formule « Un pays, deux systèmes » ")) == [
        ("Un pays, deux systèmes", True)]
    # a capitalised kind word is part of a name
    assert names(_lead.subjects("The Policy Research Office ")) == [
        ("Policy Research Office", True)]


def test_a_sentence_is_not_a_subject():
    assert _lead.subjects("In 2002 this was ratified by the congress of the party in the capital "
                          "city of the country after a long debate ") == []


def test_a_clause_leading_to_a_name_is_not_part_of_it():
    assert names(_lead.subjects("Es liderado por el Partido. Está conducido por el "
                                "Departamento de Trabajo del Frente Unido ")) == [
        ("Departamento de Trabajo del Frente Unido", True)]
    assert names(_lead.subjects("It is managed by the United Front Work Department ")) == [
        ("United Front Work Department", True)]
    # a lowercase title is part of the name it heads; a lead's lowercase subject stays whole
    assert names(_lead.subjects("Es el presidente de la República Popular China ")) != [
        ("República Popular China", True)]
    assert names(_lead.subjects("The important thought of Three Represents ")) == [
        ("important thought of Three Represents", False)]


def test_aliases_in_three_languages():
    assert names(_lead.aliases(' (also "Political Bureau of the CPC Central Committee"), formerly')) == [
        ("Political Bureau of the CPC Central Committee", True)]
    assert names(_lead.aliases(" (CCDR), also translated as the Central Commission for Deepening "
                               "Reform, is a body")) == [("Central Commission for Deepening Reform", True)]
    assert names(_lead.aliases(" o abreviadamente La Franja y la Ruta (OBOR, sigla), es una")) == [
        ("Franja y la Ruta", True)]
    assert names(_lead.aliases(", aussi appelé Parti communiste de Chine, est le parti")) == [
        ("Parti communiste de Chine", True)]


def test_no_alias_after_an_ordinary_clause():
    assert _lead.aliases(" is a guiding theory, also credited to Jiang Zemin.") == []


def test_a_name_with_its_own_chinese_bracket_is_its_own_subject_not_an_alias():
    after = (", also known as the People's PCC (Chinese: 人民政协, listen) or simply the PCC (政协), "
             "is a body")
    assert _lead.aliases(after) == []
    before = ("The Chinese People's Political Consultative Conference (CPPCC, Chinese: 中国人民政治协商会议), "
              "also known as the People's PCC ")
    assert names(_lead.subjects(before)) == [("People's PCC", True)]


def test_a_table_bar_before_the_lead_starts_its_sentence():
    before = "Portail politique - Portail national | Le Comité central du Parti communiste chinois "
    assert names(_lead.subjects(before)) == [("Comité central du Parti communiste chinois", True)]


def test_a_quoted_name_right_before_the_bracket_is_the_subject():
    before = "the government is headed by a government leader called a \"Governor\" "
    assert names(_lead.subjects(before)) == [("Governor", True)]
    # the quotes name it in lower case too (a name that is not capitalised)
    before = 'In imperial times, petitioners were called "people with grievances" '
    assert names(_lead.subjects(before)) == [("people with grievances", False)]


def test_an_apposition_after_a_comma_is_the_subject_not_the_lead_in():
    before = "Party Branch Secretary In modern Chinese politics, a Party Committee Secretary "
    assert names(_lead.subjects(before)) == [("Party Committee Secretary", True)]


def test_a_title_line_joined_onto_the_lead_is_not_part_of_the_subject():
    before = ("Politburo Of The Communist Party Of China The Central Politburo of the Communist "
              "Party of China or Political bureau of the CPC Central Committee ")
    assert names(_lead.subjects(before)) == [
        ("Central Politburo of the Communist Party of China", True),
        ("Political bureau of the CPC Central Committee", True)]


def test_a_lowercase_subject_set_after_a_comma_and_an_article_is_the_leads():
    # "In the People's Republic of China, a community (simplified Chinese: 社区…)"
    before = "En République populaire de Chine, une communauté "
    assert _lead.subjects(before) == [("communauté", before.index("communauté"), False)]
    # the sentence that leads to it is not the subject
    assert not any(name.startswith("En ") for name, _, _ in _lead.subjects(before))


def test_a_page_title_glued_onto_the_lead_is_not_part_of_the_subject():
    # a page's heading and its text joined with no space between (a search site's abstract)
    assert names(_lead.subjects("Bande des QuatreLa bande des Quatre ")) == [("bande des Quatre", False)]
    assert names(_lead.subjects("Révolution culturelleLa grande révolution culturelle prolétarienne ")) == [
        ("grande révolution culturelle prolétarienne", False)]
    # a capital inside a name is not a glued title
    assert names(_lead.subjects("The McDonald Commission ")) == [("McDonald Commission", True)]


def test_an_alternative_after_a_name_may_be_in_lower_case_and_follow_a_preposition():
    assert names(_lead.subjects("New thinking for security or the new security concept ")) == [
        ("New thinking for security", True), ("new security concept", False)]
    before = "Hukou peut désigner un livret de famille ou à un registre de maison "
    assert names(_lead.subjects(before))[-1] == ("registre de maison", False)
