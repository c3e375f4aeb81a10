"""The command line: click commands (commands, and curation: decisions and the web page),
terminal display, the interactive shell."""

from glossary.cli import curation  # noqa: F401  (registers its commands on cli)
from glossary.cli.commands import cli, main

__all__ = ["cli", "main"]
