"""TBX-Basic in both its versions: streaming writer and hardened streaming reader.

- 2019 (ISO 30042:2019, DCA style): <tbx type="TBX-Basic" style="dca">, conceptEntry /
  langSec / termSec, in the TBX namespace.  What current CAT tools import.
- 2008 ("v2"): <martif type="TBX-Basic">, termEntry / langSet / tig, no namespace.  What OmegaT
  and translate-toolkit read (both reject 2019 files).
The two share one mapping and differ only in names (a Dialect) and in one place: a 2008
descripGrp holds only descrip and admin, so the extractor note of a piece of evidence rides in
its source instead ("file:line (extractor: inline; confidence: 0.85)").  The reader tells the
version from the root element.

Mapping (only data categories TBX-Basic allows, at the levels it allows them):

    Concept.subject_field   conceptEntry/descrip[@type=subjectField]
    Concept.definition      conceptEntry/descrip[@type=definition]
    Concept.notes           conceptEntry/note
    Term.type               termNote[@type=termType] (transliteration has no TBX-Basic value:
                            its langSec's tag, zh-Latn-pinyin, says it)
    Term.status             termNote[@type=administrativeStatus] (supersededTerm is
                            superseded, deprecatedTerm deprecated); "needs review" has no
                            TBX-Basic value, so it is written as <note>Status: needs review</note>
    Term.flags              <note>Review flag: possibly-truncated</note>, one per flag
    Term.evidence           descripGrp: descrip[@type=context], admin[@type=source] "file:line",
                            note "extractor: inline; confidence: 0.85"
    Term.counts()           <note>Occurrences: 1043 in 12 documents</note>: how often the term
                            was seen, whatever number of contexts is written (TBX-Basic has
                            no data category for a frequency: its DCA schema allows no other
                            type, so a note with a fixed form is the one valid place)
    Term.notes              termSec/note
    Term.history            transacGrp: transac[@type=transactionType] (origination for a term
                            added by hand, else modification), date, transacNote
                            [@type=responsibility] (who), note "Decision: WHAT", note (why);
                            2008 has no note in a transacGrp and a date without time: the notes
                            follow it in the termSec ("Decision: …", "Decision note: …")

The reader inverts this exactly, so export → import → export is byte-identical, and reads
other TBX-Basic files, DCA or DCT style (each DCT element read as the DCA category it names):
unknown categories become notes ("partOfSpeech: noun", "[en] definition: …"), with the
target of a ref or xref ("xGraphic: logo.png (target: https://…)"), never silently dropped.
What is not read at all, the back matter, is told to `notify`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from operator import itemgetter
from typing import IO
from xml.sax.saxutils import escape

from lxml import etree

from glossary.errors import FormatError
from glossary.langtags import CAT_TAGS, display_key, known_or
from glossary.model import Concept, Evidence, Status, Term, TermType, Transaction
from glossary.xmlread import XML_LANG, local_name, raw_iterparse, syntax_errors

NAME = "tbx"
SUFFIXES = (".tbx",)
HELP = "TBX-Basic 2019, the default"
TAGS = CAT_TAGS
OPTIONS = ("description",)
NS = "urn:iso:std:iso:30042:ed-2"

STATUS_VALUES = {
    Status.PREFERRED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.DEPRECATED: "deprecatedTerm-admn-sts",
    Status.SUPERSEDED: "supersededTerm-admn-sts",
}
STATUS_FROM_TBX = {value: status for status, value in STATUS_VALUES.items()}
READ_OPTIONS = ("notify",)
# DCT style (style="dct"): each data category is an element of its own in the TBX-Basic or
# TBX-Min namespace (<min:administrativeStatus>, <basic:context>); read as the DCA element
# with that type (<termNote type="administrativeStatus">, <descrip type="context">).
DCT_CATEGORIES = {
    **dict.fromkeys(("administrativeStatus", "partOfSpeech", "grammaticalGender", "termType",
                     "termLocation", "geographicalUsage"), "termNote"),
    **dict.fromkeys(("definition", "context", "subjectField"), "descrip"),
    **dict.fromkeys(("source", "customerSubset", "projectSubset"), "admin"),
    "transactionType": "transac", "responsibility": "transacNote",
    "externalCrossReference": "xref", "xGraphic": "xref", "crossReference": "ref",
}
TBX_TERM_TYPES = {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"}
_TERM_TYPES = {value: TermType(value) for value in TBX_TERM_TYPES}

NEEDS_REVIEW_NOTE = "Status: needs review"
DECISION_PREFIX = "Decision: "
DECISION_NOTE_PREFIX = "Decision note: "  # TBX 2008 only (see _transaction_lines)
ADDED = "added"  # a Transaction.what written as origination
FLAG_PREFIX = "Review flag: "
_COUNTS_NOTE = re.compile(r"Occurrences: (?P<occurrences>\d+)(?: in (?P<documents>\d+) documents?)?")
_EVIDENCE_NOTE = re.compile(r"extractor: (?P<extractor>[^;]+); confidence: (?P<confidence>[\d.]+)")
_SOURCE = re.compile(r"(?P<file>.+):(?P<line>\d+)", re.DOTALL)
_SOURCE_WITH_NOTE = re.compile(r"(?P<source>.+:\d+) \((?P<note>extractor: [^()]+)\)", re.DOTALL)


@dataclass(frozen=True)
class Dialect:
    ns: str | None
    root: str
    header: str
    entry: str
    lang_sec: str
    term_sec: str
    note_in_group: bool  # may a descripGrp hold a note?

    def tag(self, local: str) -> str:
        return f"{{{self.ns}}}{local}" if self.ns else local


V2019 = Dialect(NS, "tbx", "tbxHeader", "conceptEntry", "langSec", "termSec", True)
V2008 = Dialect(None, "martif", "martifHeader", "termEntry", "langSet", "tig", False)
_TERM_SECS = frozenset({"termSec", "tig", "ntig"})


# --- writing ----------------------------------------------------------------------------------


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
    """A child in its parent's namespace (for the header skeleton)."""
    name = parent.tag
    element = etree.SubElement(parent, name[:name.index("}") + 1] + tag if name[0] == "{" else tag,
                               attrib)
    if text is not None:
        element.text = text
    return element


