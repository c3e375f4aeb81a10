"""Contract of the bilingual readers' registry."""

import pytest

from glossary import bitext
from glossary.errors import InputError


def test_the_built_in_readers_are_registered():
    assert {"po", "table", "tmx", "xliff"} <= set(bitext.readers())
    assert bitext.suffixes()[".sdlxliff"].NAME == "xliff"


@pytest.mark.parametrize("name", sorted(bitext.readers()))
def test_reader_declarations(name):
    module = bitext.readers()[name]
    assert module.NAME == name and module.SUFFIXES and callable(module.read)
    assert all(suffix.startswith(".") and suffix == suffix.lower() for suffix in module.SUFFIXES)


def test_an_unknown_ending_names_the_known_ones(tmp_path):
    with pytest.raises(InputError, match=r"known endings: .*\.xlf"):
        bitext.read(tmp_path / "job.rtf")
