"""Reading documents: finding them, decoding, and the paragraphs every extractor reads.

A document is paragraphs, each with its source lines (so evidence points at the original
line) and its language (zh, en, fr, es).  How a file becomes paragraphs depends on its kind:
one reader module per kind in ``glossary.build.readers`` (text and Markdown, HTML, CSV/TSV,
Word, Excel, PDF), found by the package registry, so adding a kind of document is adding a
module.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from glossary.errors import InputError
from glossary.han import han_count, script_of
from glossary.han import pattern as han_pattern
from glossary.normalize.readings import TONE_MARKS


@dataclass(frozen=True)
class Paragraph:
    text: str
    lang: str  # "zh", "en", "fr", "es" or "und"
    lines: tuple[tuple[int, int], ...]  # (offset in text, 1-based source line), ascending
    # The file names the language (a translation memory's xml:lang), so extractors take it
    # as said rather than guess it from a few words.
    declared: bool = False

    @property
    def line(self) -> int:
        return self.lines[0][1]

    def source_lines(self) -> Iterator[tuple[int, str]]:
        """(offset, text) of each source line the paragraph was built from, stripped: row
        layouts are read line by line even where lines were joined into one paragraph."""
        starts = [offset for offset, _ in self.lines] + [len(self.text)]
        for begin, end in zip(starts, starts[1:]):
            yield begin, self.text[begin:end].strip()

    @cached_property
    def _starts(self) -> list[int]:
        # made once a paragraph: lookups bisect it, a paragraph of 20,000 joined glossary
        # lines is not scanned again for each match
        return [start for start, _ in self.lines]

    def line_bounds(self, offset: int) -> tuple[int, int]:
        """(start, end) offsets of the source line holding the character at `offset`."""
        starts = self._starts
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        return starts[index], starts[index + 1] if index + 1 < len(starts) else len(self.text)

    def line_at(self, offset: int) -> int:
        """The source line that the character at `offset` came from."""
        return self.lines[max(bisect.bisect_right(self._starts, offset) - 1, 0)][1]


@dataclass(frozen=True)
class Document:
    path: str  # as shown in evidence: relative to the working directory when possible
    paragraphs: tuple[Paragraph, ...]

    @cached_property
    def latin_language(self) -> str:
        """en, fr or es: the language most of the document's Latin-script text is in, by the
        paragraphs' own detection; the default for renderings too short to tell ("Chine
        saine" under its Chinese heading on a French keyword page).  A table whose every
        paragraph is mostly Chinese has no Latin paragraph to go by: there its lines without
        Chinese (the other column's cells, "candidato (electoral)") are asked."""
        sizes = {"en": 0, "fr": 0, "es": 0}
        for paragraph in self.paragraphs:
            if paragraph.lang in sizes:
                sizes[paragraph.lang] += len(paragraph.text)
        best = max(sizes, key=lambda lang: (sizes[lang], lang == "en"))
        if sum(sizes.values()) < _ENOUGH_LATIN:
            return self._cells_language(phrases=not any(sizes.values())) or best
        return best if sizes[best] > 2 * sizes["en"] or best == "en" else "en"

    def _cells_language(self, phrases: bool) -> str:
        from glossary.build.language import confidences

        lines = (line for paragraph in self.paragraphs if paragraph.lang not in ("en", "fr", "es")
                 for line in paragraph.text.splitlines() if not han_count(line))
        text = " ".join(lines)[:3000]
        if len(re.findall(r"[^\W\d_]", text)) < _ENOUGH_CELLS and phrases:
            # a Chinese article quoting French phrases (no paragraph of its own in a Latin
            # language): the phrases themselves
            text = " ".join(m.group() for paragraph in self.paragraphs
                            for m in _LATIN_PHRASE.finditer(paragraph.text))[:3000]
        if len(re.findall(r"[^\W\d_]", text)) < _ENOUGH_CELLS:
            return ""
        scores = confidences(text)
        best = max(("en", "fr", "es"), key=lambda lang: scores.get(lang, 0.0))
        return best if scores.get(best, 0.0) >= 0.5 else ""


_ENOUGH_LATIN = 200  # characters of Latin-script paragraphs before their languages are trusted
_ENOUGH_CELLS = 40  # letters of the Latin cells before lingua is asked (a dozen short words)
_LATIN_PHRASE = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*(?:\s+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*)+")


def suffixes() -> tuple[str, ...]:
    """Every file ending a document reader takes (glossary.build.readers)."""
    from glossary.build.readers import registry

    return tuple(suffix for reader in registry().values() for suffix in reader.SUFFIXES)


def reader_for(path: Path):  # type: ignore[no-untyped-def]
    from glossary.build.readers import registry

    found = next((r for r in registry().values() if path.suffix.lower() in r.SUFFIXES), None)
    if found is None:  # (the command line's find_documents says so first; the API's callers too)
        raise _unsupported(str(path), path)
    return found


def _unsupported(given: str, path: Path) -> InputError:
    return InputError(f"{given}: unsupported file type {path.suffix or '(none)'!r} "
                      f"(supported: {', '.join(suffixes())})")


# --- finding and decoding -------------------------------------------------------------------


# Folders of installed dependencies, not the project's own text (a repository's source files
# are documents: its glossaries and interface strings live in them).
_DEPENDENCIES = frozenset({"node_modules", "__pycache__", "site-packages"})


def find_documents(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories into the documents below them, sorted; check that each path exists."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or directory")
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in suffixes()
                and not any(part.startswith(".") or part in _DEPENDENCIES
                            for part in p.relative_to(path).parts)
            )
            if not inside:
                raise InputError(f"{given}: no documents found (looked for {', '.join(suffixes())})")
            found.extend(inside)
        elif path.suffix.lower() in suffixes():
            found.append(path)
        else:
            raise _unsupported(str(given), path)
    return found


