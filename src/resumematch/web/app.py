"""The Starlette application behind ``resumematch serve``.

Routes: ``GET /`` the page; ``POST /`` a plain form post that returns the page with the
report (the whole flow works without JavaScript); ``POST /api/check`` the JSON report,
exactly ``check --format json``; ``GET /download/{token}/report.{html,json,md}`` the
report as a file; ``GET /api/openapi.json`` the API's description; ``/static/...`` the
style sheet and the script (nothing is loaded from anywhere else).

Safe by default:

- A request body larger than two files at the extraction limit is refused before it
  is read (413), and one without a length is refused (411); each file is checked
  against ``ExtractLimits.max_bytes`` again by extraction itself. Uploads live in
  memory (python-multipart spools a large one to a temporary file, closed and so
  deleted when the request ends); nothing is written anywhere else.
- Pasted posting text is never taken for a path, and a vocabulary is a shipped name,
  never a path: a request cannot make the server read its own files.
- Every text shown is escaped; pages carry a strict Content-Security-Policy (scripts
  and styles only from this server, no inline script, no frames, forms only to here).
- A bad file gets the library's message, the one the CLI prints, with a 4xx status;
  an unexpected failure is logged and answered with a short message, never a traceback.
- Reports are kept in memory for :data:`KEEP_SECONDS` (at most :data:`KEEP_REPORTS`),
  under a random token, so that the download links work without JavaScript.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import (
    FileTooLargeError,
    InputError,
    ResumeMatchError,
    UnsupportedFormatError,
)
from ..extract import ExtractLimits
from ..match.pipeline import resolve_vocabulary
from ..match.vocabulary import Vocabulary, shipped_vocabularies
from ..models import Report
from . import page
from .openapi import openapi_schema

__all__ = ["CSP", "KEEP_REPORTS", "KEEP_SECONDS", "create_app"]

logger = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
KEEP_SECONDS = 15 * 60
KEEP_REPORTS = 32
_NAME_CHARS = re.compile(r"[^\w.() -]+")
_DOWNLOADS = {
    "html": "text/html; charset=utf-8",
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
}


class _Problem(Exception):
    """A request the page answers with a message and a 4xx status."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message


def _status_of(exc: ResumeMatchError) -> int:
    if isinstance(exc, FileTooLargeError):
        return 413
    if isinstance(exc, UnsupportedFormatError):
        return 415
    if isinstance(exc, InputError):
        return 400
    return 422


