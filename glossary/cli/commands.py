"""The command line: each command parses its options and calls one library function.

Errors from the library (GlossaryError) become one line on stderr and the error's exit code,
here and nowhere else.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from glossary import __version__
from glossary.errors import ExitCode, GlossaryError, InputError

if TYPE_CHECKING:
    from glossary.build import Items
    from glossary.termbase.evidence import Evidenced
    from glossary.termbase.lookup import Hit

T = TypeVar("T")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


PIPE_PROGRESS_SECONDS = 10.0


def _progress(items: Items[T], label: str) -> Iterator[T]:
    """A progress bar on stderr when it is a terminal; in a pipe or a CI log, a line every
    ten seconds while a long job runs (a short one prints nothing).

    click's bar must be entered as a context manager before it is iterated (it raises
    otherwise), so the bar lives inside this generator for exactly as long as the loop."""
    if len(items) < 2:
        yield from items
        return
    if not sys.stderr.isatty():
        import time

        started = last = time.monotonic()
        for done, item in enumerate(items, 1):
            yield item
            now = time.monotonic()
            if now - last >= PIPE_PROGRESS_SECONDS:
                last = now
                click.echo(f"{label}: {done}/{len(items)} ({now - started:.0f} s)", err=True)
        return
    with click.progressbar(items, label=label, file=sys.stderr) as bar:
        yield from bar


class _Contexts(click.ParamType):
    """--contexts: a number of contexts a term (0: none, only the counts) or "all"; checked
    when parsed, passed on as written."""

    name = "N|all"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value).strip().lower()
        if text != "all" and not text.isdigit():
            self.fail(f"{value!r} is not a number of contexts (0 for none) or all", param, ctx)
        return text


_CONTEXTS_HELP = ("The most informative contexts to keep for each term (sentences from "
                  "different documents first, the surest, the shortest): a number, 0 for none, "
                  "or all.  How often and in how many documents each term was seen is written "
                  "whatever the number; `glossary lookup --evidence TERM` lists every "
                  "occurrence.")


class _Group(click.Group):
    """The command group: one-line errors, and commands defined in other modules imported
    only when asked for (LAZY: a lookup does not import the curation commands and what they
    import; help and shell completion list them all)."""

    LAZY = {name: "glossary.cli.curation"
            for name in ("status", "add", "edit", "merge", "split", "serve")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.LAZY})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in self.LAZY:
            import importlib

            importlib.import_module(self.LAZY[name])  # registers its commands on cli
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GlossaryError as err:
            click.echo(f"glossary: error: {err}", err=True)
            ctx.exit(int(err.exit_code))
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort,
                BrokenPipeError):
            raise
        except OSError as err:  # a write to standard output on a full disk, and the like
            where = f"{err.filename}: " if err.filename else ""
            click.echo(f"glossary: error: {where}{err.strerror or err}", err=True)
            ctx.exit(int(ExitCode.BAD_INPUT))
        except Exception as err:  # the last net: still one line, never a traceback
            if os.environ.get("GLOSSARY_DEBUG"):
                raise
            click.echo(f"glossary: error: internal error: {type(err).__name__}: {err} "
                       "(set GLOSSARY_DEBUG=1 for the traceback)", err=True)
            ctx.exit(int(ExitCode.BAD_INPUT))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="glossary")
def cli() -> None:
    """Terminology for Chinese political and governance texts: build a termbase from
    documents, look terms up, export them to CAT tools, check translations."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("terms"),
              show_default=True, help="Folder for glossary.tbx, glossary.csv and the index.")
@click.option("--candidates", is_flag=True,
              help="Also add English-only set phrases (no Chinese found), flagged english-only "
                   "with status needs review.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Processes for reading, extraction and normalization (large corpora); with "
                   "--engine dask, the local cluster's workers.")
@click.option("--parallel", is_flag=True,
              help="The files given translate each other (one language per file: zh, en, fr, "
                   "es): align them sentence by sentence.  Files named NAME.LANG.txt in one "
                   "folder (report.en.txt, report.zh.txt…) are paired without this option.")
@click.option("--explain", type=click.Path(path_type=Path, dir_okay=False), metavar="REPORT",
              help="Also write every candidate pair, kept or rejected, with its score and the "
                   "reasons (tab-separated: open it in a spreadsheet).")
@click.option("--force", is_flag=True,
              help="Replace the termbase even when the documents give no terms at all.")
