"""The simulated center as a real HTTP service on loopback (Werkzeug WSGI, connections kept open).

``POST /api`` takes one envelope and answers one envelope. Faults can be
injected per request: a 503 with Retry-After (``fail_rate``), a business
"系统繁忙" refusal that is transient (``busy_rate``, infcode -1 with HTTP 200),
the reply lost after the work was done (``drop_reply_rate``), or a slow reply
(``slow_rate``).

What is not an envelope is answered as one, never as an HTML page: 400 for a
body that is not a JSON object or whose envelope fields are wrong, 413 for a
body over ``MAX_BODY_BYTES``; a connection that sends nothing for
``READ_TIMEOUT_S`` is closed.
"""

from __future__ import annotations

import json
import logging
import random
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from werkzeug.exceptions import ClientDisconnected, RequestEntityTooLarge
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response
from werkzeug.wsgi import LimitedStream

from kiosk.center.service import CenterService
from kiosk.core import envelope

log = logging.getLogger("kiosk.center")

MAX_BODY_BYTES = 1_000_000  # the spec's input is at most 40000 characters; a megabyte is generous
READ_TIMEOUT_S = 10.0
BUSY_MESSAGE = "系统繁忙，请稍后再试"


@dataclass(frozen=True)
class Faults:
    fail_rate: float = 0.0
    busy_rate: float = 0.0
    drop_reply_rate: float = 0.0
    slow_rate: float = 0.0
    slow_seconds: float = 2.0
    retry_after_s: int = 1

    def __post_init__(self):
        for name in ("fail_rate", "busy_rate", "drop_reply_rate", "slow_rate"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")


def open_service(db_path: Path, dedup: bool = True) -> CenterService:
    from sqlalchemy import event

    from kiosk.store.db import make_engine  # the kiosk's own SQLite recipe, with one difference:

    engine = make_engine(db_path)

    @event.listens_for(engine, "connect")
    def _no_fsync_per_reply(dbapi_connection, _record):
        # WAL with synchronous=NORMAL: a killed center keeps every reply it gave (what the kiosk's
        # exactly-once is tested against); only a power cut could lose the last ones, and this
        # center is a simulator. FULL made every reply wait for an fsync under the one-writer lock.
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")

    return CenterService(engine, dedup=dedup)


class CenterApp:
    """The WSGI application: routing, fault injection, JSON in and out."""

    def __init__(self, service: CenterService, faults: Faults = Faults(), rng: random.Random | None = None):
        self.service = service
        self.faults = faults
        self._rng = rng or random.Random()

    def __call__(self, environ, start_response):
        request = Request(environ)
        response = self._dispatch(request, environ)
        return response(environ, start_response)

    def _dispatch(self, request: Request, environ) -> Response:
        if request.path == "/health":
            return _json({"ok": True})
        if request.path != "/api":
            return _json(_refusal("not_found", "path", "只有 POST /api"), 404)
        if request.method != "POST":
            return _json(_refusal("use_post", "method", "请用 POST 发送报文"), 405)
        if self._rng.random() < self.faults.fail_rate:
            return _json({"error": "service unavailable"}, 503, {"Retry-After": str(self.faults.retry_after_s)})
        if self._rng.random() < self.faults.slow_rate:
            time.sleep(self.faults.slow_seconds)  # a simulated slow gateway; runs on the server's own thread
        request.max_content_length = MAX_BODY_BYTES
        try:
            body = json.loads(request.get_data(as_text=True))
        except ClientDisconnected:  # the body stopped arriving: the read timed out
            return _json(_refusal("read_timeout", "body", "报文没有按时收完"), 408)
        except RequestEntityTooLarge:
            return _json(_refusal("too_large", "body", f"报文太大，最多{MAX_BODY_BYTES}字节"), 413)
        except (ValueError, RecursionError):  # not JSON, or nested beyond what a parser should follow
            return _json(_refusal("bad_envelope", "body", "报文不是JSON"), 400)
        if not isinstance(body, dict):
            return _json(_refusal("bad_envelope", "body", "报文应为JSON对象"), 400)
        if self._rng.random() < self.faults.busy_rate:
            return _json(_refusal("busy", "", BUSY_MESSAGE))  # the platform's own transient refusal: not applied
        try:
            reply = self.service.handle(body)
        except Exception:  # a bug in the simulator: still an envelope, and the trace in the log
            log.exception("center failed on %s", body.get("infno"))
            return _json(_refusal("center_error", "", "中心内部错误"), 500)
        if self._rng.random() < self.faults.drop_reply_rate:
            _drop_connection(environ)
            log.info("dropped the reply to %s after applying it", body.get("msgid"))
        status = 400 if (reply.get("output") or {}).get("reason") == "bad_envelope" else 200
        return _json(reply, status)


def _refusal(reason: str, field: str, message: str) -> dict:
    import datetime as dt
    import secrets

    now = dt.datetime.now()
    return envelope.response(
        envelope.make_refmsgid("000000", now, secrets.randbelow(10**10)),
        {"reason": reason, "field": field},
        err_msg=message,
        now=now,
    )


class _Handler(WSGIRequestHandler):
    """Werkzeug's request handler with connections kept open between requests (HTTP/1.1).

    Werkzeug's own ``run_wsgi`` closes every connection and then waits for the client to hang
    up: a new connection, a new thread and that wait for every message the kiosk delivers. Here
    a reply goes out with its length and the connection stays for the next request, unless the
    request body was not read to its end (a refusal before reading, an oversized or chunked
    body), the client asked to close, or the reply was dropped on purpose."""

    timeout = READ_TIMEOUT_S  # socketserver applies it to each connection: a silent client is let go
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        super().finish()

    def run_wsgi(self) -> None:
        environ = self.make_environ()
        length: int | None = None  # None: a chunked body, or a length that cannot be read
        if not environ.get("wsgi.input_terminated"):
            try:
                length = max(0, int(environ.get("CONTENT_LENGTH") or 0))
            except ValueError:
                pass
        body_in = environ["wsgi.input"] if length is None else LimitedStream(environ["wsgi.input"], length)
        environ["wsgi.input"] = body_in
        answered: list = []
        parts: list[bytes] = []

        def start_response(status, headers, exc_info=None):
            answered[:] = [status, headers]
            return parts.append

        try:
            result = self.server.app(environ, start_response)
            try:
                parts.extend(result)
            finally:
                getattr(result, "close", lambda: None)()
            status, headers = answered
            code, _, reason = status.partition(" ")
            body = b"".join(parts)
            unread = length is None or not body_in.is_exhausted
            if unread:
                self.close_connection = True  # the rest of the body would be read as the next request
            self.log_request(code, len(body))
            head = [f"{self.protocol_version} {code} {reason}", f"Date: {self.date_time_string()}"]
            head += [f"{key}: {value}" for key, value in headers if key.lower() not in ("content-length", "connection")]
            head.append(f"Content-Length: {len(body)}")
            if self.close_connection:
                head.append("Connection: close")
            # one write, unbuffered: a reply that cannot go leaves nothing behind to fail again
            self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
            if unread:
                self._discard_unread()
        except OSError:  # the client went, the reply was dropped on purpose, or an unread body stopped coming
            self.close_connection = True

    def _discard_unread(self, limit: int = 10_000_000) -> None:
        """Read away, briefly, what the client still sends of a body that was not read: closing on
        unread data resets the connection, and the client would see a reset instead of the reply
        (werkzeug's own handler does the same)."""
        self.connection.settimeout(0.05)
        discarded = 0
        while discarded < limit:
            data = self.connection.recv(1 << 16)  # OSError (the pause is over, or a reset) ends it
            if not data:
                return
            discarded += len(data)

    def log_error(self, format: str, *args) -> None:
        if not format.startswith("Request timed out"):  # an idle kept-open connection let go: routine
            super().log_error(format, *args)

    def log_request(self, code="-", size="-") -> None:
        if str(code)[:1] not in ("1", "2"):  # every answered envelope would be a line: only the failures
            super().log_request(code, size)


def _json(body, status: int = 200, headers: dict | None = None) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False),
        status=status,
        headers=headers,
        content_type="application/json; charset=utf-8",
    )


def _drop_connection(environ) -> None:
    sock = environ.get("werkzeug.socket")
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class CenterServer:
    """A running center: ``url`` is set once it listens. Stop with ``stop()``."""

    def __init__(self, app: CenterApp, host: str = "127.0.0.1", port: int = 0):
        self.app = app
        self._server: BaseWSGIServer = make_server(host, port, app, threaded=True, request_handler=_Handler)
        self._server.connections = set()  # open client connections: stop() closes them
        self._server.connections_lock = threading.Lock()
        self.url = f"http://{host}:{self._server.server_port}"
        self._thread: threading.Thread | None = None

    def start_in_thread(self) -> "CenterServer":
        self._thread = threading.Thread(target=self._server.serve_forever, name="center", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        with self._server.connections_lock:  # a kept-open connection must not outlive the center
            for connection in list(self._server.connections):
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        if self._thread is not None:
            self._thread.join(timeout=5)


def start_center(db_path: Path, faults: Faults = Faults(), host: str = "127.0.0.1", port: int = 0) -> CenterServer:
    """In-process center (kiosk demo and tests): its per-request lines stay out of the console."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    return CenterServer(CenterApp(open_service(db_path), faults), host, port).start_in_thread()
