import pytest

from glossary.build.extract._truncation import TRUNCATED, head_noun, review


@pytest.mark.parametrize("chinese, english, completion", [
    ("中央经济工作", "Central Economic Work Conference", "中央经济工作会议"),
    ("七千人大", "Seven Thousand Cadres Central Work Conference", "七千人大会"),
    ("中央工作", "Central Working Conference", "中央工作会议"),
    ("中央村工作", "Central Rural Work Conference", "中央村工作会议"),
    ("中央人大工作", "Central Conference on Work Related to the People’s Congresses",
     "中央人大工作会议"),
    ("中央周工作", "Central Conference on Work Related to Neighboring Countries", "中央周工作会议"),
    ("全国人民代表", "National People’s Congress", "全国人民代表大会"),
    ("中央纪律检查委员", "Central Commission for Discipline Inspection", "中央纪律检查委员会"),
])
def test_truncated_pairs_are_flagged_with_a_completion(chinese, english, completion):
    flags, notes = review(chinese, english)
    assert flags == (TRUNCATED,)
    assert notes[0].startswith(f"Suggested completion: {completion} (")


@pytest.mark.parametrize("chinese, english", [
    ("中央经济工作会议", "Central Economic Work Conference"),
    ("七千人大会", "Seven Thousand Cadres Central Work Conference"),
    ("社会工作部", "Department of Social Work"),
    ("中国共产党", "Communist Party of China"),
    ("中华全国总工会", "All-China Federation of Trade Unions"),
    ("全国人民代表大会", "National People’s Congress"),
    ("枫桥经验", "Fengqiao Model"),
    ("第二个结合", "the second integration"),
    ("各级纪委的监督责任", "the oversight responsibilities of discipline inspection commissions"),
    ("中华人民共和国", "People’s Republic of China"),
    ("党组", "party group"),  # lowercase: a description, not a name
])
def test_sound_pairs_are_never_flagged(chinese, english):
    assert review(chinese, english) == ((), ())


def test_head_noun():
    assert head_noun("Central Conference on Work Related to Neighboring Countries") == "conference"
    assert head_noun("Department of Social Work") == "department"
    assert head_noun("the second integration") is None


def test_seeds_flag_exactly_the_truncated_glosses(seed_concepts):
    flagged = {c.terms_in("zh-Hans")[0].text for c in seed_concepts if c.terms_in("zh-Hans")
               and TRUNCATED in c.terms_in("zh-Hans")[0].flags}
    assert flagged == {"中央经济工作", "七千人大", "中央工作", "中央村工作", "中央人大工作", "中央周工作"}
    fengqiao = next(c for c in seed_concepts if c.terms_in("zh-Hans")
                    and c.terms_in("zh-Hans")[0].text == "枫桥经验")
    assert not any(t.flags for t in fengqiao.terms) and not fengqiao.notes
