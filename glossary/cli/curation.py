"""Commands that record decisions on a termbase (status, add, edit, merge, split) and serve
it as a web page: each parses its options and calls one function of glossary.termbase.curate
(or glossary.web).  Registered on the command group by glossary.cli."""

from __future__ import annotations

import click

from glossary.cli.commands import _TERMBASE_HELP, cli

_STATUS_NAMES = ("preferred", "admitted", "deprecated", "rejected", "needs-review")
_BY_HELP = "Who decides (default: $GLOSSARY_USER, else your login name)."
_NOTE_HELP = "Why: kept with the decision."
_LANG_HELP = "The term's language, when TERM is written the same in several (en, zh-Hans…)."


@cli.command()
@click.argument("term")
@click.argument("status", required=False, type=click.Choice(_STATUS_NAMES))
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.option("--lang", "-l", metavar="L", help=_LANG_HELP)
@click.option("--note", default="", help=_NOTE_HELP)
@click.option("--by", "who", metavar="NAME", help=_BY_HELP)
def status(term: str, status: str | None, termbase: str | None, lang: str | None, note: str,
           who: str | None) -> None:
    """Show a term's status and its history, or record a decision on it: preferred,
    admitted, deprecated, needs-review, or rejected (not a term: it leaves the termbase, and
    no rebuild brings it back).

    TERM is matched exactly, in any script or language (a Traditional form or pinyin stands
    for its Simplified term).  When it matches several terms, they are listed and the exit
    status is 2.  Decisions are kept in decisions.tsv beside the TBX.  Example:
    glossary status "Fengqiao Model" deprecated --note "use Fengqiao experience"
    """
    from glossary.termbase import curate

    folder = curate.folder_of(termbase)
    found = (curate.find(folder, term, lang) if status is None else
             curate.set_status(folder, term, status, lang=lang, who=who, note=note))
    click.echo(_describe(found))


def _describe(found: object) -> str:
    from glossary.termbase.curate import Found
    from glossary.termbase.decisions import status_name

    assert isinstance(found, Found)
    term = found.term
    shown = "rejected" if found.rejected else status_name(term.status)
    lines = [f"{term.text}  {term.lang}  {found.concept.id}  {shown}"
             + (f"  [{', '.join(term.flags)}]" if term.flags else "")]
    for item in term.history:
        lines.append(f"  {item.when}  {item.who}  {item.what}" + (f" — {item.note}" if item.note else ""))
    return "\n".join(lines)


def _concept_line(concept: object) -> str:
    from glossary.model import Concept

    assert isinstance(concept, Concept)
    return f"{concept.id}: " + " | ".join(f"{t.lang} {t.text}" for t in concept.terms)


@cli.command()
@click.argument("chinese", required=False)
@click.option("--en", "english", multiple=True, metavar="TEXT", help="English rendering (repeatable).")
@click.option("--fr", "french", multiple=True, metavar="TEXT", help="French rendering (repeatable).")
@click.option("--es", "spanish", multiple=True, metavar="TEXT", help="Spanish rendering (repeatable).")
@click.option("--term", "others", multiple=True, metavar="LANG=TEXT",
              help="A term in another language, e.g. de=Fengqiao-Modell (repeatable).")
@click.option("--status", "status_", type=click.Choice(_STATUS_NAMES[:3] + _STATUS_NAMES[4:]),
              help="Status of every term added (default: admitted).")
