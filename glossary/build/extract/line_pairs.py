"""A term on one line, its translation on the next: keyword lists, vocabulary notes, titles.

    1. 习近平新时代中国特色社会主义思想                 - 放宽市场准入
    Xi Jinping Thought on Socialism with …               - Broaden market access

    Central Commission for Discipline Inspection
    中国共产党中央纪律检查委员会

Newspaper keyword lists put a Chinese heading, then its English line, then example sentences;
study notes nest the English under the Chinese bullet; pages title a term in English with the
Chinese alone on the next line.  Method: the document's non-blank source lines in order,
list markers removed; two neighbours form a pair when one is Chinese only and the other
Latin only and both are term-sized (Chinese: 2–30 characters without sentence punctuation;
Latin: at most 20 words, not ending a sentence with a full stop unless short).  Lines are
paired from the top, each line used once, so a list of zh/en pairs never pairs an English
line with the next entry's Chinese; where a Chinese line has a Latin line on each side, it
goes with the one the dictionary links it to better (a heading "F" above "放宽市场准入", its
translation below).  A sentence line between them (the example
sentences) breaks nothing: it is simply not term-sized.

Keyword pages in several languages give each entry as a Chinese heading and its paragraph,
then the heading and paragraph in English, French or Spanish (``_headed_block``): there a
heading pairs with the Chinese one because each paragraph names its own heading, a structure
the scorer trusts as it trusts a quoted name before its gloss (confidence 0.85).  So does a
Chinese heading right above a Latin heading whose paragraph names it, and two headings whose
paragraphs translate each other (dictionary links, lengths in proportion), in either order:
both headings then both paragraphs, or each heading above its own paragraph.  A table's two
columns set one after the other (three Chinese lines or more, then as many Latin lines, most
rows linked: an article's keywords) pair row by row.

Before pairing, each line is read for what it stands for (``_line_reading``: cells glued
into one line read apart, a headword without its pinyin, a headline's term, a cell of
senses, a broken title joined); a rendering run on into the Chinese paragraph under its
heading is taken up to the Chinese.  Four or more rows in a row, zh/Latin one after the
other, are a two-column table flattened into lines (confidence 0.8, as a row's); their
enumerations and slash alternatives pair item by item.

Position is weak evidence (confidence 0.6): the scorer keeps a pair only when the
dictionary, pinyin or numbers link the two lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract._evidence import evidence
from glossary.build.extract._line_reading import read_lines
from glossary.build.extract.rows import bare_chinese, classify, renderings_of
from glossary.build.language import span_language
from glossary.han import han_count
from glossary.langtags import ZH_HANS
from glossary.model import Candidate, CandidateTerm, TermType

NAME = "line-pairs"
CONFIDENCE = 0.6
# Each heading named again in its own paragraph: a structure, not position, which the scorer
# keeps for review even where no dictionary word links the two headings.
HEADED_CONFIDENCE = 0.85
TABLE_CONFIDENCE = 0.8  # as a row with a separator
_TABLE_ROWS = 4
_TABLE_WORDS = 12
# An abbreviation in brackets after a Chinese name, and an acronym after its rendering
_ABBREVIATION_ZH = han.pattern(r"[(（]([\p{Han}]{2,8})[)）]\s*$")
_SLASH = re.compile(r"\s+[/／]\s+")
_ITEMS = re.compile(r",\s+(?:(?:and|et|y)\s+)?|\s+(?:and|et|y)\s+")  # an enumeration's items
_ACRONYM = re.compile(r"[(（]([A-Z]{2,8})[)）]\s*$")
_MAX_ZH = 30
_SLOGAN = 16  # characters of a Chinese line that may hold a comma and still be a set phrase
# A pair of lines this long is a headline and its translation, with terms inside it
_LONG_ZH = 10
_LONG_WORDS = 6
_INSIDE_CONFIDENCE = 0.7  # as the parallel extractor's: a word must link the two sides


def extract(document: Document) -> Iterator[Candidate]:
    found = read_lines(document)
    kinds = _unread([_kind(line) for _, _, line in found], [line for _, _, line in found])
    default = document.latin_language
    plain: list[tuple[int, str]] = []  # (index of the pair's first line, the first's script)
    lines_of: dict[tuple[int, int], set[str]] = {}
    for item, kind in zip(found, kinds):
        lines_of.setdefault(_line_of(item), set()).add(kind)
    both_scripts = {line for line, seen in lines_of.items() if {"zh", "latin"} <= seen}
    if len(both_scripts) * 2 < len(lines_of):
        both_scripts = set()  # (a few such lines are a page that lost its line breaks: the
        # Latin opening one may be the line before's, "…dos sistemas改革开放政策")
    index = 0
    while index + 1 < len(found):
        block = _headed_block(found, kinds, index) if kinds[index] == "zh" else []
        if block:
            for heading in block:
                yield from _headings(document, found[index], found[heading], default)
            index = block[-1] + 1
            continue
        top, run = _column_run(kinds, index)
        # (rows the dictionary links, most of them: position alone pairs a title page's
        # lines, "政府工作报告 / 国务院总理李克强 / Rapport d'activité… / Présenté le 5 mars…")
        if run and 2 * sum(_linked(found[top + k][2], found[top + run + k][2]) > 0
                           for k in range(run)) > run:
            # 中国外交 / 全球治理 / … then China's diplomacy / Global governance / …
            for k in range(run):
                for rendering in renderings_of(found[top + run + k][2]):
                    yield _candidate(document, found[top + k], found[top + run + k],
                                     rendering, default, TABLE_CONFIDENCE)
            index = top + 2 * run
            continue
        latin_heading = _translated_block(found, kinds, index) if kinds[index] == "zh" else None
        if latin_heading is not None:
            yield from _headings(document, found[index], found[latin_heading], default)
            index = latin_heading + 1
            continue
        if kinds[index] == "latin" and kinds[index + 1] == "zh" and \
                _headed_block(found, kinds, index + 1):
            index += 1  # a page title above the first entry's Chinese heading
            continue
        chinese = _latin_first_block(found, kinds, index) if kinds[index] == "latin" else None
        if chinese is not None:  # the entry in French first, then in Chinese
            yield from _headings(document, found[chinese], found[index], default)
            index = chinese + 1
            continue
        first, second = found[index], found[index + 1]
        pair = (kinds[index], kinds[index + 1])
        if pair == ("latin", "zh") and index + 2 < len(found) and kinds[index + 2] == "latin" \
                and not _one_source_line(first, second) \
                and (_linked(second[2], found[index + 2][2]) > _linked(second[2], first[2]) or
                     _is_body(found, kinds, index + 3, "latin", found[index + 2][2])):
            index += 1  # the Chinese line belongs with the line after it, not this one
            continue
        if pair == ("zh", "latin") and index + 2 < len(found) and kinds[index + 2] == "zh" \
                and not first[0].declared \
                and _linked(found[index + 2][2], second[2]) > _linked(first[2], second[2]) \
                and not _own_line_after(found, kinds, index + 2, second[2]):
            index += 1  # a heading above a list that gives the English first: the English
            continue  # line belongs with the Chinese after it ("联合国主要机构名称翻译")
        run_on = _leading_latin(second[2]) if pair == ("zh", "") else ""
        if run_on:  # "# 揣着明白装糊涂" / "play dumb and feign innocence 5月25日，在…"
            for rendering in renderings_of(run_on):
                yield _candidate(document, first, second, rendering, default)
            index += 2
            continue
        if pair in (("zh", "latin"), ("latin", "zh")) and not _one_source_line(first, second) \
                and (_line_of(first) in both_scripts or _line_of(second) in both_scripts):
            index += 1  # in a glossary of such lines, a line that pairs its own cells
            continue  # ("United Nations联合国") lends none to its neighbours
        if pair in (("zh", "latin"), ("latin", "zh")):
            # "“一带一路”" / "La Iniciativa de la Franja y la Ruta" / a paragraph about it
            explained = pair[0] == "zh" and (_is_body(
                found, kinds, index + 2, "latin", found[index + (pair[0] == "zh")][2])
                or _translated_bodies(found, kinds, index))
            if explained:
                yield from _pair(document, first, second, pair[0], default, HEADED_CONFIDENCE)
            else:
                plain.append((index, pair[0]))
            index += 2
        else:
            index += 1
    tabled = _in_tables(plain, found, kinds)
    for start, order in plain:
        yield from _pair(document, found[start], found[start + 1], order, default,
                         TABLE_CONFIDENCE if start in tabled else CONFIDENCE)


def _pair(document: Document, first: tuple[Paragraph, int, str],
          second: tuple[Paragraph, int, str], order: str, default: str,
          confidence: float) -> Iterator[Candidate]:
    zh, other = (first, second) if order == "zh" else (second, first)
    divided = _divided(zh, other)
    if len(divided) > 1:
        for division, translated in divided:  # 政治体制 第一节 行政长官 / Political Structure …
            yield from _pair(document, division, translated, "zh", default, confidence)
        return
    chinese, latin = classify(zh[2]).text, classify(other[2]).text
    both = _SLASH.split(chinese), _SLASH.split(latin)
    items = chinese.split("、"), _ITEMS.split(latin)
    if _itemised(*items):
        both = items  # 国旗、国徽、首都 / The National Flag, the … (not 力戒形式主义、官僚主义,
        # one slogan, nor a phrase whose parts do not translate each other one to one)
    if 1 < len(both[0]) and len(both[1]) in (1, len(both[0])):
        # 主席 / 副主席 — Président / Vice-président du …; 议会 / 国会 — parlamento
        for index, one in enumerate(both[0]):
            for rendering in renderings_of(both[1][index if len(both[1]) > 1 else 0]):
                yield _candidate(document, (zh[0], zh[1], one), other, rendering, default,
                                 confidence)
        return
    for rendering in renderings_of(other[2]):
        rendering = _with_translated_note(rendering, latin, chinese)
        # a sentence in a table row is no more a term than one anywhere else
        sized = confidence if len(rendering.split()) <= _TABLE_WORDS else min(confidence, CONFIDENCE)
        yield _candidate(document, zh, other, rendering, default, sized)
    yield from inside(document, zh, other, default)
    short, acronym = _ABBREVIATION_ZH.search(chinese), _ACRONYM.search(latin)
    if short and acronym:  # 全国人民代表大会(全国人大) / Assemblée populaire nationale (APN)
        yield _candidate(document, (zh[0], zh[1], short[1]), other, acronym[1], default,
                         confidence, TermType.ACRONYM)


def _with_translated_note(rendering: str, latin: str, chinese: str) -> str:
    """The rendering with the note in brackets after it when the Chinese says the note too
    ("Hainan Free Trade Port Law (Draft)" / 海南自由贸易港法草案): the note is then part of
    the name, not a remark on it."""
    from glossary.build.scorer import links

    note = _NOTE_AFTER.fullmatch(latin.strip())
    if note is None or note["name"].strip() != rendering:
        return rendering
    linked = links(chinese, note["note"], "en")
    said = links(chinese, rendering, "en").chars
    return f"{rendering} ({note['note']})" if linked.word_count and \
        len(linked.words) == linked.word_count and linked.chars - said else rendering


# (a note of words only: not a dictionary's "(n; político)")
_NOTE_AFTER = re.compile(r"(?P<name>[^()]+)\((?P<note>[^();,=]{1,40})\)")


# A heading that names a division and the one inside it, as laws print them: each part is a
# heading of its own (_tidy takes its number off).
_DIVISION_ZH = re.compile(r"第[一二三四五六七八九十百\d]{1,4}[编編章节節部分]")
_DIVISION_LATIN = re.compile(r"\b(?:Book|Part|Chapter|Section|Title|Livre|Partie|Chapitre|Titre|"
                             r"Libro|Parte|Cap[ií]tulo|Secci[oó]n|T[ií]tulo)\s+(?:[IVXLC]+|\d{1,3})\b")


def _headings(document: Document, zh: tuple[Paragraph, int, str],
              other: tuple[Paragraph, int, str], default: str) -> Iterator[Candidate]:
    """A Chinese heading and its translation: one pair, or one for each division the two
    name alike (第四章 政治体制 第一节 行政长官 / Chapter IV Political Structure Section 1: …)."""
    for chinese, latin in _divided(zh, other):
        for rendering in renderings_of(latin[2]):
            yield _candidate(document, chinese, latin, rendering, default, HEADED_CONFIDENCE)


def _divided(zh: tuple[Paragraph, int, str], other: tuple[Paragraph, int, str]
             ) -> list[tuple[tuple[Paragraph, int, str], tuple[Paragraph, int, str]]]:
    """The Chinese line's divisions paired with its translation's, when both name the same
    number; else the two lines whole, as one pair."""
    parts = _divisions(zh, _DIVISION_ZH), _divisions(other, _DIVISION_LATIN)
    return list(zip(*parts)) if len(parts[0]) == len(parts[1]) else [(zh, other)]


def _divisions(line: tuple[Paragraph, int, str], marker: re.Pattern[str]
               ) -> list[tuple[Paragraph, int, str]]:
    """The line cut before each division's number after its start (the first division's
    number may be there or gone); the line whole when it names one division or none."""
    paragraph, offset, text = line
    # (the first division's number may be gone already: "政治体制 第一节 行政长官")
    starts = [m.start() for m in marker.finditer(text) if m.start() > 0]
    if not starts:
        return [line]
    return [(paragraph, offset + a, text[a:b].rstrip()) for a, b in zip([0, *starts], [*starts, len(text)])]


def inside(document: Document, zh: tuple[Paragraph, int, str],
           other: tuple[Paragraph, int, str], default: str, name: str = NAME
           ) -> Iterator[Candidate]:
    """The terms inside a long pair of lines, a headline and its translation ("外交部发言人耿爽
    主持例行记者会" / "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference"),
    or of a table's two cells of sentences (``rows``; `name`, the extractor that found them),
    as a parallel text's sentences give theirs (``phrases.align``)."""
    from glossary.build.align import phrases
    from glossary.normalize.script import to_simplified

    chinese, latin = zh[2], other[2]
    simplified = to_simplified(chinese)
    if han_count(chinese) < _LONG_ZH or len(latin.split()) < _LONG_WORDS or \
            len(simplified) != len(chinese) or latin.isupper():
        return  # (a title in capitals would give its terms in capitals)
    lang = other[0].lang if other[0].declared else span_language(latin, latin, default)
    for rendering, term in phrases.term_pairs(latin, simplified, lang):
        if (term.start, term.end) == (0, len(chinese)):
            continue  # (the whole line is the pair above)
        yield Candidate(
            terms=(CandidateTerm(chinese[term.start:term.end], ZH_HANS),
                   CandidateTerm(latin[rendering.start:rendering.end], lang)),
            evidence=evidence(document, other[0], other[1] + rendering.start,
                              other[1] + rendering.end, name, _INSIDE_CONFIDENCE))


def _itemised(chinese: list[str], latin: list[str]) -> bool:
    """An enumeration whose items translate each other one to one: as many on both sides,
    each pair linked, each item a word (four characters at most) or a name capitalised as
    in a heading; not a slogan's clauses ("力戒形式主义、官僚主义" / "removal of …")."""
    return 1 < len(chinese) == len(latin) and all(
        (han_count(one) <= 4 or _CAPITALISED.match(its)) and _linked(one, its)
        for one, its in zip(chinese, latin))


_CAPITALISED = re.compile(r"(?:[Tt]he\s+|[Ll][ae]s?\s+|[Ll]'|[Ee]l\s+|[Ll]os\s+|[Ll]as\s+)?[A-Z]")


def _in_tables(plain: list[tuple[int, str]], found: list[tuple[Paragraph, int, str]],
               kinds: list[str]) -> set[int]:
    """The pairs that belong to a table flattened into lines: at least `_TABLE_ROWS` pairs
    in the same order, one right after the other (a separator line of bars or dashes
    between them at most, or each row's reading).  Rows in a run like that are a two-column
    table, a structure the scorer trusts as it trusts a row, not a guess from position."""
    runs: list[list[int]] = []
    for (start, order), previous in zip(plain, [None, *plain]):
        gap = start - previous[0] - 2 if previous else -1
        follows = previous is not None and previous[1] == order and (
            gap == 0 or gap == 1 and (kinds[start - 1] == "reading" or
                                      not re.search(r"[^\W\d_]", found[start - 1][2])))
        if follows:
            runs[-1].append(start)
        else:
            runs.append([start])
    tabled = {start for run in runs if len(run) >= _TABLE_ROWS for start in run}
    return tabled | _numbered_entries(plain, found)


_ENTRY_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.)、．]\s*")


