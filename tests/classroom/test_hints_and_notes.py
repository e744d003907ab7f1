"""Class sessions teach like practice: hints before submitting, the author's notes at the reveal.

The class pack (conftest) gives "tea" two hints (on two of its red flags), the credible
"council" two passage notes (one with a hint) and "storm" no hint at all.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
from PySide6.QtCore import Qt
from tests.classroom.conftest import CODE, LOOPBACK, Pupil, serving
from tests.classroom.harness import Wire, flag_on
from tests.classroom.test_gui_student import CTRL, close_quietly, key, select
from tests.classroom.test_network import until

from spotit.classroom import protocol
from spotit.classroom.gradebook import gradebook_csv
from spotit.classroom.session import ClassSession
from spotit.core.model import Anchor, Flag, PassageNote
from spotit.core.scoring import HINT_COST
from spotit.gui.classroom_student import JoinDialog
from spotit.practice import score_flags
from spotit.store.class_results import ClassResults
from spotit.store.progress import Progress

TEA_HINTS = [
    "Could you look up the person this article quotes?",
    "A share of whom? Look for the number it is a share of.",
]


def session_of(class_pack, clock, ids=("tea", "council", "storm"), hints=True, articles=None):
    articles = articles or [class_pack.article(i) for i in ids]
    return ClassSession(
        class_pack.meta, class_pack.categories, articles, code=CODE, clock=clock, hints=hints
    )


def submit(wire, conn, article: str, flags, hints_used=None, seconds=30) -> list[dict]:
    message = protocol.submit_message(article, flags, seconds)
    if hints_used is None:
        del message["hints_used"]  # as an app from before hints in class sends it
    else:
        message["hints_used"] = hints_used
    return wire.send(conn, message)


# -- the protocol and the host's rules -----------------------------------------------------


def test_hints_reach_the_student_as_text_alone_and_nothing_of_the_key_with_them(session):
    wire = Wire(session)
    conn, _ = wire.join("Ana")
    article = wire.last(conn, "article")
    assert article["hints"] == TEA_HINTS  # in the order of the text
    assert article["draft"] is None
    # Only the words of each hint: no quote, category, place or explanation goes with them.
    raw = json.dumps(wire.inbox[conn])
    for ann in session.article.annotations:
        assert ann.explanation not in raw
    assert "annotations" not in raw and "notes" not in raw


def test_hints_used_cost_the_class_score_exactly_as_in_practice(session):
    wire = Wire(session)
    conn, _ = wire.join("Ana")
    text = session.article.text
    flags = [flag_on(text, "90% of drinkers", "misleading-number")]
    # Shown one hint while flagging (the draft says so), then a second before submitting.
    wire.send(conn, protocol.draft_message("tea", flags, 10, hints_used=1))
    assert session.roster()[0].hints_used == 1
    replies = submit(wire, conn, "tea", flags, hints_used=2)
    assert replies[-1]["type"] == "submitted"
    wire.act(session.reveal())

    (result,) = session.results([0])
    practice = score_flags(session.article, flags, hints_used=2)
    without = score_flags(session.article, flags)
    assert result.hints_used == 2 and result.score == practice.score
    assert result.score == without.score - 2 * HINT_COST > 0
    reveal = wire.last(conn, "reveal")
    assert reveal["yours"]["hints_used"] == 2 and reveal["yours"]["score"] == result.score
    assert session.roster()[0].hints_used == 2


@pytest.mark.parametrize(
    "hints_used, reason",
    [
        (3, "'hints_used' is 3, but this article has 2 hints"),
        (-1, "'hints_used' must be a whole number from 0 to"),
        ("1", "'hints_used' must be a whole number from 0 to"),
        (True, "'hints_used' must be a whole number from 0 to"),
    ],
)
def test_a_forged_hints_count_is_refused_in_one_line(session, hints_used, reason):
    wire = Wire(session)
    conn, _ = wire.join("Ana")
    (error,) = submit(wire, conn, "tea", [], hints_used=hints_used)
    assert error["type"] == "error" and error["code"] == "bad-hints" and not error["fatal"]
    assert reason in error["message"] and "\n" not in error["message"]
    assert session.roster()[0].state == "reading"  # nothing was submitted
    # The student's honest submission still goes through.
    assert submit(wire, conn, "tea", [], hints_used=2)[-1]["type"] == "submitted"


def test_a_draft_with_too_many_hints_is_refused_and_changes_nothing(session):
    wire = Wire(session)
    conn, _ = wire.join("Ana")
    (error,) = wire.send(conn, protocol.draft_message("tea", [], 5, hints_used=9))
    assert error["code"] == "bad-hints"
    assert session.roster()[0].hints_used == 0


def test_a_hint_once_shown_stays_counted_and_is_kept_for_an_auto_submission(session):
    wire = Wire(session)
    ana, _ = wire.join("Ana")
    ben, ben_token = wire.join("Ben")
    wire.send(ana, protocol.draft_message("tea", [], 5, hints_used=2))
    submit(wire, ana, "tea", [], hints_used=1)  # fewer than shown: the shown ones count
    wire.send(ben, protocol.draft_message("tea", [], 5, hints_used=1))
    wire.send(ben, protocol.draft_message("tea", [], 6, hints_used=0))
    # Ben comes back: his draft returns with the hint he was shown.
    again = wire.connect()
    article = next(
        m for m in wire.send(again, protocol.resume_message(ben_token)) if m["type"] == "article"
    )
    assert article["draft"]["hints_used"] == 1
    wire.act(session.reveal())  # Ben never submitted: his draft is taken, with its hint
    rows = {r.student: r for r in session.results([0])}
    assert (rows["Ana"].hints_used, rows["Ana"].status) == (2, "submitted")
    assert (rows["Ben"].hints_used, rows["Ben"].status) == (1, "auto-submitted")
    assert rows["Ben"].score == score_flags(session.article, [], hints_used=1).score


def test_an_app_from_before_hints_submits_as_one_that_used_none(session):
    wire = Wire(session)
    conn, _ = wire.join("Ana")
    assert submit(wire, conn, "tea", [], hints_used=None)[-1]["type"] == "submitted"
    wire.act(session.reveal())
    assert session.results([0])[0].hints_used == 0


def test_with_hints_off_none_are_sent_and_none_may_be_claimed(class_pack, clock):
    session = session_of(class_pack, clock, hints=False)
    wire = Wire(session)
    conn, _ = wire.join("Ana")
    assert wire.last(conn, "article")["hints"] is None
    (error,) = submit(wire, conn, "tea", [], hints_used=1)
    assert error["code"] == "bad-hints" and "hints are off in this session" in error["message"]
    raw = json.dumps(wire.inbox[conn])
    assert not any(hint in raw for hint in TEA_HINTS)


def test_the_reveal_brings_the_notes_and_the_whole_answer_key(session):
    wire = Wire(session)
    conn, _ = wire.join("Ana")
    submit(wire, conn, "tea", [], hints_used=0)
    wire.act(session.reveal())
    wire.act(session.next_article())
    council = wire.last(conn, "article")
    assert council["hints"] == ["Where could you check that the council decided this?"]
    assert "minutes can be asked for" not in json.dumps(council)  # notes wait for the reveal
    text = council["article"]["text"]
    flags = [flag_on(text, "its minutes show", "vague-source")]
    submit(wire, conn, "council", flags, hints_used=1)
    wire.act(session.reveal())
    reveal = wire.last(conn, "reveal")
    assert [n["quote"] for n in reveal["notes"]] == [
        "its minutes show",
        "said transport officer Dana Ruiz",
    ]
    assert reveal["notes"][0]["text"].startswith("A public record")
    # What the student's app reads back: the notes, and the hints the host counted.
    context = protocol.HostContext(
        {c.id for c in session.categories}, {"council": text}, hints={"council": 1}
    )
    parsed = protocol.parse_host_message(protocol.encode(reveal), context)
    assert [n.quote for n in parsed.notes] == [
        "its minutes show",
        "said transport officer Dana Ruiz",
    ]
    assert parsed.hints_used == 1


def test_the_student_reads_every_place_category_and_core_of_the_key(session):
    """A red flag found on an alternative place or with an accepted category on the host
    is found on the student's screen too: the reveal carries the whole key."""
    tea = session.articles[0]
    shop = tea.text.index("The shop sells it")
    elsewhere = Anchor(shop, shop + len("The shop sells it"), "The shop sells it")
    first = dataclasses.replace(
        tea.annotations[2],
        also=("vague-source",),
        alternatives=(elsewhere,),
        core=(tea.annotations[2].start, tea.annotations[2].start + 3),
    )
    payload = protocol.reveal_payload(
        dataclasses.replace(tea, annotations=[tea.annotations[0], tea.annotations[1], first]),
        "submitted",
        [],
        0,
        1,
        [protocol.GoldTally()] * 3,
    )
    context = protocol.HostContext({c.id for c in session.categories}, {"tea": tea.text})
    parsed = protocol.parse_host_message(protocol.encode(payload), context)
    assert parsed.annotations[2].also == ("vague-source",)
    assert parsed.annotations[2].core == first.core
    assert parsed.annotations[2].alternatives == (elsewhere,)
    # Flagged on the other place, the red flag is found on the student's screen as on the host.
    flag = Flag(elsewhere.start, elsewhere.end, "misleading-number")
    student = score_flags(dataclasses.replace(tea, annotations=parsed.annotations), [flag])
    host = score_flags(dataclasses.replace(tea, annotations=[*tea.annotations[:2], first]), [flag])
    assert student.gold[2].verdict.value == host.gold[2].verdict.value == "found"
    assert student.score == host.score

    # A key whose first place is not the red flag's own is a reveal the app cannot show.
    payload["annotations"][2]["anchors"] = payload["annotations"][2]["anchors"][::-1]
    with pytest.raises(protocol.UnshowableAnswers, match="first anchor must be its own place"):
        protocol.parse_host_message(protocol.encode(payload), context)


