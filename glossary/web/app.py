"""The ASGI application behind `glossary serve` (starlette): routes, protection, JSON."""

from __future__ import annotations

import hmac
import tempfile
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from glossary.errors import GlossaryError
from glossary.model import Concept
from glossary.termbase import curate
from glossary.termbase.decisions import source_of, status_name
from glossary.web import LOOPBACK_NAMES, is_loopback

TOKEN_HEADER = "X-Glossary-Token"
STATIC = resources.files("glossary.web") / "static"
Handler = Callable[[Request], Response]


def concept_json(concept: Concept) -> dict[str, Any]:
    """A concept as formats.jsonl writes it, each term with its status as a person names it
    (needs-review), what it was derived from and its history; and the concept's version."""
    from glossary.termbase.formats.jsonl import to_dict

    data = to_dict(concept)
    for term, shown in zip(concept.terms, data["terms"]):
        shown["status_name"] = status_name(term.status)
        shown["derived_from"] = source_of(term)
        shown.setdefault("history", [])
    data["version"] = curate.version(concept)
    return data


def create_app(folder: Path, host: str = "127.0.0.1", token: str | None = None) -> Starlette:
    folder = Path(folder)
    lock = threading.Lock()  # one change at a time: read, check the version, write
    hosts = [*LOOPBACK_NAMES, "[::1]"] if is_loopback(host) else ["*"] if host in ("0.0.0.0", "::") \
        else [host, *LOOPBACK_NAMES]
    if is_loopback(host):
        hosts.append("testserver")  # starlette's test client

    def guard(request: Request) -> None:
        """A change must come from this page: same origin, JSON, and the token if there is
        one.  Browsers send Origin (and Sec-Fetch-Site) with every cross-site POST, and a JSON
        body from another site needs a CORS preflight this server never grants."""
        site = request.headers.get("sec-fetch-site")
        if site not in (None, "same-origin", "none"):
            raise Forbidden("cross-site requests cannot change the termbase")
        origin = request.headers.get("origin")
        if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host')}":
            raise Forbidden("cross-site requests cannot change the termbase")
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise Forbidden("changes are sent as application/json")
        if token and not hmac.compare_digest(request.headers.get(TOKEN_HEADER, ""), token):
            raise Forbidden(f"this server needs its token ({TOKEN_HEADER} header)")

    def concept_or_404(concept_id: str) -> Concept:
        found = next((c for c in curate.concepts(folder) if c.id == concept_id), None)
        if found is None:
            raise NotFound(f"no concept {concept_id}")
        return found

    def lookup(request: Request) -> Response:
        from glossary.cli.display import to_json
        from glossary.termbase import Termbase

        query = request.query_params.get("q", "").strip()
        limit = _int(request.query_params.get("limit", "20"))
        if not query:
            return JSONResponse([])
        with Termbase(folder) as terms:
            return _json([to_json(hit, query=query) for hit in terms.search(query, limit)])

    def concept(request: Request) -> Response:
        return _json(concept_json(concept_or_404(request.path_params["id"])))

    def review(request: Request) -> Response:
        return _json([concept_json(c) for c in curate.review_queue(curate.concepts(folder))])

    def export(request: Request) -> Response:
        from glossary.termbase import Termbase
        from glossary.termbase.export import format_for

        name = format_for(request.query_params.get("format") or None, None)
        statuses = [s for s in request.query_params.get("status", "").split(",") if s]
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch) / "export"
            Termbase(folder).export(name, out, statuses=statuses)
            data = out.read_bytes()
        return Response(data, media_type="application/octet-stream" if name == "matecat"
                        else "text/plain; charset=utf-8")

    async def change(request: Request, apply: Callable[[dict[str, Any]], Concept]) -> Response:
        guard(request)
        try:
            body = await request.json()
        except ValueError:
            raise GlossaryError("the body is not JSON") from None
        if not isinstance(body, dict):
            raise GlossaryError("the body is not a JSON object")

        def locked() -> Concept:
            with lock:
                return apply(body)

        return _json(concept_json(await run_in_threadpool(locked)))

    def _who(body: dict[str, Any]) -> str | None:
        return str(body.get("who") or "").strip() or None

    async def set_status(request: Request) -> Response:
        concept_id = request.path_params["id"]

        def apply(body: dict[str, Any]) -> Concept:
            concept_or_404(concept_id)
            found = curate.set_status(folder, _text(body, "text"), _text(body, "status"),
                                      lang=body.get("lang"), who=_who(body),
                                      note=str(body.get("note") or ""),
                                      expected=body.get("version"), concept_id=concept_id)
            return _current(found.concept.id)

        return await change(request, apply)

    async def edit(request: Request) -> Response:
        concept_id = request.path_params["id"]

        def apply(body: dict[str, Any]) -> Concept:
            concept_or_404(concept_id)
            found = curate.edit(folder, _text(body, "text"), _text(body, "new_text"),
                                  lang=body.get("lang"), who=_who(body),
                                  note=str(body.get("note") or ""), expected=body.get("version"),
                                  concept_id=concept_id)
            return found.concept

        return await change(request, apply)

    async def merge(request: Request) -> Response:
        concept_id = request.path_params["id"]

        def apply(body: dict[str, Any]) -> Concept:
            concept_or_404(concept_id)
            return curate.merge(folder, concept_id, _text(body, "into"), who=_who(body),
                                note=str(body.get("note") or ""))

        return await change(request, apply)

    async def split(request: Request) -> Response:
        concept_id = request.path_params["id"]

        def apply(body: dict[str, Any]) -> Concept:
            concept_or_404(concept_id)
            return curate.split(folder, _text(body, "text"), lang=body.get("lang"),
                                who=_who(body), note=str(body.get("note") or ""),
                                concept_id=concept_id)

        return await change(request, apply)

    async def add(request: Request) -> Response:
        def apply(body: dict[str, Any]) -> Concept:
            pairs = body.get("terms")
            if not isinstance(pairs, list) or not all(
                    isinstance(p, list) and len(p) == 2 for p in pairs):
                raise GlossaryError("terms: a list of [lang, text] pairs")
            return curate.add(folder, [(str(lang), str(text)) for lang, text in pairs],
                              status=body.get("status") or None, who=_who(body),
                              note=str(body.get("note") or ""))

        return await change(request, apply)

    def _current(concept_id: str) -> Concept:
        """The concept as it is now; with no terms when a rejection took the entry away."""
        return next((c for c in curate.concepts(folder) if c.id == concept_id), Concept(concept_id))

    async def page(request: Request) -> Response:
        html = (STATIC / "index.html").read_text(encoding="utf-8")
        return Response(html, media_type="text/html; charset=utf-8", headers=_PAGE_HEADERS)

    routes = [
        Route("/", page),
        Route("/api/lookup", lookup),
        Route("/api/review", review),
        Route("/api/export", export),
        Route("/api/concepts", add, methods=["POST"]),
        Route("/api/concepts/{id}", concept),
        Route("/api/concepts/{id}/status", set_status, methods=["POST"]),
        Route("/api/concepts/{id}/edit", edit, methods=["POST"]),
        Route("/api/concepts/{id}/merge", merge, methods=["POST"]),
        Route("/api/concepts/{id}/split", split, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
    ]
    return Starlette(routes=routes, exception_handlers={GlossaryError: _error},
                     middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])


# The page loads only its own files; nothing may frame it (clickjacking on the buttons).
_PAGE_HEADERS = {"Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
                 "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"}


class Forbidden(GlossaryError):
    pass


class NotFound(GlossaryError):
    pass


async def _error(request: Request, exc: Exception) -> Response:
    status = (403 if isinstance(exc, Forbidden) else 404 if isinstance(exc, NotFound)
              else 409 if isinstance(exc, curate.EditConflict) else 400)
    body: dict[str, Any] = {"error": str(exc)}
    if isinstance(exc, curate.EditConflict) and exc.concept is not None:
        body["concept"] = concept_json(exc.concept)
    return JSONResponse(body, status_code=status)


def _json(data: Any) -> Response:
    return JSONResponse(data, headers={"Cache-Control": "no-store"})


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GlossaryError(f"{key}: missing")
    return value


def _int(value: str) -> int:
    try:
        return max(1, min(100, int(value)))
    except ValueError:
        raise GlossaryError(f"limit: not a number ({value!r})") from None