def display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or a one-line error naming the file and byte offset,
    cleaned (``clean_text``)."""
    return clean_text(utf8(data, name))


def utf8(data: bytes, name: str) -> str:
    """The file's text as it is: UTF-8 (with or without BOM), or a one-line error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: file is UTF-16; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul}), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it with iconv -t UTF-8"
        ) from None
    return text


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u3000\t"), " ")
# Kangxi radicals as the ideographs they look like (⼈ → 人, ⼠ → 士): PDF text extraction
# gives them for ordinary characters, which no dictionary or search then finds.
_KANGXI = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)}
_CLEAN: dict[int, str | None] = {**_INVISIBLE, **_SPACES, **_KANGXI}


def clean_text(text: str) -> str:
    """NFC, one newline convention, no soft hyphens or zero-width characters, plain spaces,
    ideographs for the Kangxi radicals that stand in for them.

    U+3000 (ideographic space) becomes a plain space too: PDF extraction scatters it inside
    Chinese lines, and it never carries meaning in a term.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if " '" in text or " ’" in text:
        # a possessive split from its noun, as tokenized text writes it: "National People 's
        # Congress"
        text = _SPLIT_POSSESSIVE.sub(r"\1", text)
    return text.translate(_CLEAN)


_SPLIT_POSSESSIVE = re.compile(r"(?<=[A-Za-z]) (['’]s)(?![A-Za-z])")


def read_document(path: Path, name: str | None = None) -> Document:
    """The document at `path`, named `name` in evidence (by default, as display_path says:
    a build on several machines names each file on the one that found it)."""
    name = display_path(path) if name is None else name
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror})") from None
    reader = reader_for(path)
    if reader.NAME in ("text", "source"):
        from glossary.bitext.linguist import is_linguist

        if is_linguist(data[:500].decode("utf-8", "ignore")):
            from glossary.build.readers import memories

            reader = memories  # Qt's .ts (not TypeScript), or one copied as .txt
    # A packaged format (Word, Excel, PDF, CSV) gives its text through its reader, which then
    # reads as any text file's; every other file is UTF-8 text its reader makes paragraphs of.
    packaged = hasattr(reader, "text")
    text = clean_text(reader.text(data, name)) if packaged else decode(data, name)
    if reader.NAME == "text":
        from glossary.build.readers import memories, source

        coded = source.as_text(text) if source.looks_like_code(text) else None
        # a program copied as .txt: its strings and comments, which hold its Chinese; prose
        # that only looked like code would lose most of it
        if coded is not None and han_count(coded) * 2 >= han_count(text):
            text, packaged = coded, True
        elif memories.looks_like_po(text):  # a gettext catalogue copied as .txt
            reader = memories
    if reader.NAME == "text" and name.lower().endswith(_MARKDOWN) and "<" in text:
        text = _without_html_tags(text)
    if "://" in text:
        text = _without_watermark(text)
    if "(" in text or "（" in text:
        text = _without_ruby(text)
    if (packaged or reader.NAME == "text") and _LONG_RUN.search(text):
        text = _respaced(text)  # (markup is read as written: its tags' names run on)
    if "|" in text or "｜" in text:
        text = _grid_rows(_CELL_BAR.sub("", text))
    text = _numbered_cells(text)
    if packaged:
        from glossary.build.readers.text import text_paragraphs

        found = text_paragraphs(text)
    else:
        found = reader.paragraphs(text, name)
    return Document(name, tuple(piece for paragraph in found
                                for piece in split_alternating(paragraph)))


# A site's mark glued onto the end of its lines, naming it with a link to the page:
# "…ma troisième visite d’Etat en France.文章源自英文巴士-https://www.en84.com/15395.html"
_WATERMARK = han_pattern(r"(?:[\p{Han}]{2,12}\s?[-–—:：]?\s?)?https?://\S+$", re.MULTILINE)
_WATERMARKED = 3  # lines that end with the same mark before it is taken for one


def _without_watermark(text: str) -> str:
    """The text without the link a site glues to the end of its lines (the same mark on
    three lines or more): it would be read as part of the sentence before it."""
    marks = Counter(m.group() for m in _WATERMARK.finditer(text))
    for mark, count in marks.items():
        if count >= _WATERMARKED:
            text = re.sub(re.escape(mark) + r"$", "", text, flags=re.MULTILINE)
    return text


# A stretch long enough to be a sentence of its own, not a term glossed inside the other
# language's sentence: Chinese of this many characters, or Latin text of this many words that
# starts like a sentence (a capital or a digit) and is not in brackets.
_BLOCK_HAN = 6
_BLOCK_WORDS = 5
_BLOCK_SENTENCE = 15  # Chinese characters of a whole sentence, where a row holds a term
_NEAR = 200  # characters around a stretch that decide whether it is a sentence of its own


_MARKDOWN = (".md", ".markdown")
# HTML written inside Markdown, as the format allows: a tag is no text.  A ruby reading
# (<rt>zhōng</rt>) and an HTML comment are dropped whole; any other tag's text stays, each
# line where it was (a block tag becomes a space, so the evidence keeps its line numbers).
_HTML_DROPPED = re.compile(r"<(rt|rp)\b[^<>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE)
_HTML_INLINE = re.compile(r"</?(?:span|font|b|i|u|s|em|strong|small|big|sup|sub|mark|code|a|abbr|"
                          r"ruby|rb|del|ins|cite|q|bdi|bdo)\b[^<>]*>", re.IGNORECASE)
_HTML_BLOCK = re.compile(r"</?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|table|thead|tbody|tr|td|th|"
                         r"h[1-6]|blockquote|center|section|article|img)\b[^<>]*>", re.IGNORECASE)


def _without_html_tags(text: str) -> str:
    """Markdown's text without the HTML tags written in it (``<span class="chinese">…``):
    the sentences inside read as any line's."""
    text = _HTML_DROPPED.sub("", text)
    return _HTML_BLOCK.sub(" ", _HTML_INLINE.sub("", text))


