"""A check's findings for the terminal (text), for tools (JSON, CSV) and for people to open
and share (one self-contained HTML file: no script, no external style or font).

Each report format is one function registered under its name with @renderer; `glossary
check --format` offers every registered one."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
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
            f"finding{'' if len(report.findings) == 1 else 's'} ({counts})"
            + (f", {report.ignored} ignored" if report.ignored else ""))


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
    """One row per finding.  Sources and targets come from translators' files, so every text
    cell that a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe,
    as `glossary export -f csv` does."""
    from glossary.termbase.formats.csv import neutralized

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for finding in report.findings:
        row = _row(finding)
        row["expected"] = " | ".join(row["expected"])
        writer.writerow({key: neutralized(value) if isinstance(value, str) else value
                         for key, value in row.items()})
    return buffer.getvalue()


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
h1{font-size:1.4rem} table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
th{background:#f3f3f3} .code{font-weight:bold;white-space:nowrap}
.missing{color:#a40000} .deprecated{color:#8a4b00} .inconsistent{color:#00539c}
.spelling{color:#5b5b5b} .summary span{margin-right:1.5rem} .clean{color:#276b00}
.term,.found,.expected span,.where{white-space:nowrap} mark{background:#ffe58a}
mark.wrong{background:#f6c9c9} dl.about{display:grid;grid-template-columns:max-content auto;
gap:.2rem 1rem} dl.about dt{font-weight:bold} pre{background:#f6f6f6;padding:.6rem;overflow:auto}
"""


def _marked(text: str, needle: str, kind: str = "") -> str:
    """`text` escaped, each occurrence of `needle` (any case) in a <mark>."""
    if not needle:
        return html.escape(text)
    parts = re.split(f"({re.escape(needle)})", text, flags=re.IGNORECASE)
    css = f' class="{kind}"' if kind else ""
    return "".join(f"<mark{css}>{html.escape(p)}</mark>" if i % 2 else html.escape(p)
                   for i, p in enumerate(parts))


def _lang(tag: str) -> str:
    return f' lang="{html.escape(tag)}"' if tag else ""


def _finding_row(f: Finding, report: Report) -> str:
    escape, segment = html.escape, f.segment
    source_lang = segment.source_lang or report.source_lang
    target_lang = segment.target_lang or report.target_lang
    wrong = f.code in ("deprecated", "inconsistent")
    expected = " / ".join(f"<span{_lang(target_lang)}>{escape(e)}</span>" for e in f.expected)
    return (f'<tr class="finding"><td class="code {f.code}">{escape(f.code)}</td>'
            f'<td class="where">{escape(segment.file)}:{segment.line}<br>{escape(segment.id)}</td>'
            f'<td class="term"{_lang(source_lang)}>{escape(f.term)}</td>'
            f'<td class="expected">{expected}</td>'
            f'<td class="found"{_lang(target_lang)}>{escape(f.found)}</td>'
            f'<td class="source"{_lang(source_lang)}>{_marked(segment.source, f.term)}</td>'
            f'<td class="target"{_lang(target_lang)}>'
            f'{_marked(segment.target, f.found, "wrong" if wrong else "")}</td></tr>')


def ignore_lines(report: Report) -> str:
    """The ignore-list lines (check.ignore) that would silence every finding of `report`."""
    from glossary.check.ignore import HEADER, line

    return HEADER + "".join(line(f.code, f.term, f.segment.source) for f in report.findings)


@renderer("html")
def to_html(report: Report, today: str | None = None) -> str:
    escape = html.escape
    summary = "".join(f'<span class="{code}">{escape(code)}: <b id="count-{code}">{n}</b></span>'
                      for code, n in report.summary().items())
    rows = "".join(_finding_row(f, report) for f in report.findings)
    body = (f"<table><thead><tr><th>check</th><th>segment</th><th>term</th><th>expected</th>"
            f"<th>found</th><th>source</th><th>target</th></tr></thead><tbody>{rows}</tbody>"
            "</table>" if report.findings else '<p class="clean">No findings.</p>')
    if report.findings:
        body += ("<details><summary>Ignore list for these findings (save the lines you accept "
                 "as a file, then <code>glossary check --ignore FILE</code>)</summary>"
                 f"<pre>{escape(ignore_lines(report))}</pre></details>")
    about = [("Files", ", ".join(report.files)), ("Termbase", report.termbase),
             ("Languages", f"{report.source_lang} → {report.target_lang}"),
             ("Date", today or datetime.now(UTC).strftime("%Y-%m-%d"))]
    header = '<dl class="about">' + "".join(
        f"<dt>{name}</dt><dd>{escape(value)}</dd>" for name, value in about if value) + "</dl>"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>glossary check: {escape(', '.join(report.files) or 'report')}</title>"
            f"<style>{_STYLE}</style></head><body>"
            f"<h1>Terminology check</h1>{header}<p>{escape(_headline(report))}</p>"
            f'<p class="summary">{summary}</p>{body}</body></html>\n')
