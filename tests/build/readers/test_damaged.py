"""Damaged packaged files (cut short, bytes flipped) end in one InputError, never a
traceback: the third-party parsers raise many kinds of error on a broken file."""

import random

import pytest

from glossary.build.readers import pdf, word, xlsx
from glossary.errors import InputError
from tests.build.readers.samples import GLOSSARY_DOC, GLOSSARY_DOCX, GLOSSARY_PDF
from tests.build.readers.samples import xlsx as workbook


def _damaged(data: bytes, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    found = []
    for attempt in range(120):
        if attempt % 2:
            found.append(data[:rng.randrange(1, len(data))])
        else:
            flipped = bytearray(data)
            for _ in range(rng.randrange(1, 20)):
                flipped[rng.randrange(len(flipped))] = rng.randrange(256)
            found.append(bytes(flipped))
    return found


@pytest.mark.parametrize("reader, data", [
    (pdf, GLOSSARY_PDF.read_bytes()), (word, GLOSSARY_DOCX.read_bytes()),
    (word, GLOSSARY_DOC.read_bytes()),
    (xlsx, workbook([["中文", "English"], ["乡村振兴", "rural revitalization"]]))],
    ids=["pdf", "docx", "doc", "xlsx"])
def test_a_damaged_file_is_read_or_refused_in_one_line(reader, data):
    refused = 0
    for damaged in _damaged(data, seed=1):
        try:
            assert isinstance(reader.text(damaged, "damaged"), str)
        except InputError as err:
            refused += 1
            assert "\n" not in str(err) and str(err).startswith("damaged")
    assert refused  # the corruptions do break files