def split_alternating(paragraph: Paragraph) -> list[Paragraph]:
    """A paragraph that alternates whole Chinese and English sentences (a bilingual page
    flattened to one line: "一、過去五年工作回顧 I. Review of Work in the Past Five Years
    第十一屆…") as one paragraph per stretch, so the parallel aligner sees the pairs.  A term
    glossed in brackets, or a few words of the other script inside a sentence, do not split."""
    text = paragraph.text
    if paragraph.lang not in ("zh", "en", "fr", "es", "und") or len(text) < 40 or \
            not han_count(text) or not _LATIN_LETTER.search(text):
        return [paragraph]
    if _rows_of_both_scripts(paragraph):
        return [paragraph]  # a glossary whose lines the reader joined: each line is a row
    # (a table's bars too, where its rows are sentences and their translations: a translation
    # memory set out as "| ID | 原文 | 译文 |")
    bars = "|｜" if _sentence_rows(paragraph) else ""
    cuts = []
    for match in han_pattern(r"[^\p{Han}]+").finditer(text):
        stretch = match.group()
        lead = len(stretch) - len(stretch.lstrip(" \t,，。.；;:：、!！?？”」』)）" + bars))
        body = stretch[lead:].rstrip(" \t" + bars)
        words = _LATIN_WORD.findall(body)
        if len(words) < _BLOCK_WORDS or not (body[:1].isupper() or body[:1].isdigit()):
            continue
        # what the tests below read lies next to the stretch: a window keeps them linear
        before = text[max(0, match.start() - _NEAR):match.start()]
        after = text[match.end():match.end() + _NEAR]
        opened = body.count("(") + body.count("（") - body.count(")") - body.count("）")
        if before.rstrip().endswith(("(", "（")) or opened or re.search(r"[)）]", stretch[:lead]):
            continue  # a gloss in brackets, on either side: "the party(党委…责任)"
        tail = stretch[lead + len(body):]
        if (before and not lead) or (after and not tail and not body.endswith(tuple(".!?:;"))):
            continue  # glued to the Chinese ("…environments积极构建…"): glued's to read
        if han_count(_last_han_stretch(before)) < _BLOCK_HAN and \
                han_count(_first_han_stretch(after)) < _BLOCK_HAN:
            continue  # a Latin sentence between Chinese words, not between Chinese sentences
        cuts.append(match.start() + lead)
        if not _TERM_AFTER.match(after) or body.endswith(tuple(".!?:;")):
            cuts.append(match.start() + lead + len(body))
    cuts = sorted({c for c in cuts if 0 < c < len(text)})
    if not cuts:
        return [paragraph]
    pieces = []
    starts = [offset for offset, _ in paragraph.lines]
    for begin, end in zip([0, *cuts], [*cuts, len(text)]):
        piece = text[begin:end]
        edge = _CELL_EDGE.match(piece) if bars else None
        if edge:
            piece, begin = piece[edge.end():], begin + edge.end()
        stripped = (_CELL_END.sub("", piece) if bars else piece).strip()
        if not stripped:
            continue
        begin += len(piece) - len(piece.lstrip())
        first = max(bisect.bisect_right(starts, begin) - 1, 0)
        last = bisect.bisect_left(starts, begin + len(stripped))
        lines = [(0, paragraph.lines[first][1])] + [
            (o - begin, n) for o, n in paragraph.lines[first + 1:last] if o > begin]
        pieces.append(Paragraph(stripped, detect_language(stripped), tuple(lines)))
    # One Chinese stretch and one English one is a bilingual row ("4、中国特色社会主义进入了新时代
    # Socialism with…"), the row and line-pair readers' to read; flattened pages alternate more,
    # and a whole sentence with its translation on one line is the aligner's too.
    return pieces if len(pieces) >= 3 or _sentence_pair(pieces) else [paragraph]