def _offer_raw(session, **changes) -> str:
    message = protocol.article_message(
        0, 3, session.articles[0], "flagging", None, 0, False, None, TEA_HINTS
    )
    return protocol.encode(message | changes)


def _context(session) -> protocol.HostContext:
    return protocol.HostContext({c.id for c in session.categories})


@pytest.mark.parametrize(
    "hints, reason",
    [
        (["x" * 20_001], "hint 1 is longer than 20000 characters"),
        ([7], "hint 1 must be text"),
        (["fine", "   "], "hint 2 is empty"),
        ("a hint", "'hints' must be a list or null"),
    ],
)
def test_hostile_hints_make_the_article_one_the_app_cannot_show(session, hints, reason):
    with pytest.raises(protocol.UnshowableArticle) as caught:
        protocol.parse_host_message(_offer_raw(session, hints=hints), _context(session))
    assert caught.value.article == "tea" and reason in caught.value.reason


def test_an_older_host_sends_no_hints_and_the_app_offers_none(session):
    raw = json.loads(_offer_raw(session))
    del raw["hints"]
    offer = protocol.parse_host_message(json.dumps(raw), _context(session))
    assert offer.hints is None


@pytest.mark.parametrize(
    "note, reason",
    [
        ({"start": 0, "end": 5, "quote": "wrong", "text": "ok"}, "offsets do not match"),
        ({"start": 0, "end": 5, "text": "ok"}, "'quote' must be text"),
        ({"start": 0, "end": 99_999_999, "quote": "x", "text": "ok"}, "'end' must be between"),
        (None, "must be an object"),
    ],
)
def test_hostile_notes_make_the_answers_ones_the_app_cannot_show(session, note, reason):
    tea = session.articles[0]
    payload = protocol.reveal_payload(tea, "submitted", [], 0, 1, [protocol.GoldTally()] * 3)
    payload["notes"] = [note]
    context = protocol.HostContext({c.id for c in session.categories}, {"tea": tea.text})
    with pytest.raises(protocol.UnshowableAnswers) as caught:
        protocol.parse_host_message(protocol.encode(payload), context)
    assert reason in caught.value.reason


