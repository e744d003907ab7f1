"""`spotit lrs configure|status|push|forget`: the secret read from a file and never
printed, sending what a submitted attempt queued, one-line errors with exit status 2."""

from __future__ import annotations

import base64
import json
import os
import stat
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from spotit.cli import main
from spotit.store.bundled import data_dir
from spotit.store.progress import Progress

SECRET = "correct-horse-battery-staple-7f3a"
DAY1 = "2026-03-02T09:00:00+00:00"


def run(capsys, *args):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


class _LRS(BaseHTTPRequestHandler):
    """An honest little LRS: stores what is posted, answers its ids; 401 for a wrong key."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        token = base64.b64encode(f"lab-7:{SECRET}".encode()).decode()
        if self.headers.get("Authorization") != f"Basic {token}":
            reply, status = b'{"message": "Invalid authentication credentials"}', 401
        else:
            statements = json.loads(body)
            self.server.stored.extend(statements)  # type: ignore[attr-defined]
            reply, status = json.dumps([s["id"] for s in statements]).encode(), 200
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)


@pytest.fixture
def lrs():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _LRS)
    server.daemon_threads = True
    server.stored = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "lrs-secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def url_of(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/xAPI/"


def configure(capsys, url, secret_file, *extra):
    return run(
        capsys, "lrs", "configure", url, "--key", "lab-7", "--secret-file", secret_file, *extra
    )


def counts() -> dict:
    progress = Progress(data_dir() / "progress.db")
    try:
        return progress.outbox_counts()
    finally:
        progress.close()


def test_configure_keeps_the_secret_user_only_and_never_prints_it(capsys, lrs, secret_file):
    status, out, err = configure(
        capsys, url_of(lrs), secret_file, "--homepage", "https://school.example", "--batch", "20"
    )
    assert status == 0 and err == ""
    assert SECRET not in out and url_of(lrs) in out
    progress = Progress(data_dir() / "progress.db")
    try:
        settings = progress.lrs_settings()
        assert (settings.endpoint, settings.key, settings.homepage, settings.batch) == (
            url_of(lrs),
            "lab-7",
            "https://school.example",
            20,
        )
        assert progress.lrs_secret() == SECRET
        path = progress.lrs_secret_path
    finally:
        progress.close()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # Never in the database file itself.
    assert SECRET.encode() not in (data_dir() / "progress.db").read_bytes()


def test_status_shows_endpoint_key_and_counts_but_never_the_secret(capsys, lrs, secret_file):
    configure(capsys, url_of(lrs), secret_file)
    status, out, err = run(capsys, "lrs", "status")
    assert status == 0 and err == ""
    assert url_of(lrs) in out and "'lab-7'" in out and "secret saved" in out
    assert "0 queued, 0 sent, 0 rejected" in out
    assert SECRET not in out
    status, out, _ = run(capsys, "lrs", "status", "--json")
    data = json.loads(out)
    assert data["configured"] and data["key"] == "lab-7" and data["secret_saved"]
    assert data["counts"] == {"queued": 0, "sent": 0, "rejected": 0}
    assert SECRET not in out


def test_push_sends_what_a_submitted_attempt_queued(capsys, lrs, secret_file, tmp_path):
    configure(capsys, url_of(lrs), secret_file)
    flags = tmp_path / "flags.json"
    flags.write_text(json.dumps([{"quote": "a leading doctor", "category": "false-authority"}]))
    status, _, err = run(
        capsys,
        "attempt",
        "submit",
        "--learner",
        "Ana",
        "starter",
        "miracle-tea",
        flags,
        "--at",
        DAY1,
    )
    assert status == 0, err
    queued = counts()["queued"]
    assert queued >= 1

    status, out, err = run(capsys, "lrs", "push")
    assert status == 0, err
    assert out.splitlines()[0] == f"sent {queued}, rejected 0, 0 to retry later"
    assert counts() == {"queued": 0, "sent": queued, "rejected": 0}
    verbs = [s["verb"]["id"] for s in lrs.stored]
    assert "http://adlnet.gov/expapi/verbs/attempted" in verbs
    assert SECRET not in out + err

    # Pushing again sends nothing more.
    status, out, _ = run(capsys, "lrs", "push", "--json")
    report = json.loads(out)
    assert status == 0 and report["sent"] == 0 and report["last_error"] == ""
    assert report["counts"] == {"queued": 0, "sent": queued, "rejected": 0}
    assert len(lrs.stored) == queued


def test_push_to_an_lrs_refusing_the_key_keeps_everything_and_says_why(
    capsys, lrs, secret_file, tmp_path
):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-secret")
    configure(capsys, url_of(lrs), wrong)
    progress = Progress(data_dir() / "progress.db")
    try:
        from spotit.core.xapi import actor_for_learner, completed_practice_statement

        settings = progress.lrs_settings()
        made = completed_practice_statement(
            installation=progress.installation_id(),
            set_id=1,
            actor=actor_for_learner("Ana", settings),
            pack_id="starter",
            articles=3,
            finished_at=DAY1,
        )
        progress.queue_statements([made], "completed-practice", DAY1)
    finally:
        progress.close()
    status, out, err = run(capsys, "lrs", "push")
    assert status == 1
    assert out.splitlines()[0].startswith("sent 0, rejected 0, 1 to retry later; last error: ")
    assert "HTTP 401" in out and "not-the-secret" not in out + err
    assert counts()["queued"] == 1
    status, out, _ = run(capsys, "lrs", "status")
    assert "1 queued" in out and "Last error:" in out and "HTTP 401" in out
    # The right secret: push sends at once, not when the backoff would have.
    configure(capsys, url_of(lrs), secret_file)
    status, out, _ = run(capsys, "lrs", "push")
    assert status == 0 and out.startswith("sent 1, rejected 0, 0 to retry later")
    assert counts() == {"queued": 0, "sent": 1, "rejected": 0}


def test_forget_removes_settings_and_secret_and_keeps_the_queue(capsys, lrs, secret_file):
    configure(capsys, url_of(lrs), secret_file)
    progress = Progress(data_dir() / "progress.db")
    path = progress.lrs_secret_path
    progress.close()
    assert path.exists()
    status, out, err = run(capsys, "lrs", "forget")
    assert status == 0 and err == "" and "removed" in out
    assert not path.exists()
    status, out, _ = run(capsys, "lrs", "status")
    assert "none configured" in out
    status, out, err = run(capsys, "lrs", "push")
    assert status == 2 and out == ""
    assert err.strip() == (
        "spotit: error: no LRS is configured (spotit lrs configure URL --key K --secret-file F)"
    )


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("ftp://lrs.school.example/xAPI/", "is not an http:// or https:// URL"),
        ("lrs.school.example/xAPI/", "is not an http:// or https:// URL"),
        ("https://user:pw@lrs.school.example/xAPI/", "give the key and secret apart"),
        ("https://lrs.school.example/xAPI/statements", "without /statements"),
        ("http://lrs.school.example:port/xAPI/", "is not a URL"),
    ],
)
def test_a_bad_url_is_one_line_and_exit_2(capsys, secret_file, url, said):
    status, out, err = configure(capsys, url, secret_file)
    assert status == 2 and out == ""
    assert err.startswith("spotit: error: ") and said in err
    assert err.count("\n") == 1
    assert counts() == {"queued": 0, "sent": 0, "rejected": 0}
    assert SECRET not in err


def test_a_missing_or_empty_secret_file_is_one_line_and_exit_2(capsys, tmp_path):
    missing = tmp_path / "nope.txt"
    status, out, err = configure(capsys, "https://lrs.school.example/xAPI/", missing)
    assert status == 2 and out == ""
    assert err == f"spotit: error: --secret-file {missing}: no such file\n"
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    status, _, err = configure(capsys, "https://lrs.school.example/xAPI/", empty)
    assert status == 2 and err == f"spotit: error: --secret-file {empty}: the file is empty\n"
    two = tmp_path / "two.txt"
    two.write_text("first\nsecond\n")
    status, _, err = configure(capsys, "https://lrs.school.example/xAPI/", two)
    assert status == 2 and "one line" in err and "first" not in err and "second" not in err
    progress = Progress(data_dir() / "progress.db")
    try:
        assert progress.lrs_settings() is None and progress.lrs_secret() is None
    finally:
        progress.close()


@pytest.mark.parametrize("batch", ["0", "many", "100000"])
def test_a_bad_batch_is_one_line_and_exit_2(capsys, secret_file, batch):
    status, _, err = configure(
        capsys, "https://lrs.school.example/xAPI/", secret_file, "--batch", batch
    )
    assert status == 2
    assert err == f"spotit: error: --batch {batch}: must be a whole number from 1 to 1000\n"


def test_e_mail_names_only_when_the_school_turns_them_on(capsys, lrs, secret_file):
    from spotit.core.xapi import actor_for_learner

    configure(capsys, url_of(lrs), secret_file, "--homepage", "https://school.example")
    progress = Progress(data_dir() / "progress.db")
    try:
        off = progress.lrs_settings()
    finally:
        progress.close()
    assert not off.use_email
    assert "mbox" not in actor_for_learner("robin@school.example", off)
    status, out, _ = configure(
        capsys, url_of(lrs), secret_file, "--homepage", "https://school.example", "--use-email"
    )
    assert status == 0 and "sent by that address" in out
    progress = Progress(data_dir() / "progress.db")
    try:
        on = progress.lrs_settings()
    finally:
        progress.close()
    assert on.use_email
    assert actor_for_learner("robin@school.example", on)["mbox"] == "mailto:robin@school.example"
    assert "mbox" not in actor_for_learner("Robin", on)  # a plain name stays an account
    _, out, _ = run(capsys, "lrs", "status", "--json")
    assert json.loads(out)["use_email"] is True
