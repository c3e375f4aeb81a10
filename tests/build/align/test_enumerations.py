from glossary.build.align.enumerations import pairs
from glossary.build.align.phrases import align


def items(en, zh):
    return [(en[a:b], zh[p:q]) for (a, b), (p, q) in pairs(en, zh)]


def test_a_list_of_names_pairs_item_by_item_in_order():
    # the second name holds an "and" of its own; the ends are cut from their clauses
    en = ("The new round will also cover the Office of the Central Leading Group for Cyberspace "
          "Affairs, State Council Leading Group Office of Poverty Alleviation and Development, "
          "China Railway Corporation and China Shipbuilding Industry Corporation.")
    zh = "新一轮巡视还将包括中央网络事务领导小组办公室、国务院扶贫开发领导小组办公室、中国铁路总公司和中国船舶重工集团。"
    assert items(en, zh) == [
        ("Office of the Central Leading Group for Cyberspace Affairs", "中央网络事务领导小组办公室"),
        ("State Council Leading Group Office of Poverty Alleviation and Development",
         "国务院扶贫开发领导小组办公室"),
        ("China Railway Corporation", "中国铁路总公司"),
        ("China Shipbuilding Industry Corporation", "中国船舶重工集团")]
    found = [(en[m.en.start:m.en.end], zh[m.zh.start:m.zh.end]) for m in align(en, zh, {})]
    assert ("China Railway Corporation", "中国铁路总公司") in found


def test_a_list_whose_translation_reorders_it_or_differs_in_length_is_left_out():
    zh = "对象包括北京大学、清华大学、北京师范大学和南京大学等。"
    reordered = ("including Tsinghua University, Peking University, Beijing Normal University and "
                 "Nanjing University.")
    assert items(reordered, zh) == []
    shorter = "including Peking University, Tsinghua University and Nanjing University."
    assert items(shorter, zh) == []


def test_a_list_of_common_nouns_sharing_a_head_is_not_paired():
    # "political" is not 政治建设: the list shares its head ("progress"), and its items are
    # everyday words, not names
    assert items("We must promote economic, political, cultural, social and ecological "
                 "progress.", "我们要推进经济建设、政治建设、文化建设、社会建设和生态文明建设。") == []


def test_items_with_articles_and_a_conjunction_after_the_last_separator():
    # the UN Charter's organs: "a/an" before each item, "、及" before the last
    en = ("There are established as principal organs of the United Nations: a General Assembly, "
          "a Security Council, an Economic and Social Council, a Trusteeship Council, an "
          "International Court of Justice, and a Secretariat.")
    zh = "兹设联合国之主要机关如下：大会、安全理事会、经济及社会理事会、托管理事会、国际法院、及秘书处。"
    assert items(en, zh)[3:] == [("Trusteeship Council", "托管理事会"),
                                 ("International Court of Justice", "国际法院"),
                                 ("Secretariat", "秘书处")]
    # "the" before a middle item is not the name's
    en = "The Chairman, the Vice-Chairmen and the Secretary-General constitute the Council."
    assert items(en, "委员长、副委员长、秘书长组成委员长会议。") == [
        ("Chairman", "委员长"), ("Vice-Chairmen", "副委员长"), ("Secretary-General", "秘书长")]


def test_a_list_longer_than_forty_items_is_not_paired():
    # each item is asked against every other: a list this long would cost seconds
    names = ["北京大学", "清华大学", "南京大学"] * 14
    english = ["Peking University", "Tsinghua University", "Nanjing University"] * 14
    zh = "对象包括" + "、".join(names[:-1]) + "和" + names[-1] + "等。"
    en = "including " + ", ".join(english[:-1]) + " and " + english[-1] + "."
    assert items(en, zh) == []
    assert len(items(en.replace(", Peking University", "", 2),
                     zh.replace("、北京大学", "", 2))) == 40


def test_a_conjunction_opening_a_middle_item_is_not_the_items():
    # "、以及吉林、": 以及 joins the item to the list
    en = "It will cover Inner Mongolia, Jilin, Yunnan and Shaanxi."
    zh = "还将对内蒙古、以及吉林、云南和陕西进行再检。"
    assert ("Jilin", "吉林") in items(en, zh)