@click.option("--contexts", type=_Contexts(), default="3", show_default=True,
              help=_CONTEXTS_HELP.replace("to keep", "the TBX, CSV and index keep")
              + "  Every occurrence is kept in evidence.tsv.")
@click.option("--engine", metavar="NAME",
              help="Where the work runs: this process (serial, the default), --jobs processes "
                   "(the default with --jobs), or a Dask cluster (dask: a local one of --jobs "
                   "workers, or --scheduler's; pip install 'glossary[dask]').  The termbase is "
                   "the same whichever runs it.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the cluster's scheduler (tcp://HOST:8786); every worker "
                   "must read the documents at the paths given.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0, metavar="P",
              help="Leave out renderings whose chance of being right is below P (0–1; each "
                   "pair's confidence, see --explain): fewer terms, fewer wrong ones.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary for scripts.")
def build(paths: tuple[Path, ...], out: Path, candidates: bool, jobs: int, parallel: bool,
          explain: Path | None, force: bool, contexts: str, engine: str | None,
          scheduler: str | None, min_confidence: float, as_json: bool) -> None:
    """Build the termbase from documents (.txt, .md, .rst, .html, .docx, .doc, .pdf, .xlsx,
    .csv, .tsv, .json, .yaml, .tmx, .xliff, .po, and program source such as .js, .ts or .py;
    folders are searched).

    With no PATHS, reads seeds/ and writes terms/.  Each Chinese term found glossed in the
    text becomes a concept with its English (and French, Spanish) renderings, Traditional
    forms, pinyin and the file and line it came from.  A passage given in several
    languages (in one file, or in files that translate each other) gives four-language
    entries; those inferred from position are marked needs review.
    """
    from glossary.build import build as run_build

    result = run_build(paths or (Path("seeds"),), out, progress=_progress, candidates=candidates,
                       jobs=jobs, parallel=parallel, explain=explain, force=force,
                       notify=lambda message: click.echo(message, err=True), contexts=contexts,
                       engine=engine, scheduler=scheduler, min_confidence=min_confidence)
    if as_json:
        click.echo(json.dumps({"documents": result.documents, "candidates": result.candidates,
                               "concepts": result.concepts,
                               "outputs": [str(p) for p in result.outputs]}))
    else:
        click.echo(f"{_count(result.concepts, 'concept')} from "
                   f"{_count(result.candidates, 'candidate')} in "
                   f"{_count(result.documents, 'document')} → "
                   + ", ".join(str(p) for p in result.outputs))


@cli.command()
@click.argument("texts", nargs=-1, required=True)
@click.option("--proper", is_flag=True,
              help="Capitalise every pinyin word (the term is a name).  Without it, named bodies "
                   "and meetings (…会议, …委员会) are still found from the Chinese.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per TEXT) for scripts.")
def normalize(texts: tuple[str, ...], proper: bool, as_json: bool) -> None:
    """Show every normalized form of a term: Simplified and Traditional Chinese (Taiwan,
    Hong Kong), pinyin with tone marks, tone numbers and without tones (GB/T 16159), and
    search keys; and what needs review: Traditional characters OpenCC chose without a rule
    to decide (ambiguous) and readings on which CC-CEDICT and pypinyin differ (readings).

    Example: glossary normalize 枫桥经验 楓橋經驗 被发明
    """
    from glossary.cli import display
    from glossary.normalize import normalize as run_normalize

    for text in texts:
        _check_utf8(text, f"{text.encode('utf-8', 'backslashreplace').decode()!r}")
    results = [run_normalize(text, proper=True if proper else None) for text in texts]
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    for result in results:
        width = max(map(len, result))
        for key, value in result.items():
            if value or value == "":  # empty review lists are left out
                click.echo(f"{key:<{width}}  {display.normalized_value(value)}")
        click.echo()


_TERMBASE_HELP = ("Termbase: a folder made by `glossary build`, a .tbx or .jsonl file, or an index "
                  "(.sqlite).  Default: $GLOSSARY_TERMBASE, else terms/.")


@cli.command()
@click.argument("query", nargs=-1)
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.option("--lang", "-l", "langs", multiple=True, metavar="L",
              help="Show only terms in these languages (repeatable): zh, zh-Hant, en, fr, es, "
                   "pinyin…  Matching still uses every language.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of concepts for scripts.")
@click.option("--tsv", "as_tsv", is_flag=True, help="Print one tab-separated row per term.")
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(min=1),
              help="Show at most this many concepts per query.")
@click.option("--evidence", is_flag=True,
              help="List every occurrence of the terms found (file, line, the sentence), not "
                   "only the few contexts the termbase shows.")