_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "”", '"')
# what a table row puts around a stretch: its bars, and the number of its row ("| 16035 |")
_CELL_EDGE = re.compile(r"^[\s|｜]*[|｜]\s*(?:\d{1,7}\s*[|｜]\s*)?")
_CELL_END = re.compile(r"(?:\s*[|｜]\s*(?:\d{1,7})?)+\s*$")  # (and the next row's number)


def _sentence_pair(pieces: list[Paragraph]) -> bool:
    """A Chinese sentence and its translation, both whole (a row's Chinese is a term, not a
    sentence of _BLOCK_SENTENCE characters ending in 。): "为了坚决维护国家主权、尊严和核心利益，…
    实施相应反制措施。 In order to resolutely safeguard…"."""
    if len(pieces) != 2:
        return False
    chinese, latin = sorted(pieces, key=lambda p: -han_count(p.text))
    words = len(_LATIN_WORD.findall(latin.text))
    if han_count(latin.text) or han_count(chinese.text) < _BLOCK_SENTENCE or words < 2 * _BLOCK_WORDS:
        return False
    # whole sentences; or passages no row is as long as (a resolution and its translation,
    # a source note after the Chinese)
    return chinese.text.endswith(_SENTENCE_END) and latin.text.endswith(_SENTENCE_END) or \
        han_count(chinese.text) >= _PASSAGE_HAN and words >= _PASSAGE_WORDS


_PASSAGE_HAN, _PASSAGE_WORDS = 100, 40


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _sentence_rows(paragraph: Paragraph) -> bool:
    """Most of the paragraph's source lines are table rows holding a whole Chinese sentence
    and a whole Latin one."""
    return _mostly(paragraph, _sentence_row, fewest=2)


def _sentence_row(line: str) -> bool:
    cells = [cell.strip() for cell in re.split(r"[|｜]", line) if cell.strip()]
    return line.count("|") + line.count("｜") >= 2 and any(
        han_count(cell) >= _BLOCK_SENTENCE and cell.endswith(_SENTENCE_END) for cell in cells) \
        and any(not han_count(cell) and len(_LATIN_WORD.findall(cell)) >= 2 * _BLOCK_WORDS
                for cell in cells)


