"""File › School results server (LRS)…: settings from the keyboard, the secret never shown
back, Test connection against a local server, the outbox's counts; the background sender
runs off the GUI thread and never blocks the window."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from tests.classroom.fake_lrs import FakeLrs

from spotit.core.xapi import LrsSettings, actor_for_learner, joined_class_statement
from spotit.gui.lrs_dialog import LrsDialog, LrsSender

HOMEPAGE = "https://school.example"


def typed(qtbot, text: str) -> None:
    """Type into whatever has the focus, then Tab on to the next field."""
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit), field
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def statements(progress, settings, count: int, code: str = "1-ABC234") -> list[dict]:
    return [
        joined_class_statement(
            installation=progress.installation_id(),
            session_code=code,
            actor=actor_for_learner(f"Student {n}", settings),
            pack_id="starter",
            joined_at="2026-03-02T09:00:00+00:00",
        )
        for n in range(count)
    ]


def every_text(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLineEdit)]
    texts += [w.placeholderText() for w in dialog.findChildren(QLineEdit)]
    texts += [w.text() for w in dialog.findChildren(QLabel)]
    return texts


@pytest.fixture
def lrs():
    with FakeLrs() as server:
        yield server


def open_dialog(window, qtbot) -> LrsDialog:
    (action,) = [a for a in window.menuBar().actions()[0].menu().actions() if "LRS" in a.text()]
    action.trigger()
    dialog = window.lrs_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.endpoint)
    return dialog


def test_settings_entered_from_the_keyboard_are_kept_and_the_secret_never_shown_back(
    qtbot, window, progress, lrs
):
    dialog = open_dialog(window, qtbot)
    typed(qtbot, lrs.endpoint)
    typed(qtbot, lrs.key)
    typed(qtbot, lrs.secret)
    typed(qtbot, HOMEPAGE)
    qtbot.keyClick(dialog.homepage, Qt.Key.Key_Return)  # Save is the default button
    assert progress.lrs_settings() == LrsSettings(lrs.endpoint, lrs.key, HOMEPAGE)
    assert progress.lrs_secret() == lrs.secret
    assert dialog.isVisible() and "Saved" in dialog.message.text()
    # Opened again: the secret is kept but not in any field, placeholder or label.
    dialog.close()
    dialog = open_dialog(window, qtbot)
    assert dialog.endpoint.text() == lrs.endpoint and dialog.key.text() == lrs.key
    assert dialog.secret.text() == ""
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Password
    assert "kept" in dialog.secret.placeholderText()
    assert not [t for t in every_text(dialog) if lrs.secret in t]
    # Changing the homepage alone keeps the secret as it was.
    dialog.homepage.setFocus()
    typed(qtbot, "https://district.example")
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    assert progress.lrs_settings().homepage == "https://district.example"
    assert progress.lrs_secret() == lrs.secret


def test_what_cannot_be_an_lrs_is_refused_with_the_reason(qtbot, window, progress):
    dialog = open_dialog(window, qtbot)
    typed(qtbot, "ftp://lrs.school.example/xAPI/")
    typed(qtbot, "spotit")
    typed(qtbot, "pw")
    typed(qtbot, HOMEPAGE)
    qtbot.keyClick(dialog.homepage, Qt.Key.Key_Return)
    assert "http:// or https://" in dialog.message.text()
    dialog.endpoint.setFocus()
    typed(qtbot, "https://lrs.school.example/xAPI/statements")
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    assert "without “statements”" in dialog.message.text()
    assert progress.lrs_settings() is None and progress.lrs_secret() is None


def test_test_connection_asks_the_lrs_with_what_is_typed(qtbot, window, progress, lrs):
    dialog = open_dialog(window, qtbot)
    typed(qtbot, lrs.endpoint)
    typed(qtbot, lrs.key)
    typed(qtbot, "not-the-secret")
    typed(qtbot, HOMEPAGE)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Not connected"), timeout=10_000)
    assert "401" in dialog.message.text() or "auth" in dialog.message.text().lower()
    assert "not-the-secret" not in dialog.message.text()
    dialog.secret.setFocus()
    typed(qtbot, lrs.secret)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Connected"), timeout=10_000)
    assert ("GET", "/xAPI/statements?limit=1") in lrs.requests
    assert progress.lrs_settings() is None  # testing saves nothing


def test_the_status_counts_what_is_waiting_sent_and_refused(qtbot, window, progress, lrs):
    settings = LrsSettings(lrs.endpoint, lrs.key, HOMEPAGE, batch=1)
    progress.set_lrs_settings(settings)
    progress.save_lrs_secret(lrs.secret)
    queued = statements(progress, settings, 3)
    progress.queue_statements(queued, "class-joined", "2026-03-02T09:00:00+00:00")
    lrs.refuse = {queued[1]["id"]}
    dialog = open_dialog(window, qtbot)
    assert (dialog.queued_label.text(), dialog.sent_label.text()) == ("3", "0")
    assert dialog.rejected_label.text() == "0" and dialog.error_label.text() == "none"
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Send now
    qtbot.waitUntil(lambda: dialog.sent_label.text() == "2", timeout=10_000)
    assert dialog.queued_label.text() == "0" and dialog.rejected_label.text() == "1"
    assert "400" in dialog.error_label.text() or "refused" in dialog.error_label.text()
    assert set(lrs.statements) == {queued[0]["id"], queued[2]["id"]}


def test_the_background_sender_runs_off_the_gui_thread(qtbot, progress, lrs):
    settings = LrsSettings(lrs.endpoint, lrs.key, HOMEPAGE)
    progress.set_lrs_settings(settings)
    progress.save_lrs_secret(lrs.secret)
    progress.queue_statements(statements(progress, settings, 5), "class-joined")
    lrs.delay = 1.5  # a slow LRS
    sender = LrsSender(progress, every_ms=60_000, first_ms=0)
    reports = []
    sender.sent.connect(reports.append)
    ticks = []
    beat = QTimer()
    beat.timeout.connect(lambda: ticks.append(time.monotonic()))
    beat.start(20)
    started = time.monotonic()
    sender.start()
    assert progress.outbox_counts()["queued"] == 5  # nothing sent from inside start()
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    took = time.monotonic() - started
    beat.stop()
    sender.stop()
    assert reports[0].sent == 5 and progress.outbox_counts()["sent"] == 5
    assert took >= 1.5
    # The window went on drawing all along: no gap between beats near the LRS's delay.
    during = [t for t in ticks if t >= started]
    gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
    assert len(during) > 20 and max(gaps) < 0.5


def test_the_sender_sends_nothing_without_settings_and_one_run_at_a_time(qtbot, progress, lrs):
    sender = LrsSender(progress, every_ms=60_000, first_ms=60_000)
    assert not sender.send()  # nothing configured: no run at all
    settings = LrsSettings(lrs.endpoint, lrs.key, HOMEPAGE)
    progress.set_lrs_settings(settings)
    progress.save_lrs_secret(lrs.secret)
    progress.queue_statements(statements(progress, settings, 2), "class-joined")
    lrs.delay = 0.5
    reports = []
    sender.sent.connect(reports.append)
    assert sender.send()
    assert not sender.send()  # one run at a time; the second is made when it ends
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10_000)
    assert [r.sent for r in reports] == [2, 0] and lrs.posts == 1


def test_a_submit_sends_its_statement_soon_after(qtbot, window, progress, lrs):
    progress.set_lrs_settings(LrsSettings(lrs.endpoint, lrs.key, HOMEPAGE))
    progress.save_lrs_secret(lrs.secret)
    window.open_article(*window.library.next_article())
    reader = window.reader
    reader.view.setFocus()
    # "This article looks credible": a submit with no flags, from the keyboard.
    qtbot.keyClick(
        reader.view,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(lrs.statements), timeout=10_000)  # long before the minute's run
    (sent,) = lrs.statements.values()
    assert sent["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attempted"
    assert sent["actor"]["account"] == {"homePage": HOMEPAGE, "name": "Ana"}


def test_e_mail_names_are_off_until_the_school_ticks_them(qtbot, window, progress, lrs):
    dialog = open_dialog(window, qtbot)
    typed(qtbot, lrs.endpoint)
    typed(qtbot, lrs.key)
    typed(qtbot, lrs.secret)
    typed(qtbot, HOMEPAGE)
    assert not dialog.use_email.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # its mnemonic
    qtbot.waitUntil(dialog.use_email.isChecked)
    qtbot.keyClick(dialog.homepage, Qt.Key.Key_Return)
    assert progress.lrs_settings().use_email
    dialog.close()
    dialog = open_dialog(window, qtbot)
    assert dialog.use_email.isChecked()
