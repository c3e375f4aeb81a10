"""Records whose field names say the language: glossaries kept as data, in JSON, YAML or code.

    { zh: '公安部', en: 'Ministry of Public Security', abbr: 'MPS' },
    {"term_zh": "共同富裕", "term_en": "common prosperity", "term_fr": "prospérité commune"}
    - zh: 全过程人民民主
      en: whole-process people's democracy
    chTitle: "行业分类", … enTitle: "Industrial classification"

Method.  Each ``name: value`` field (quoted or not, ``:`` or ``=``, or a note's inline field,
``[name-cn :: 中国香港特别行政区]`` as Obsidian's Dataview writes it) is read line by line; a
name is a language when one of its parts is (``zh``, ``cn``, ``ch``, ``chinese``, ``zh_CN``;
``en``, ``english``; ``fr``; ``es``), and the rest of the name is the field it fills
(``enTitle`` and ``chTitle`` are both the title; ``zh`` and ``en`` the term).  A field
that names no language beside the same field named in English, French or Spanish
(``label`` and ``label_en``, ``name`` and ``nameEn``) is the Chinese original where its value
is Chinese.  A YAML key alone on its line that names a language (``zh-tw:``, ``en:``) gives
that language to the fields under it, up to the next such key.  A record's
fields lie between braces, or from one YAML list item to the next: within a record, the
Chinese value of a field is paired with the values of the same field in other languages.
Sentences (a description, a note) are no terms, as sentence rows are not; where each
language has one, they are an aligned sentence group, and the phrases inside them are paired
as a parallel text's are (``phrases.align``).

A dictionary's record (CC-CEDICT converted to JSON) names its Chinese ``simplified`` and
``traditional`` and its glosses ``definitions`` (an object keyed by reading, or a string) or
``english``: its glosses are read as CC-CEDICT's are (``cedict.gloss_renderings``), in the
document's language.

The field names pair the two explicitly, so the confidence is that of a row under a header
(0.8); the scorer still refuses a pair whose sides do not translate each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from glossary import han
from glossary.build.documents import Document, Paragraph
from glossary.build.extract._evidence import evidence
from glossary.han import han_count
from glossary.langtags import FIELD_LANGUAGE_WORDS, ZH_HANS, from_field
from glossary.model import Candidate, CandidateTerm

NAME = "records"
CONFIDENCE = 0.8

# name: 'value' | "name": "value" | name = "value" | 'name' => 'value' (PHP, Ruby, Perl),
# several on a line; or a YAML line's unquoted value
_FIELD = re.compile(r"""(?P<name>["']?[A-Za-z][\w-]{0,30}["']?)\s*(?:=>|[:=])\s*"""
                    r"""(?:"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>(?:[^'\\]|\\.)*)')""")
_YAML_FIELD = re.compile(r"^\s*(?:-\s+)?(?P<name>[A-Za-z][\w-]{0,30})\s*:\s+(?P<value>[^\s\"'{\[#|>&*!].*?)\s*$")
# a note's inline field, as Obsidian's Dataview writes it: "[name-cn :: 中国香港特别行政区]",
# "name-en:: China, Hong Kong Special Administrative Region"
_INLINE_FIELD = re.compile(r"^\s*\[?\s*(?P<name>[A-Za-z][\w-]{0,30})\s*::\s*(?P<value>[^\]]*[^\]\s])\s*\]?\s*$")
# (a word of a field's name that says its language, at a word's start or a camelCase part's
# (titleEn, nameZH), then the name's end)
_ANY_FIELD = re.compile(r"(?:(?<![A-Za-z])(?i:" + "|".join(sorted(FIELD_LANGUAGE_WORDS)) +
                        r")|(?<=[a-z])(?:" + "|".join(sorted(
                            w.capitalize() for w in FIELD_LANGUAGE_WORDS) + sorted(
                            w.upper() for w in FIELD_LANGUAGE_WORDS)) +
                        r"))[\w-]*[\"']?\s*(?:=>|[:=])")
# a YAML key with nothing after it, opening a section ("zh-tw:", "en:")
_SECTION_KEY = re.compile(r"^\s*(?:-\s+)?(?P<name>[A-Za-z][\w-]{0,30})\s*:\s*$")
# A dictionary's record: its headword's fields, its glosses' field (perhaps an object of
# glosses keyed by reading: "definitions": { "Ren2 da4": "…" })
_HEADWORD_FIELDS = frozenset({"simplified", "traditional", "hanzi"})
_GLOSS_FIELDS = frozenset({"definitions", "definition", "meanings", "meaning", "glosses", "gloss"})
_DICTIONARY_FIELD = re.compile(r"""["']?(?:""" + "|".join(sorted(_HEADWORD_FIELDS)) +
                               r""")["']?\s*:""")
_GLOSS_OBJECT = re.compile(r"""^\s*["']?(?:""" + "|".join(sorted(_GLOSS_FIELDS)) +
                           r""")["']?\s*:\s*\{""")
_MAX_WORDS = 15
_MAX_HAN = 30
_MIN_SENTENCE_HAN = 8  # a value this long that is no term is a sentence to align


@dataclass(frozen=True)
class _Field:
    lang: str
    name: str  # the field, its language left out: "title" for enTitle and chTitle
    value: str
    paragraph: Paragraph
    start: int  # offset of the value in the paragraph
    glosses: bool = False  # a dictionary's definition, read as CC-CEDICT's glosses


def names_languages(document: Document) -> bool:
    """The document has a field whose name says its language: records' to read."""
    return any(_ANY_FIELD.search(paragraph.text) or _DICTIONARY_FIELD.search(paragraph.text)
               for paragraph in document.paragraphs)


def extract(document: Document) -> Iterator[Candidate]:
    if not names_languages(document):
        return  # (one scan: most text has no field named by a language)
    record: list[_Field] = []
    section: str | None = None  # the language a YAML key alone on its line names
    glosses = False  # inside a dictionary record's object of glosses
    for paragraph in document.paragraphs:
        if not any(mark in paragraph.text for mark in ":={}"):
            if paragraph.text.strip(" \t\n[](),"):  # (a list's closing "]," is none)
                yield from _paired(document, record)  # text between records ends one
                record = []
            continue
        for offset, line in paragraph.source_lines():
            if not line:
                continue
            starts_item = line.startswith("- ")
            opens_glosses = bool(_GLOSS_OBJECT.match(line))  # (part of the record it is in)
            glosses = glosses or opens_glosses
            if starts_item or "{" in line and not _in_value(line, "{") and not opens_glosses:
                yield from _paired(document, record)
                record = []
                section = None
            if key := _SECTION_KEY.match(line):
                section = from_field(key["name"])[0] or None  # (text loses YAML's indents:
                continue  # a section lasts to the next key alone on its line, or item)
            fields = _fields(paragraph, offset, line, document.latin_language)
            if section:  # zh-tw: / name: 交通部 — the section's language, the field's name
                fields = [f if f.lang else replace(f, lang=section) for f in fields]
            if glosses:  # "Ren2 da4": "…" — a gloss of the record's headword, keyed by reading
                fields = [replace(f, lang=document.latin_language, name="", glosses=True)
                          for f in fields]
            record.extend(fields)
            if "}" in line and not _in_value(line, "}"):
                yield from _paired(document, record)
                record = []
                glosses = False
    yield from _paired(document, record)


def _in_value(line: str, mark: str) -> bool:
    """Every `mark` on the line is inside a quoted value."""
    values = [(m.start(), m.end()) for m in _FIELD.finditer(line)]
    return all(any(start < at < end for start, end in values)
               for at in (i for i, c in enumerate(line) if c == mark))


def _fields(paragraph: Paragraph, offset: int, line: str, latin: str) -> list[_Field]:
    """The line's fields; `latin`, the language of a dictionary's glosses."""
    found = []
    matches = list(_FIELD.finditer(line))
    if matches:
        for match in matches:
            group, quote = ("dq", '"') if match["dq"] is not None else ("sq", "'")
            value = match[group].replace("\\" + quote, quote)
            found.append((match["name"].strip("\"'"), value.strip(), match.start(group)))
    elif (plain := _YAML_FIELD.match(line) or _INLINE_FIELD.match(line)) is not None:
        found.append((plain["name"], plain["value"], plain.start("value")))
    line_start = paragraph.text.find(line, offset)
    fields = []
    for name, value, at in found:
        lang, field = from_field(name)
        glosses = name.casefold() in _GLOSS_FIELDS
        if glosses:
            lang, field = latin, ""
        elif name.casefold() in _HEADWORD_FIELDS:
            lang, field = "zh", ""
        elif not lang:  # "label" beside "label_en": which language, the record will say
            field = re.sub(r"[\W_]", "", name).casefold()
        if value:
            fields.append(_Field(lang, field, value, paragraph, max(line_start, 0) + at, glosses))
    return fields


def _paired(document: Document, record: list[_Field]) -> Iterator[Candidate]:
    by_name: dict[str, list[_Field]] = {}
    for field in record:
        by_name.setdefault(field.name, []).append(field)
    for fields in by_name.values():
        fields = _unmarked_as_chinese(fields)
        chinese = _one_term(f for f in fields if f.lang == "zh")
        if len(chinese) == 1 and not _term_like_zh(chinese[0].value):
            yield from _phrases(document, chinese[0], fields)
            continue
        # (regional variants that repeat one name, en / en-gb / en-us, are one rendering)
        distinct: dict[tuple[str, str], _Field] = {}
        for f in fields:
            if f.lang != "zh" and (f.glosses or _term_like_latin(f.value)):
                distinct.setdefault((f.lang, f.value), f)
        others = list(distinct.values())
        if len(chinese) != 1 or not others or len({f.lang for f in others}) != len(others):
            continue  # no pair, or the record's bounds are not clear
        zh = chinese[0]
        # "Ministry of Finance (MOF)": the name; the acronym is the acronym extractor's
        alternatives = _alternatives(zh.value)
        by_field = [_split_like(f, len(alternatives)) for f in others]
        # 國慶日 / 雙十節 — National Day / Double Tenth Day: one for one, in order; else the
        # renderings are the first name's (中華民國開國紀念日 / 元旦 — Founding of the ROC)
        one_for_one = len(alternatives) > 1 and all(len(found) == len(alternatives)
                                                    for found in by_field)
        for k, (offset, term) in enumerate(alternatives if one_for_one else alternatives[:1]):
            mine = [found[k] for found in by_field] if one_for_one else \
                [term for found in by_field for term in found]
            if mine:
                start = zh.start + offset
                yield Candidate(
                    terms=(CandidateTerm(term, ZH_HANS), *mine),
                    evidence=evidence(document, zh.paragraph, start, start + len(term), NAME,
                                      CONFIDENCE))


def _split_like(field: _Field, alternatives: int) -> list[CandidateTerm]:
    """A field's renderings; as many as the Chinese alternatives where its slashes give that
    many ("Ayuda General/Ayuda del Condado" beside 普通救助/ 县救济)."""
    from glossary.build.extract.cedict import gloss_renderings
    from glossary.build.extract.rows import rendering_terms  # (rows asks records of data lines)

    if field.glosses:
        return [CandidateTerm(r, field.lang) for r in gloss_renderings(field.value)]
    found = rendering_terms(field.value, field.lang)
    parts = re.split(r"\s*[/／]\s*", field.value)
    if alternatives > 1 and len(found) != alternatives and len(parts) == alternatives:
        found = [term for part in parts for term in rendering_terms(part, field.lang)]
    return found


def _alternatives(value: str) -> list[tuple[int, str]]:
    """The Chinese terms a value gives, with their offsets: alternatives a slash apart
    (中華民國開國紀念日 / 元旦), and a term written in both scripts once (清明节 清明節)."""
    from glossary.normalize.script import to_simplified

    found = []
    for match in _ALTERNATIVE.finditer(value):
        words = match.group().split()
        if len(words) > 1 and len({to_simplified(w) for w in words}) == 1:
            found.append((match.start(), words[0]))
        else:
            found.append((match.start(), match.group()))
    return found


_ALTERNATIVE = re.compile(r"[^/／\s](?:[^/／]*[^/／\s])?")  # between slashes, without spaces


def _phrases(document: Document, zh: _Field, fields: list[_Field]) -> Iterator[Candidate]:
    """A field whose values are sentences, one in each language (an interface file's
    description in zh, en and fr), is an aligned sentence group: the terms inside it are
    paired as in a parallel text's sentences."""
    from glossary.build.align import phrases
    from glossary.normalize.script import to_simplified

    sentences = {f.lang: f for f in fields if f.lang in ("en", "fr", "es")}
    simplified = to_simplified(zh.value)
    if len(sentences) != len([f for f in fields if f.lang != "zh"]) or "en" not in sentences \
            or len(simplified) != len(zh.value) or han_count(zh.value) < _MIN_SENTENCE_HAN:
        return  # (one value each, and offsets that carry back to the original script)
    en = sentences["en"]
    others = {lang: f.value for lang, f in sentences.items() if lang != "en"}
    for match in phrases.align(en.value, simplified, others):
        chinese = zh.value[match.zh.start:match.zh.end]
        if not phrases.termlike(chinese):
            continue
        spans = [(zh, match.zh, ZH_HANS), (en, match.en, "en")]
        spans += [(sentences[lang], phrase, lang) for lang, phrase in match.others.items()]
        terms = tuple(CandidateTerm(f.value[ph.start:ph.end], lang, evidence=evidence(
            document, f.paragraph, f.start + ph.start, f.start + ph.end, NAME, ph.confidence))
            for f, ph, lang in spans)
        yield Candidate(terms=terms, evidence=terms[0].evidence)  # type: ignore[arg-type]


def _one_term(chinese: Iterable[_Field]) -> list[_Field]:
    """The Chinese fields, one field when they hold one term in two scripts (Hong Kong's `tc`
    and `sc`): the Simplified one, the Traditional is normalization's to derive."""
    from glossary.normalize.script import to_simplified

    found = list(chinese)
    if len(found) > 1 and len({to_simplified(f.value) for f in found}) == 1:
        return [min(found, key=lambda f: f.value != to_simplified(f.value))]
    return found


def _unmarked_as_chinese(fields: list[_Field]) -> list[_Field]:
    """A field whose name says no language ("label", "name") beside the same field named in
    another ("label_en", "name_en"): the original, Chinese where its value is; any other
    unmarked field is left out."""
    marked = {f.lang for f in fields if f.lang}
    return [f if f.lang else replace(f, lang="zh") for f in fields
            if f.lang or (marked and "zh" not in marked and han_count(f.value))]


def _term_like_zh(text: str) -> bool:
    # (an acronym is part of a Chinese term, CPI同比变化; other Latin words make it mixed text)
    return 1 <= han_count(text) <= _MAX_HAN and not han.pattern(r"[。！？；]").search(text) \
        and not re.search(r"[A-Za-z]{3}", _ACRONYM.sub("", text))


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}(?![A-Za-z0-9:：])")  # (not a label: "SSP:州补助金")


def _term_like_latin(text: str) -> bool:
    return bool(re.match(r"[A-Za-zÀ-ɏ\"“(]", text)) and not han_count(text) and \
        len(text.split()) <= _MAX_WORDS and "://" not in text and \
        not re.search(r"[.!?]\s+[A-Z]", text)
