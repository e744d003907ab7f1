"""The practice area in German: the check page, the study window's texts, the feedback.

The German comes from the practice area's partial translation
(tools/i18n-parts/practice.de.ts), compiled here, so the test does not wait for the
merge into the shipped spotit_de.ts.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from spotit.core import i18n as core_i18n
from spotit.core.measures import Response, measures
from spotit.core.model import Annotation, Flag
from spotit.core.scoring import score
from spotit.gui.check_page import CheckDriver, CheckPage, result_lines
from spotit.practice.checks import WaveResult, wave_phrase
from spotit.practice.startup import damaged_problem
from spotit.store.progress import ProgressDamaged

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "tools" / "i18n-parts"
SRC = ROOT / "src" / "spotit"
#: The files whose texts practice.de.ts holds.
SOURCES = [
    *(SRC / "gui" / f"{name}.py" for name in ("check_page", "check_report", "study")),
    *(
        SRC / "practice" / f"{name}.py"
        for name in (
            "boosters checks history investigation lessons library plan report session "
            "settings startup study today"
        ).split()
    ),
    *(SRC / "core" / f"{name}.py" for name in ("scoring", "measures", "review", "sources")),
]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    return str(BIN / name) if (BIN / name).exists() else name


def _messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether it is a plural message."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return found


def test_the_part_files_are_up_to_date_and_finished(tmp_path):
    ts = tmp_path / "practice.de.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        + ["-source-language", "en", "-target-language", "de"]
        + [str(p) for p in SOURCES]
        + ["-ts", str(ts)],
        check=True,
        timeout=120,
    )
    extracted = _messages(ts)
    part = _messages(PARTS / "practice.de.ts")
    assert set(part) == set(extracted)
    plurals = {key for key in extracted if "%n" in key[1]}
    assert {key for key, numerus in part.items() if numerus} == plurals
    assert _messages(PARTS / "practice.en.ts") == dict.fromkeys(plurals, True)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check-part"]
        + [str(PARTS / "practice.de.ts"), str(PARTS / "practice.en.ts")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "every message is translated", result.stdout


@pytest.fixture
def german(qapp, tmp_path):
    """The practice area's German installed, as View › Language does; English after."""
    qm = tmp_path / "practice_de.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(PARTS / "practice.de.ts"), "-qm", str(qm)],
        check=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    before = core_i18n._translator, core_i18n._number
    qapp.installTranslator(translator)
    core_i18n.install(QCoreApplication.translate, None)
    yield
    qapp.removeTranslator(translator)
    core_i18n._translator, core_i18n._number = before


def test_the_check_page_speaks_german(german, qtbot):
    page = CheckPage(driver=CheckDriver(lambda *args: None, "Test verlassen?"))
    qtbot.addWidget(page)
    assert page.begin_button.text() == "&Beginnen"
    assert page.question.text() == "Ist das glaubwürdig? Drücke 1 bis 6."
    assert page.buttons[0].accessibleName() == "1: Sicher nicht glaubwürdig"
    assert page.buttons[5].text() == "6  Sicher\nglaubwürdig"
    assert wave_phrase("pre") == "bevor du anfängst"
    assert wave_phrase("delayed-1") == "1 Tag später"
    assert wave_phrase("delayed-30") == "30 Tage später"
    answers = [("misleading", 1), ("misleading", 5), ("credible", 6), ("credible", 4)]
    responses = [Response(f"i{n}", truth, rating) for n, (truth, rating) in enumerate(answers)]
    lines = result_lines(WaveResult("pre", "a", "", measures(responses)))
    assert lines[0].startswith("Du hast 1 von 2 irreführenden Aufgaben")


def test_feedback_and_a_start_up_problem_in_german(german, tmp_path):
    text = "Insiders say the pill works for everyone. The clinic opens in May."
    start = text.index("Insiders say")
    key = [Annotation(start, start + 12, "vague-source", "Insiders say", explanation="x")]
    flagged = text.index("works for everyone")
    report = score(text, key, [Flag(flagged, flagged + 18, "vague-source")])
    assert report.summary == (
        "Du hast 0 von 1 Warnsignal gefunden; 1 deiner Markierungen war knapp daneben: "
        "richtiger Satz, andere Wörter; deine Markierungen umfassten 30 % des Textes, "
        "der in Ordnung war."
    )
    assert (
        report.flags[0].note == "Knapp daneben: Das Warnsignal in diesem Satz ist „Insiders say“."
    )
    problem = damaged_problem(ProgressDamaged(tmp_path / "progress.db", "malformed"))
    assert problem.title == "Dein Fortschritt ist beschädigt"
    assert [c.label for c in problem.choices][1] == "&Neu anfangen"