# Entries are serialised as text, in exactly the layout lxml's pretty printer gives (two
# spaces per level, one element per line): building an lxml tree per entry cost 90 µs a
# concept, the text 15 µs.  Escaping is the standard library's (xml.sax.saxutils), with the
# character references lxml writes for CR in text and for whitespace in attributes.
_TEXT_ENTITIES = {"\r": "&#13;"}
_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _text(value: str) -> str:
    if _NOT_XML.search(value):
        raise FormatError(f"cannot be written as XML (control character): {value!r}")
    return escape(value, _TEXT_ENTITIES)


def _leaf(depth: int, tag: str, text: str, kind: str | None = None) -> str:
    attribute = f' type="{escape(kind, _ATTRIBUTE_ENTITIES)}"' if kind else ""
    return f"{'  ' * depth}<{tag}{attribute}>{_text(text)}</{tag}>"


def entry_lines(concept: Concept, dialect: Dialect = V2019) -> Iterator[str]:
    """The lines of one concept entry (the mapping in the module docstring)."""
    yield f'<{dialect.entry} id="{escape(concept.id, _ATTRIBUTE_ENTITIES)}">'
    if concept.subject_field:
        yield _leaf(1, "descrip", concept.subject_field, "subjectField")
    if concept.definition:
        yield _leaf(1, "descrip", concept.definition, "definition")
    for note in concept.notes:
        yield _leaf(1, "note", note)
    for lang in concept.languages():
        yield f'  <{dialect.lang_sec} xml:lang="{escape(lang, _ATTRIBUTE_ENTITIES)}">'
        for term in concept.terms_in(lang):
            yield f"    <{dialect.term_sec}>"
            yield from _term_lines(term, dialect)
            yield f"    </{dialect.term_sec}>"
        yield f"  </{dialect.lang_sec}>"
    yield f"</{dialect.entry}>"