def lookup(query: tuple[str, ...], termbase: str | None, langs: tuple[str, ...], as_json: bool,
           as_tsv: bool, limit: int, evidence: bool) -> None:
    """Look a term up by Chinese (Simplified, Traditional or mixed), pinyin (Fēngqiáo,
    feng1qiao2, fengqiao), English, French or Spanish (case and accents do not matter) or an
    acronym.  The words of QUERY are one query: no quotes needed.

    Exact matches come first, then terms that start with the query, then terms containing it
    (治理 finds 社会治理), then near spellings.  With no QUERY, opens a prompt (or reads one
    query per line from a pipe).  Exit status: 0 found, 1 nothing found, 2 bad input.

    Example: glossary lookup 楓橋經驗; glossary lookup --evidence 枫桥经验
    """
    from glossary.cli import display
    from glossary.langtags import selector
    from glossary.termbase import Termbase

    if as_json and as_tsv:
        raise click.UsageError("choose one of --json and --tsv")
    shown = selector(langs) if langs else (lambda tag: True)
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    interactive = not query and sys.stdin.isatty() and not (as_json or as_tsv)
    found: list[tuple[str, list[Hit]]] = []
    seen: list[tuple[str, list[Evidenced]]] = []
    with Termbase.open(termbase, notify=lambda m: click.echo(m, err=True)) as terms:

        def answer(text: str) -> None:
            _check_utf8(text, "the query")
            if evidence:
                every = terms.evidence(text, limit)
                seen.append((text, every))
                hits = [e.hit for e in every]
            else:
                hits = terms.search(text, limit)
            found.append((text, hits))
            if not hits:
                click.echo(display.no_match(text, terms.suggest(text)), err=True)
            elif evidence and not (as_json or as_tsv):
                click.echo(display.evidence_blocks(seen[-1][1], shown, colour, interactive),
                           color=colour)
            elif not (as_json or as_tsv):
                click.echo(display.text_blocks(hits, shown, colour, interactive), color=colour)

        if query:
            answer(" ".join(query))
        elif interactive:
            from glossary.cli import shell

            shell.run(answer)
            return
        else:
            for number, raw in enumerate(sys.stdin.buffer, 1):
                line = _decoded(raw, f"standard input, line {number}")
                if line.strip():
                    answer(line.strip())
    if as_json:
        click.echo(display.evidence_json(seen, shown) if evidence
                   else display.json_list(found, shown))
    elif as_tsv:
        click.echo(display.evidence_tsv(seen, shown) if evidence else display.tsv(found, shown),
                   nl=False)
    if any(not hits for _, hits in found):
        sys.exit(int(ExitCode.FINDINGS))


def _check_utf8(text: str, what: str) -> None:
    """Arguments come in as str with undecodable bytes smuggled in as lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        byte = text[err.start].encode("utf-8", "surrogateescape")[0] if 0xdc80 <= ord(
            text[err.start]) <= 0xdcff else None
        shown = f" (byte 0x{byte:02x})" if byte is not None else ""
        raise InputError(f"{what} is not valid UTF-8{shown}") from None


def _decoded(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{what}: not valid UTF-8 (byte 0x{raw[err.start]:02x})") from None


@cli.command()
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.pass_context
def shell(ctx: click.Context, termbase: str | None) -> None:
    """Open a lookup prompt: type a term, get its entry; :help for help, Ctrl-D or :q to
    leave."""
    ctx.invoke(lookup, termbase=termbase)


class _FormatOption(click.Option):
    """--format, its help listing the registered formats: read when help is shown, so that
    the command line does not import every format to start."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        from glossary.termbase.formats import described

        self.help = (f"{described()}.  Default: from the -o file's ending, else tbx.")
        return super().get_help_record(ctx)


@cli.command()
@click.option("--format", "-f", "format_name", metavar="F", cls=_FormatOption)
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="File to write (whole or not at all).  Default: standard output (not for "
                   "binary formats in a terminal).")
@click.option("--only", "--lang", "-l", "only_langs", multiple=True, metavar="L",
              help="Write only terms in these languages (repeatable): zh-Hans, en, fr… (zh "
                   "takes every Chinese tag, pinyin included).")
@click.option("--tag", "tags", multiple=True, metavar="FROM=TO",
              help="Write language FROM as TO (repeatable), e.g. zh-Hans=zh-CN.  tbx, tbx2 and "
                   "csv already write zh-CN, zh-TW, zh-HK for Simplified, Taiwan and Hong Kong.")
