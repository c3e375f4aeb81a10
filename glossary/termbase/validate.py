"""`glossary validate`: structure and picklist errors in any TBX file, with line numbers.

The official schemas (RelaxNG, Schematron) are not ours to ship, so this module checks the
rules that matter for import into CAT tools, for TBX-Basic 2019 (DCA) and 2008 alike:

- structure: the root and its type, header text inside <p>, <text> holding only body and
  back, entries with unique ids, language sections with a valid xml:lang and at least one
  term section, each term section starting with exactly one <term>, each descripGrp holding
  one descrip first, termNotes right after the term, no unknown element (in the TBX namespace:
  DCT-style elements of other namespaces are allowed), a type wherever the standard requires
  one;
- TBX-Basic data categories: only its types for descrip, termNote, admin, transac,
  transacNote and xref, each at the levels it allows (subjectField on the entry, definition
  on the entry or a language, context and termNotes on a term), and only its picklist values
  (administrativeStatus, termType, partOfSpeech, grammaticalGender, termLocation,
  transactionType); in 2019 files, xref targets are http(s) addresses.
Files of other dialects (TBX-Min, TBX-Core) get the structural checks only.  The file is
streamed: entries are checked and dropped one at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from glossary.errors import InputError, LanguageError
from glossary.langtags import canonical
from glossary.termbase.formats.tbx import NS
from glossary.xmlread import XML_LANG, XMLSyntaxError, iterparse
from glossary.xmlread import children as _children
from glossary.xmlread import local_name as _local

PICKLISTS = {
    "administrativeStatus": {"preferredTerm-admn-sts", "admittedTerm-admn-sts",
                             "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "partOfSpeech": {"noun", "verb", "adjective", "adverb", "properNoun", "other"},
    "grammaticalGender": {"masculine", "feminine", "neuter", "other"},
    "termLocation": {"checkBox", "comboBox", "comboBoxElement", "dialogBox", "groupBox",
                     "informativeMessage", "interactiveMessage", "menuItem", "progressBar",
                     "pushButton", "radioButton", "slider", "spinBox", "tab", "tableText",
                     "textBox", "toolTip"},
    "transactionType": {"origination", "modification"},
}
ENTRY, LANG, TERM = "entry", "language", "term"
# TBX-Basic: data category → the levels it may sit at (inside a descripGrp: its parent's).
LEVELS = {
    ("descrip", "subjectField"): {ENTRY},
    ("descrip", "definition"): {ENTRY, LANG},
    ("descrip", "context"): {TERM},
    ("admin", "source"): {TERM, "group"},
    ("admin", "customerSubset"): {TERM},
    ("admin", "projectSubset"): {TERM},
    ("transac", "transactionType"): {ENTRY, LANG, TERM},
    ("transacNote", "responsibility"): {ENTRY, LANG, TERM},
    ("xref", "externalCrossReference"): {ENTRY, TERM},
    ("xref", "xGraphic"): {ENTRY, TERM},
    **{("termNote", kind): {TERM} for kind in (*PICKLISTS, "geographicalUsage")
       if kind != "transactionType"},
}
TYPED = {"descrip", "termNote", "admin", "transac", "transacNote", "xref", "ref"}
KNOWN = {
    "tbx", "martif", "tbxHeader", "martifHeader", "fileDesc", "titleStmt", "title",
    "publicationStmt", "sourceDesc", "encodingDesc", "revisionDesc", "change", "p", "note",
    "text", "body", "back", "conceptEntry", "termEntry", "langSec", "langSet", "termSec", "tig",
    "ntig", "termGrp", "term", "termNote", "termNoteGrp", "descrip", "descripGrp", "admin",
    "adminGrp", "adminNote", "transacGrp", "transac", "transacNote", "date", "ref", "xref",
    "hi", "foreign", "bpt", "ept", "ph", "sc", "ec", "refObjectSec", "refObjectList",
    "refObject", "item", "itemGrp", "itemSet",
}
_HEADER_BLOCKS = {"sourceDesc", "publicationStmt", "encodingDesc", "revisionDesc"}


@dataclass(frozen=True, order=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def validate(path: Path) -> list[Problem]:
    """Every problem found in the TBX file at `path`, in file order; [] when it is sound."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    problems: list[Problem] = []
    basic = "2019"
    seen_ids: dict[str, int] = {}
    try:
        for event, element in iterparse(str(path), str(path)):
            name = _local(element)
            if event == "start":
                if element.getparent() is None:
                    basic = _check_root(element, problems)
                elif name not in KNOWN and etree.QName(element).namespace in (None, NS):
                    # Elements of other namespaces are the DCT style's own (basic:…): allowed.
                    problems.append(Problem(element.sourceline, f"unknown element <{name}>"))
                continue
            if name in ("tbxHeader", "martifHeader"):
                problems += _header(element)
            elif name == "text":
                problems += [Problem(c.sourceline, f"<{_local(c)}> cannot sit in <text> (only "
                                     "<body> and <back>)") for c in _children(element)
                             if _local(c) not in ("body", "back")]
            elif name in ("conceptEntry", "termEntry"):
                problems += _entry(element, basic, seen_ids)
                element.clear(keep_tail=False)
    except XMLSyntaxError as err:
        problems.append(Problem(err.line, f"not well-formed XML: {err.reason}"))
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err})") from None
    return sorted(problems)


