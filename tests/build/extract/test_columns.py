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
