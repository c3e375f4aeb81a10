"""A check's findings for the terminal (text), for tools (JSON, CSV) and for people to open
and share (one self-contained HTML file: no script, no external style or font).

Each report format is one function registered under its name with @renderer; `glossary
check --format` offers every registered one."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable
from typing import Any

from glossary.check.checks import CODES, Finding, Report
from glossary.errors import InputError

Renderer = Callable[[Report], str]
RENDERERS: dict[str, Renderer] = {}
CSV_FIELDS = ("code", "file", "segment", "line", "term", "expected", "found", "source",
              "target", "concept")


def renderer(name: str) -> Callable[[Renderer], Renderer]:
    """Register a report format under `name`."""

    def register(function: Renderer) -> Renderer:
        RENDERERS[name] = function
        return function

    return register


def render(report: Report, kind: str) -> str:
    try:
        chosen = RENDERERS[kind]
    except KeyError:
        raise InputError(f"unknown report format {kind!r} (known: {', '.join(RENDERERS)})") from None
    return chosen(report)


def _row(finding: Finding) -> dict[str, Any]:
    segment = finding.segment
    return {"code": finding.code, "file": segment.file, "segment": segment.id,
            "line": segment.line, "term": finding.term, "expected": list(finding.expected),
            "found": finding.found, "source": segment.source, "target": segment.target,
            "concept": finding.concept_id}


def _headline(report: Report) -> str:
    counts = ", ".join(f"{n} {code}" for code, n in report.summary().items())
    return (f"{report.segments} segment{'' if report.segments == 1 else 's'} "
            f"({report.source_lang} → {report.target_lang}), "
            f"{report.checked} with termbase terms: {len(report.findings)} "
            f"finding{'' if len(report.findings) == 1 else 's'} ({counts})")


@renderer("text")
def text(report: Report) -> str:
    lines = []
    for finding in report.findings:
        segment = finding.segment
        what = CODES[finding.code].describe(finding)
        lines.append(f"{segment.file}:{segment.line}: [{finding.code}] segment {segment.id}: "
                     f"{finding.term} — {what}")
        lines.append(f"    source: {segment.source}")
        lines.append(f"    target: {segment.target}")
    lines.append(_headline(report))
    return "\n".join(lines) + "\n"


@renderer("json")
def to_json(report: Report) -> str:
    return json.dumps({"source_lang": report.source_lang, "target_lang": report.target_lang,
                       "segments": report.segments, "checked": report.checked,
                       "summary": report.summary(),
                       "findings": [_row(f) for f in report.findings]},
                      ensure_ascii=False, indent=2) + "\n"


@renderer("csv")
def to_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for finding in report.findings:
        row = _row(finding)
        row["expected"] = " | ".join(row["expected"])
        writer.writerow(row)
    return buffer.getvalue()


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
h1{font-size:1.4rem} table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
th{background:#f3f3f3} .code{font-weight:bold;white-space:nowrap}
.missing{color:#a40000} .deprecated{color:#8a4b00} .inconsistent{color:#00539c}
.summary span{margin-right:1.5rem} .clean{color:#276b00}
"""


@renderer("html")
def to_html(report: Report) -> str:
    escape = html.escape
    summary = "".join(f'<span class="{code}">{escape(code)}: <b id="count-{code}">{n}</b></span>'
                      for code, n in report.summary().items())
    rows = "".join(
        f'<tr class="finding"><td class="code {f.code}">{escape(f.code)}</td>'
        f"<td>{escape(f.segment.file)}:{f.segment.line}<br>{escape(f.segment.id)}</td>"
        f"<td>{escape(f.term)}</td><td>{escape(' / '.join(f.expected))}</td>"
        f"<td>{escape(f.found)}</td><td>{escape(f.segment.source)}</td>"
        f"<td>{escape(f.segment.target)}</td></tr>" for f in report.findings)
    body = (f"<table><thead><tr><th>check</th><th>segment</th><th>term</th><th>expected</th>"
            f"<th>found</th><th>source</th><th>target</th></tr></thead><tbody>{rows}</tbody>"
            "</table>" if report.findings else '<p class="clean">No findings.</p>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>glossary check</title><style>{_STYLE}</style></head><body>"
            f"<h1>Terminology check</h1><p>{escape(_headline(report))}</p>"
            f'<p class="summary">{summary}</p>{body}</body></html>\n')