def _term_lines(term: Term, dialect: Dialect) -> Iterator[str]:
    yield _leaf(3, "term", term.text)
    if term.type.value in TBX_TERM_TYPES:
        yield _leaf(3, "termNote", term.type.value, "termType")
    if term.status in STATUS_VALUES:
        yield _leaf(3, "termNote", STATUS_VALUES[term.status], "administrativeStatus")
    for evidence in term.evidence:
        yield "      <descripGrp>"
        yield _leaf(4, "descrip", evidence.context, "context")
        # A source read from another tool's file has no line, and its evidence no extractor:
        # nothing is added to it ("Oxford2007" stays so, not "Oxford2007:0").
        source = f"{evidence.file}:{evidence.line}" if evidence.line else evidence.file
        note = (f"extractor: {evidence.extractor}; confidence: {evidence.confidence}"
                if evidence.extractor else "")
        if dialect.note_in_group:
            if source:
                yield _leaf(4, "admin", source, "source")
            if note:
                yield _leaf(4, "note", note)
        elif source or note:
            yield _leaf(4, "admin", f"{source} ({note})" if note else source, "source")
        yield "      </descripGrp>"
    occurrences, documents = term.counts()
    if occurrences:
        yield _leaf(3, "note", counts_note(occurrences, documents))
    if term.status is Status.NEEDS_REVIEW:
        yield _leaf(3, "note", NEEDS_REVIEW_NOTE)
    for flag in term.flags:
        yield _leaf(3, "note", FLAG_PREFIX + flag)
    for note in term.notes:
        yield _leaf(3, "note", note)
    for transaction in term.history:
        yield from _transaction_lines(transaction, dialect)


def counts_note(occurrences: int, documents: int) -> str:
    """"Occurrences: 1043 in 12 documents" (without the documents when none is known: the
    contexts of another tool's file name none)."""
    if not documents:
        return f"Occurrences: {occurrences}"
    return f"Occurrences: {occurrences} in {documents} document{'' if documents == 1 else 's'}"


def _transaction_lines(transaction: Transaction, dialect: Dialect) -> Iterator[str]:
    kind = "origination" if transaction.what == ADDED else "modification"
    yield "      <transacGrp>"
    yield _leaf(4, "transac", kind, "transactionType")
    # TBX-Basic 2008 dates are xs:date: the time of day is lost there.
    yield _leaf(4, "date", transaction.when if dialect is V2019 else transaction.when[:10])
    yield _leaf(4, "transacNote", transaction.who, "responsibility")
    if dialect.note_in_group:
        yield _leaf(4, "note", DECISION_PREFIX + transaction.what)
        if transaction.note:
            yield _leaf(4, "note", transaction.note)
        yield "      </transacGrp>"
        return
    # A 2008 transacGrp holds no note: what was decided follows it, in the termSec's notes.
    yield "      </transacGrp>"
    yield _leaf(3, "note", DECISION_PREFIX + transaction.what)
    if transaction.note:
        yield _leaf(3, "note", DECISION_NOTE_PREFIX + transaction.note)


_BODY_MARK = "glossary:body"
_V2008_DOCTYPE = '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">'


