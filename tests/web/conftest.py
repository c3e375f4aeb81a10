from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# What Chromium needs on this machine (no sandbox as root, no network but loopback).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def needs(condition: bool, what: str) -> None:
    """Skip without `what`, except in CI, which installs it (.ci/run): there it is a failure."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is missing in CI (.ci/run installs it)")
        pytest.skip(f"{what} is not installed")


@pytest.fixture
def termbase(seed_build: Path, tmp_path: Path) -> Path:
    """A copy of the seeds' termbase to change."""
    folder = tmp_path / "terms"
    shutil.copytree(seed_build, folder)
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(termbase: Path, tmp_path: Path):
    """`glossary serve` running on the copy, as a user starts it; yields its base URL."""
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "glossary", "serve", "-t", str(termbase),
                                "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, "GLOSSARY_USER": "reviewer"})
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/api/review", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None:
                    raise AssertionError((tmp_path / "serve.log").read_text()) from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)
        log.close()