class _SecurityHeaders:
    """Adds the security headers to every response and refuses over-long or unsized bodies."""

    def __init__(self, app: ASGIApp, *, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [
                    (name.lower().encode(), value.encode())
                    for name, value in _HEADERS.items()
                    if name.lower().encode() not in present
                ]
                message = {**message, "headers": headers}
            await send(message)

        if scope["method"] == "POST":
            length = dict(scope.get("headers", [])).get(b"content-length")
            refusal = None
            if length is None or not length.isdigit():
                refusal = (411, "The request has no Content-Length; send the form as a browser does.")
            elif int(length) > self.max_body:
                refusal = (
                    413,
                    f"The upload is {int(length) / 2**20:.1f} MB; the limit is {self.max_body / 2**20:.0f} MB "
                    "for the resume and the posting together.",
                )
            if refusal is not None:
                status, message = refusal
                wants_json = scope.get("path", "").startswith("/api/")
                kind = "FileTooLargeError" if status == 413 else "InputError"
                response: Response = (
                    JSONResponse({"error": {"type": kind, "message": message}}, status_code=status)
                    if wants_json
                    else HTMLResponse(page.error_page(message, vocabularies=shipped_vocabularies()), status)
                )
                await response(scope, receive, send_with_headers)
                return
        await self.app(scope, receive, send_with_headers)


@dataclass
class _Kept:
    report: Report
    until: float


class _Reports:
    """The last few reports, in memory only, for the download links."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, _Kept] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, report: Report) -> str:
        token = secrets.token_urlsafe(16)
        now = time.monotonic()
        with self._lock:
            self._drop_old(now)
            self._items[token] = _Kept(report, now + KEEP_SECONDS)
            while len(self._items) > KEEP_REPORTS:
                self._items.popitem(last=False)
        return token

    def get(self, token: str) -> Report | None:
        with self._lock:
            self._drop_old(time.monotonic())
            kept = self._items.get(token)
            return kept.report if kept else None

    def _drop_old(self, now: float) -> None:
        for token in [t for t, kept in self._items.items() if kept.until < now]:
            del self._items[token]


def _file_name(upload: UploadFile, fallback: str) -> str:
    """The uploaded file's base name, for messages: no folders, no control characters."""
    name = os.path.basename((upload.filename or "").replace("\\", "/"))
    name = _NAME_CHARS.sub("_", name).strip()[:100]
    return name or fallback


async def _read_upload(upload: UploadFile, limits: ExtractLimits, fallback: str) -> io.BytesIO:
    data = await upload.read(limits.max_bytes + 1)
    stream = io.BytesIO(data)
    stream.name = _file_name(upload, fallback)
    return stream


def _text_field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _upload(form: FormData, name: str) -> UploadFile | None:
    value = form.get(name)
    return value if isinstance(value, UploadFile) and (value.filename or value.size) else None


@dataclass(frozen=True)
class _Inputs:
    resume: io.BytesIO
    job: str | io.BytesIO
    vocab: tuple[str, ...]


async def _inputs(form: FormData, limits: ExtractLimits, known: list[str]) -> _Inputs:
    resume = _upload(form, "resume")
    if resume is None:
        raise _Problem(400, "InputError", "Choose a resume file (PDF, DOCX or TXT) to check.")
    job_file = _upload(form, "job_file")
    job_text = _text_field(form, "job").strip()
    job: str | io.BytesIO
    if job_file is not None:
        job = await _read_upload(job_file, limits, "posting")
    elif job_text:
        # A one-line posting must never be taken for a path on this server.
        job = job_text if "\n" in job_text else job_text + "\n"
    else:
        raise _Problem(400, "InputError", "Paste the job posting, or choose its file.")
    vocab = tuple(sorted({v for v in form.getlist("vocab") if isinstance(v, str) and v})) or ("clinical-coordinator",)
    unknown = [v for v in vocab if v not in known]
    if unknown:
        raise _Problem(400, "VocabError", f"Unknown vocabulary {unknown[0]!r}; choose one of: {', '.join(known)}.")
    return _Inputs(await _read_upload(resume, limits, "resume"), job, vocab)


def create_app(*, limits: ExtractLimits | None = None) -> Starlette:
    """The web application (ASGI). ``limits`` bound every upload (default: ``ExtractLimits()``)."""
    limits = limits or ExtractLimits()
    known = shipped_vocabularies()
    reports = _Reports()
    checking = threading.Lock()  # one check at a time: the pipeline is shared, and CPU-bound
    static = page.static_files()
    # One Vocabulary object per choice of shipped names: a posting's analysis is remembered
    # per (text, vocabulary object), so a vocabulary loaded anew for each request would
    # analyse the same posting every time (0.9 s against 0.3 s for a one-page PDF).
    loaded: dict[tuple[str, ...], Vocabulary] = {}

    def run_check(inputs: _Inputs) -> Report:
        from ..api import check

        with checking:
            vocabulary = loaded.get(inputs.vocab)
            if vocabulary is None:
                vocabulary = loaded[inputs.vocab] = resolve_vocabulary(list(inputs.vocab))
            report = check(inputs.resume, job=inputs.job, vocab=vocabulary, limits=limits)
            return report

    async def checked(request: Request) -> tuple[Report, _Inputs]:
        try:
            async with request.form(max_files=2, max_fields=8, max_part_size=limits.max_bytes) as form:
                inputs = await _inputs(form, limits, known)
        except HTTPException as exc:  # python-multipart refused the body (too many parts, a part too large)
            raise _Problem(400, "InputError", f"The form could not be read: {exc.detail}") from exc
        try:
            return await run_in_threadpool(run_check, inputs), inputs
        except ResumeMatchError as exc:
            raise _Problem(_status_of(exc), type(exc).__name__, str(exc)) from exc
        except Exception as exc:
            logger.exception("checking %s failed", inputs.resume.name)
            raise _Problem(
                500, "InternalError", "Checking this file failed unexpectedly; try saving it again as PDF or DOCX."
            ) from exc

    async def home(request: Request) -> Response:
        return HTMLResponse(page.home_page(vocabularies=known))

    async def check_form(request: Request) -> Response:
        partial = request.query_params.get("partial") == "1"
        try:
            report, inputs = await checked(request)
        except _Problem as problem:
            if partial:
                return HTMLResponse(page.error_fragment(problem.message), problem.status)
            return HTMLResponse(page.error_page(problem.message, vocabularies=known), problem.status)
        token = reports.keep(report)
        chosen = inputs.vocab[0]
        if partial:
            return HTMLResponse(page.report_fragment(report, token=token), headers={"Cache-Control": "no-store"})
        return HTMLResponse(
            page.report_page(
                report,
                token=token,
                vocabularies=known,
                chosen=chosen,
                job_text=inputs.job if isinstance(inputs.job, str) else "",
            ),
            headers={"Cache-Control": "no-store"},
        )

    async def api_check(request: Request) -> Response:
        try:
            report, _ = await checked(request)
        except _Problem as problem:
            return JSONResponse({"error": {"type": problem.kind, "message": problem.message}}, problem.status)
        from ..render.json import report_json

        return Response(report_json(report), media_type="application/json", headers={"Cache-Control": "no-store"})

    async def download(request: Request) -> Response:
        report = reports.get(request.path_params["token"])
        fmt = request.path_params["fmt"]
        if report is None or fmt not in _DOWNLOADS:
            return HTMLResponse(
                page.error_page(
                    "This report is no longer kept (reports are kept 15 minutes); check again.", vocabularies=known
                ),
                404,
            )
        from ..render import render_report

        body = render_report(report, "markdown" if fmt == "md" else fmt)  # the file suffix of Markdown is md
        return Response(
            body,
            media_type=_DOWNLOADS[fmt],
            headers={
                "Content-Disposition": f'attachment; filename="resumematch-report.{fmt}"',
                "Cache-Control": "no-store",
            },
        )

    async def static_file(request: Request) -> Response:
        found = static.get(request.path_params["name"])
        if found is None:
            return PlainTextResponse("Not found", 404)
        body, media_type = found
        return Response(body, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})

    async def openapi(request: Request) -> Response:
        return JSONResponse(openapi_schema(known, limits))

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 404
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": {"type": "NotFound", "message": "No such endpoint."}}, status)
        return HTMLResponse(page.error_page("There is no such page here.", vocabularies=known), status)

    async def server_error(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("resumematch: something went wrong on the server; see its log.", 500)

    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        404: not_found,
        405: not_found,
        500: server_error,
    }

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Build the pipeline while the server starts listening, so that the first check
        # does not wait for it (the check lock makes an early request wait instead).
        def warm() -> None:
            from ..api import check

            with checking:
                try:
                    vocabulary = loaded[("clinical-coordinator",)] = resolve_vocabulary("clinical-coordinator")
                    check("Registered nurse, BLS.\n", job="Nurse\nRequirements:\n- BLS\n", vocab=vocabulary)
                except ResumeMatchError:  # pragma: no cover - the shipped vocabulary knows both
                    pass

        threading.Thread(target=warm, name="resumematch-warm-up", daemon=True).start()
        yield

    app = Starlette(
        lifespan=lifespan,
        routes=[
            Route("/", home, methods=["GET"]),
            Route("/", check_form, methods=["POST"]),
            Route("/api/check", api_check, methods=["POST"]),
            Route("/api/openapi.json", openapi, methods=["GET"]),
            Route("/download/{token}/report.{fmt}", download, methods=["GET"]),
            Route("/static/{name}", static_file, methods=["GET"]),
        ],
        exception_handlers=handlers,
    )
    # Two files at the extraction limit, and room for the form's other fields.
    app.add_middleware(_SecurityHeaders, max_body=2 * limits.max_bytes + 2**20)
    return app
