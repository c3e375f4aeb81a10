"""The command line: click commands (commands), terminal display, the interactive shell."""

from glossary.cli.commands import cli, main

__all__ = ["cli", "main"]