def _numbered_entries(plain: list[tuple[int, str]], found: list[tuple[Paragraph, int, str]]
                      ) -> set[int]:
    """The pairs of a numbered keyword list: at least `_TABLE_ROWS` pairs whose first lines
    count 1, 2, 3… (or 4, 5, 6…) one by one, whatever lines of explanation come between
    ("4. 三大攻坚战 / three critical challenges / (i.e. the challenge to…) / 5. …").  The
    numbering makes each pair an entry of the list, as a table's rows are."""
    runs: list[list[int]] = []
    last = None
    for start, _ in plain:
        paragraph, offset, _text = found[start]
        begin, end = paragraph.line_bounds(offset)
        number = _ENTRY_NUMBER.match(paragraph.text[begin:end])
        value = int(number[1]) if number else None
        if value is not None and last is not None and value == last + 1 and runs:
            runs[-1].append(start)
        else:
            runs.append([start])
        last = value
    return {start for run in runs if len(run) >= _TABLE_ROWS for start in run}


def _headed_block(found: list[tuple[Paragraph, int, str]], kinds: list[str],
                  index: int) -> list[int]:
    """The headings that translate the Chinese heading at `index` in a keyword page's
    layout: the Chinese heading and its paragraphs, then the same entry's heading and
    paragraphs in English (and French, Spanish…), each paragraph naming its heading:

        精准扶贫 / 精准扶贫是指…… / Targeted poverty alleviation / Targeted poverty alleviation is…

    That each language's text repeats its own heading is what pairs them, not the position
    alone; the first heading in Latin script goes with the Chinese, then each one after a
    paragraph of its own, until the next Chinese line."""
    heading = found[index][2]
    position = index + 1
    if not _is_body(found, kinds, position, "zh", heading):
        return []
    while position < len(found) and _is_body(found, kinds, position, "zh", ""):
        position += 1
    headings = []
    while position + 1 < len(found) and kinds[position] == "latin" and \
            _is_body(found, kinds, position + 1, "latin", found[position][2]):
        headings.append(position)
        position += 2
        while position < len(found) and _is_body(found, kinds, position, "latin", ""):
            position += 1
    return headings


