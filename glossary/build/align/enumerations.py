"""Lists that translate each other item by item inside one aligned sentence pair:

    新一轮巡视还将包括中央网络事务领导小组办公室、国务院扶贫开发领导小组办公室、中国铁路总公司和中国船舶重工集团。
    The new round will also cover the Office of the Central Leading Group for Cyberspace
    Affairs, State Council Leading Group Office of Poverty Alleviation and Development, China
    Railway Corporation and China Shipbuilding Industry Corporation.

Chinese sets list items apart with 、 and joins the last with 和, 及, 与 or 以及; English with
commas and "and".  When both sentences hold a list of the same length (three items or more),
the items pair in order: position is what says where each name begins and ends, which
the dictionary alone cannot (a name's words link to several items).  The items at the two
ends are cut from their clause: in Chinese the run of nouns next to the list, in English the
capitalised name next to it.  A list pairs only when its English items are names
(capitalised: a list of common nouns shares a head the items leave out, "economic,
political … progress") and each item links best (``scorer.links``) to the item in its own
place, so a list the translation reorders is left out.
"""

from __future__ import annotations

import re

_CLAUSE = re.compile(r"[^，。；：！？,;:!?（）()\[\]“”「」《》\n]+")
_CONJUNCTION = re.compile(r"以及|和|及|与")
# jieba's tags that end a noun phrase: verbs (not verbal nouns), adverbs, prepositions,
# conjunctions, particles (等, 的), pronouns, punctuation
_STOP_TAGS = ("v", "d", "p", "c", "u", "r", "x", "y", "e")
_FEWEST = 3
_MOST = 40  # (each item is asked against every other: a longer list costs seconds a sentence)
_ITEM_WORDS = 12
_COMMA = re.compile(r",\s+(?!and\s)")
_AND = re.compile(r",?\s+and\s+")
_NAME_LINKS = frozenset({"of", "for", "on", "the", "in"})
_WORD = re.compile(r"[\w'’-]+")
_ARTICLE = re.compile(r"the|an?", re.IGNORECASE)


