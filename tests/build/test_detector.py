"""lingua in a helper process: the answers lingua gives in this one, and no helper outlives
the process that started it."""

import os
import signal
import subprocess
import sys
import time

import pytest

from glossary.build import detector
from tests.conftest import ROOT

SPANS = ["el sueño chino", "le rêve chinois", "the Chinese dream", "Parti communiste chinois",
         "Fengqiao Model", "la Franja y la Ruta", "ça", ""]


def test_the_helper_answers_as_lingua_does_here():
    from lingua import Language, LanguageDetectorBuilder

    here = (LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH,
                                                   Language.SPANISH)
            .with_preloaded_language_models().build())
    codes = {"ENGLISH": "en", "FRENCH": "fr", "SPANISH": "es"}
    for span in SPANS:
        expected = [(codes[v.language.name], v.value)
                    for v in here.compute_language_confidence_values(span)]
        # lingua sums in an order that varies from process to process (the last bit of a
        # float: 0.9439428783143676 or …675 in two runs of one program; and equal values,
        # as for "", come in any order), so: to 1e-12.
        assert dict(detector.confidences(span)) == pytest.approx(dict(expected), abs=1e-12), span


def test_a_forked_process_asks_a_helper_of_its_own():
    parent = detector._helper()
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child reports through the pipe)
        ok = detector._helper() is not parent and detector.confidences("le rêve chinois")[0][0] == "fr"
        os.write(writer, b"1" if ok else b"0")
        os._exit(0)
    os.close(writer)
    assert os.read(reader, 1) == b"1"
    os.waitpid(child, 0)


@pytest.mark.parametrize("end", ["exit", "kill"])
def test_the_helper_ends_with_its_process(end):
    code = ("import os, sys, time; from glossary.build import detector; "
            "detector.confidences('le rêve chinois'); "
            "print(detector._helper()._process.pid, flush=True); "
            + ("time.sleep(60)" if end == "kill" else "sys.exit(0)"))
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout
    helper = int(process.stdout.readline())
    if end == "kill":
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    deadline = time.monotonic() + 30
    while _running(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(helper)


def _running(pid: int) -> bool:
    """Alive and not a zombie (a killed parent's helper is reaped by init, later)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[-1][0] != "Z"
    except FileNotFoundError:
        return False