def _check_root(root: etree._Element, problems: list[Problem]) -> str:
    """Problems with the root; returns which TBX-Basic rules apply: "2019", "2008" or ""
    (another dialect: structure only)."""
    name, kind = _local(root), root.get("type", "")
    if name == "tbx" and etree.QName(root).namespace != NS:
        problems.append(Problem(root.sourceline, f"<tbx> must be in the namespace {NS}"))
    elif name not in ("tbx", "martif"):
        problems.append(Problem(root.sourceline, f"root <{name}> is not <tbx> or <martif>"))
    if not kind:
        problems.append(Problem(root.sourceline, "the root has no type (e.g. TBX-Basic)"))
    if name == "tbx" and root.get("style") not in ("dca", "dct"):
        problems.append(Problem(root.sourceline, "a TBX 2019 root needs style=\"dca\" or \"dct\""))
    if kind != "TBX-Basic":
        return ""
    return "2008" if name == "martif" else "2019"


def _header(header: etree._Element) -> list[Problem]:
    problems = []
    for block in header.iter():
        if isinstance(block.tag, str) and _local(block) in _HEADER_BLOCKS and (
                block.text or "").strip():
            problems.append(Problem(block.sourceline,
                                    f"text in <{_local(block)}> must be inside <p>"))
    return problems


def _entry(entry: etree._Element, basic: str, seen_ids: dict[str, int]) -> list[Problem]:
    problems: list[Problem] = []
    entry_id = entry.get("id")
    if not entry_id:
        problems.append(Problem(entry.sourceline, f"<{_local(entry)}> has no id"))
    elif entry_id in seen_ids:
        problems.append(Problem(entry.sourceline, f"id {entry_id!r} is already used on line "
                                                  f"{seen_ids[entry_id]}"))
    else:
        seen_ids[entry_id] = entry.sourceline
    languages = [c for c in _children(entry) if _local(c) in ("langSec", "langSet")]
    if not languages:
        problems.append(Problem(entry.sourceline, "entry without a language section"))
    problems += _categories(entry, ENTRY, basic)
    for section in languages:
        problems += _language(section, basic)
    for child in _children(entry):
        if _local(child) == "term":
            problems.append(Problem(child.sourceline, "<term> outside a term section"))
    return problems


