"""`glossary serve`: a local web page for lookup and review, and its JSON API.

    GET  /                              the page (static/: HTML, JS and CSS shipped in the
                                        package, nothing from a CDN: users may be offline)
    GET  /api/lookup?q=…&limit=N        the objects `glossary lookup --json` prints
    GET  /api/concepts/{id}             a concept: every term with status, flags, history and
                                        evidence, and its version (for edits)
    GET  /api/review                    concepts with a term that needs review or is flagged
    GET  /api/export?format=F&status=S  the termbase as `glossary export -f F --status S`
    POST /api/concepts/{id}/status      {lang, text, status, note, who, version}
    POST /api/concepts/{id}/edit        {lang, text, new_text, note, who, version}
    POST /api/concepts/{id}/merge       {into, note, who}
    POST /api/concepts/{id}/split       {lang, text, note, who}
    POST /api/concepts                  {terms: [[lang, text]…], status, note, who}

Every change goes through glossary.termbase.curate, so it is recorded in decisions.tsv like
the same command's.  Protection (see `guard`): bound to 127.0.0.1 unless told otherwise, and
another host needs a token that every change must carry; a change must be a same-origin JSON
request (a page on another site can neither send one nor read the answer), and the Host
header must name this server (no DNS rebinding).  An edit names the version of the concept it
started from: when someone else changed the concept since, the answer is 409 with the concept
as it is now, never a silent overwrite.
"""

from __future__ import annotations

import ipaddress
import secrets
from pathlib import Path

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
STATIC_FILES = ("index.html", "app.js", "app.css")  # static/: shipped as package data


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


def serve(folder: Path, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
          announce: object = print) -> None:
    """Run the page and API on a uvicorn server until interrupted."""
    import uvicorn

    from glossary.errors import InputError
    from glossary.web.app import create_app

    if not is_loopback(host) and not token:
        raise InputError(f"--host {host} is reachable from other machines: give --token too "
                         "(every change must carry it)")
    app = create_app(folder, host=host, token=token)
    # Every decision re-derives the concept's Chinese forms; the segmenter and dictionaries
    # behind them take ~4 s to load, which the first reviewer's click should not wait for.
    from glossary.normalize.pinyin import pinyin

    pinyin("中国")
    shown = f"[{host}]" if ":" in host else host
    query = f"?token={token}" if token else ""
    if callable(announce):
        announce(f"Serving {folder} at http://{shown}:{port}/{query}  (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
