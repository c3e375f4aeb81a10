from glossary.build.documents import Document
from glossary.build.extract import line_pairs
from glossary.build.readers.text import text_paragraphs
from glossary.build.scorer import judge_all


def pairs(text, judged=False):
    document = Document("doc.txt", tuple(text_paragraphs(text)))
    found = list(line_pairs.extract(document))
    if judged:
        found = [d.candidate for d in judge_all(found) if d.verdict.keep]
    return [(c.terms[0].text, c.terms[1].text, c.terms[1].lang) for c in found]


def test_numbered_keyword_list_with_example_sentences():
    text = ("1. 三大攻坚战\n\nthree critical battles\n\n"
            "我们要打好三大攻坚战，实现高质量发展。\n"
            "We will win the three critical battles and achieve high-quality development.\n\n"
            "2. 新质生产力\nnew quality productive forces\n")
    assert pairs(text) == [("三大攻坚战", "three critical battles", "en"),
                           ("新质生产力", "new quality productive forces", "en")]


def test_nested_bullets_and_english_title_first():
    assert pairs("- 放宽市场准入\n  - Broaden market access\n") == [
        ("放宽市场准入", "Broaden market access", "en")]
    assert pairs("Central Commission for Discipline Inspection\n中国共产党中央纪律检查委员会\n") == [
        ("中国共产党中央纪律检查委员会", "Central Commission for Discipline Inspection", "en")]


def test_neighbours_that_do_not_translate_each_other_are_dropped_by_the_scorer():
    text = "目录\nPrinted in Beijing\n"
    assert pairs(text) and pairs(text, judged=True) == []
