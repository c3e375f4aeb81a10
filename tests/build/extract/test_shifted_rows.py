from glossary.build.documents import Document
from glossary.build.extract import rows, shifted_rows
from glossary.build.readers.text import text_paragraphs

SLIPPED = """\
Report on the Work of the Government 第十三届全国人民代表大会
the 13th National People's Congress 国务院
the State Council 国务院总理
Premier of the State Council 中国人民政治协商会议
Chinese People's Political Consultative Conference(CPPCC) 中国共产党
the Communist Party of China(CPC) 脱贫攻坚战
the critical battle against poverty 六中全会
"""


def test_a_glossary_slipped_by_a_line_pairs_each_english_with_the_chinese_above():
    document = Document("doc.txt", tuple(text_paragraphs(SLIPPED)))
    got = [(c.terms[0].text, c.terms[1].text) for c in shifted_rows.extract(document)]
    assert got == [
        ("第十三届全国人民代表大会", "the 13th National People's Congress"),
        ("国务院", "the State Council"),
        ("国务院总理", "Premier of the State Council"),
        ("中国人民政治协商会议", "Chinese People's Political Consultative Conference"),
        ("中国共产党", "the Communist Party of China"),
        ("脱贫攻坚战", "the critical battle against poverty")]
    assert list(rows.extract(document)) == []  # the rows reading of these lines is wrong


def test_an_ordinary_lexicon_is_not_slipped():
    text = "the State Council 国务院\nPremier of the State Council 国务院总理\n" \
           "the Communist Party of China 中国共产党\nthe critical battle against poverty 脱贫攻坚战\n"
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    assert list(shifted_rows.extract(document)) == []
    assert len(list(rows.extract(document))) == 4