@click.option("--concept", "concept_id", metavar="ID",
              help="Add the terms to this existing concept instead of making a new one.")
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.option("--note", default="", help=_NOTE_HELP)
@click.option("--by", "who", metavar="NAME", help=_BY_HELP)
def add(chinese: str | None, english: tuple[str, ...], french: tuple[str, ...],
        spanish: tuple[str, ...], others: tuple[str, ...], status_: str | None,
        concept_id: str | None, termbase: str | None, note: str, who: str | None) -> None:
    """Add a concept by hand: its Chinese (Simplified or Traditional; the other forms and
    pinyin are added) and its renderings.  It is kept across rebuilds, like every decision.

    Example: glossary add 共同富裕 --en "common prosperity" --fr "prospérité commune"
    """
    from glossary.termbase import curate

    terms = [("zh-Hans", chinese)] if chinese else []
    terms += [("en", t) for t in english] + [("fr", t) for t in french] + [("es", t) for t in spanish]
    for pair in others:
        lang, sep, text = pair.partition("=")
        if not sep or not text.strip():
            raise click.UsageError(f"--term wants LANG=TEXT (got {pair!r})")
        terms.append((lang.strip(), text))
    concept = curate.add(curate.folder_of(termbase), terms, status=status_, concept_id=concept_id,
                         who=who, note=note)
    click.echo(_concept_line(concept))


@cli.command()
@click.argument("term")
@click.argument("new_text")
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.option("--lang", "-l", metavar="L", help=_LANG_HELP)
@click.option("--note", default="", help=_NOTE_HELP)
@click.option("--by", "who", metavar="NAME", help=_BY_HELP)
def edit(term: str, new_text: str, termbase: str | None, lang: str | None, note: str,
         who: str | None) -> None:
    """Correct a rendering: TERM becomes NEW_TEXT and keeps its status, sources and history
    (a Chinese term's Traditional forms and pinyin are made again).

    Example: glossary edit 中央经济工作 中央经济工作会议
    """
    from glossary.termbase import curate

    found = curate.edit(curate.folder_of(termbase), term, new_text, lang=lang, who=who, note=note)
    click.echo(_describe(found))


@cli.command()
@click.argument("source")
@click.argument("target")
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.option("--note", default="", help=_NOTE_HELP)
@click.option("--by", "who", metavar="NAME", help=_BY_HELP)
def merge(source: str, target: str, termbase: str | None, note: str, who: str | None) -> None:
    """Merge concept SOURCE into concept TARGET (concept ids, as `lookup --json` shows them):
    SOURCE's terms join TARGET and SOURCE goes.
    """
    from glossary.termbase import curate

    concept = curate.merge(curate.folder_of(termbase), source, target, who=who, note=note)
    click.echo(_concept_line(concept))


@cli.command()
@click.argument("term")
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.option("--lang", "-l", metavar="L", help=_LANG_HELP)
@click.option("--note", default="", help=_NOTE_HELP)
@click.option("--by", "who", metavar="NAME", help=_BY_HELP)
def split(term: str, termbase: str | None, lang: str | None, note: str, who: str | None) -> None:
    """Split a term (with its Traditional forms and pinyin) out of its concept into a concept
    of its own: two meanings that a build joined.
    """
    from glossary.termbase import curate

    concept = curate.split(curate.folder_of(termbase), term, lang=lang, who=who, note=note)
    click.echo(_concept_line(concept))


@cli.command()
@click.option("--termbase", "-t", metavar="TB", help=_TERMBASE_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on.  Any other than this machine's own needs --token.")
@click.option("--port", "-p", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--token", metavar="SECRET",
              help="A secret every change must carry (open the page with ?token=SECRET); "
                   "required with another --host.  --token new makes one up.")
def serve(termbase: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the termbase as a local web page: search as you type (any script, pinyin,
    accents, typos), every entry with its languages, status, history and sources, and a
    review queue to approve, deprecate, reject or edit terms.  Also a JSON API
    (/api/lookup?q=…, /api/concepts/ID, POST /api/concepts/ID/status).

    Decisions made on the page are recorded as `glossary status` records them.
    """
    from glossary.termbase import curate
    from glossary.web import new_token
    from glossary.web import serve as run

    folder = curate.folder_of(termbase)
    run(folder, host, port, new_token() if token == "new" else token,
        announce=lambda message: click.echo(message, err=True))