def _rows_of_both_scripts(paragraph: Paragraph) -> bool:
    """Most of the paragraph's source lines hold a term's worth of Chinese and some Latin
    ("Zǒnglǐ 总理 Prime Minister"): a list of rows, not one flattened page."""
    # (a term's worth of Chinese: sentence pairs are split)
    return _mostly(paragraph, lambda line: 0 < han_count(line) <= 20 and "。" not in line
                   and bool(_LATIN_LETTER.search(line)), fewest=3)


def _mostly(paragraph: Paragraph, row: Callable[[str], bool], fewest: int) -> bool:
    """More than half of the paragraph's source lines, `fewest` lines or more, are `row`s."""
    lines = [line for _, line in paragraph.source_lines()]
    return len(lines) >= fewest and 2 * sum(map(row, lines)) > len(lines)


_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


# A term after its English, the English sentence going on in lower case: "…talk about the
# Two Sessions 两会, since it's on going."  No sentence ends there.
_TERM_AFTER = han_pattern(r"[\p{Han}]{1,5}[,，]?[ \t]*[a-z]")


def _last_han_stretch(text: str) -> str:
    found = han_pattern(r"[\p{Han}][^A-Za-z]*$").search(text)
    return found.group() if found else ""


def _first_han_stretch(text: str) -> str:
    found = han_pattern(r"^[^A-Za-z]*[\p{Han}][^A-Za-z]*").match(text)
    return found.group() if found else ""


# A line holding nothing but a table's cell bar: a table flattened one cell per line, a bar
# between cells ("中文名称" / "|" / "英文名称" / "|").  Emptied, not removed, so that line
# numbers hold; the cells then read as the rows of a two-column list.
_CELL_BAR = re.compile(r"^[ \t]*[|｜][ \t]*$", re.MULTILINE)


# A text table whose rows span several lines, each cell wrapped within its column and a rule
# between rows (a circular's list of ministries as a legal database prints it):
#     |中华人民共和国国家发 |State Development Plan- |
#     |展计划委员会 |ning Commission of the |
#     | |People's Republic of China |
#     |-----------|---------------|
_RULE = re.compile(r"^\s*\|?[-=+:| ]*-{3,}[-=+:| ]*\|?\s*$|-{5,}\s*$")
_CELL_RULE = re.compile(r"^\s*[|+][-=+:| ]*-{3,}[-=+:| ]*[|+]?\s*$")  # "|-----|-----|"
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _grid_rows(text: str) -> str:
    """Each multi-line row of a ruled text table joined into one line, its cells' pieces
    joined column by column (a word a hyphen broke rejoined, Chinese without a space); the
    lines it took are left empty, so that line numbers hold.  Only rows with a rule both
    before and after are joined: a Markdown table's lines are a row each."""
    lines = text.split("\n")
    if sum(1 for line in lines if _RULE.search(line)) < 2:
        return text
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _PIPE_ROW.match(lines[end]) and not _RULE.search(lines[end]):
            end += 1
        # (closed by a rule drawn through the cells: a Markdown table's last row followed
        # by a horizontal rule is no multi-line row)
        ruled = index > 0 and _RULE.search(lines[index - 1]) and end < len(lines) and \
            _CELL_RULE.match(lines[end])
        if end - index >= 2 and ruled:
            lines[index:end] = [_joined_row(lines[index:end])] + [""] * (end - index - 1)
        index = max(end, index + 1)
    return "\n".join(lines)


# A table copied from a web page one cell per line, each row opened by its number alone on
# a line (1 / AIDS / acquired immunodeficiency syndrome / 艾滋病 / 2 / E-mail / …).
_ROW_NUMBER = re.compile(r"^[ \t]*(\d{1,3})[ \t]*$")
_MAX_CELL = 80
_MAX_CELLS = 8