def _latin_first_block(found: list[tuple[Paragraph, int, str]], kinds: list[str],
                       index: int) -> int | None:
    """The Chinese heading that the Latin heading at `index` translates, in the reverse
    layout: the heading and its paragraphs in French (or English, Spanish), then the
    Chinese heading and its paragraphs, each paragraph naming its heading."""
    position = index + 1
    if not _is_body(found, kinds, position, "latin", found[index][2]):
        return None
    while position < len(found) and _is_body(found, kinds, position, "latin", ""):
        position += 1
    if position < len(found) and kinds[position] == "zh" and \
            _is_body(found, kinds, position + 1, "zh", found[position][2]):
        return position
    return None


def _is_body(found: list[tuple[Paragraph, int, str]], kinds: list[str], position: int,
             script: str, naming: str) -> bool:
    """The line at `position` is a paragraph (not term-sized) in `script`, naming `naming`."""
    if position >= len(found) or kinds[position]:
        return False
    line = found[position][2]
    latin = len(re.findall(r"[^\W\d_]", line)) - han_count(line)
    if (han_count(line) > latin) != (script == "zh"):
        return False
    return not naming or _names(line, classify(naming).text)


def _column_run(kinds: list[str], index: int) -> tuple[int, int]:
    """(first row, rows) of the Chinese lines from `index` that as many Latin lines right
    after them translate in order: a table's two columns set one after the other (an
    article's keywords, 关键词 then Keywords), three rows at least; rows 0 for anything else.
    Lines above the Chinese column (its heading, "关键词"; a journal's details) are left out:
    the rows are the Chinese lines next to the Latin ones, as many as there are of those."""
    if index and kinds[index - 1] == "zh":
        return index, 0
    chinese = latin = 0
    while index + chinese < len(kinds) and kinds[index + chinese] == "zh":
        chinese += 1
    while index + chinese + latin < len(kinds) and kinds[index + chinese + latin] == "latin":
        latin += 1
    if latin >= _COLUMN_ROWS and chinese >= latin:
        return index + chinese - latin, latin
    return index, 0


