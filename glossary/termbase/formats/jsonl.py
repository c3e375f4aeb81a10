"""Concepts as plain JSON objects: the store's row format and `--json` output.

One concept per line (JSON Lines) so files stream.  The mapping is total and lossless:
from_dict(to_dict(c)) == c.  A term with evidence also has
"occurrences" and "documents": how often, and in how many documents, it was seen (its
evidence may be a sample: an export keeps a few contexts).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from glossary.errors import FormatError
from glossary.model import Concept, Evidence, Status, Term, TermType, Transaction

NAME = "jsonl"
SUFFIXES = (".jsonl",)
HELP = "JSON Lines, one concept a line"
CAT = False  # read by scripts, not CAT tools: terms that need review are exported too


def term_to_dict(term: Term) -> dict[str, Any]:
    data: dict[str, Any] = {
        "lang": term.lang,
        "text": term.text,
        "type": term.type.value,
        "status": term.status.value if term.status else None,
        "flags": list(term.flags),
        "notes": list(term.notes),
        "evidence": [
            {"file": e.file, "line": e.line, "context": e.context,
             "extractor": e.extractor, "confidence": e.confidence}
            for e in term.evidence
        ],
    }
    if term.history:  # only when there is one: files without decisions stay as they were
        data["history"] = [{"when": h.when, "who": h.who, "what": h.what, "note": h.note}
                           for h in term.history]
    if term.evidence or term.occurrences:  # how often it was seen, however much is shown
        data["occurrences"], data["documents"] = term.counts()
    return data


def to_dict(concept: Concept) -> dict[str, Any]:
    return {
        "id": concept.id,
        "subject_field": concept.subject_field,
        "definition": concept.definition,
        "notes": list(concept.notes),
        "terms": [term_to_dict(t) for t in concept.terms],
    }


def from_dict(data: dict[str, Any]) -> Concept:
    return Concept(
        id=data["id"],
        subject_field=data.get("subject_field"),
        definition=data.get("definition"),
        notes=tuple(data.get("notes", ())),
        terms=[
            Term(
                text=t["text"],
                lang=t["lang"],
                type=TermType(t.get("type", TermType.FULL_FORM.value)),
                status=Status(t["status"]) if t.get("status") else None,
                flags=tuple(t.get("flags", ())),
                notes=tuple(t.get("notes", ())),
                evidence=tuple(Evidence(**e) for e in t.get("evidence", ())),
                history=tuple(Transaction(**h) for h in t.get("history", ())),
            ).counted(int(t.get("occurrences") or 0), int(t.get("documents") or 0))
            for t in data["terms"]
        ],
    )


def dumps(concept: Concept) -> str:
    return json.dumps(to_dict(concept), ensure_ascii=False, sort_keys=True)


def write(concepts: Iterable[Concept], out: IO[bytes]) -> int:
    count = 0
    for concept in concepts:
        count += 1
        out.write(dumps(concept).encode("utf-8") + b"\n")
    return count


def read(source: IO[bytes], name: str = "JSON Lines") -> Iterator[Concept]:
    for number, line in enumerate(source, 1):
        if line.strip():
            try:
                yield loads(line)
            except (ValueError, KeyError, TypeError) as err:
                raise FormatError(f"{name}: line {number}: not a concept ({err})") from None


def loads(line: str | bytes) -> Concept:
    return from_dict(json.loads(line))
