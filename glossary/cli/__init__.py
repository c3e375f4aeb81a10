"""The command line: click commands (commands, and curation: decisions and the web page,
imported when one of its commands is asked for), terminal display, the interactive shell."""

from glossary.cli.commands import cli, main

__all__ = ["cli", "main"]
