"""lingua in a process of its own: the language of a span, asked over a pipe.

lingua's models for English, French and Spanish take ~100 MB that its library keeps in
statics until the process ends: loaded in the build's process, they stayed there through
normalizing and writing, which need them no more.  In a helper of their own they are only
where they are used, and the helper ends when the build does (its standard input closes:
even a ``kill -9`` of the build ends it).  Each process that asks starts its own helper
(a `--jobs` worker, a Dask worker), lazily: documents in plain English never start one.

The answers are lingua's own numbers (JSON carries a float exactly), in lingua's order: a
JSON text a line goes in, a JSON list of (code, confidence) a line comes out.
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
from multiprocessing.util import Finalize


def confidences(text: str) -> list[tuple[str, float]]:
    """(language code, lingua's confidence) for each of en, fr, es, in lingua's order."""
    return _helper().ask(text)


class _Helper:
    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", _SERVE], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._lock = threading.Lock()  # a Dask worker runs tasks in threads
        # Waited for when this process ends, so that its resources are counted with this
        # process's children (getrusage: a build's peak is its largest process, helpers
        # included).  multiprocessing's workers end without atexit: its own finalizers.
        atexit.register(self.close)
        Finalize(self, self.close, exitpriority=0)

    def close(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin
            self._process.stdin.close()  # the helper's end of input: it ends
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def ask(self, text: str) -> list[tuple[str, float]]:
        request = (json.dumps(text) + "\n").encode("utf-8")
        with self._lock:
            assert self._process.stdin and self._process.stdout
            try:
                self._process.stdin.write(request)
                self._process.stdin.flush()
                answer = self._process.stdout.readline()
            except BrokenPipeError:
                answer = b""
        if not answer:
            raise RuntimeError(f"the language detector ended (exit status {self._process.poll()})")
        return [(code, value) for code, value in json.loads(answer)]


_helpers: dict[int, _Helper] = {}
_starting = threading.Lock()


def _helper() -> _Helper:
    """This process's helper (a forked worker does not share its parent's pipe)."""
    pid = os.getpid()
    found = _helpers.get(pid)
    if found is None:
        with _starting:
            found = _helpers.get(pid) or _helpers.setdefault(pid, _Helper())
    return found


# The helper's program: lingua and the standard library only (not glossary: the helper
# stays small and starts fast).
_SERVE = """
import json, sys
from lingua import Language, LanguageDetectorBuilder
codes = {"ENGLISH": "en", "FRENCH": "fr", "SPANISH": "es"}
detector = (LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH,
                                                   Language.SPANISH)
            .with_preloaded_language_models().build())
for line in sys.stdin.buffer:
    values = detector.compute_language_confidence_values(json.loads(line))
    sys.stdout.buffer.write((json.dumps([(codes[v.language.name], v.value) for v in values])
                             + "\\n").encode("utf-8"))
    sys.stdout.buffer.flush()
"""
