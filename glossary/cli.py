"""The command line: each command parses its options and calls one library function.

Errors from the library (GlossaryError) become one line on stderr and the error's exit code,
here and nowhere else.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

import click

from glossary import __version__
from glossary.errors import ExitCode, GlossaryError

T = TypeVar("T")


def _progress(items: Sequence[T], label: str) -> Iterable[T]:
    """A progress bar on stderr when it is a terminal; silence in pipes and CI."""
    if not sys.stderr.isatty() or len(items) < 2:
        return items
    return click.progressbar(items, label=label, file=sys.stderr)  # type: ignore[return-value]


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GlossaryError as err:
            click.echo(f"glossary: error: {err}", err=True)
            ctx.exit(int(err.exit_code))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="glossary")
def cli() -> None:
    """Terminology for Chinese political and governance texts: build a termbase from
    documents, look terms up, export them to CAT tools, check translations."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("terms"),
              show_default=True, help="Folder for glossary.tbx, glossary.csv and the index.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary for scripts.")
def build(paths: tuple[Path, ...], out: Path, as_json: bool) -> None:
    """Build the termbase from documents (.txt, .md, .html; folders are searched).

    With no PATHS, reads seeds/ and writes terms/.  Each Chinese term found glossed in the
    text becomes a concept with its English (and French, Spanish) renderings, Traditional
    forms, pinyin and the file and line it came from.
    """
    from glossary.build import build as run_build

    result = run_build(paths or (Path("seeds"),), out, progress=_progress)
    if as_json:
        click.echo(json.dumps({"documents": result.documents, "candidates": result.candidates,
                               "concepts": result.concepts,
                               "outputs": [str(p) for p in result.outputs]}))
    else:
        click.echo(f"{result.concepts} concepts from {result.candidates} candidates in "
                   f"{result.documents} documents → " + ", ".join(str(p) for p in result.outputs))


@cli.command()
@click.argument("texts", nargs=-1, required=True)
@click.option("--proper", is_flag=True,
              help="The term names a body, meeting, place or person: capitalise every pinyin word.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per TEXT) for scripts.")
def normalize(texts: tuple[str, ...], proper: bool, as_json: bool) -> None:
    """Show every normalized form of a term: Simplified and Traditional Chinese (Taiwan,
    Hong Kong), pinyin with tone marks, tone numbers and without tones, and search keys.

    Example: glossary normalize 枫桥经验 楓橋經驗
    """
    from glossary.normalize import normalize as run_normalize

    results = [run_normalize(text, proper=proper) for text in texts]
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    for result in results:
        width = max(map(len, result))
        for key, value in result.items():
            shown = ", ".join(value) if isinstance(value, list) else value
            click.echo(f"{key:<{width}}  {shown}")
        click.echo()


def main() -> None:
    cli(prog_name="glossary")


if __name__ == "__main__":
    main()