_COLUMN_ROWS = 3


def _translated_block(found: list[tuple[Paragraph, int, str]], kinds: list[str],
                      index: int) -> int | None:
    """Where the Latin heading is that translates the Chinese heading at `index`, in a
    keyword page's entry whose paragraphs need not name their headings: the Chinese heading
    and its paragraph, then the Latin heading and a translation of that paragraph ("“两园一河” /
    即首钢园、园博园和永定河… / Two Parks and One River / This refers to Shougang Park…")."""
    end = index + 1
    while _is_body(found, kinds, end, "zh", ""):
        end += 1
    if end == index + 1 or end + 1 >= len(found) or kinds[end] != "latin" or \
            not _is_body(found, kinds, end + 1, "latin", ""):
        return None
    return end if _translates(found[end - 1][2], found[end + 1][2]) else None


def _translates(chinese: str, latin: str) -> bool:
    """A Latin paragraph that translates a Chinese one: words link them, their lengths agree."""
    from glossary.build.scorer import links

    ratio = len(latin.split()) / max(1, han_count(chinese))
    return _BODY_RATIO[0] <= ratio <= _BODY_RATIO[1] and \
        len(links(chinese, latin, "en").words) >= _BODY_LINKS


def _translated_bodies(found: list[tuple[Paragraph, int, str]], kinds: list[str],
                       index: int) -> bool:
    """The Chinese heading at `index` and the Latin one under it, then the Chinese paragraph
    and its translation: a keyword page's entry whose paragraphs need not name their headings
    ("韧性城市 / Resilient City / 指在重大风险灾害中…的城市 / This refers to a city…").  The
    paragraphs translate each other (words link them, their lengths agree), so the headings
    above them do too, unless one is a title broken off ("Spokesperson Mao Ning's")."""
    if found[index + 1][2].rstrip().endswith(("'s", "’s")):
        return False
    position = end = index + 2
    while _is_body(found, kinds, end, "zh", ""):
        end += 1
    if end == position or not _is_body(found, kinds, end, "latin", ""):
        return False
    return _translates(found[end - 1][2], found[end][2])


