import pytest

from glossary.normalize.pinyin import curated_phrases, pinyin
from tests.normalize.gbt16159 import DEV, HELD_OUT, rows

# Dev rows the rules do not yet get right, and why (bench.normalize counts them).
KNOWN_WRONG = {
    "这只船": "只 alone reads zhǐ (the adverb); the measure word needs the noun after it",
    "无缝钢管": "无缝 is too rare in jieba's dictionary to be split off",
    "开玩笑": "jieba keeps the verb-object phrase as one word",
}


@pytest.mark.parametrize("text, proper, marks, numbers, plain", [
    ("枫桥经验", False, "Fēngqiáo jīngyàn", "Feng1qiao2 jing1yan4", "Fengqiao jingyan"),
    ("中华民族", False, "Zhōnghuá Mínzú", "Zhong1hua2 Min2zu2", "Zhonghua Minzu"),
    ("第二个结合", False, "dì-èr gè jiéhé", "di4-er4 ge4 jie2he2", "di-er ge jiehe"),
    ("习近平", False, "Xí Jìnpíng", "Xi2 Jin4ping2", "Xi Jinping"),
    ("西安", False, "Xī'ān", "Xi1an1", "Xi'an"),
    ("领导班子", False, "lǐngdǎo bānzi", "ling3dao3 ban1zi5", "lingdao banzi"),
    ("干部", False, "gànbù", "gan4bu4", "ganbu"),
    ("银行行长", False, "yínháng hángzhǎng", "yin2hang2 hang2zhang3", "yinhang hangzhang"),
    ("中国共产党", False, "Zhōngguó Gòngchǎndǎng", "Zhong1guo2 Gong4chan3dang3",
     "Zhongguo Gongchandang"),
    ("中央经济工作会议", None, "Zhōngyāng Jīngjì Gōngzuò Huìyì",
     "Zhong1yang1 Jing1ji4 Gong1zuo4 Hui4yi4", "Zhongyang Jingji Gongzuo Huiyi"),
    ("全面从严治党", False, "quánmiàn cóngyán zhìdǎng", "quan2mian4 cong2yan2 zhi4dang3",
     "quanmian congyan zhidang"),
    ("党委(党组)", False, "dǎngwěi (dǎngzǔ)", "dang3wei3 (dang3zu3)", "dangwei (dangzu)"),
    ("妇女", False, "fùnǚ", "fu4nü3", "funü"),
    ("基层治理", False, "jīcéng zhìlǐ", "ji1ceng2 zhi4li3", "jiceng zhili"),
])
def test_gb_t_16159(text, proper, marks, numbers, plain):
    forms = pinyin(text, proper=proper)
    assert (forms.marks, forms.numbers, forms.plain) == (marks, numbers, plain)


def test_curated_phrases_load_and_have_one_syllable_per_character():
    phrases = curated_phrases()
    assert phrases["领导班子"] == [("ling3", "dao3"), ("ban1", "zi5")]
    assert phrases["中华民族"] == [("Zhong1", "hua2"), ("Min2", "zu2")]
    for phrase, words in phrases.items():
        assert sum(map(len, words)) == len(phrase), phrase


@pytest.mark.parametrize("row", rows(DEV), ids=lambda row: row.chinese)
def test_gb_t_16159_table(row):
    if row.chinese in KNOWN_WRONG:
        pytest.xfail(KNOWN_WRONG[row.chinese])
    assert pinyin(row.chinese).marks == row.pinyin


def test_table_is_large_and_kept_apart_from_the_curated_list():
    table = rows()
    assert len(table) >= 50 and len(rows(HELD_OUT)) >= 20
    assert {row.split for row in table} == {DEV, HELD_OUT}
    assert not {row.chinese for row in table} & set(curated_phrases())


@pytest.mark.parametrize("text, proper, marks", [
    ("中央经济工作会议", False, "zhōngyāng jīngjì gōngzuò huìyì"),  # a rendering said so
    ("那次会议", None, "nà cì huìyì"),  # a meeting, but not a name
    ("党的领导", True, "Dǎng de Lǐngdǎo"),  # a particle stays in lower case
])
def test_capitals_follow_the_caller_or_the_chinese(text, proper, marks):
    assert pinyin(text, proper=proper).marks == marks


def test_particles_and_aspect():
    assert pinyin("坚持党的领导").marks == "jiānchí dǎng de lǐngdǎo"
    assert pinyin("目的地").marks == "mùdìdì"  # 的 read dì is no particle
    assert pinyin("看了").marks == "kànle"


@pytest.mark.parametrize("text, marks", [
    ("实事求是", "shíshì-qiúshì"),  # an idiom of two two-character words: hyphenated
    ("风平浪静", "fēngpínglàngjìng"),  # no such words: joined
    ("解放思想", "jiěfàng sīxiǎng"),  # no idiom: two words
    ("台湾同胞", "Táiwān tóngbāo"),  # a name inside a common phrase keeps its capital
])
def test_idioms_and_names_inside_phrases(text, marks):
    assert pinyin(text).marks == marks
