"""Finding a class (loopback unicast only) and the scripted students of `spotit class simulate`."""

from __future__ import annotations

import os
import random
import re
import socket
import subprocess
import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from tests.classroom.conftest import LOOPBACK
from tests.classroom.test_network import until

from spotit.classroom import protocol
from spotit.classroom.discovery import (
    Announcer,
    DiscoveryListener,
    announce_target,
    lan_addresses,
)
from spotit.classroom.host import HostController
from spotit.classroom.simulate import pick_flags, sentences
from spotit.core.taxonomy import default_taxonomy


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def test_a_loopback_host_announces_to_itself_only():
    assert announce_target(LOOPBACK) == LOOPBACK
    assert announce_target("not an address") is None
    assert announce_target("::1") is None  # no IPv6 broadcast: nothing is sent


def test_the_address_list_puts_loopback_last():
    addresses = lan_addresses()
    assert addresses[-1].loopback and addresses[-1].label.endswith("(this computer only)")
    assert [a.loopback for a in addresses] == sorted(a.loopback for a in addresses)


def test_a_student_hears_an_announcement_and_picks_the_host(qtbot, tmp_path):
    port = free_udp_port()
    listener = DiscoveryListener(port=port, address=LOOPBACK)
    assert listener.listening
    heard = []
    listener.found.connect(lambda *args: heard.append(args))
    announcer = Announcer(LOOPBACK, 47999, "Class pack", discovery_port=port)
    assert announcer.start()
    until(qtbot, lambda: heard)
    announcer.stop()
    assert heard[0] == (LOOPBACK, 47999, "Class pack")

    from spotit.gui.classroom_student import JoinDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = JoinDialog(discover=False, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_found_host(*heard[0])
    dialog.add_found_host(*heard[0])  # heard again: listed once
    assert dialog.host_box.count() == 1 and "Class pack" in dialog.message.text()
    dialog.host_box.setFocus()
    dialog.host_box.setCurrentIndex(-1)
    QTest.keyClick(dialog.host_box, Qt.Key.Key_Down)
    assert dialog.host_box.currentText() == LOOPBACK and dialog.port_box.value() == 47999
    listener.close()


def test_the_listener_ignores_datagrams_that_are_not_announcements(qtbot):
    port = free_udp_port()
    listener = DiscoveryListener(port=port, address=LOOPBACK)
    heard = []
    listener.found.connect(lambda *args: heard.append(args))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"hello", (LOOPBACK, port))
        s.sendto(b'{"spotit-class": 1, "port": 99999}', (LOOPBACK, port))
        s.sendto(protocol.announcement(4000, "Real"), (LOOPBACK, port))
    until(qtbot, lambda: heard)
    assert heard == [(LOOPBACK, 4000, "Real")]
    listener.close()


# -- scripted students ---------------------------------------------------------------------


def test_scripted_flags_are_plausible_and_valid(class_pack):
    categories = default_taxonomy()
    ids = {c.id for c in categories}
    for article_id in ("tea", "council", "storm"):
        text = class_pack.article(article_id).text
        for seed in range(30):
            flags = pick_flags(text, categories, random.Random(seed))
            assert len(flags) <= protocol.MAX_FLAGS
            for flag in flags:
                assert 0 <= flag.start < flag.end <= len(text) and flag.category in ids
                assert not text[flag.start].isspace() and not text[flag.end - 1].isspace()
    text = class_pack.article("tea").text
    picks = [pick_flags(text, categories, random.Random(seed)) for seed in range(30)]
    numbers = [f for flags in picks for f in flags if "90%" in text[f.start : f.end]]
    assert numbers and {f.category for f in numbers} >= {"misleading-number"}
    assert pick_flags(text, categories, random.Random(4)) == pick_flags(
        text, categories, random.Random(4)
    )
    assert pick_flags(text, [], random.Random(1)) == []


def test_sentences_are_trimmed_spans():
    text = "First one.  Second: 42!\nThird"
    assert [text[s:e] for s, e in sentences(text)] == ["First one.", "Second: 42!", "Third"]


def test_simulate_plays_a_whole_class_and_reports_latency(qtbot, session):
    controller = HostController(session, auto=True, pause_seconds=0, grace_seconds=0.5)
    controller.start(LOOPBACK, 0)
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "spotit.cli", "class", "simulate", "--host", LOOPBACK,
            "--port", str(controller.port), "--code", session.code, "--students", "6",
            "--timeout", "60",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    until_done = lambda: proc.poll() is not None  # noqa: E731
    qtbot.waitUntil(until_done, timeout=60_000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "simulated 6 students: 6 joined, 18 submissions, 18 reveals" in out
    for name in ("join", "submit_roundtrip"):
        for q in ("p50", "p95"):
            assert re.search(rf"^bench: classroom_sim_{name}_{q} \d+\.\d+ ms$", out, re.M)
    assert "bench: classroom_sim_submissions 18 count" in out
    results = session.results()
    assert len(results) == 18 and {r.status for r in results} == {"submitted"}
    assert sum(r.flag_count for r in results) > 0
    controller.server.close()
