"""The reader's hints (issue 12): asked for one at a time, kept with the draft and the attempt."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from spotit.core.model import Annotation
from spotit.gui.main_window import shortcuts_help

RIVER_HINT = "Read the headline, then hunt for its proof."


def hint_state(reader) -> tuple[str, bool, str]:
    """The hint button's text and whether it can be pressed, and the hints on show."""
    button, shown = reader.hint_button, reader.flag_panel.hint_text
    return button.text(), button.isEnabled(), shown.text() if shown.isVisibleTo(reader) else ""


def test_a_hint_is_shown_when_asked_for_and_then_there_are_no_more(window):
    window.open_article("starter", "river-betrayal")
    reader = window.reader
    assert hint_state(reader) == ("Need a h&int?", True, "")  # Alt+I
    QTest.keyClick(reader.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert hint_state(reader) == ("No more hints", False, f"Hint 1 of 1: {RIVER_HINT}")
    assert reader.flag_panel.hint_text.textFormat() == Qt.TextFormat.PlainText
    assert not reader.hint_action.isEnabled()
    reader.show_hint()  # nothing more to give: nothing changes
    assert reader.hints_used == 1


def test_hints_come_one_at_a_time_in_article_order(window):
    window.open_article("starter", "river-betrayal")
    reader = window.reader
    opened = reader.current
    text = opened.article.text
    late, early = text.index("senior diplomat"), text.index("Kestria has been sold out")
    keyed = dataclasses.replace(
        opened.article,
        annotations=[
            Annotation(late, late + 15, "vague-source", "senior diplomat", "Who?", hint="Who saw?"),
            Annotation(early, early + 25, "loaded-language", "x", "Why?", hint="A verdict?"),
        ],
    )
    reader.open_article(opened.pack, keyed, fresh=True)
    reader.hint_button.click()
    assert hint_state(reader) == ("Another h&int (1 left)", True, "Hint 1 of 2: A verdict?")
    reader.hint_button.click()
    assert hint_state(reader) == (
        "No more hints",
        False,
        "Hint 1 of 2: A verdict?\n\nHint 2 of 2: Who saw?",
    )


def test_an_article_without_hints_says_so(window):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    opened = reader.current
    bare = dataclasses.replace(
        opened.article,
        annotations=[dataclasses.replace(a, hint="") for a in opened.article.annotations],
        notes=(),
    )
    reader.open_article(opened.pack, bare, fresh=True)
    assert hint_state(reader) == ("No hints for this article", False, "")
    assert not reader.hint_action.isEnabled()


def test_a_credible_article_offers_the_hints_of_its_notes_in_text_order(window):
    window.open_article("starter", "vessa-bridge-closure")
    reader = window.reader
    opened = reader.current
    assert opened.article.meta.kind == "credible" and opened.article.annotations == []
    first, *rest = opened.article.notes
    assert first.hint and hint_state(reader)[:2] == ("Need a h&int?", True)
    # Notes in reverse order: the hints still come in the order of their passages.
    keyed = dataclasses.replace(
        opened.article,
        notes=(
            dataclasses.replace(rest[-1], hint="Is there a date?"),
            dataclasses.replace(first, hint="Who said so?"),
        ),
    )
    reader.open_article(opened.pack, keyed, fresh=True)
    reader.hint_button.click()
    assert hint_state(reader) == ("Another h&int (1 left)", True, "Hint 1 of 2: Who said so?")


def test_a_resumed_draft_shows_the_hints_already_given(window, progress, learner):
    window.open_article("starter", "river-betrayal")
    window.reader.show_hint()
    window.show_library()  # leaves the reader: the draft is kept
    window.open_article("starter", "river-betrayal")
    assert window.reader.hints_used == 1
    assert hint_state(window.reader)[2] == f"Hint 1 of 1: {RIVER_HINT}"


def test_the_feedback_says_how_many_hints_were_used_and_the_attempt_keeps_it(
    window, progress, learner
):
    window.open_article("starter", "river-betrayal")
    reader = window.reader
    reader.show_hint()
    reader._submit([])
    assert "1 hint used" in reader.score_label.text()
    assert not reader.hint_action.isEnabled()  # no hints after submitting
    (attempt,) = progress.attempts(learner.id)
    assert attempt.hints_used == 1
    reader.try_again()  # a fresh start: no hints shown
    assert reader.hints_used == 0 and hint_state(reader)[:2] == ("Need a h&int?", True)


def test_the_feedback_says_nothing_of_hints_when_none_were_used(window):
    window.open_article("starter", "river-betrayal")
    window.reader._submit([])
    assert "hint" not in window.reader.score_label.text()


def test_the_hint_shortcut_is_in_the_flag_menu_and_the_shortcut_list(window):
    window.open_article("starter", "river-betrayal")
    actions = window.flag_menu.actions()
    assert window.reader.hint_action in actions
    assert window.reader.hint_action.shortcut().toString() == "Ctrl+I"
    assert "<b>Ctrl+I</b></td><td>need a hint?" in shortcuts_help()
