"""TBX-Basic, ISO 30042:2019, DCA style: streaming writer and hardened streaming reader.

Mapping (only data categories TBX-Basic allows, at the levels it allows them):

    Concept.subject_field   conceptEntry/descrip[@type=subjectField]
    Concept.definition      conceptEntry/descrip[@type=definition]
    Concept.notes           conceptEntry/note
    Term.type               termNote[@type=termType] (transliteration has no TBX-Basic value:
                            its langSec's tag, zh-Latn-pinyin, says it)
    Term.status             termNote[@type=administrativeStatus]; "needs review" has no
                            TBX-Basic value, so it is written as <note>Status: needs review</note>
    Term.flags              <note>Review flag: possibly-truncated</note>, one per flag
    Term.evidence           descripGrp: descrip[@type=context], admin[@type=source] "file:line",
                            note "extractor: inline; confidence: 0.85"
    Term.notes              termSec/note

The reader inverts this exactly, so export → import → export is byte-identical, and reads
other TBX-Basic files (unknown categories become notes, never silently dropped).
"""

from __future__ import annotations

import re
from itertools import chain
from collections.abc import Iterable, Iterator
from typing import IO

from lxml import etree

from glossary.errors import FormatError, LanguageError
from glossary.langtags import canonical, display_key
from glossary.model import Concept, Evidence, Status, Term, TermType

NAME = "tbx"
SUFFIXES = (".tbx",)
NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

STATUS_VALUES = {
    Status.PREFERRED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.DEPRECATED: "deprecatedTerm-admn-sts",
}
STATUS_FROM_TBX = {value: status for status, value in STATUS_VALUES.items()}
STATUS_FROM_TBX["supersededTerm-admn-sts"] = Status.DEPRECATED
TBX_TERM_TYPES = {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"}

NEEDS_REVIEW_NOTE = "Status: needs review"
FLAG_PREFIX = "Review flag: "
_EVIDENCE_NOTE = re.compile(r"extractor: (?P<extractor>[^;]+); confidence: (?P<confidence>[\d.]+)")
_SOURCE = re.compile(r"(?P<file>.+):(?P<line>\d+)")


# --- writing ----------------------------------------------------------------------------------


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{NS}}}{tag}", attrib)
    if text is not None:
        element.text = text
    return element


def concept_element(concept: Concept) -> etree._Element:
    entry = etree.Element(f"{{{NS}}}conceptEntry", id=concept.id, nsmap={None: NS})
    if concept.subject_field:
        _sub(entry, "descrip", concept.subject_field, type="subjectField")
    if concept.definition:
        _sub(entry, "descrip", concept.definition, type="definition")
    for note in concept.notes:
        _sub(entry, "note", note)
    for lang in concept.languages():
        lang_sec = _sub(entry, "langSec", **{XML_LANG: lang})
        for term in concept.terms_in(lang):
            _term_element(lang_sec, term)
    return entry


def _term_element(lang_sec: etree._Element, term: Term) -> None:
    term_sec = _sub(lang_sec, "termSec")
    _sub(term_sec, "term", term.text)
    if term.type.value in TBX_TERM_TYPES:
        _sub(term_sec, "termNote", term.type.value, type="termType")
    if term.status in STATUS_VALUES:
        _sub(term_sec, "termNote", STATUS_VALUES[term.status], type="administrativeStatus")
    for evidence in term.evidence:
        group = _sub(term_sec, "descripGrp")
        _sub(group, "descrip", evidence.context, type="context")
        _sub(group, "admin", f"{evidence.file}:{evidence.line}", type="source")
        _sub(group, "note", f"extractor: {evidence.extractor}; confidence: {evidence.confidence}")
    if term.status is Status.NEEDS_REVIEW:
        _sub(term_sec, "note", NEEDS_REVIEW_NOTE)
    for flag in term.flags:
        _sub(term_sec, "note", FLAG_PREFIX + flag)
    for note in term.notes:
        _sub(term_sec, "note", note)


_BODY_MARK = "glossary:body"


def _skeleton(title: str, description: str, with_body: bool) -> tuple[bytes, bytes]:
    """The bytes before and after the concept entries."""
    root = etree.Element(f"{{{NS}}}tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"},
                         nsmap={None: NS})
    file_desc = _sub(_sub(root, "tbxHeader"), "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", title)
    _sub(_sub(file_desc, "sourceDesc"), "p", description)
    text = _sub(root, "text")
    if with_body:
        _sub(text, "body").append(etree.Comment(_BODY_MARK))
    data = etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)
    if not with_body:
        return data, b""
    before, after = data.split(f"<!--{_BODY_MARK}-->".encode())
    return before.rstrip(b" ") , after


def write(concepts: Iterable[Concept], out: IO[bytes], title: str = "glossary termbase",
          description: str = "Written by glossary.") -> int:
    """Stream concepts to `out` as TBX-Basic 2019; return how many were written.

    Memory stays flat: each entry is built, serialised and dropped.  The root declares the
    TBX namespace, so each entry's own declaration is dropped from its serialisation.
    """
    iterator = iter(concepts)
    first = next(iterator, None)
    before, after = _skeleton(title, description, with_body=first is not None)
    out.write(before)
    count = 0
    redundant = f' xmlns="{NS}"'.encode()
    for concept in chain((first,), iterator) if first is not None else ():
        element = concept_element(concept)
        out.write(etree.tostring(element, encoding="UTF-8", pretty_print=True)
                  .replace(redundant, b"", 1))
        count += 1
    out.write(after)
    return count


# --- reading ----------------------------------------------------------------------------------


def hardened_parser_options() -> dict[str, bool]:
    """No DTD loading, entity expansion or network: a billion-laughs file fails fast."""
    return {"resolve_entities": False, "load_dtd": False, "no_network": True,
            "huge_tree": False, "remove_comments": True}


