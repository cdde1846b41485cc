"""The hall service over HTTP (Starlette on uvicorn): the kiosks' API under /kiosk (a per-terminal
key), the staff page and its API under / and /api (a staff sign-in), live updates as
server-sent events. Plain files for the page: no build step.

Why Starlette + uvicorn: server-sent events need a connection held open per tablet; an async
server holds each for a coroutine, not a thread. FastAPI adds pydantic and its own import time
on top of Starlette for request models we do not need (measured in docs/hall.md).
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
from pathlib import Path

import anyio
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kiosk.core.pin import SignIn
from kiosk.hall.service import HallError, HallService, Limits, NotAllowed

log = logging.getLogger("kiosk.hall")
STATIC = Path(__file__).with_name("static")
COOKIE = "hall_session"
TICK_S = 0.25  # how often an event stream looks at the change counter
RECHECK_S = 1.0  # how often it recomputes tiles anyway (a heartbeat missed is a change nobody made)
KEEPALIVE_S = 15.0  # a comment line so proxies and tablets keep the stream open


def _json(body, status: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status)


async def _body(request: Request) -> dict:
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        raise HallError("the body must be JSON") from None
    if not isinstance(body, dict):
        raise HallError("the body must be a JSON object")
    return body


def build_app(service: HallService) -> Starlette:
    run = anyio.to_thread.run_sync  # SQLite work off the event loop

    def kiosk_route(handler):
        async def endpoint(request: Request) -> Response:
            terminal = request.headers.get("x-kiosk-terminal", "")
            key = request.headers.get("authorization", "").removeprefix("Bearer ")
            try:
                await run(service.check_terminal, terminal, key)
                return _json(await handler(request, terminal))
            except NotAllowed as refused:
                log.warning("kiosk request refused (%s): %s", terminal[:40], refused)
                return _json({"error": str(refused)}, 403)
            except HallError as bad:
                return _json({"error": str(bad)}, 400)

        return endpoint

    def staff_route(handler):
        async def endpoint(request: Request) -> Response:
            staff = await run(service.staff_for, request.cookies.get(COOKIE, ""))
            if staff is None:
                return _json({"error": "sign in first"}, 401)
            try:
                return await handler(request, staff)
            except HallError as bad:
                return _json({"error": str(bad)}, 400)

        return endpoint

    # -- kiosks ----------------------------------------------------------------------------
    async def post_call(request, terminal):
        body = await _body(request)
        return await run(service.raise_call, terminal, body)

    async def get_call(request, terminal):
        return await run(service.call_state, terminal, request.path_params["call_id"])

    async def cancel_call(request, terminal):
        return await run(service.cancel_call, terminal, request.path_params["call_id"])

    async def heartbeat(request, terminal):
        body = await _body(request)
        await run(service.heartbeat, terminal, body)
        return {"ok": True}

    # -- staff -----------------------------------------------------------------------------
    async def sign_in(request: Request) -> Response:
        try:
            body = await _body(request)
        except HallError as bad:
            return _json({"error": str(bad)}, 400)
        outcome, token = await run(service.sign_in, str(body.get("staff_no", "")), str(body.get("pin", "")))
        if outcome is not SignIn.OK:
            log.warning("hall sign-in %s for staff %s", outcome.value, str(body.get("staff_no", ""))[:20])
            return _json({"outcome": outcome.value}, 423 if outcome is SignIn.LOCKED else 401)
        response = _json({"outcome": "ok", "staff": await run(service.staff_for, token)})
        # SameSite=Strict + JSON bodies: another site's page cannot press 我来了 for a signed-in tablet
        response.set_cookie(COOKIE, token, max_age=12 * 3600, httponly=True, samesite="strict")
        return response

    async def sign_out(request: Request) -> Response:
        await run(service.sign_out, request.cookies.get(COOKIE, ""))
        response = _json({"ok": True})
        response.delete_cookie(COOKIE)
        return response

    async def who(request: Request) -> Response:
        """Who is signed in on this page (null: show the sign-in), never a 401 in the console."""
        return _json({"staff": await run(service.staff_for, request.cookies.get(COOKIE, ""))})

    async def state(request, staff):
        return _json(await run(service.snapshot))

    async def answer(request, staff):
        body = await _body(request)
        show = body.get("show") if body.get("show") in ("name", "number") else "name"
        log.info("call %s answered by staff %s", request.path_params["call_id"], staff["staff_no"])
        return _json(await run(service.answer_call, request.path_params["call_id"], staff["staff_no"], show))

    async def events(request, staff):
        async def stream():
            sent_version, sent_signature, quiet = -1, None, 0.0
            since_check = RECHECK_S
            while not service.closing:  # set on shutdown: each stream ends on its own
                if service.version != sent_version or since_check >= RECHECK_S:
                    version = service.version
                    snapshot = await run(service.snapshot)
                    signature = _signature(snapshot)
                    since_check = 0.0
                    sent_version = version
                    if signature != sent_signature:  # a heartbeat that changed nothing visible is not sent
                        sent_signature, quiet = signature, 0.0
                        yield f"event: state\ndata: {json.dumps(snapshot, ensure_ascii=False)}\n\n"
                if quiet >= KEEPALIVE_S:
                    quiet = 0.0
                    yield ": keepalive\n\n"
                await asyncio.sleep(TICK_S)
                since_check += TICK_S
                quiet += TICK_S

        return StreamingResponse(
            stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        )

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-store"})

    async def health(request: Request) -> Response:
        return _json({"ok": True})

    routes = [
        Route("/", page),
        Route("/health", health),
        Route("/kiosk/calls", kiosk_route(post_call), methods=["POST"]),
        Route("/kiosk/calls/{call_id}", kiosk_route(get_call), methods=["GET"]),
        Route("/kiosk/calls/{call_id}/cancel", kiosk_route(cancel_call), methods=["POST"]),
        Route("/kiosk/heartbeat", kiosk_route(heartbeat), methods=["POST"]),
        Route("/api/sign-in", sign_in, methods=["POST"]),
        Route("/api/sign-out", sign_out, methods=["POST"]),
        Route("/api/me", who),
        Route("/api/state", staff_route(state)),
        Route("/api/events", staff_route(events)),
        Route("/api/calls/{call_id}/answer", staff_route(answer), methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    return Starlette(routes=routes)


def _signature(snapshot: dict) -> str:
    """What a tablet must be told about (not the seconds waited or unseen: the page counts those)."""
    calls = [(c["id"], c["state"], c["answered_by"]) for c in snapshot["calls"]]
    tiles = [
        (
            t["terminal_id"],
            t["position"],
            t["state"],
            t["calling"],
            [{k: v for k, v in p.items() if k not in ("seconds", "oldest_s")} for p in t["problems"]],
        )
        for t in snapshot["terminals"]
    ]
    return json.dumps([calls, tiles], sort_keys=True, default=str)


class _Server(uvicorn.Server):
    """SIGTERM from systemd (or Ctrl-C) ends the event streams first, so shutdown is clean and quick."""

    def __init__(self, config: uvicorn.Config, service: HallService):
        super().__init__(config)
        self._service = service

    def handle_exit(self, sig, frame) -> None:
        self._service.closing = True
        super().handle_exit(sig, frame)


class HallServer:
    """uvicorn on a socket bound here (so port 0 gives a free port and ``url`` is known at once)."""

    def __init__(self, service: HallService, host: str = "127.0.0.1", port: int = 0):
        self.service = service
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self._socket.listen(64)
        self.port = self._socket.getsockname()[1]
        self.url = f"http://{host if family == socket.AF_INET else f'[{host}]'}:{self.port}"
        config = uvicorn.Config(
            build_app(service), log_level="warning", access_log=False, timeout_graceful_shutdown=1, lifespan="off"
        )
        self._server = _Server(config, service)
        self._thread: threading.Thread | None = None

    def serve_forever(self) -> None:
        self._server.run(sockets=[self._socket])

    def start_in_thread(self) -> "HallServer":
        self._thread = threading.Thread(target=self.serve_forever, name="hall", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.service.closing = True
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._socket.close()


def start_hall(db_path: Path, limits: Limits = Limits(), host: str = "127.0.0.1", port: int = 0) -> HallServer:
    return HallServer(HallService(db_path, limits), host, port).start_in_thread()
