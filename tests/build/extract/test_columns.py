from glossary.build.documents import read_document
from glossary.build.extract import rows


def test_a_column_that_does_not_translate_the_chinese_is_a_note(tmp_path):
    path = tmp_path / "entities.csv"
    path.write_text("label,entityLabel,countryLabel\n省道,provincial road,People's Republic of China\n"
                    "地级市,prefecture-level city,People's Republic of China\n"
                    "市町村,municipality of Japan,Japan\n独立市,independent city,Germany\n",
                    encoding="utf-8")
    found = [(c.terms[0].text, [t.text for t in c.terms[1:]])
             for c in rows.extract(read_document(path))]
    assert found == [("省道", ["provincial road"]), ("地级市", ["prefecture-level city"]),
                     ("市町村", ["municipality of Japan"]), ("独立市", ["independent city"])]


def test_columns_that_both_translate_are_both_kept(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("中文,English,Français\n外交部,Ministry of Foreign Affairs,ministère des Affaires étrangères\n"
                    "国防部,Ministry of National Defense,ministère de la Défense nationale\n"
                    "教育部,Ministry of Education,ministère de l'Éducation\n", encoding="utf-8")
    renderings = {t.text for c in rows.extract(read_document(path)) for t in c.terms[1:]}
    assert {"Ministry of Education", "ministère de l'Éducation"} <= renderings


def test_a_wide_table_pairs_each_latin_column_with_the_chinese_it_translates(tmp_path):
    # short names, then formal ones, in English, French and Spanish, each with its Chinese;
    # the French and Spanish columns tell their language by the articles some names keep
    path = tmp_path / "names.csv"
    path.write_text(
        "Chile,Chili (le),Chile,智利,the Republic of Chile,la République du Chili,智利共和国\n"
        "China,Chine (la),China,中国,the People's Republic of China,"
        "la République populaire de Chine,中华人民共和国\n"
        "Comoros (the),Comores (les),Comoras (las),科摩罗,the Union of the Comoros,"
        "l'Union des Comores,科摩罗联盟\n"
        "Congo (the),Congo (le),Congo (el),刚果,the Republic of the Congo,"
        "la République du Congo,刚果共和国\n", encoding="utf-8")
    found = {(c.terms[0].text, t.lang, t.text) for c in rows.extract(read_document(path))
             for t in c.terms[1:]}
    assert {("智利", "en", "Chile"), ("智利", "fr", "Chili"), ("智利", "es", "Chile"),
            ("智利共和国", "en", "the Republic of Chile"),
            ("智利共和国", "fr", "la République du Chili")} <= found
    assert not any(zh == "智利" and "Republic" in text for zh, _, text in found)


def test_each_latin_column_of_a_table_has_one_language_read_over_its_cells(tmp_path):
    # UNBIS's six languages without a header, accents dropped: one cell alone ("artilleria")
    # could be any language; the column's ten cells together say Spanish
    path = tmp_path / "thesaurus.tsv"
    path.write_text(
        "الشيخوخة المنتجة\t老有所为\tproductive ageing\tvieillissement productif\tАктивная старость\tenvejecimiento productivo\n"
        "المدفعية\t火炮\tartillery\tartillerie\tАртиллерия\tartilleria\n"
        "المقاصة الدولية\t国际清算\tinternational clearing\tcompensation internationale\tМеждународные расчеты\tcompensacion internacional\n"
        "المجالات الكهربائية\t电场\telectric fields\tchamps electriques\tЭлектрические поля\tcampos electricos\n",
        encoding="utf-8")
    found = {(c.terms[0].text, t.lang, t.text) for c in rows.extract(read_document(path))
             for t in c.terms[1:]}
    assert {("火炮", "en", "artillery"), ("火炮", "fr", "artillerie"), ("火炮", "es", "artilleria"),
            ("国际清算", "es", "compensacion internacional")} <= found
    assert not any(lang != "es" and text == "artilleria" for _, lang, text in found)
