"""Nothing remote ever loads from a pack's web (issue 15).

A built pack whose source page and article hold an ``<img>`` and a Markdown image pointing
at a real HTTP server on 127.0.0.1, and a link to it. The page and the article are opened
in the pane, the link is clicked, and after a bounded wait the server has had no request.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.request import urlopen

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from tests.gui.investigate_pack import ARTICLE_ID, build, click_text

from spotit.gui.main_window import MainWindow


@pytest.fixture
def server():
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server naming)
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(b"\x89PNG\r\n\x1a\n")

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], requests
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_no_request_reaches_the_server(qtbot, progress, learner, tmp_path, server, monkeypatch):
    port, requests = server
    base = f"http://127.0.0.1:{port}"
    remote = (
        f'<img src="{base}/x.png">\n\n![x]({base}/y.png)\n\n'
        f"See [the picture]({base}/z.html) and [this article](article:{ARTICLE_ID})."
    )
    # Were anything handed to the desktop's browser, the browser would fetch it.
    handed: list[str] = []

    def browser(url: QUrl) -> bool:
        handed.append(url.toString())
        urlopen(url.toString(), timeout=5).read()
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", browser)
    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    win.add_pack(build(tmp_path, article_extra=remote, page_extra=remote))
    win.show()
    qtbot.waitExposed(win)
    win.open_article("demo", ARTICLE_ID)
    reader = win.reader
    pane = reader.pane
    reader.investigate()
    assert pane.open_address("source:anton-lisko", via="search")
    click_text(pane.page_view, "the picture")
    assert pane.shown_address == "source:anton-lisko"
    assert pane.status.text().startswith(f"That link goes outside this pack ({base}/z.html)")
    click_text(pane.page_view, "this article")
    assert pane.shown_address == f"article:{ARTICLE_ID}"
    click_text(pane.page_view, "the picture")
    # The documents hold no image to load, and the views would load none if asked.
    for view in (pane.page_view, pane.results_view, reader.view):
        assert (
            view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"{base}/x.png"))
            is None
        )
    qtbot.wait(500)
    assert requests == [] and handed == []
    # The server was there all along: a real request does reach it.
    urlopen(f"{base}/check.png", timeout=5).read()
    assert requests == ["/check.png"]