def test_too_long_a_note_is_refused_like_too_long_an_explanation(session):
    tea = session.articles[0]
    note = PassageNote(0, 5, tea.text[:5], "why " * 6000)
    payload = protocol.reveal_payload(
        dataclasses.replace(tea, notes=(note,)), "submitted", [], 0, 1, [protocol.GoldTally()] * 3
    )
    context = protocol.HostContext({c.id for c in session.categories}, {"tea": tea.text})
    with pytest.raises(protocol.UnshowableAnswers, match="'text' is longer than 20000"):
        protocol.parse_host_message(protocol.encode(payload), context)


def test_hints_used_are_kept_in_the_results_store_and_the_gradebook(session, tmp_path):
    wire = Wire(session)
    ana, _ = wire.join("Ana")
    wire.join("Ben")
    submit(wire, ana, "tea", [], hints_used=2)
    wire.act(session.reveal())
    progress = Progress(tmp_path / "host.db")
    try:
        records = ClassResults(progress)
        record = records.start_session(CODE, "class", "2", "Class pack", ["tea"])
        records.save(record, session.results())
        stored = {r.student: r for r in records.results(record)}
    finally:
        progress.close()
    assert stored["Ana"].hints_used == 2 and stored["Ben"].hints_used == 0
    rows = list(csv.DictReader(io.StringIO(gradebook_csv(CODE, session.results(), []))))
    assert [(r["Student"], r["Score"], r["Hints used"]) for r in rows] == [
        ("Ana", str(stored["Ana"].score), "2"),
        ("Ben", str(stored["Ben"].score), "0"),
    ]


