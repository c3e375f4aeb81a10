"""One exception family, turned into a one-line message in exactly one place (cli.main)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1  # `check` found problems, `lookup` found nothing
    BAD_INPUT = 2  # bad input or usage


class GlossaryError(Exception):
    """Base for every error a user can cause; the message is shown as is."""

    exit_code = ExitCode.BAD_INPUT


class InputError(GlossaryError):
    """A path, file or argument the user gave cannot be used."""


class FormatError(GlossaryError):
    """A file is not valid in the format it claims to be."""


class LanguageError(InputError):
    """A language tag that is not valid BCP 47 or not known to CLDR."""