def _numbered_cells(text: str) -> str:
    """Each row of a table copied one cell per line joined into one line ("1 | AIDS | … |
    艾滋病"), when three rows or more are numbered one after another: on its Chinese cell's
    line, the others left empty, so that line numbers hold.  The last row takes as many
    cells as the widest before it."""
    lines = text.split("\n")
    numbers = [(k, int(m[1])) for k, line in enumerate(lines) if (m := _ROW_NUMBER.match(line))]
    runs: list[tuple[list[int], int]] = []  # line indexes of numbers counting up, widest row
    for (k, n), previous in zip(numbers, [None, *numbers]):
        cells = _cells(lines, previous[0] + 1, k) if previous and n == previous[1] + 1 else None
        if runs and cells is not None:
            runs[-1] = ([*runs[-1][0], k], max(runs[-1][1], len(cells)))
        else:
            runs.append(([k], 0))
    for run, widest in (r for r in runs if len(r[0]) >= 3):
        last = run[-1] + 1
        taken: list[int] = []
        while last < len(lines) and len(taken) < widest:
            if lines[last].strip():
                if len(lines[last].strip()) > _MAX_CELL or _ROW_NUMBER.match(lines[last]):
                    break
                taken.append(last)
            last += 1
        for start, end in [*zip(run, run[1:]), (run[-1], (taken[-1] + 1) if taken else run[-1] + 1)]:
            filled = [k for k in range(start, end) if lines[k].strip()]
            # on the line of its Chinese cell, where the evidence of its term points
            at = next((k for k in filled if han_count(lines[k])), start)
            row = " | ".join(lines[k].strip() for k in filled)
            lines[start:end] = [row if k == at else "" for k in range(start, end)]
    return "\n".join(lines)


def _cells(lines: list[str], start: int, end: int) -> list[str] | None:
    """The non-empty lines between two row numbers, if they can be a row's cells."""
    cells = [line.strip() for line in lines[start:end] if line.strip()]
    if not 1 <= len(cells) <= _MAX_CELLS or any(len(c) > _MAX_CELL or c.endswith("。") for c in cells):
        return None
    return cells


def _joined_row(lines: list[str]) -> str:
    rows = [line.strip().strip("|").split("|") for line in lines]
    width = max(len(row) for row in rows)
    cells = []
    for column in range(width):
        joined = ""
        for row in rows:
            piece = row[column].strip() if column < len(row) else ""
            if not piece:
                continue
            if joined.endswith("-") and piece[:1].islower():
                joined = joined[:-1] + piece  # "De-" / "fense"
            elif han_count(joined[-1:]) and han_count(piece[:1]):
                joined += piece  # "国家发" / "展计划委员会"
            else:
                joined = f"{joined} {piece}".strip()
        cells.append(joined)
    return "|" + "|".join(cells) + "|"


_LONG_RUN = re.compile(r"[A-Za-z]{25}")


def _respaced(text: str) -> str:
    """English that lost its spaces given them back, line by line (``spacing``)."""
    from glossary.build.spacing import respaced_text

    return respaced_text(text)


def _without_ruby(text: str) -> str:
    """Pinyin readings after characters (命運(yùn)共同體) removed, line by line so that line
    numbers hold: extractors took them for translations (命运 ↔ "yùn")."""
    from glossary.normalize.readings import strip_ruby

    return "\n".join(strip_ruby(line)[0] for line in text.split("\n"))


# --- language and script ----------------------------------------------------------------------

_WORD = re.compile(r"[a-zà-öø-ÿāēīōūǎěǐǒǔǖǘǚǜ]+")
# a pinyin text: half its words carry a tone mark, a French or Spanish text's a tenth
_FEWEST_PINYIN = 5

# Frequent words that are (mostly) unique to one language; a short list is enough to tell
# English, French and Spanish apart in a paragraph of policy prose.
_STOPWORDS = {
    "en": frozenset("the of and to is that for with as by on are this be it from which was were "
                    "has have its their will".split()),
    "fr": frozenset("le les des du et est une dans pour sur qui au aux par sont cette ce ses "
                    "leurs été avec".split()),
    "es": frozenset("el los las del y es una para con por se al su sus como está este esta "
                    "sobre han".split()),
}


def detect_language(text: str) -> str:
    """zh, en, fr, es, or und when a paragraph has too little text to tell."""
    script = script_of(text)
    if script == "han":
        return "zh"
    if script == "other":
        return "und"
    words = _WORD.findall(text.lower())
    if len(words) >= _FEWEST_PINYIN and \
            2 * sum(not TONE_MARKS.isdisjoint(w) for w in words) >= len(words):
        return "und"  # a reading in pinyin ("Zhōngguó zhízhèng de gòngchǎndǎng…"), no language
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "und"


def is_caps(line: str) -> bool:
    """An ALL-CAPS line or title (four letters or more, all capitals)."""
    if not line.isupper():  # most lines: one pass in C instead of a list of letters
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)