_BODY_RATIO = (0.3, 1.5)  # English words per Chinese character in a translated paragraph
_BODY_LINKS = 3


def _names(line: str, heading: str) -> bool:
    """`line` names `heading`: holds it, or (Latin) two thirds of its longer words ("la
    Franja y la Ruta" names "La Iniciativa de la Franja y la Ruta" only in part)."""
    line, heading = line.casefold(), heading.casefold()
    if heading in line:
        return True
    words = set(re.findall(r"[^\W\d_]{4,}", heading))
    return len(words) >= 2 and 3 * sum(w in line for w in words) >= 2 * len(words)


# A rendering run on into the Chinese paragraph after it: its Latin words up to a date or
# the first Chinese character
_RUN_ON = han.pattern(r"^(?P<latin>[A-Za-z][A-Za-z'’ -]{2,100}?)\s+(?=[\d\s]*[\p{Han}])")


def _leading_latin(line: str) -> str:
    found = _RUN_ON.match(line)
    return found["latin"] if found and len(found["latin"].split()) <= 12 else ""


def _line_of(item: tuple[Paragraph, int, str]) -> tuple[int, int]:
    """The source line a read line comes from: (its paragraph, the line's number)."""
    return id(item[0]), item[0].line_at(item[1])


def _one_source_line(first: tuple[Paragraph, int, str], second: tuple[Paragraph, int, str]) -> bool:
    """Two cells read apart from one source line ("internuncio教廷公使"): a row, whose cells
    go together whatever the next line says."""
    return _line_of(first) == _line_of(second)