def _skeleton(title: str, description: str, with_body: bool,
              dialect: Dialect) -> tuple[bytes, bytes]:
    """The bytes before and after the concept entries."""
    attributes = {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"}
    if dialect is V2008:
        del attributes["style"]
    root = etree.Element(dialect.tag(dialect.root), attributes,
                         nsmap={None: dialect.ns} if dialect.ns else None)
    header = _sub(root, dialect.header)
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", title)
    _sub(_sub(file_desc, "sourceDesc"), "p", description)
    if dialect is V2008:  # names the constraint specification, as TBX-Basic 2008 requires
        _sub(_sub(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    text = _sub(root, "text")
    if with_body:
        _sub(text, "body").append(etree.Comment(_BODY_MARK))
    data = etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True,
                          doctype=_V2008_DOCTYPE if dialect is V2008 else None)
    if not with_body:
        return data, b""
    before, after = data.split(f"<!--{_BODY_MARK}-->".encode())
    return before.rstrip(b" "), after


def write(concepts: Iterable[Concept], out: IO[bytes], title: str = "glossary termbase",
          description: str = "Written by glossary.", dialect: Dialect = V2019) -> int:
    """Stream concepts to `out` as TBX-Basic (2019 unless `dialect` says 2008); return how
    many were written.

    Memory stays flat: each entry is serialised and written on its own.
    """
    iterator = iter(concepts)
    first = next(iterator, None)
    before, after = _skeleton(title, description, first is not None, dialect)
    out.write(before)
    count = 0
    for concept in chain((first,), iterator) if first is not None else ():
        out.write(("\n".join(entry_lines(concept, dialect)) + "\n").encode("utf-8"))
        count += 1
    out.write(after)
    return count


# --- reading ----------------------------------------------------------------------------------


def read(source: IO[bytes] | str, name: str = "TBX",
         notify: Callable[[str], None] = lambda message: None) -> Iterator[Concept]:
    """Stream concepts from a TBX-Basic file, 2019 (DCA or DCT) or 2008, clearing what has
    been read; what cannot be kept is told to `notify`."""
    entries = (V2019.tag(V2019.entry), V2008.entry)
    roots = (V2019.tag(V2019.root), V2019.root, V2008.root)
    backs = (V2019.tag("back"), "back")
    dialect: Dialect | None = None
    dropped: Counter[str] = Counter()
    reader = _Reader(name)
    concept = reader.concept
    attribute_count = _ATTRIBUTE_COUNT
    with syntax_errors(name):
        # lxml's iterator itself, not a generator around it: one step less an entry.
        for event, element in raw_iterparse(source, ("start", "end"),
                                            (*entries, *roots, *backs)):
            if event == "start":
                if element.tag in roots:
                    dialect = _dialect(element, name)
                continue
            tag = element.tag
            if tag in entries and dialect is not None:
                found = concept(element, dialect)
                # Every attribute was one the mapping keeps and read, unless there are more
                # than it read: then (rarely) find which (see _Reader.kept).  (One XPath call
                # an entry: counting over a batch of entries costs more, sorting node sets.)
                if attribute_count(element) != reader.kept:
                    dropped.update(_dropped_attributes(element))
                yield found
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del element.getparent()[0]
            elif tag in backs:
                objects = sum(1 for e in element.iter() if local_name(e) == "refObject")
                notify(f"{name}: line {element.sourceline}: the back matter (<back>: {objects} "
                       f"refObject{'' if objects == 1 else 's'}, which targets name) is not "
                       "imported")
    if dialect is None:
        raise FormatError(f"{name}: not a TBX file (no <tbx> or <martif> root element)")
    if dropped:
        notify(f"{name}: attributes not kept: "
               + ", ".join(f"{where} ({count})" for where, count in sorted(dropped.items())))


# Attribute names as bytes: lxml encodes (and checks) a str key on every get.
_TYPE_KEY = b"type"
_XML_LANG_KEY = XML_LANG.encode()
_ATTRIBUTE_COUNT = etree.XPath("count(descendant-or-self::*/@*)", regexp=False)


def _dropped_attributes(entry: etree._Element) -> Iterator[str]:
    """ELEMENT/@ATTRIBUTE for each attribute of an entry the mapping does not keep (it keeps
    the entry's id, each type and target, and the xml:lang of language sections)."""
    for element in entry.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in element.attrib:
            if attribute in ("type", "target") or (element is entry and attribute == "id") or (
                    attribute == XML_LANG and local_name(element) in ("langSec", "langSet")):
                continue
            yield f"{local_name(element)}/@{str(attribute).rpartition('}')[2]}"


def _dialect(root: etree._Element, name: str) -> Dialect:
    if root.tag == V2008.root:
        dialect = V2008
    elif root.tag == V2019.tag(V2019.root):
        dialect = V2019
    else:
        raise FormatError(f"{name}: <tbx> root is not in the TBX 2019 namespace {NS}")
    if not root.get("type", "").startswith("TBX"):
        raise FormatError(f"{name}: not a TBX file (root type {root.get('type')!r})")
    return dialect


# The elements the mapping reads, by their names in either dialect (2019's namespace, 2008's
# none), to their local names: one dict look-up per element where category() took a
# function call and string work.  Any other tag (a DCT element of another namespace, a
# processing instruction) goes through category().
_LOCAL = {tag: local for local in ("descrip", "note", "langSec", "langSet", "termSec", "tig",
                                   "ntig", "term", "termNote", "descripGrp", "transacGrp",
                                   "admin", "termGrp")
          for tag in (f"{{{NS}}}{local}", local)}

# Reading 1M concepts is a walk over 40M elements: the code below is written for that (one
# pass over each element's children, taken as a list; a dict look-up per tag; an element's
# type asked for only where it decides something; repeated values remembered), and the
# equivalent plain form of each step is said beside it.


class _Reader:
    """Entry → Concept for one file, remembering what repeats from entry to entry (language
    tags, their sort keys, evidence notes) in bounded tables.

    `kept` counts the attributes of the current entry the mapping keeps and has read (its
    id, each language section's xml:lang, each type it looked at): when the entry has no
    more attributes than that, none was dropped, and the attributes need no second walk."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.kept = 0
        self.langs: dict[str, tuple[str, tuple[int, str], TermType]] = {}
        self.notes: dict[str, tuple[str, float] | None] = {}
        self.counts: dict[str, tuple[int, int] | None] = {}

    def lang(self, raw: str) -> tuple[str, tuple[int, str], TermType]:
        """(canonical tag, display key, default term type) of an xml:lang value."""
        found = self.langs.get(raw)
        if found is None:
            # Canonical (zh-CN → zh-Hans) so that every stage compares tags as strings; a
            # tag CLDR does not know is kept as written rather than lost.
            lang = known_or(raw, raw)
            found = (lang, display_key(lang), TermType.TRANSLITERATION
                     if lang.endswith("-pinyin") else TermType.FULL_FORM)
            if len(self.langs) < 1024:
                self.langs[raw] = found
        return found

    def evidence_note(self, value: str) -> tuple[str, float] | None:
        """(extractor, confidence) of a note "extractor: X; confidence: N", else None."""
        try:
            return self.notes[value]
        except KeyError:
            pass
        match = _EVIDENCE_NOTE.fullmatch(value)
        found = (match["extractor"], float(match["confidence"])) if match else None
        if len(self.notes) < 1024:
            self.notes[value] = found
        return found

    def counts_note(self, value: str) -> tuple[int, int] | None:
        """(occurrences, documents) of a note "Occurrences: 3 in 2 documents", else None."""
        try:
            return self.counts[value]
        except KeyError:
            pass
        match = _COUNTS_NOTE.fullmatch(value)
        found = (int(match["occurrences"]), int(match["documents"] or 0)) if match else None
        if len(self.counts) < 1024:
            self.counts[value] = found
        return found

    def concept(self, entry: etree._Element, dialect: Dialect) -> Concept:
        concept_id = entry.get("id")
        if not concept_id:
            raise FormatError(f"{self.name}: line {entry.sourceline}: {dialect.entry} without id")
        self.kept = 0  # what term() adds; this entry's own below
        kept = 1
        subject_field = definition = None
        notes: list[str] = []
        sections: list[tuple[tuple[int, str], list[Term]]] = []
        local_of = _LOCAL.get
        lang_sec = dialect.lang_sec
        for child in entry[:]:
            tag = child.tag
            kind = local_of(tag)  # category(child), for the names in _LOCAL
            if kind is None:
                if not isinstance(tag, str):
                    continue
                kind, kind_type = category(child)
            elif kind == "descrip":
                kind_type = child.get(_TYPE_KEY)
                kept += kind_type is not None
            if kind == lang_sec:
                raw = child.get(_XML_LANG_KEY)
                if raw is not None:
                    kept += 1
                lang, key, default_type = self.lang(raw or "")
                if not lang:
                    raise FormatError(f"{self.name}: line {child.sourceline}: {kind} without "
                                      "xml:lang")
                terms: list[Term] = []
                for section in child[:]:  # term sections, and everything else as notes
                    inner = section.tag
                    local = local_of(inner)  # local_name(section)
                    if local is None:
                        if not isinstance(inner, str):
                            continue
                        local = inner.rpartition("}")[2]
                    if local in _TERM_SECS:
                        terms.append(self.term(section, lang, default_type, local == "ntig"))
                    else:
                        notes.extend(_other(child, only=section, prefix=f"[{lang}] "))
                sections.append((key, terms))
            elif kind == "descrip" and kind_type == "subjectField" and subject_field is None:
                subject_field = child.text or ""
            elif kind == "descrip" and kind_type == "definition" and definition is None:
                definition = child.text or ""
            else:
                notes.extend(_other(entry, only=child))
        # Terms in the display order of their languages: sorting the sections (stably) is
        # sorting their terms, whose key is their section's.
        sections.sort(key=itemgetter(0))
        self.kept += kept
        return Concept(concept_id, [term for _, terms in sections for term in terms],
                       subject_field, definition, tuple(notes))

    def term(self, term_sec: etree._Element, lang: str, term_type: TermType,
             ntig: bool) -> Term:
        text = ""
        status: Status | None = None
        flags: list[str] = []
        notes: list[str] = []
        evidence: list[Evidence] = []
        history: list[Transaction] = []
        occurrences = documents = kept = 0
        local_of = _LOCAL.get
        for child in _ntig_children(term_sec) if ntig else term_sec[:]:
            tag = child.tag
            kind = local_of(tag)
            if kind is None:
                if not isinstance(tag, str):
                    continue
                kind, kind_type = category(child)
            elif kind == "termNote" or kind == "descrip":
                kind_type = child.get(_TYPE_KEY)
                kept += kind_type is not None
            if kind == "term":
                text = "".join(child.itertext()) if len(child) else child.text or ""
            elif kind == "termNote" and kind_type == "termType" and (
                    value := child.text) in _TERM_TYPES:
                term_type = _TERM_TYPES[value]
            elif kind == "termNote" and kind_type == "administrativeStatus" and (
                    value := child.text) in STATUS_FROM_TBX:
                status = STATUS_FROM_TBX[value]
            elif kind == "descripGrp" and (found := self.evidence(child)) is not None:
                evidence.append(found[0])
                notes.extend(found[1])
            elif kind == "transacGrp":
                history.append(_transaction(child))
            elif kind == "descrip" and kind_type == "context":
                evidence.append(Evidence("", 0, child.text or "", "", 1.0))
            elif kind == "note":
                value = child.text or ""
                if value == NEEDS_REVIEW_NOTE:
                    status = Status.NEEDS_REVIEW
                elif history and value.startswith(DECISION_PREFIX):
                    history[-1] = replace(history[-1], what=value[len(DECISION_PREFIX):])
                elif history and value.startswith(DECISION_NOTE_PREFIX):
                    history[-1] = replace(history[-1], note=value[len(DECISION_NOTE_PREFIX):])
                elif value.startswith(FLAG_PREFIX):
                    flags.append(value[len(FLAG_PREFIX):])
                elif not occurrences and value.startswith("Occurrences: ") and (
                        counted := self.counts_note(value)):
                    occurrences, documents = counted
                else:
                    notes.append(value)
            else:
                notes.extend(_other(term_sec, only=child))
        self.kept += kept
        seen = tuple(evidence)
        if occurrences or documents:
            # Term.counted without its scratch Term: a count the evidence shows is not kept.
            shown = _shown_counts(seen)
            occurrences = 0 if occurrences == shown[0] else occurrences
            documents = 0 if documents == shown[1] else documents
        return _new_term(text, lang, term_type, status, tuple(flags) if flags else (),
                         tuple(notes) if notes else (), seen,
                         tuple(history) if history else (), occurrences, documents)

    def evidence(self, group: etree._Element) -> tuple[Evidence, list[str]] | None:
        """The evidence of a descripGrp with a context, and what else the group holds, as
        notes; None for a group without a context."""
        has_context = False
        context, file, line, extractor, confidence = "", "", 0, "", 1.0
        others: list[str] = []
        for child in group[:]:
            tag = child.tag
            kind = _LOCAL.get(tag)
            if kind is None:
                if not isinstance(tag, str):
                    continue
                kind, kind_type = category(child)
            elif kind == "descrip" or kind == "admin":
                kind_type = child.get(_TYPE_KEY)
                self.kept += kind_type is not None
            if kind == "descrip" and kind_type == "context":
                has_context = True
                if not context:
                    context = child.text or ""
                    continue
            elif kind == "admin" and kind_type == "source" and not file:
                value = child.text or ""
                if value.endswith(")") and (with_note := _SOURCE_WITH_NOTE.fullmatch(value)):
                    value = with_note["source"]  # the 2008 form
                    if noted := self.evidence_note(with_note["note"]):
                        extractor, confidence = noted
                file, line = _source(value)
                continue
            elif kind == "note" and not extractor and (
                    noted := self.evidence_note(child.text or "")):
                extractor, confidence = noted
                continue
            others.extend(_other(group, only=child))
        if not has_context:
            return None
        return _new_evidence(file, line, context, extractor, confidence), others


def _shown_counts(evidence: tuple[Evidence, ...]) -> tuple[int, int]:
    """Term.counts() of a term with this evidence and no recorded counts."""
    if len(evidence) == 1:
        return 1, 1 if evidence[0].file else 0
    return (len({(e.file, e.line, e.context) for e in evidence}),
            len({e.file for e in evidence if e.file}))


# Terms and evidence are frozen dataclasses, whose __init__ sets each field in turn through
# object.__setattr__: a million concepts make six million terms, and filling the instance's
# dict directly takes half the time.  The same objects (fields, equality, hashing, repr).
_set_dict = object.__setattr__


def _new_term(text: str, lang: str, term_type: TermType, status: Status | None,
              flags: tuple[str, ...], notes: tuple[str, ...], evidence: tuple[Evidence, ...],
              history: tuple[Transaction, ...], occurrences: int, documents: int) -> Term:
    term = Term.__new__(Term)
    fields = term.__dict__  # filled in place: cheaper than giving the instance a new dict
    fields["text"] = text
    fields["lang"] = lang
    fields["type"] = term_type
    fields["status"] = status
    fields["flags"] = flags
    fields["notes"] = notes
    fields["evidence"] = evidence
    fields["history"] = history
    fields["occurrences"] = occurrences
    fields["documents"] = documents
    return term


def _new_evidence(file: str, line: int, context: str, extractor: str,
                  confidence: float) -> Evidence:
    evidence = Evidence.__new__(Evidence)
    _set_dict(evidence, "__dict__", {"file": file, "line": line, "context": context,
                                     "extractor": extractor, "confidence": confidence})
    return evidence


def _source(value: str) -> tuple[str, int]:
    """(file, line) of a source "FILE:LINE"; (value, 0) for one without a line (another
    tool's "Oxford2007")."""
    file, colon, line = value.rpartition(":")
    # As the pattern (.+):(\d+) would: str.isdecimal is exactly \d.
    if colon and file and line.isdecimal():
        return file, int(line)
    return value, 0


def _transaction(group: etree._Element) -> Transaction:
    """A transacGrp: ours ("Decision: …" note first) or another tool's (its transaction type)."""
    when = who = kind = ""
    notes: list[str] = []
    for child in group:
        if not isinstance(child.tag, str):  # a processing instruction
            continue
        name, value = local_name(child), " ".join("".join(child.itertext()).split())
        if name == "transac":
            kind = value
        elif name == "date":
            when = value
        elif name == "transacNote":
            who = value
        elif name == "note":
            notes.append("".join(child.itertext()))
    what = kind
    if notes and notes[0].startswith(DECISION_PREFIX):
        what = notes.pop(0)[len(DECISION_PREFIX):]
    return Transaction(when, who, what, "\n".join(notes))


def _ntig_children(ntig: etree._Element) -> list[etree._Element]:
    """An ntig's children, its termGrp (term and termNotes) unwrapped."""
    return [inner for child in ntig if isinstance(child.tag, str)
            for inner in (child if local_name(child) == "termGrp" else (child,))]


def category(element: etree._Element) -> tuple[str, str | None]:
    """(element, type) of a data category: a DCT element of another namespace as the DCA
    element with that type (<min:termType> as ("termNote", "termType"))."""
    tag = str(element.tag)
    name = tag.rpartition("}")[2]
    if tag.startswith("{") and tag[1:tag.index("}")] != NS and name in DCT_CATEGORIES:
        return DCT_CATEGORIES[name], name
    return name, element.get("type")


def _other(parent: etree._Element, skip: frozenset[str] = frozenset(),
           only: etree._Element | None = None, prefix: str = "") -> list[str]:
    """Categories we do not model, kept as readable notes ("definition: …"), never dropped.

    Groups (descripGrp, adminGrp…) are flattened; `prefix` says where a note came from.
    """
    children = [only] if only is not None else list(parent)
    kept = []
    for child in children:
        if not isinstance(child.tag, str) or local_name(child) in skip:
            continue
        if local_name(child).endswith("Grp"):
            kept.extend(_other(child, prefix=prefix))
            continue
        if local_name(child) == "note":  # a note is ours to keep exactly, even when empty
            kept.append(prefix + "".join(child.itertext()))
            continue
        label = child.get("type") or local_name(child)
        value = " ".join("".join(child.itertext()).split())  # layout whitespace of other files
        target = child.get("target")
        if target:  # a ref's concept, an xref's address, a responsibility's person
            kept.append(f"{prefix}{label}: {value} (target: {target})" if value
                        else f"{prefix}{label} (target: {target})")
        elif value:
            kept.append(f"{prefix}{label}: {value}")
    return kept
