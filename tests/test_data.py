"""Reference data files: shipped with the package, read as plain lists."""

import configparser
import fnmatch

from glossary.data import romance_words, word_list
from tests.conftest import ROOT


def test_every_data_file_is_package_data():
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    patterns = config["options.package_data"]["glossary.data"].split()
    files = [p.name for p in (ROOT / "glossary" / "data").iterdir()
             if p.is_file() and p.suffix != ".py"]
    assert files and all(any(fnmatch.fnmatch(f, pattern) for pattern in patterns) for f in files)


def test_word_lists():
    assert {"the", "of", "whose"} <= word_list("closed", "en")
    assert {"les", "d’", "également"} <= word_list("closed", "fr")
    assert {"según", "aún"} <= word_list("closed", "es")
    assert "sth" in word_list("gloss-stop", "en") and "of" in word_list("connectors", "en")
    assert {"委员会", "会议", "部"} <= word_list("body-heads", "zh")
    assert word_list("closed", "de") == frozenset()


def test_romance_words_are_content_words_of_french_and_spanish():
    listed = romance_words()
    assert listed["fr", "niveau"] == ("level",) and "law" in listed["es", "ley"]
    assert {lang for lang, _ in listed} == {"fr", "es"}
    # a closed-class word (French "est" is also "is", Spanish "este" also "this") would link
    # prose, not terms
    assert not [word for lang, word in listed if word in word_list("closed", lang)]
    assert all(english for english in listed.values())