# -- the student's window, against a host on loopback ------------------------------------------


def joined_window(qtbot, server, settings, name="Ana", progress=None, learner=None):
    dialog = JoinDialog(progress, learner, discover=False, settings=settings)
    qtbot.addWidget(dialog)
    dialog.host_box.setEditText(LOOPBACK)
    dialog.port_box.setValue(server.port)
    dialog.code_edit.setText(CODE)
    dialog.name_edit.setText(name)
    dialog.show()
    key(dialog.name_edit, Qt.Key.Key_Return)
    until(qtbot, lambda: dialog.window_opened is not None)
    window = dialog.window_opened
    qtbot.addWidget(window, before_close_func=close_quietly)
    until(qtbot, lambda: window.reader.current is not None)
    return window


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_a_student_asks_for_a_hint_and_it_counts_on_both_screens(
    qtbot, session, settings, tmp_path
):
    progress = Progress(tmp_path / "student.db")
    learner = progress.add_learner("Ana")
    with serving(session) as server:
        window = joined_window(qtbot, server, settings, progress=progress, learner=learner)
        reader = window.reader
        button = reader.hint_button
        assert button.isVisible() and button.isEnabled()
        key(reader.view, Qt.Key.Key_I, CTRL)  # Need a hint?
        assert reader.hints_used == 1
        assert TEA_HINTS[0] in reader.flag_panel.hint_text.text()
        until(qtbot, lambda: session.roster()[0].hints_used == 1)  # sent with the draft

        number = flag_on(reader.view.text, "90% of drinkers", "misleading-number")
        select(reader.view, number.start, number.end)
        key(reader.view, Qt.Key.Key_7)
        key(reader.view, Qt.Key.Key_Return, CTRL)
        until(qtbot, lambda: session.roster()[0].state == "submitted")
        assert session.students()[0].submissions[0].hints_used == 1

        server.apply(session.reveal())
        until(qtbot, lambda: reader.report is not None)
        (result,) = session.results([0])
        assert result.hints_used == 1
        # The student's screen shows the score the gradebook keeps, and says why.
        assert reader.report.score == result.score
        assert result.score == score_flags(session.article, [number]).score - HINT_COST
        assert f"{result.score}</span>" in reader.score_label.text()
        assert "1 hint used" in reader.score_label.text()
        (attempt,) = progress.attempts(learner.id)
        assert (attempt.score, attempt.hints_used) == (result.score, 1)
        window.close()
    progress.close()


def test_the_reveal_shows_the_authors_notes_in_the_students_feedback(
    qtbot, class_pack, clock, settings
):
    session = session_of(class_pack, clock, ids=("council",))
    with serving(session) as server:
        window = joined_window(qtbot, server, settings)
        reader = window.reader
        assert reader.hints == ["Where could you check that the council decided this?"]
        text = reader.view.text
        minutes = flag_on(text, "its minutes show", "vague-source")
        select(reader.view, minutes.start, minutes.end)
        key(reader.view, Qt.Key.Key_3)
        key(reader.view, Qt.Key.Key_Return, CTRL)
        until(qtbot, lambda: session.roster()[0].state == "submitted")
        server.apply(session.reveal())
        until(qtbot, lambda: reader.report is not None)

        model = reader.verdict_list.model()
        rows = [model.row(r) for r in range(model.rowCount())]
        notes = [r for r in rows if r.kind == "note"]
        assert [r.passage for r in notes] == [
            "its minutes show",
            "said transport officer Dana Ruiz",
        ]
        # The flag on a noted passage: "not a red flag", the author's note as the reason.
        (flag,) = [r for r in rows if r.kind == "flag"]
        assert flag.verdict == "not-a-red-flag"
        reader.verdict_list.setFocus()
        reader.verdict_list.setCurrentIndex(model.index(rows.index(flag), 0))
        assert "The author's note on this passage" in reader.explanation.toPlainText()
        assert "A public record" in reader.explanation.toPlainText()
        window.close()