def _linked(zh: str, other: str) -> int:
    from glossary.build.scorer import links

    return len(links(classify(zh).text, other, "en").words)


def _unread(kinds: list[str], lines: list[str]) -> list[str]:
    """The kinds with a Latin line that spells a neighbouring Chinese line's syllables
    ("Fayuan" above 法院, a glossary's pinyin column without tone marks) taken for what it
    is, a reading: not a line to pair, so the Chinese pairs with its translation on the
    other side.  A name ("Xi Jinping" beside 习近平) stays a rendering."""
    from glossary.build.scorer import proper_name
    from glossary.normalize.readings import reads

    unread = list(kinds)
    for index, kind in enumerate(kinds):
        if kind != "latin":
            continue
        latin = lines[index].strip()
        for near in (index - 1, index + 1):
            if 0 <= near < len(kinds) and kinds[near] == "zh":
                zh = classify(lines[near]).text
                if reads(zh, latin) and not proper_name(zh, latin):
                    unread[index] = "reading"
    return unread


def _own_line_after(found: list[tuple[Paragraph, int, str]], kinds: list[str], index: int,
                    latin: str) -> bool:
    """Whether the Chinese line at `index` has a Latin line after it that it links to better
    than to `latin`, the one before it: a lexicon of zh/fr pairs, where a long
    name's line shares words with the entry above ("港人治港 / administration de Hong Kong…
    / 中华人民共和国外交部派驻香港… / Bureau du Commissaire…")."""
    if index + 1 >= len(found) or kinds[index + 1] != "latin":
        return False
    chinese = found[index][2]
    return _linked(chinese, found[index + 1][2]) > _linked(chinese, latin)


