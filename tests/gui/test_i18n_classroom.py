"""The classroom in German: the host and student windows, the join and LRS dialogs.

The windows are built with the classroom's own German part file installed (and the
shipped spotit_de.ts, for the default categories), so these tests do not wait for the
merge into the shipped translation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from tests.classroom.conftest import CODE, make_class_source

from spotit.classroom import live
from spotit.classroom.client import ClassClient
from spotit.classroom.session import ClassSession, HeatSegment, Phase, RosterEntry
from spotit.core import i18n
from spotit.core.taxonomy import shown_categories
from spotit.gui.classroom_host import HeatView, HostWindow
from spotit.gui.classroom_student import JoinDialog, StudentWindow, ended_text, refusal_text
from spotit.gui.i18n import number
from spotit.gui.lrs_dialog import LrsDialog, status_line
from spotit.store.progress import Progress

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "spotit"
OWN_FILES = [
    SRC / "gui" / "classroom_host.py",
    SRC / "gui" / "classroom_student.py",
    SRC / "gui" / "lrs_dialog.py",
    *(SRC / "classroom" / f"{name}.py" for name in ("live", "session", "host", "client", "lrs")),
]
PARTS = ROOT / "tools" / "i18n-parts"
SHIPPED = SRC / "gui" / "translations" / "spotit_de.ts"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def _tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_every_classroom_text_shown_goes_through_translation():
    done = _tool("lint", *map(str, OWN_FILES))
    assert done.returncode == 0, done.stdout


def test_the_classroom_part_files_translate_every_message():
    done = _tool("check-part", str(PARTS / "classroom.de.ts"), str(PARTS / "classroom.en.ts"))
    assert done.returncode == 0, done.stdout
    assert "every message is translated" in done.stdout


@pytest.fixture
def german(qapp, tmp_path):
    """The classroom's German part (and the shipped German file) installed, as View ›
    Language installs a language; English again afterwards."""
    assert LRELEASE.exists(), "pyside6-lrelease is missing (make test installs it)"
    translators = []
    for ts in (SHIPPED, PARTS / "classroom.de.ts"):  # the part last: it is looked in first
        qm = tmp_path / f"{ts.stem}.qm"
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        translators.append(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("de"))
    i18n.install(QCoreApplication.translate, number)
    for translator in translators:
        qapp.installTranslator(translator)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.install(None, None)
    QLocale.setDefault(before)


@pytest.fixture
def class_pack(tmp_path):
    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack, open_pack

    source = read_pack_source(make_class_source(tmp_path / "src"))
    pack = open_pack(build_pack(source, tmp_path / "class.spotit"))
    yield pack
    pack.close()


@pytest.fixture
def progress(tmp_path):
    db = Progress(tmp_path / "progress.db")
    yield db
    db.close()


def test_the_host_window_speaks_german_with_plurals(german, qtbot, class_pack, progress):
    window = HostWindow({"class": class_pack}, progress)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Unterricht leiten — SpotIt"
    assert window.start_button.text() == "Sitzung &starten"
    assert "gepunktet: wenige" in window.legend.text()
    assert "Tipps anbieten" in window.hints_box.text()
    assert window.count_label.text() == "0 Artikel gewählt"
    first = window.article_list.item(0)
    assert first.text().endswith("—  Falschinformation, Schwierigkeit 1, 3 Warnsignale")
    first.setCheckState(Qt.CheckState.Checked)
    assert window.count_label.text() == "1 Artikel gewählt"
    headers = [window.roster_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Schüler:in", "Status", "Markierungen", "Tipps", "Punkte"]
    assert window.format_box.itemText(2) == "Canvas-Notenimport"


def test_the_heat_map_counts_students_in_german_plural_forms(german, qtbot):
    view = HeatView()
    qtbot.addWidget(view)
    view.segments, view.working = [HeatSegment(0, 5, 1)], 1
    assert view.note_at(2) == "Markiert von 1 von 1 Schüler:in"
    view.working = 3
    assert view.note_at(2) == "Markiert von 1 von 3 Schüler:innen"


def test_the_live_view_says_what_students_do_in_german(german, class_pack):
    session = ClassSession(
        class_pack.meta, class_pack.categories, [class_pack.article("tea")], code=CODE
    )
    entries = [
        RosterEntry("Ana", True, "flagging", 2, None),
        RosterEntry("Bea", False, "submitted", 1, 40),
    ]
    rows = live.roster_rows(entries)
    assert [r.status for r in rows] == ["✎ markiert", "✓ abgegeben (offline)"]
    assert live.class_counts(entries) == "2 beigetreten · 1 verbunden · 1 abgegeben"
    assert live.phase_line(Phase.FLAGGING).startswith("Die Schüler:innen markieren.")
    # The red flags are named as students read them: default categories in German.
    names = {c.id: c.name for c in shown_categories(class_pack.categories)}
    flagged = live.red_flag_rows(session)
    assert flagged[0].category_name == names["sensational-headline"] == "Reißerische Überschrift"
    assert flagged[0].note.startswith("Warnsignal: Reißerische Überschrift. Gefunden von 0 von 0")


def test_the_student_side_speaks_german(german, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = JoinDialog(discover=False, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Unterricht beitreten — SpotIt"
    assert dialog.join_button.text() == "&Beitreten"
    # The host writes its refusals in English: known ones come in the student's language.
    assert refusal_text("that is not this session's join code") == (
        "Das ist nicht der Beitrittscode dieser Sitzung."
    )
    assert refusal_text("someone in the class is already called Zoë") == (
        "Jemand in der Klasse heißt schon Zoë."
    )
    assert refusal_text("something new") == "Something new."
    assert ended_text("The instructor ended the session.") == (
        "Die Lehrkraft hat die Unterrichtssitzung beendet."
    )
    window = StudentWindow(ClassClient("127.0.0.1", 9, reconnect=False))
    qtbot.addWidget(window)
    assert window.banner.text() == "Verbindung zum Unterricht wird aufgebaut…"
    assert window.windowTitle() == "Unterricht — SpotIt"


def test_the_lrs_dialog_speaks_german(german, qtbot, progress):
    dialog = LrsDialog(progress)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ergebnisserver der Schule (LRS)"
    assert dialog.error_label.text() == "keiner"
    assert dialog.typed_settings() == (None, "Gib die Adresse des LRS an (seinen xAPI-Endpunkt).")
    assert status_line({"queued": 3, "sent": 1200}) == (
        "3 warten auf das Senden, 1.200 gesendet, 0 vom LRS abgelehnt"
    )


def test_english_plurals_read_right_without_a_translation(qtbot, class_pack, progress):
    window = HostWindow({"class": class_pack}, progress)
    qtbot.addWidget(window)
    window.article_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert window.count_label.text() == "1 article chosen"
    view = HeatView()
    qtbot.addWidget(view)
    view.segments, view.working = [HeatSegment(0, 5, 1)], 1
    assert view.note_at(2) == "Flagged by 1 of 1 student"


def test_a_student_reads_the_class_and_its_default_categories_in_german(
    german, qtbot, class_pack, tmp_path
):
    from tests.classroom.conftest import LOOPBACK, serving

    session = ClassSession(
        class_pack.meta, class_pack.categories, [class_pack.article("tea")], code=CODE
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with serving(session) as server:
        dialog = JoinDialog(discover=False, settings=settings)
        qtbot.addWidget(dialog)
        dialog.host_box.setEditText(LOOPBACK)
        dialog.port_box.setValue(server.port)
        dialog.code_edit.setText(CODE)
        dialog.name_edit.setText("Ana")
        dialog.join()
        qtbot.waitUntil(lambda: dialog.window_opened is not None, timeout=10_000)
        window = dialog.window_opened
        qtbot.addWidget(window, before_close_func=lambda w: w.client.close())
        qtbot.waitUntil(lambda: window.reader.current is not None, timeout=10_000)
        assert window.banner.text().startswith("Artikel 1 von 1 · ✎ Markiere die Warnsignale")
        assert "Du bist Ana in „Class pack“." in window.banner.text()
        # The host sent its pack's categories as they are; the defaults read in German.
        names = {c.id: c.name for c in window.reader.categories}
        assert names["sensational-headline"] == "Reißerische Überschrift"
        window.client.close()