def test_hostile_note_text_is_shown_as_plain_text(qtbot, class_pack, clock, settings):
    council = class_pack.article("council")
    hostile = "<b>Trust me</b> <img src='https://example.invalid/x.png'> <a href='x'>link</a>"
    note = dataclasses.replace(council.notes[0], text=hostile)
    session = session_of(class_pack, clock, articles=[dataclasses.replace(council, notes=(note,))])
    with serving(session) as server:
        window = joined_window(qtbot, server, settings)
        reader = window.reader
        key(reader.view, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
        until(qtbot, lambda: session.roster()[0].state == "submitted")
        server.apply(session.reveal())
        until(qtbot, lambda: reader.report is not None)
        model = reader.verdict_list.model()
        rows = [model.row(r) for r in range(model.rowCount())]
        reader.verdict_list.setFocus()
        reader.verdict_list.setCurrentIndex(
            model.index(next(n for n, r in enumerate(rows) if r.kind == "note"), 0)
        )
        shown = reader.explanation.toPlainText()
        assert hostile in shown  # every character as written: nothing became markup
        html = reader.explanation.toHtml()
        assert "&lt;b&gt;Trust me&lt;/b&gt;" in html
        assert "<img" not in html and "<a " not in html
        window.close()


def test_with_hints_off_the_student_has_no_hint_button(qtbot, class_pack, clock, settings):
    session = session_of(class_pack, clock, hints=False)
    with serving(session) as server:
        window = joined_window(qtbot, server, settings)
        reader = window.reader
        assert window.offer.hints is None and reader.hints == []
        assert not reader.hint_button.isVisible()
        key(reader.view, Qt.Key.Key_I, CTRL)
        assert reader.hints_used == 0 and not reader.flag_panel.hint_text.isVisible()
        window.close()


def test_an_article_without_hints_says_so_when_hints_are_on(qtbot, class_pack, clock, settings):
    session = session_of(class_pack, clock, ids=("storm",))
    with serving(session) as server:
        window = joined_window(qtbot, server, settings)
        button = window.reader.hint_button
        assert button.isVisible() and not button.isEnabled()
        assert button.text() == "No hints for this article"
        window.close()


def test_a_pupil_client_gets_hints_and_the_host_refuses_a_forged_count(qtbot, session):
    with serving(session) as server:
        pupil = Pupil(server.port, reconnect=False)
        try:
            pupil.client.join(CODE, "Ana")
            until(qtbot, lambda: pupil.offers)
            assert pupil.offers[-1].hints == tuple(TEA_HINTS)
            pupil.client.submit("tea", [], 3, hints_used=5)
            until(qtbot, lambda: pupil.problems)
            code, message = pupil.problems[-1]
            assert code == "bad-hints" and "this article has 2 hints" in message
            assert session.roster()[0].state == "reading"
        finally:
            pupil.client.close()


# -- the instructor turns hints off ------------------------------------------------------------


def test_the_host_window_offers_hints_unless_the_instructor_unticks_them(
    qtbot, class_pack, tmp_path
):
    from tests.classroom.test_gui_host import choose_and_start, end_quietly

    from spotit.gui.classroom_host import HINTS_COLUMN, HostWindow

    progress = Progress(tmp_path / "host.db")
    window = HostWindow({"class": class_pack}, progress, announce=False)
    qtbot.addWidget(window, before_close_func=end_quietly)
    window.show()
    try:
        assert window.hints_box.isChecked()  # on unless turned off
        window.hints_box.setFocus()
        key(window.hints_box, Qt.Key.Key_Space)
        assert not window.hints_box.isChecked()
        choose_and_start(qtbot, window)
        session = window.controller.session
        assert not session.hints_offered and session.hints() == []
        assert "Hints off." in window.phase_label.text()
        assert window.roster.isColumnHidden(HINTS_COLUMN)
        pupil = Pupil(window.controller.port, reconnect=False)
        try:
            pupil.client.join(session.code, "Ana")
            until(qtbot, lambda: pupil.offers)
            assert pupil.offers[-1].hints is None
        finally:
            pupil.client.close()
    finally:
        end_quietly(window)
        progress.close()


def test_the_roster_shows_the_hints_each_student_used(qtbot, class_pack, tmp_path):
    from tests.classroom.test_gui_host import cell, choose_and_start, end_quietly

    from spotit.gui.classroom_host import HINTS_COLUMN, HostWindow

    progress = Progress(tmp_path / "host.db")
    window = HostWindow({"class": class_pack}, progress, announce=False)
    qtbot.addWidget(window, before_close_func=end_quietly)
    window.show()
    try:
        choose_and_start(qtbot, window)  # storm, then tea
        session = window.controller.session
        assert "Hints on: 0 for this article" in window.phase_label.text()
        window.controller.reveal()
        window.controller.next_article()
        pupil = Pupil(window.controller.port, reconnect=False)
        try:
            pupil.client.join(session.code, "Ana")
            until(qtbot, lambda: pupil.offers)
            assert pupil.offers[-1].hints == tuple(TEA_HINTS)
            pupil.client.send_draft("tea", [], 4, hints_used=2)
            until(qtbot, lambda: cell(window.roster, 0, HINTS_COLUMN) == "2")
            assert window.roster.model().headerData(HINTS_COLUMN, Qt.Orientation.Horizontal) == (
                "Hints"
            )
            assert "Hints on: 2 for this article" in window.phase_label.text()
        finally:
            pupil.client.close()
    finally:
        end_quietly(window)
        progress.close()


def test_spotit_class_host_no_hints(qtbot, class_pack_path, tmp_path):
    from tests.classroom.test_cli_host import HostProcess, read_gradebook

    gradebook = tmp_path / "grades.csv"
    host = HostProcess(
        "--pack", str(class_pack_path), "--articles", "tea", "--port", "0",
        "--bind", LOOPBACK, "--gradebook", str(gradebook), "--no-hints", "--no-save",
    )  # fmt: skip
    try:
        port = host.port(qtbot)
        host.line(qtbot, r"^hints: off$")
        pupil = Pupil(port, reconnect=False)
        try:
            pupil.client.join(host.code(qtbot), "Ana")
            until(qtbot, lambda: pupil.offers)
            assert pupil.offers[-1].hints is None
            pupil.client.submit("tea", [], 3, hints_used=1)
            until(qtbot, lambda: pupil.problems)
            assert pupil.problems[-1][0] == "bad-hints"
            pupil.client.submit("tea", [], 3)
            host.line(qtbot, r"^submitted: Ana, article 1/1 \(0 flags; 1 in\)")
            host.type("end")
            until(qtbot, lambda: pupil.ended)
        finally:
            pupil.client.close()
        assert host.finish() == 0
        (row,) = read_gradebook(gradebook)
        assert (row["Student"], row["Hints used"], row["Score"]) == ("Ana", "0", "0")
    finally:
        if host.proc.poll() is None:
            host.proc.kill()
            host.proc.wait()


def test_spotit_class_host_offers_hints_by_default_and_logs_them(qtbot, class_pack_path, tmp_path):
    from tests.classroom.test_cli_host import HostProcess, read_gradebook

    gradebook = tmp_path / "grades.csv"
    host = HostProcess(
        "--pack", str(class_pack_path), "--articles", "tea", "--port", "0",
        "--bind", LOOPBACK, "--gradebook", str(gradebook), "--no-save",
    )  # fmt: skip
    try:
        port = host.port(qtbot)
        host.line(qtbot, r"^hints: on \(each one used costs 5 points\)$")
        pupil = Pupil(port, reconnect=False)
        try:
            pupil.client.join(host.code(qtbot), "Ana")
            until(qtbot, lambda: pupil.offers)
            pupil.client.submit("tea", [], 3, hints_used=2)
            host.line(qtbot, r"^submitted: Ana, article 1/1 \(0 flags, 2 hints; 1 in\)")
            host.type("status")
            host.line(qtbot, r"^  Ana: submitted, 0 flags, 2 hints$")
            host.type("end")
            until(qtbot, lambda: pupil.ended)
        finally:
            pupil.client.close()
        assert host.finish() == 0
        (row,) = read_gradebook(gradebook)
        assert row["Hints used"] == "2"
    finally:
        if host.proc.poll() is None:
            host.proc.kill()
            host.proc.wait()
