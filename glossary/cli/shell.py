"""The interactive prompt: one query per line, with line editing and a history that survives
between sessions (readline, where the platform has it), for translators who keep a terminal
open beside their CAT tool."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

HISTORY_LENGTH = 1000
QUIT = frozenset({":q", ":quit", "quit", "exit"})
HELP = frozenset({":help", ":h", ":?"})
HELP_TEXT = """Type a term to look it up: Chinese (Simplified or Traditional), pinyin with or without
tones, English, French, Spanish or an acronym.  Up and down arrows recall earlier queries.
  :help   this text
  :q      leave (or Ctrl-D)"""


def history_path() -> Path:
    state = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(state) / "glossary" / "history"


def run(answer: Callable[[str], None], prompt: str = "glossary> ") -> None:
    """Call `answer` for each line typed until end of input (Ctrl-D) or :q; :help says how."""
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain input() still works
        readline = None  # type: ignore[assignment]
    history = history_path()
    if readline is not None:
        try:
            readline.read_history_file(history)
        except OSError:
            pass
        readline.set_history_length(HISTORY_LENGTH)
    try:
        while True:
            try:
                line = input(prompt).strip()
            except EOFError:
                print()
                break
            except KeyboardInterrupt:  # Ctrl-C clears the line, as in a shell
                print()
                continue
            except UnicodeDecodeError:  # a terminal not set to UTF-8: say so, keep the prompt
                print("glossary: that line is not valid UTF-8; type it again", file=sys.stderr)
                continue
            if line in QUIT:
                break
            if line in HELP:
                print(HELP_TEXT)
                continue
            if line:
                answer(line)
    finally:
        if readline is not None:
            try:
                history.parent.mkdir(parents=True, exist_ok=True)
                readline.write_history_file(history)
            except OSError:
                pass