@click.option("--keep-tags", is_flag=True, help="Write the termbase's own language tags.")
@click.option("--status", "statuses", multiple=True, metavar="S,S…",
              help="Write only terms with these statuses: preferred, admitted, deprecated, "
                   "superseded, "
                   "needs-review, unmarked, or all.  Default: all but needs-review (every "
                   "status for jsonl).")
@click.option("--source", "source_lang", default="zh-Hans", show_default=True, metavar="L",
              help="omegat: the source language.")
@click.option("--target", "target_lang", default="en", show_default=True, metavar="L",
              help="omegat: the target language.")
@click.option("--no-neutralize", is_flag=True,
              help="csv: keep cells starting with = + - @ as they are (by default they get a "
                   "leading apostrophe so spreadsheets do not run them as formulas).")
@click.option("--contexts", type=_Contexts(),
              help=_CONTEXTS_HELP + "  Default: 3; 0 for tbx2, matecat and omegat, the "
                   "layouts made for one CAT tool (OmegaT shows every context in its glossary "
                   "pane).  omegat writes no contexts; csv keeps the places (file:line) of "
                   "that many per concept.")
def export(format_name: str | None, termbase: str | None, output: Path | None,
           only_langs: tuple[str, ...], tags: tuple[str, ...], keep_tags: bool,
           statuses: tuple[str, ...], source_lang: str, target_lang: str, no_neutralize: bool,
           contexts: str | None) -> None:
    """Write the termbase for a CAT tool (memoQ, Trados, OmegaT, Phrase…) or a spreadsheet.

    Examples: glossary export -o glossary.tbx;
    glossary export -f tbx2 -l zh-Hans -l en -o omegat.tbx;
    glossary export -f omegat --target fr -o zh-fr.utf8
    """
    from glossary.termbase import Termbase

    done = Termbase.open(termbase).export(format_name, output, tags=tags, keep_tags=keep_tags,
                                          only=only_langs, statuses=statuses,
                                          contexts=contexts, source=source_lang,
                                          target=target_lang, neutralize=not no_neutralize)
    if output is not None:
        click.echo(f"{_count(done.count, done.unit)} → {output}", err=True)


@cli.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--termbase", "-t", type=click.Path(path_type=Path, file_okay=False),
              default=Path("terms"), show_default=True,
              help="Termbase folder to merge into (created if it does not exist).")
@click.option("--prefer", type=click.Choice(["ours", "theirs"]), default="ours", show_default=True,
              help="Where a file's status contradicts a decision taken here: keep ours, or "
                   "take theirs (each such conflict is reported).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary for scripts.")
def import_(files: tuple[Path, ...], termbase: Path, prefer: str, as_json: bool) -> None:
    """Merge termbase files (TBX 2019 or 2008, the canonical CSV, OmegaT .utf8, JSON Lines)
    into a termbase.

    A concept with the same id or the same Simplified Chinese term is merged; anything the
    two disagree on is kept as it was and reported.  The files' statuses are recorded as
    decisions (decisions.tsv), except where they contradict one taken here: then --prefer
    decides, and each conflict is reported.  Imported concepts survive rebuilds.  Every file is read before anything is
    written, so a bad file changes nothing.
    """
    from glossary.termbase import Termbase

    result = Termbase(termbase, notify=lambda m: click.echo(m, err=True)).merge_in(files, prefer)
    if as_json:
        click.echo(json.dumps({"read": result.read, "added": result.added,
                               "merged": result.merged, "conflicts": list(result.conflicts),
                               "decisions": result.decisions,
                               "outputs": [str(p) for p in result.outputs]}, ensure_ascii=False))
    else:
        for conflict in result.conflicts:
            click.echo(f"conflict: {conflict}", err=True)
        click.echo(f"{_count(result.read, 'concept')} read: {result.added} added, "
                   f"{result.merged} merged, {_count(len(result.conflicts), 'conflict')}"
                   + (f", {_count(result.decisions, 'decision')} recorded"
                      if result.decisions else "") + f" → {termbase}")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of problems for scripts.")
