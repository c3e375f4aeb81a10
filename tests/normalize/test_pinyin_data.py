"""pypinyin's tables, compacted (issue 18): the same tables, in less memory."""

from __future__ import annotations

import json
from pathlib import Path

from glossary.normalize import pinyin_data


def test_the_compacted_phrase_table_is_pypinyins_own():
    loaded = pinyin_data.pypinyin()
    shipped = Path(loaded.__file__).with_name("phrases_dict.json")
    assert pinyin_data.phrases() == json.loads(shipped.read_text(encoding="utf-8"))
    shipped = Path(loaded.__file__).with_name("pinyin_dict.json")
    assert pinyin_data.characters() == {int(k): v for k, v in
                                        json.loads(shipped.read_text(encoding="utf-8")).items()}


def test_readings_are_shared_between_phrases_never_within_one():
    table = pinyin_data.phrases()
    by_value: dict[tuple[str, ...], set[int]] = {}
    for readings in table.values():
        assert len({id(r) for r in readings}) == len(readings)  # a copy must not alias
        for reading in readings:
            by_value.setdefault(tuple(reading), set()).add(id(reading))
    # One list per reading, and a few more where a phrase repeats one (一一, 谢谢).
    assert len(by_value) < 2_000
    assert sum(map(len, by_value.values())) < 2 * len(by_value)
    syllables = {id(s) for readings in table.values() for r in readings for s in r}
    assert len(syllables) == len({s for readings in table.values() for r in readings for s in r})


def test_pypinyin_reads_as_before():
    loaded = pinyin_data.pypinyin()
    tone3 = loaded.Style.TONE3
    assert loaded.lazy_pinyin("一一对应的重庆银行", style=tone3, neutral_tone_with_five=True) == [
        "yi1", "yi1", "dui4", "ying4", "de5", "chong2", "qing4", "yin2", "hang2"]
    # The readings of a phrase come back as fresh lists the caller may change.
    first = loaded.pinyin("谢谢", heteronym=True)  # one reading twice in the phrase table
    expected = [list(reading) for reading in first]
    first[0].append("changed")
    assert loaded.pinyin("谢谢", heteronym=True) == expected == [["xiè"], ["xiè"]]