def _language(section: etree._Element, basic: str) -> list[Problem]:
    problems: list[Problem] = []
    tag = section.get(XML_LANG)
    if not tag:
        problems.append(Problem(section.sourceline, f"<{_local(section)}> has no xml:lang"))
    else:
        try:
            canonical(tag)
        except LanguageError:
            problems.append(Problem(section.sourceline, f"unknown language code {tag!r}"))
    terms = [c for c in _children(section) if _local(c) in ("termSec", "tig", "ntig")]
    if not terms:
        problems.append(Problem(section.sourceline, "language section without a term section"))
    for child in _children(section):
        if _local(child) == "term":
            problems.append(Problem(child.sourceline, "<term> must be inside a term section"))
    problems += _categories(section, LANG, basic)
    for term in terms:
        problems += _term(term, basic)
    return problems


def _term(section: etree._Element, basic: str) -> list[Problem]:
    problems: list[Problem] = []
    children = _children(section)
    if _local(section) == "ntig":
        groups = [c for c in children if _local(c) == "termGrp"]
        children = (_children(groups[0]) if groups else []) + [
            c for c in children if _local(c) != "termGrp"]
    terms = [c for c in children if _local(c) == "term"]
    if not terms:
        problems.append(Problem(section.sourceline, f"<{_local(section)}> has no <term>"))
    elif children[0] is not terms[0]:
        problems.append(Problem(terms[0].sourceline, "<term> must come first in its section"))
    for extra in terms[1:]:
        problems.append(Problem(extra.sourceline, "only one <term> per term section"))
    if terms and not "".join(terms[0].itertext()).strip():
        problems.append(Problem(terms[0].sourceline, "empty <term>"))
    after_notes = False
    for child in children:
        name = _local(child)
        if name not in ("term", "termNote"):
            after_notes = True
        elif name == "termNote" and after_notes:
            problems.append(Problem(child.sourceline,
                                    "<termNote> must come right after the <term>"))
    return problems + _categories(section, TERM, basic)


def _categories(parent: etree._Element, level: str, basic: str) -> list[Problem]:
    """Types, levels and picklists of the data categories directly in `parent` (a termGrp's
    and a descripGrp's contents count as their parent's)."""
    problems: list[Problem] = []
    for group in _children(parent):
        inside = _children(group)
        foreign = any(etree.QName(c).namespace not in (None, NS) for c in inside)
        if _local(group) == "descripGrp" and not foreign:  # DCT groups hold basic:* elements
            descrips = [c for c in inside if _local(c) == "descrip"]
            if len(descrips) != 1 or inside[0] is not descrips[0]:
                problems.append(Problem(group.sourceline,
                                        "a <descripGrp> holds one <descrip>, first"))
    for child, grouped in _data_categories(parent):
        name, kind = _local(child), child.get("type")
        if name in TYPED and not kind:
            problems.append(Problem(child.sourceline, f"<{name}> needs a type attribute"))
            continue
        if not basic or name not in TYPED or name == "ref":
            continue
        levels = LEVELS.get((name, kind))
        if levels is None:
            problems.append(Problem(child.sourceline,
                                    f"<{name} type=\"{kind}\"> is not a TBX-Basic data category"))
            continue
        if level not in levels and not (grouped and "group" in levels):
            where = {ENTRY: "concept", LANG: "language", TERM: "term"}[level]
            problems.append(Problem(child.sourceline,
                                    f"{kind} is not allowed at the {where} level"))
        if (name == "xref" and basic == "2019"  # a 2019 DCA rule; 2008 samples break it
                and not child.get("target", "").startswith(("http://", "https://"))):
            problems.append(Problem(child.sourceline, f"xref target {child.get('target')!r} "
                                                      "is not an http(s) address"))
        allowed = PICKLISTS.get(kind)
        value = (child.text or "").strip()
        if allowed and value not in allowed:
            problems.append(Problem(child.sourceline,
                                    f"{kind} {value!r} is not one of {', '.join(sorted(allowed))}"))
    return problems


def _data_categories(parent: etree._Element) -> Iterator[tuple[etree._Element, bool]]:
    for child in _children(parent):
        name = _local(child)
        if name == "descripGrp":
            for inner in _children(child):
                yield inner, True
        elif name in ("transacGrp", "termGrp", "adminGrp"):
            for inner in _children(child):
                yield inner, name != "termGrp"
        else:
            yield child, False
