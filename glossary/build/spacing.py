"""English that lost its spaces: pages copied from document-sharing sites glue whole
sentences together ("Theissueofsecuritybearsonthewell-beingofpeople…",
"ForeignMinistrySpokespersonWangWenbin’sRegularPressConference").  No extractor can find a
term in such a line, and a glued name is no rendering a translator can use.

Method: a line whose Latin text runs on with hardly a space (25 letters or more, twelve
letters or more to each space-separated stretch) is glued.  In it, each run of letters is cut
where its capitals show a new word (WangWenbin, CPCHainan), and each piece is split into the
most probable English words by ``wordninja`` (word frequencies of English Wikipedia), except a
capitalised piece that spells pinyin syllables (Zhongguancun, Wenbin), which is a name, and an
acronym (CPPCC).  A space is put back after a comma, semicolon or colon, and after a full stop
between words.  Lines with ordinary spacing are left as they are.
"""

from __future__ import annotations

import re

_LETTERS = re.compile(r"[A-Za-z]+")
_CASE_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_PUNCT_BREAK = re.compile(r"(?<=[A-Za-z][,;:])(?=[A-Za-z])|(?<=[a-z]\.)(?=[A-Z][a-z])")
_MIN_LETTERS = 25  # fewer: a label glued onto a name (AbbreviationZhongzubu, left to tidy)
_GLUED_STRETCH = 12  # letters per space-separated stretch: English averages about six
_LONGEST_NAME = 14
_LONGEST_ACRONYM = 8  # longer capitals are a heading's words run together (THEBASICLAW…)


def glued(line: str) -> bool:
    """The line's Latin text has lost its spaces."""
    stretches = [s for s in line.split() if _LETTERS.search(s)]
    letters = sum(len(run) for run in _LETTERS.findall(line))
    return letters >= _MIN_LETTERS and letters >= _GLUED_STRETCH * len(stretches)


def respaced(line: str) -> str:
    """The line with the spaces of its glued English put back (unchanged when not glued)."""
    if not glued(line):
        return line
    line = _LETTERS.sub(lambda run: " ".join(_words(run.group())), line)
    return _PUNCT_BREAK.sub(" ", line)


def _words(run: str) -> list[str]:
    import wordninja

    from glossary.normalize.readings import split_syllables

    words: list[str] = []
    for piece in _CASE_BREAK.split(run):
        if len(piece) < 4 or piece.isupper() and len(piece) <= _LONGEST_ACRONYM or \
                piece[:1].isupper() and piece[1:].islower() \
                and len(piece) <= _LONGEST_NAME and split_syllables(piece.lower()):
            words.append(piece)  # a short word, an acronym (CPPCC), a name in pinyin
        else:
            words.extend(wordninja.split(piece))
    return words
