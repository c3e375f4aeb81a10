"""English that lost its spaces: pages copied from document-sharing sites glue whole
sentences together ("Theissueofsecuritybearsonthewell-beingofpeople…",
"ForeignMinistrySpokespersonWangWenbin’sRegularPressConference").  No extractor can find a
term in such a line, and a glued name is no rendering a translator can use.

Method: a line whose Latin text runs on with hardly a space (25 letters or more, twelve
letters or more to each space-separated stretch) is glued.  In it, each run of letters is cut
where its capitals show a new word (WangWenbin, CPCHainan), and each piece is split into the
most probable English words by ``wordninja`` (word frequencies of English Wikipedia), except a
capitalised piece that spells pinyin syllables (Zhongguancun, Wenbin), which is a name, and an
acronym (CPPCC).  A French word English keeps with its accents (chargé d'affaires, attaché:
the ``loanwords`` list) is cut out whole first, since the accent would cut it in two.  A space
is put back after a comma, semicolon or colon, and after a full stop between words.  Lines
with ordinary spacing are left as they are.

A document whose English is glued throughout (a glossary copied from such a site: "presssection,
informationservice新闻处") has short lines too, too short to tell by themselves: once three of
its lines are glued, every line of it whose Latin runs on for nine letters or more is.
"""

from __future__ import annotations

import re
from functools import cache

_LETTERS = re.compile(r"[A-Za-z]+")
_ACCENTED_LETTERS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
_CASE_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_PUNCT_BREAK = re.compile(r"(?<=[A-Za-z][,;:])(?=[A-Za-z])|(?<=[a-z]\.)(?=[A-Z][a-z])")
_MIN_LETTERS = 25  # fewer: a label glued onto a name (AbbreviationZhongzubu, left to tidy)
_GLUED_STRETCH = 12  # letters per space-separated stretch: English averages about six
_LONGEST_NAME = 14
_FEWEST_GLUED_LINES = 3
_RUN_ON = 9  # letters in a stretch of a glued text's line
_LONGEST_ACRONYM = 8  # longer capitals are a heading's words run together (THEBASICLAW…)


def glued(line: str) -> bool:
    """The line's Latin text has lost its spaces."""
    stretches = [s for s in line.split() if _LETTERS.search(s)]
    letters = sum(len(run) for run in _LETTERS.findall(line))
    return letters >= _MIN_LETTERS and letters >= _GLUED_STRETCH * len(stretches)


def respaced_text(text: str) -> str:
    """The text with the spaces of its glued English put back, line by line (so that line
    numbers hold); every line that runs on, when the text is glued throughout."""
    lines = text.split("\n")
    glued_lines = sum(map(glued, lines))
    if not glued_lines:
        return text
    test = _runs_on if glued_lines >= _FEWEST_GLUED_LINES else glued
    return "\n".join(_respaced(line) if test(line) else line for line in lines)


def respaced(line: str) -> str:
    """The line with the spaces of its glued English put back (unchanged when not glued)."""
    return _respaced(line) if glued(line) else line


def _runs_on(line: str) -> bool:
    """A stretch of the line holds nine Latin letters or more: in a glued text, two words or
    a long one, which ``wordninja`` keeps whole ("airattaché", "ambassador")."""
    return any(len("".join(_ACCENTED_LETTERS.findall(s))) >= _RUN_ON for s in line.split())


def _respaced(line: str) -> str:
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:  # a loanword, out of wordninja's way
        kept.append(_loanword_spaced(match.group()))
        return f"{_PLACE}{len(kept) - 1}{_PLACE}"

    def restore(match: re.Match[str]) -> str:  # with a space where a word touches it
        before = " " if _ACCENTED_LETTERS.match(line[match.start() - 1:match.start()]) else ""
        after = " " if _ACCENTED_LETTERS.match(line[match.end():match.end() + 1]) else ""
        return before + kept[int(match.group(1))] + after

    line = _loanwords()[0].sub(keep, line)
    line = _LETTERS.sub(lambda run: " ".join(_words(run.group())), line)
    line = _KEPT.sub(restore, line)
    return _PUNCT_BREAK.sub(" ", line)


_PLACE = "\ue000"  # (a private-use character: no text has it)
_KEPT = re.compile(f"{_PLACE}(\\d+){_PLACE}")


@cache
def _loanwords() -> tuple[re.Pattern[str], dict[str, str]]:
    """The loanwords, glued (chargéd'affaires) or spaced, longest first; and each one's form
    as the list spaces it, by its glued, folded form."""
    from glossary.data import word_list

    forms = sorted(word_list("loanwords", "en"), key=len, reverse=True)
    pattern = re.compile("|".join(r"\s?".join(map(re.escape, form.split("_"))) for form in forms),
                         re.IGNORECASE)
    spaced: dict[str, str] = {}
    for form in word_list("loanwords", "en"):
        spaced.setdefault(form.replace("_", "").casefold(), form.replace("_", " "))
    return pattern, spaced


def _loanword_spaced(found: str) -> str:
    """The loanword as the list spaces it, in the case the text gives its first letter."""
    spaced = _loanwords()[1].get("".join(found.split()).casefold(), found)
    return found[0] + spaced[1:]


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
