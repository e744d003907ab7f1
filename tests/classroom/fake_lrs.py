"""A small local xAPI statements endpoint for tests that need an answer fast (no Ralph).

It checks Basic auth and the version header, stores what is posted by id (a second post
of an id is stored once), answers GET with what it holds, and can be told to wait before
answering (a slow LRS) or to refuse statements whose id is in ``refuse`` (a 400, as an
LRS does for one bad statement).
"""

from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLrs:
    def __init__(self, key: str = "spotit", secret: str = "s3cret-pass") -> None:
        self.key, self.secret = key, secret
        self.statements: dict[str, dict] = {}
        self.posts = 0
        self.delay = 0.0
        self.refuse: set[str] = set()
        self.requests: list[tuple[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:
                pass

            def _authorised(self) -> bool:
                token = base64.b64encode(f"{owner.key}:{owner.secret}".encode()).decode()
                ok = self.headers.get("Authorization") == f"Basic {token}"
                ok = ok and self.headers.get("X-Experience-API-Version") == "1.0.3"
                if not ok:
                    self._answer(401, {"detail": "Invalid authentication credentials"})
                return ok

            def _answer(self, status: int, body) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                owner.requests.append(("GET", self.path))
                time.sleep(owner.delay)
                if not self.path.startswith("/xAPI/statements"):
                    return self._answer(404, {"detail": "Not Found"})
                if self._authorised():
                    self._answer(200, {"statements": list(owner.statements.values()), "more": ""})

            def do_POST(self) -> None:  # noqa: N802
                owner.requests.append(("POST", self.path))
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                time.sleep(owner.delay)
                if not self._authorised():
                    return
                posted = json.loads(body)
                if any(s["id"] in owner.refuse for s in posted):
                    return self._answer(400, {"detail": "statement refused"})
                owner.posts += 1
                for s in posted:
                    owner.statements.setdefault(s["id"], s)
                self._answer(200, [s["id"] for s in posted])

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/xAPI/"

    def __enter__(self) -> FakeLrs:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