def _kind(line: str) -> str:
    from glossary.build.scorer import word_limit

    cell = classify(line)
    if cell.kind == "zh":
        # a slogan may have a comma ("没有共产党,就没有中国"); a sentence is longer
        clause = r"[。！？；;]" if han_count(cell.text) <= _SLOGAN else r"[。！？；，,;]"
        ok = 2 <= han_count(cell.text) <= _MAX_ZH and not re.search(clause, line)
        return "zh" if ok else ""
    if cell.kind == "latin":
        if line.lstrip().startswith(("(", "（")) and \
                line.count("(") + line.count("（") > line.count(")") + line.count("）"):
            return ""  # a note opening under a title ("(Révision partielle faite au …"),
            # its bracket closed lines below: not the title's translation
        # a lexicon's alternatives after a semicolon are renderings each ("Région … de
        # Chine; Région … de la République populaire de Chine"): the longest counts
        words = max((part.split() for part in line.split(";")), key=len)
        sentence = line.rstrip().endswith((".", "?", "!")) and len(words) > 6
        wordy = re.search(r"[^\W\d_]{3,}", line) or re.fullmatch(r"[A-Z]{2,}", line.strip())
        # (the scorer's bound: a long name with no punctuation may take more words)
        return "latin" if 1 <= len(words) <= word_limit(line) and not sentence and wordy else ""
    return ""


_TITLE = re.compile(r"《[^《》]+》")
_COUNT = re.compile(r"\s*[,，]\s*\d[\d\s]*$")


def _candidate(document: Document, zh: tuple[Paragraph, int, str],
               other: tuple[Paragraph, int, str], rendering: str, default: str,
               confidence: float = CONFIDENCE, type: TermType = TermType.FULL_FORM) -> Candidate:
    cell = classify(zh[2]).text
    # a note in brackets (its abbreviation, 简称…) is not part of the name
    chinese = (bare_chinese(cell) or cell).strip("()（）【】[]")
    if _TITLE.fullmatch(chinese):  # 《…基本法》: a law's title marks, not its name
        chinese = chinese[1:-1]
    chinese = _COUNT.sub("", chinese)  # "(省级行政区, 34)": a table's count after the name
    lang = other[0].lang if other[0].declared else \
        span_language(rendering, classify(other[2]).text, default)  # its cell, not the part
    return Candidate(
        terms=(CandidateTerm(chinese, ZH_HANS,
                             evidence=evidence(document, zh[0], zh[1], zh[1] + len(zh[2]), NAME,
                                               confidence)),
               CandidateTerm(rendering, lang, type)),
        evidence=evidence(document, other[0], other[1], other[1] + len(other[2]), NAME,
                          confidence))
