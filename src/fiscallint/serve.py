"""``fiscallint serve``: a local page where a report is dropped or picked and
comes back annotated (the page of :mod:`fiscallint.reporting.html`).

Starlette (routing, requests) served by uvicorn, both imported only by this
command, so that ``check`` starts no slower. The standard library's
http.server is documented as not meant for serving and leaves multipart
parsing to the caller; Starlette and uvicorn are small, maintained, and run
the page with the same code on every platform. An upload is read into memory up to a size limit and parsed there
(python-multipart's streaming parser, with callbacks that keep each part in
memory): nothing is written to disk, and a legacy .doc, which only a
conversion through files could read, is refused. Every bad upload — too
large, not a report, a damaged .docx, anything that fails — is answered by
the page with a message, and the server goes on serving.
"""
from __future__ import annotations

import threading

from fiscallint.support import messages as M
from fiscallint.support.i18n import LANGS, render, translator
from fiscallint.support.messages import Msg

DEFAULT_LIMIT = 10 * 1024 * 1024  # bytes: a long report with tables is well under 2 MB


def size_text(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MB" if limit >= 1024 * 1024 else f"{limit / 1024:g} KB"


def parse_multipart(body: bytes, content_type: str) -> dict[str, tuple[str | None, bytes]]:
    """The parts of a multipart/form-data body, in memory: name -> (filename, data)."""
    from python_multipart.multipart import MultipartParser, parse_options_header

    ctype, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise ValueError("not a multipart/form-data upload")
    parts: dict[str, tuple[str | None, bytes]] = {}
    state: dict = {"headers": {}, "field": b"", "value": b"", "data": []}

    def on_part_begin():
        state["headers"], state["data"] = {}, []

    def on_header_field(data, start, end):
        state["field"] += data[start:end]

    def on_header_value(data, start, end):
        state["value"] += data[start:end]

    def on_header_end():
        state["headers"][state["field"].lower()] = state["value"]
        state["field"], state["value"] = b"", b""

    def on_part_data(data, start, end):
        state["data"].append(data[start:end])

    def on_part_end():
        _, disp = parse_options_header(state["headers"].get(b"content-disposition", b""))
        name = disp.get(b"name", b"").decode("utf-8", "replace")
        filename = disp.get(b"filename")
        parts[name] = (filename.decode("utf-8", "replace") if filename is not None else None, b"".join(state["data"]))

    parser = MultipartParser(boundary, {"on_part_begin": on_part_begin, "on_header_field": on_header_field,
                                        "on_header_value": on_header_value, "on_header_end": on_header_end,
                                        "on_part_data": on_part_data, "on_part_end": on_part_end})
    parser.write(body)
    parser.finalize()
    return parts


class Checker:
    """Checks one upload at a time (the analysis keeps caches that are not
    meant to be shared between threads)."""

    def __init__(self, limit: int = DEFAULT_LIMIT, options=None):
        from fiscallint.support.options import DEFAULT

        self.limit = limit
        self.options = options or DEFAULT  # the budgets per input of the folder's configuration
        self._lock = threading.Lock()
        self._rules = None

    def page(self, filename: str, data: bytes, lang: str) -> tuple[int, str]:
        from fiscallint.reporting.html import file_view, render_page
        from fiscallint.reading import OLE_MAGIC, InputError, document_from_bytes

        _ = translator(lang)
        name = (filename or "report").replace("\\", "/").rsplit("/", 1)[-1] or "report"
        if not data:
            return 400, self.form(lang, _(M.SERVE_NO_FILE))
        if data.startswith(OLE_MAGIC):
            return 415, self.form(lang, _(M.SERVE_NOT_REPORT).format(reason=_(M.SERVE_LEGACY)))
        with self._lock:
            try:
                from fiscallint.engine import active_rules, run
                from fiscallint.reporting.output import FileResult, RunResult

                if self._rules is None:
                    self._rules = active_rules()
                doc = document_from_bytes(data, name, options=self.options)
                report = FileResult.of(run(doc, self._rules, self.options))
            except InputError as exc:
                said = exc.args[0] if exc.args else str(exc)
                reason = said.args.get("reason", said) if isinstance(said, Msg) else said
                return 415, self.form(lang, _(M.SERVE_NOT_REPORT).format(reason=render(reason, lang)))
            except Exception as exc:  # never a traceback, and the server goes on
                return 500, self.form(lang, _(M.SERVE_FAILED).format(reason=f"{type(exc).__name__}: {exc}"))
            result = RunResult()
            result.reports.append((name, report))
            view = file_view(1, name, report, doc, lang)
        return 200, render_page([view], result, lang, form=True, limit_text=self._limit_note(lang))

    def _limit_note(self, lang: str) -> str:
        return f"(≤ {size_text(self.limit)})"

    def form(self, lang: str, error: str = "") -> str:
        from fiscallint.reporting.html import render_page

        return render_page([], None, lang, form=True, error=error, limit_text=self._limit_note(lang))


def make_app(default_lang: str = "en", limit: int = DEFAULT_LIMIT, options=None):
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse
    from starlette.routing import Route

    checker = Checker(limit, options)

    def choose(lang: str | None) -> str:
        return lang if lang in LANGS else default_lang

    async def index(request: Request):
        return HTMLResponse(checker.form(choose(request.query_params.get("lang"))))

    async def check(request: Request):
        lang = choose(request.query_params.get("lang"))
        _ = translator(lang)
        too_large = _(M.SERVE_TOO_LARGE).format(limit=size_text(limit))
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            # the form's own fields and boundaries come on top of the file; past the
            # limit the rest is read and dropped, so the browser gets the answer
            if size <= limit + 64 * 1024:
                chunks.append(chunk)
        if size > limit + 64 * 1024:
            return HTMLResponse(checker.form(lang, too_large), status_code=413)
        try:
            parts = parse_multipart(b"".join(chunks), request.headers.get("content-type", ""))
        except Exception:
            return HTMLResponse(checker.form(lang, _(M.SERVE_NO_FILE)), status_code=400)
        if "lang" in parts and not request.query_params.get("lang"):
            lang = choose(parts["lang"][1].decode("ascii", "replace"))
            _ = translator(lang)
        filename, data = parts.get("report", (None, b""))
        if len(data) > limit:
            return HTMLResponse(checker.form(lang, _(M.SERVE_TOO_LARGE).format(limit=size_text(limit))), status_code=413)
        status, page = await run_in_threadpool(checker.page, filename or "", data, lang)
        return HTMLResponse(page, status_code=status)

    async def health(request: Request):
        return PlainTextResponse("ok")

    return Starlette(routes=[Route("/", index), Route("/check", check, methods=["POST"]),
                             Route("/check", index, methods=["GET"]), Route("/health", health)])


def serve(host: str, port: int, lang: str, limit: int = DEFAULT_LIMIT, echo=print, options=None) -> None:
    import uvicorn

    app = make_app(lang, limit, options)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    shown = f"[{host}]" if ":" in host else host
    echo(translator(lang)(M.SERVE_LISTENING).format(host=shown, port=port))
    server.run()