def pairs(en: str, zh: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """((en start, end), (zh start, end)) of each pair of items of a list both sentences
    hold, in order; [] when they hold none, or lists of different lengths."""
    from glossary.build.scorer import links

    found = []
    for items in _chinese_lists(zh):
        english = _english_list(en, len(items))
        if english is None:
            continue
        counts = [[len(links(zh[p:q], en[a:b], "en").words) for a, b in english]
                  for p, q in items]
        size = len(items)
        if all(counts[i][i] >= 1 and counts[i][i] >= max(counts[i][j] for j in range(size))
               and counts[i][i] >= max(counts[j][i] for j in range(size))
               and en[english[i][0]].isupper() for i in range(size)):
            found += list(zip(english, items))
    return found


def _chinese_lists(zh: str) -> list[list[tuple[int, int]]]:
    """The (start, end) of each item of each list of three or more in `zh`."""
    lists = []
    for clause in _CLAUSE.finditer(zh):
        if clause.group().count("、") < _FEWEST - 2:
            continue
        pieces, offset = [], clause.start()
        for piece in clause.group().split("、"):
            pieces.append((offset, offset + len(piece)))
            offset += len(piece) + 1
        *rest, (last_start, last_end) = pieces
        joined = _CONJUNCTION.search(zh, last_start, last_end)
        if joined and joined.start() > last_start:  # "云南和陕西等省份": two items
            rest.append((last_start, joined.start()))
        if joined:  # (or "、及秘书处": the conjunction after the last 、)
            last_start = joined.end()
        first = _noun_run(zh, *rest[0], backwards=True)
        last = _noun_run(zh, last_start, last_end, backwards=False)
        middle = [_without_conjunction(zh, start, end) for start, end in rest[1:]]
        items = [first, *middle, last]
        if _FEWEST <= len(items) <= _MOST and all(end - start >= 2 for start, end in items):
            lists.append(items)
    return lists


def _without_conjunction(zh: str, start: int, end: int) -> tuple[int, int]:
    """A middle item without the conjunction that opens it ("、以及吉林")."""
    joined = _CONJUNCTION.match(zh, start, end)  # (match anchors at `start`; "^" would not)
    return (joined.end() if joined else start), end


def _noun_run(zh: str, start: int, end: int, backwards: bool) -> tuple[int, int]:
    """The words of zh[start:end] next to the list (its end, or its start) up to the first
    verb, adverb, particle or punctuation: the list's item, not its clause."""
    from glossary.normalize.segment import tagged_words

    words = tagged_words(zh[start:end])
    offsets, at = [], start
    for word, tag in words:
        offsets.append((at, at + len(word), tag))
        at += len(word)
    run = []
    for begin, stop, tag in (reversed(offsets) if backwards else offsets):
        if tag.startswith(_STOP_TAGS) and tag != "vn":
            break
        run.append((begin, stop))
    if not run:
        return start, start
    return (run[-1][0], run[0][1]) if backwards else (run[0][0], run[-1][1])


def _english_list(en: str, size: int) -> list[tuple[int, int]] | None:
    """The (start, end) of each of `size` items of the one list in `en` that has that many:
    items a comma apart, the last joined by "and" (an "and" inside a middle item is the
    name's own: "Office of Poverty Alleviation and Development"); None when no list, or
    more than one, fits."""
    commas = [m for m in _COMMA.finditer(en)]
    found = None
    for i in range(len(commas) - size + 3):
        run = commas[i:i + size - 2]
        if len(run) < size - 2:
            continue
        stop = commas[i + size - 2].start() if i + size - 2 < len(commas) else len(en)
        joined = _AND.search(en, run[-1].end(), stop)
        if joined is None:
            continue
        separators = [*run, joined]
        middle = [(separators[k].end(), separators[k + 1].start()) for k in range(size - 2)]
        if any(not 1 <= len(en[a:b].split()) <= _ITEM_WORDS or not re.search(r"\w", en[a:b])
               for a, b in middle):
            continue
        first = _edge(en, commas[i - 1].end() if i else 0, run[0].start(), backwards=True)
        last = _edge(en, joined.end(), stop, backwards=False)
        if first is None or last is None:
            continue
        if found is not None:
            return None  # two lists of that length: which is the Chinese one is not known
        found = [first, *(_bare(en, a, b) for a, b in middle), last]
    return found


def _edge(en: str, start: int, end: int, backwards: bool) -> tuple[int, int] | None:
    """The name at the list's end that lies in en[start:end], next to the list: its
    capitalised words and the small words inside it ("Office of the Central Leading Group
    for Cyberspace Affairs"), up to punctuation or a word in lower case; None when there is
    none (the list is of common nouns, or the clause's punctuation stands next to it)."""
    words = [m.span() for m in _WORD.finditer(en, start, end)][::-1 if backwards else 1]
    if words and not backwards and _ARTICLE.fullmatch(en[slice(*words[0])]):
        start = words.pop(0)[1]  # "and a Secretariat"
    run: list[tuple[int, int]] = []
    near = end if backwards else start  # the separator's side
    for a, b in words:
        gap = en[b:near] if backwards else en[near:a]
        text = en[a:b]
        if gap.strip() or not (text[:1].isupper() or text.lower() in _NAME_LINKS):
            break  # punctuation, or a word in lower case: the clause around the list
        run.append((a, b))
        near = a if backwards else b
    run.sort()
    while run and en[slice(*run[0])].lower() in _NAME_LINKS:
        run.pop(0)  # "the Office …", "of Jilin"
    while run and en[slice(*run[-1])].lower() in _NAME_LINKS:
        run.pop()
    return (run[0][0], run[-1][1]) if run else None


def _bare(en: str, start: int, end: int) -> tuple[int, int]:
    """A middle item without its article: "the State Council" → "State Council"."""
    text = en[start:end]
    article = re.match(f"(?:{_ARTICLE.pattern})\\s+", text, re.IGNORECASE)
    return (start + article.end() if article else start), end