def validate(files: tuple[Path, ...], as_json: bool) -> None:
    """Check TBX files (2019 or 2008, ours or not) for structure and picklist errors.

    Prints FILE:LINE: problem for each one found.  Exit status: 0 all valid, 1 problems
    found, 2 a file could not be read.
    """
    from glossary.termbase.validate import validate as check

    found = {path: check(path) for path in files}
    if as_json:
        click.echo(json.dumps([{"file": str(path), "line": p.line, "message": p.message}
                               for path, problems in found.items() for p in problems],
                              ensure_ascii=False, indent=2))
    else:
        for path, problems in found.items():
            for problem in problems:
                click.echo(f"{path}:{problem.line}: {problem.message}")
            click.echo(f"{path}: " + (_count(len(problems), "problem") if problems else "valid"),
                       err=True)
    if any(found.values()):
        sys.exit(int(ExitCode.FINDINGS))


class _RendererChoice(click.Choice):  # type: ignore[type-arg]
    """check --format's choices, the report renderers: read when asked for (parsing, help,
    completion), so that other commands do not import the checker to start."""

    def __init__(self) -> None:
        super().__init__(())

    @property  # type: ignore[override]
    def choices(self) -> tuple[str, ...]:
        from glossary.check.report import RENDERERS

        return tuple(RENDERERS)

    @choices.setter
    def choices(self, value: object) -> None:
        pass


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.option("--source-lang", "-s", metavar="L",
              help="Source language, when the files do not say (PO, CSV without header).")
@click.option("--target-lang", "-T", metavar="L", help="Target language, likewise.")
@click.option("--format", "-f", "report_format", default="text", show_default=True,
              type=_RendererChoice(), help="Report format.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file (default: standard output).")
@click.option("--ignore", "ignore", type=click.Path(path_type=Path, dir_okay=False),
              help="Leave out the findings this file lists (code, term, segment source; "
                   "tab-separated): accepted exceptions stay quiet in CI.")
@click.option("--write-ignore", type=click.Path(path_type=Path, dir_okay=False),
              help="Add this run's findings to this ignore file (made if missing).")
def check(files: tuple[Path, ...], termbase: str | None, source_lang: str | None,
          target_lang: str | None, report_format: str, output: Path | None,
          ignore: Path | None, write_ignore: Path | None) -> None:
    """Check translated files (XLIFF 1.2/2.x, SDLXLIFF, MQXLIFF, TMX, PO, bilingual CSV/TSV,
    bilingual tables in Word or Excel)
    against the termbase: a source term whose approved rendering is missing from the target,
    a deprecated rendering used, one term rendered differently across the job, an approved
    rendering in another spelling (organisations / organizations).  A file with several
    target languages (a zh/fr/en TMX) is checked against --target-lang.

    Exit status: 0 clean, 1 findings, 2 bad input.  Example:
    glossary check job.xlf --format html -o report.html
    """
    from glossary.check import report
    from glossary.check.checks import check_files
    from glossary.fileio import atomic_write
    from glossary.termbase import Termbase

    result = check_files(files, Termbase.open(termbase), source_lang, target_lang, ignore)
    if write_ignore is not None:
        from glossary.check import ignore as ignore_list

        added = ignore_list.write(write_ignore, [(f.code, f.term, f.segment.source)
                                                 for f in result.findings])
        click.echo(f"{_count(added, 'finding')} added to {write_ignore}", err=True)
    rendered = report.render(result, report_format)
    if output is None:
        click.echo(rendered, nl=False)
    else:
        with atomic_write(output) as handle:
            handle.write(rendered.encode("utf-8"))
        click.echo(report.text(result).splitlines()[-1] + f" → {output}", err=True)
    if result.findings:
        sys.exit(int(ExitCode.FINDINGS))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of findings.")
def audit(paths: tuple[Path, ...], as_json: bool) -> None:
    """Check source documents for consistency: a Chinese term glossed differently in
    different places, an acronym written in two letter orders (CPC and CCP).

    With no PATHS, reads seeds/.  Exit status: 0 consistent, 1 findings, 2 bad input.
    """
    from glossary.check.audit import audit as run_audit
    from glossary.check.audit import describe

    findings = run_audit(paths or (Path("seeds"),))
    if as_json:
        click.echo(json.dumps([{"code": f.code, "subject": f.subject,
                                "variants": [{"text": v, "places": list(p)} for v, p in f.variants]}
                               for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            click.echo(describe(finding))
        click.echo(_count(len(findings), "finding"), err=True)
    if findings:
        sys.exit(int(ExitCode.FINDINGS))


def main() -> None:
    try:
        cli(prog_name="glossary")
    except BrokenPipeError:
        # The reader left (`| head`): stop quietly, as Unix tools do.  Standard output goes to
        # devnull so that the interpreter's last flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)  # as click does when it catches the broken pipe itself


if __name__ == "__main__":
    main()