def read(source: IO[bytes] | str, name: str = "TBX") -> Iterator[Concept]:
    """Stream concepts from a TBX-Basic 2019 file (DCA style), clearing what has been read."""
    entry = f"{{{NS}}}conceptEntry"
    roots = (f"{{{NS}}}tbx", "tbx", "martif")
    seen_root = False
    try:
        for event, element in etree.iterparse(source, events=("start", "end"),
                                              tag=(entry, *roots), **hardened_parser_options()):
            if event == "start" and element.tag in roots:
                _check_root(element, name)
                seen_root = True
            elif event == "end" and element.tag == entry:
                yield _concept(element, name)
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del element.getparent()[0]
    except etree.XMLSyntaxError as err:
        raise FormatError(f"{name}: line {err.lineno}: {err.msg}") from None
    if not seen_root:
        raise FormatError(f"{name}: not a TBX file (no <tbx> root element)")


def _check_root(root: etree._Element, name: str) -> None:
    if root.tag == "martif":
        raise FormatError(f"{name}: TBX 2008 (<martif>) is not read yet; only TBX 2019")
    if root.tag != f"{{{NS}}}tbx":
        raise FormatError(f"{name}: <tbx> root is not in the TBX 2019 namespace {NS}")
    if not root.get("type", "").startswith("TBX"):
        raise FormatError(f"{name}: not a TBX file (root type {root.get('type')!r})")


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _concept(entry: etree._Element, name: str) -> Concept:
    concept_id = entry.get("id")
    if not concept_id:
        raise FormatError(f"{name}: line {entry.sourceline}: conceptEntry without id")
    concept = Concept(id=concept_id)
    notes: list[str] = []
    for child in entry:
        kind = _local(child)
        if kind == "descrip" and child.get("type") == "subjectField":
            concept.subject_field = child.text or ""
        elif kind == "descrip" and child.get("type") == "definition":
            concept.definition = child.text or ""
        elif kind == "langSec":
            lang = _tag(child.get(XML_LANG))
            if not lang:
                raise FormatError(f"{name}: line {child.sourceline}: langSec without xml:lang")
            concept.terms.extend(_term(sec, lang) for sec in child if _local(sec) == "termSec")
            notes.extend(_other(child, skip=frozenset({"termSec"}), prefix=f"[{lang}] "))
        else:
            notes.extend(_other(entry, only=child))
    concept.notes = tuple(notes)
    concept.terms.sort(key=lambda t: display_key(t.lang))
    return concept


def _tag(raw: str | None) -> str | None:
    """Canonical (zh-CN → zh-Hans) so that every stage compares tags as strings; a tag CLDR
    does not know is kept as written rather than lost."""
    if not raw:
        return raw
    try:
        return canonical(raw)
    except LanguageError:
        return raw


def _term(term_sec: etree._Element, lang: str) -> Term:
    text = ""
    term_type = TermType.TRANSLITERATION if lang.endswith("-pinyin") else TermType.FULL_FORM
    status: Status | None = None
    flags: list[str] = []
    notes: list[str] = []
    evidence: list[Evidence] = []
    for child in term_sec:
        kind, kind_type, value = _local(child), child.get("type"), (child.text or "")
        if kind == "term":
            text = "".join(child.itertext())
        elif kind == "termNote" and kind_type == "termType" and value in TBX_TERM_TYPES:
            term_type = TermType(value)
        elif kind == "termNote" and kind_type == "administrativeStatus" and value in STATUS_FROM_TBX:
            status = STATUS_FROM_TBX[value]
        elif kind == "descripGrp":
            evidence.append(_evidence(child))
        elif kind == "descrip" and kind_type == "context":
            evidence.append(Evidence("", 0, value, "", 1.0))
        elif kind == "note" and value == NEEDS_REVIEW_NOTE:
            status = Status.NEEDS_REVIEW
        elif kind == "note" and value.startswith(FLAG_PREFIX):
            flags.append(value[len(FLAG_PREFIX):])
        elif kind == "note":
            notes.append(value)
        else:
            notes.extend(_other(term_sec, only=child))
    return Term(text=text, lang=lang, type=term_type, status=status, flags=tuple(flags),
                notes=tuple(notes), evidence=tuple(evidence))


def _evidence(group: etree._Element) -> Evidence:
    context, file, line, extractor, confidence = "", "", 0, "", 1.0
    for child in group:
        kind, value = _local(child), child.text or ""
        if kind == "descrip":
            context = value
        elif kind == "admin" and child.get("type") == "source":
            match = _SOURCE.fullmatch(value)
            file, line = (match["file"], int(match["line"])) if match else (value, 0)
        elif kind == "note" and (match := _EVIDENCE_NOTE.fullmatch(value)):
            extractor, confidence = match["extractor"], float(match["confidence"])
    return Evidence(file, line, context, extractor, confidence)


def _other(parent: etree._Element, skip: frozenset[str] = frozenset(),
           only: etree._Element | None = None, prefix: str = "") -> list[str]:
    """Categories we do not model, kept as readable notes ("definition: …"), never dropped.

    Groups (descripGrp, adminGrp…) are flattened; `prefix` says where a note came from.
    """
    children = [only] if only is not None else list(parent)
    kept = []
    for child in children:
        if not isinstance(child.tag, str) or _local(child) in skip:
            continue
        if _local(child).endswith("Grp"):
            kept.extend(_other(child, prefix=prefix))
            continue
        label = child.get("type") or _local(child)
        value = " ".join("".join(child.itertext()).split())
        if value:
            kept.append(prefix + (value if _local(child) == "note" else f"{label}: {value}"))
    return kept
