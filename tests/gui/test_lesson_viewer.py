"""Lessons in the app: the viewer, the offer before an article, and the ways to open one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from tests.conftest import make_source, write_article
from tests.gui.hostile import HOSTILE

from spotit.content.source import read_pack_source
from spotit.gui.lessons import MARK_SYMBOL
from spotit.gui.main_window import MainWindow
from spotit.gui.reader import offer_text
from spotit.gui.tour import TOUR_KEY
from spotit.practice import Practice
from spotit.store.pack import build_pack

#: The hostile lesson's title, as a TOML basic string can hold it.
HOSTILE_TITLE = HOSTILE.replace('"', "'")
LESSONS = [  # file, category, title, order
    ("a.md", "sensational-headline", "Sensational headlines", 10),
    ("b.md", "filler", "Filler that proves nothing", 20),
    ("c.md", "vague-source", "Vague sources", 30),
    ("d.md", "logical-fallacy", HOSTILE_TITLE, 40),
    ("e.md", "loaded-language", "Loaded words", 50),
]


def write_lesson(folder: Path, name: str, category: str, title: str, order: int) -> None:
    what = HOSTILE if category == "logical-fallacy" else f"What {category} is, in a sentence."
    path = folder / "lessons" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'+++\ncategory = "{category}"\ntitle = "{title}"\norder = {order}\n+++\n'
        f"## What it is\n\n{what}\n\n"
        "## Example\n\n> Tap water is unsafe, ==according to experts== at a ==big== conference."
        "\n\nNobody could look the marked words up.\n\n"
        "## How to check\n\n1. Look for a name.\n2. Look for a date.\n",
        encoding="utf-8",
    )


@pytest.fixture
def lesson_pack(tmp_path) -> Path:
    """A pack with a misinformation article (sensational headline, vague source), a credible
    one, and five lessons, one with a hostile title and text."""
    folder = make_source(tmp_path / "src")
    write_article(
        folder,
        "02-calm.md",
        'id = "calm"\nkind = "credible"\nheadline = "Council opens a library"\ndifficulty = 1\n',
        "The council opened the library on 3 May, its clerk Ana Lind said.\n",
    )
    for name, category, title, order in LESSONS:
        write_lesson(folder, name, category, title, order)
    return build_pack(read_pack_source(folder), tmp_path / "lessons.spotit")


def new_window(qtbot, progress, learner, pack_path: Path) -> MainWindow:
    window = MainWindow(progress, learner)
    qtbot.addWidget(window)
    window.add_pack(pack_path)
    window.show()
    window.show_library()
    return window


@pytest.fixture
def win(qtbot, progress, learner, lesson_pack) -> MainWindow:
    Practice(progress, learner).mark_seen(TOUR_KEY)  # these tests are not about the tour
    return new_window(qtbot, progress, learner, lesson_pack)


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def seen(progress, learner, key: str) -> bool:
    return Practice(progress, learner).has_seen(key)


# -- which lessons are offered --------------------------------------------------------


# The rule itself, case by case: tests/practice/test_lesson_offers.py.


def test_the_offer_names_only_the_first_lesson_not_the_articles():
    text = offer_text(["Sensational headline", "Filler", "Vague source"])
    assert "Sensational headline" in text and "3 red flags" in text
    assert "Vague source" not in text and "this article" not in text


# -- the offer above an article ---------------------------------------------------------


def open_article(window, article_id: str):
    window.open_article("demo", article_id)
    return window.reader


def test_lessons_are_offered_once_and_never_twice_across_restarts(
    qtbot, win, progress, learner, lesson_pack
):
    reader = open_article(win, "rocket")
    bar = reader.lesson_bar
    assert bar.isVisible()
    text = reader.lesson_offer_label.text()
    assert "3 red flags you have not met yet" in text and "Sensational headline" in text
    for category in ("sensational-headline", "filler", "vague-source"):
        assert seen(progress, learner, f"lesson-offered:{category}")
    assert not seen(progress, learner, "lesson-offered:logical-fallacy")
    # Not now: the bar goes, the learner goes on flagging.
    click(reader.not_now_button)
    assert not bar.isVisible() and reader.view.hasFocus()

    # The same article again: those three are never offered again; the two left are.
    reader = open_article(win, "rocket")
    assert bar.isVisible() and "2 red flags" in reader.lesson_offer_label.text()
    # And once every lesson has been offered, no bar at all, credible articles included.
    reader = open_article(win, "calm")
    assert not reader.lesson_bar.isVisible()
    win.close()

    again = new_window(qtbot, progress, learner, lesson_pack)
    reader = open_article(again, "rocket")
    assert not reader.lesson_bar.isVisible()


def test_a_credible_article_is_offered_lessons_too(win):
    # So an offer does not tell the learner that the article has red flags.
    reader = open_article(win, "calm")
    assert reader.lesson_bar.isVisible()
    assert "3 red flags" in reader.lesson_offer_label.text()


def test_read_the_lesson_opens_the_first_offered(qtbot, win, progress, learner):
    reader = open_article(win, "rocket")
    click(reader.read_lesson_button)
    lessons = win.lesson_window
    assert lessons is not None and lessons.isVisible()
    assert lessons.current.lesson.category == "sensational-headline"
    assert not reader.lesson_bar.isVisible()
    assert seen(progress, learner, "lesson-opened:sensational-headline")
    assert not seen(progress, learner, "lesson-opened:vague-source")


# -- the viewer -----------------------------------------------------------------------


def test_the_viewer_shows_a_lesson_with_its_marks_not_by_colour_alone(qtbot, win):
    win.open_lesson("vague-source")
    lessons = win.lesson_window
    text = lessons.view.toPlainText()
    assert text.startswith("Vague sources")
    for section in ("What it is", "Example", "How to check"):
        assert section in text
    # Each marked red flag: a ⚑ before it, and a tint and an underline on its words.
    assert f"{MARK_SYMBOL} according to experts" in text  # a no-break space, read as one
    assert f"{MARK_SYMBOL} big" in text
    selections = lessons.view.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["according to experts", "big"]
    for selection in selections:
        fmt = selection.format
        assert fmt.background().color().alpha() > 0
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    # Named in words under the lesson too.
    assert "“according to experts”; “big”" in lessons.marked.text()
    assert lessons.marked.textFormat() == Qt.TextFormat.PlainText


def test_the_viewer_moves_between_lessons_with_the_keyboard_and_escape_closes(
    qtbot, win, progress, learner
):
    win.open_lesson("")  # Help › Lessons…: the first lesson
    lessons = win.lesson_window
    qtbot.waitUntil(lessons.list.hasFocus)
    assert lessons.current.lesson.category == "sensational-headline"
    QTest.keyClick(lessons.list, Qt.Key.Key_Down)
    assert lessons.current.lesson.category == "filler"
    assert lessons.view.toPlainText().startswith("Filler that proves nothing")
    assert seen(progress, learner, "lesson-opened:filler")
    # Tab goes on to the lesson, then to the Close button.
    QTest.keyClick(lessons.list, Qt.Key.Key_Tab)
    assert lessons.view.hasFocus()
    QTest.keyClick(lessons, Qt.Key.Key_Escape)
    assert not lessons.isVisible()


def test_help_lessons_opens_the_viewer(win):
    help_menu = next(a for a in win.menuBar().actions() if a.text() == "&Help").menu()
    action = next(a for a in help_menu.actions() if a.text() == "&Lessons…")
    action.trigger()
    assert win.lesson_window.isVisible() and win.lesson_window.list.count() == len(LESSONS)


def test_a_hostile_lesson_is_shown_as_plain_text(qtbot, win):
    win.open_lesson("logical-fallacy")
    lessons = win.lesson_window
    text = lessons.view.toPlainText()
    assert text.startswith(HOSTILE_TITLE)  # the title, character for character
    assert lessons.view.document().toHtml().count("<img") == 0
    row = lessons.list.currentRow()
    assert lessons.list.item(row).text() == HOSTILE_TITLE
    assert HOSTILE_TITLE in lessons.windowTitle()


# -- opening a lesson from the palette and from the feedback ------------------------------


def test_shift_f1_on_a_palette_button_opens_its_lesson(qtbot, win):
    reader = open_article(win, "rocket")
    buttons = reader.flag_panel.palette_buttons
    vague = next(b for b in buttons if b.property("category") == "vague-source")
    vague.setFocus()
    assert "lesson on this red flag" in vague.toolTip()
    QTest.keyClick(vague, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert win.lesson_window.isVisible()
    assert win.lesson_window.current.lesson.category == "vague-source"
    # A category with no lesson in this pack says nothing of a lesson.
    quote = next(b for b in buttons if b.property("category") == "unsourced-quote")
    assert "lesson" not in quote.toolTip()


def test_shift_f1_on_a_flag_in_the_text_opens_its_lesson(qtbot, win):
    reader = open_article(win, "rocket")
    view = reader.view
    start = view.text.index("experts say")
    view.select_span(start, start + len("experts say"))
    QTest.keyClick(view, Qt.Key.Key_4)  # wrong name, title or fact: a flag, any flag
    view.select_span(start, start)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert reader.flag_at_caret() is not None
    QTest.keyClick(view, Qt.Key.Key_3)  # changes the flag under the caret to vague source
    QTest.keyClick(view, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert win.lesson_window.current.lesson.category == "vague-source"


def test_the_palette_lessons_button_opens_the_list(qtbot, win):
    reader = open_article(win, "rocket")
    assert reader.flag_panel.lesson_button.isVisible()
    click(reader.flag_panel.lesson_button)
    assert win.lesson_window.isVisible()


def test_the_feedback_links_each_red_flag_to_its_lesson(qtbot, win, progress, learner):
    reader = open_article(win, "rocket")
    view = reader.view
    start = view.text.index("experts say")
    view.select_span(start, start + len("experts say"))
    QTest.keyClick(view, Qt.Key.Key_3)
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reader.report is not None
    verdicts = reader.verdict_list
    model = reader.feedback.verdict_model
    rows = {model.row(model.index(r, 0)).category.id: r for r in range(model.rowCount())}
    verdicts.setCurrentIndex(model.index(rows["vague-source"], 0))
    html = reader.explanation.toHtml()
    assert "Read the lesson on Vague or anonymous source" in reader.explanation.toPlainText()
    assert "spotit-lesson:vague-source" in html
    # Click the link, as the learner does.
    explanation = reader.explanation
    document = explanation.document()
    found = document.find("Read the lesson on")
    inside = QTextCursor(document)
    inside.setPosition(found.selectionStart() + 3)
    point = explanation.cursorRect(inside).center()
    QTest.mouseClick(
        explanation.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert win.lesson_window is not None and win.lesson_window.isVisible()
    assert win.lesson_window.current.lesson.category == "vague-source"
    assert seen(progress, learner, "lesson-opened:vague-source")
    # Shift+F1 in the feedback: the lesson on the verdict chosen.
    verdicts.setCurrentIndex(model.index(rows["sensational-headline"], 0))
    QTest.keyClick(verdicts, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert win.lesson_window.current.lesson.category == "sensational-headline"


def test_history_opens_the_lesson_on_a_red_flag(qtbot, win):
    # One attempt, so the learner has cards; then History, and Enter on a red flag.
    reader = open_article(win, "rocket")
    view = reader.view
    start = view.text.index("experts say")
    view.select_span(start, start + len("experts say"))
    QTest.keyClick(view, Qt.Key.Key_3)
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(reader.verdict_list, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = win.history
    assert win.pages.currentWidget() is history
    table = history.retention_view
    model = table.model()
    rows = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data() == "Vague or anonymous source"
    ]
    assert rows, [model.index(r, 0).data() for r in range(model.rowCount())]
    table.setFocus()
    table.setCurrentIndex(model.index(rows[0], 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert win.lesson_window is not None and win.lesson_window.isVisible()
    assert win.lesson_window.current.lesson.category == "vague-source"


def test_a_palette_buttons_context_menu_opens_its_lesson(qtbot, win, qapp):
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    reader = open_article(win, "rocket")
    vague = next(
        b for b in reader.flag_panel.palette_buttons if b.property("category") == "vague-source"
    )
    seen_items: list[str] = []

    def choose_about() -> None:
        menu = qapp.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen_items.extend(a.text() for a in menu.actions())
        about = next(a for a in menu.actions() if a.text().startswith("About this red flag"))
        menu.setActiveAction(about)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose_about)
    qapp.sendEvent(
        vague,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), vague.mapToGlobal(QPoint(5, 5))
        ),
    )
    assert "About this red flag (lesson)" in seen_items
    assert win.lesson_window is not None and win.lesson_window.isVisible()
    assert win.lesson_window.current.lesson.category == "vague-source"
