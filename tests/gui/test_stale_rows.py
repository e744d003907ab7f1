"""The reader acts on the flag the learner means, never on a row number gone stale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def flag_words(reader, words: str, category: str) -> None:
    start = reader.view.text.index(words)
    reader.view.select_span(start, start + len(words))
    assert reader.flag_selection(category)


def click_row(view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer_dialogs(monkeypatch, value: str, asked: list[str]) -> None:
    """Every input dialog is accepted with ``value``; its label text is recorded."""

    def exec_(dialog):
        asked.append(dialog.labelText())
        dialog.setTextValue(value)
        return QInputDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", exec_)


def passages(reader) -> list[str]:
    return [reader.view.text[f.start : f.end] for f in reader.flags]


def two_flags_with_the_later_selected(window):
    """ "a leading doctor" and "Big Pharma" flagged; "Big Pharma" clicked in the list."""
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    flag_words(reader, "a leading doctor", "false-authority")
    flag_words(reader, "Big Pharma", "vague-source")
    pharma = reader.flags[1]
    reader.flag_list.setFocus()
    click_row(reader.flag_list, 1)
    assert reader.selected_flag() == pharma
    return reader, pharma


def test_a_new_flag_above_the_selected_row_is_the_one_its_actions_act_on(window, monkeypatch):
    reader, _pharma = two_flags_with_the_later_selected(window)
    flag_words(reader, "Recently", "sensational-headline")  # above both in the list
    assert passages(reader) == ["Recently", "a leading doctor", "Big Pharma"]
    asked: list[str] = []
    answer_dialogs(monkeypatch, "vague time", asked)
    reader.flag_panel.note_button.click()
    assert asked == ["Your note on “Recently”:"]
    assert [f.note for f in reader.flags] == ["vague time", "", ""]
    reader.flag_panel.delete_button.click()
    assert passages(reader) == ["a leading doctor", "Big Pharma"]


def test_a_flag_coming_back_above_the_selected_row_leaves_the_selection_on_its_flag(
    window, monkeypatch
):
    reader, pharma = two_flags_with_the_later_selected(window)
    flag_words(reader, "Recently", "sensational-headline")
    reader.delete_flag(reader.flags[0])  # "Recently" goes
    reader.flag_list.setFocus()
    click_row(reader.flag_list, 1)  # "Big Pharma"
    reader.undo_stack.undo()  # "Recently" comes back above it
    assert passages(reader) == ["Recently", "a leading doctor", "Big Pharma"]
    assert reader.selected_flag() == pharma
    reader.flag_panel.delete_button.click()
    assert passages(reader) == ["Recently", "a leading doctor"]


def test_the_category_dialog_names_its_passage_and_changes_that_flag(window, monkeypatch):
    reader, pharma = two_flags_with_the_later_selected(window)
    asked: list[str] = []
    answer_dialogs(monkeypatch, "Unsourced quote   (2)", asked)
    reader.flag_panel.recategorise_button.click()
    assert asked == ["Red flag for “Big Pharma”:"]
    changed = next(f for f in reader.flags if f.start == pharma.start)
    assert changed.category == "unsourced-quote" and reader.selected_flag() == changed


def select_during_the_next_reset(feedback, row: int) -> list:
    """As a view may: report a selection of old row ``row`` while the model is being reset."""
    model, seen = feedback.verdict_model, []

    def stale_selection():
        seen.append(model.row(row))
        feedback._verdict_selected(model.index(row, 0))

    model.modelAboutToBeReset.connect(stale_selection)
    return seen


def test_a_your_flag_row_then_try_again_then_credible_does_not_crash(window):
    # Flag two passages (one a red flag, named wrongly), submit, pick a "Your flag" row,
    # Ctrl+R, then Ctrl+Shift+Enter: the "Your flag" row is not in the new report.
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    flag_words(reader, "a leading doctor", "loaded-language")
    flag_words(reader, "For generations", "vague-source")
    QTest.keyClick(reader.view, Qt.Key.Key_Return, CTRL)
    model = reader.verdict_list.model()
    verdicts = [model.index(r, 0).data() for r in range(model.rowCount())]
    yours = next(n for n, v in enumerate(verdicts) if "Your flag:" in v)
    click_row(reader.verdict_list, yours)
    QTest.keyClick(reader.verdict_list, Qt.Key.Key_R, CTRL)
    assert reader.side.currentIndex() == 0
    seen = select_during_the_next_reset(reader.feedback, yours)
    QTest.keyClick(reader.view, Qt.Key.Key_Return, CTRL | SHIFT)
    assert seen and seen[0].kind == "flag"  # the stale row did arrive
    assert reader.report is not None and reader.report.flags == []
    assert "Missed" in reader.explanation.toPlainText()


def test_feedback_on_many_red_flags_then_on_fewer_does_not_crash(window):
    # The starter articles with the most and the fewest red flags (as the pack holds them now).
    pack = window.packs["starter"]
    counts = {i: len(pack.article(i).annotations) for i in pack.article_ids()}
    most = max(counts, key=counts.get)
    fewest = min((i for i in counts if counts[i]), key=counts.get)
    window.open_article("starter", most)
    reader = window.reader
    reader.submit_credible()
    many = reader.verdict_list.model().rowCount()
    click_row(reader.verdict_list, many - 1)  # the last red flag of the long article
    seen = select_during_the_next_reset(reader.feedback, many - 1)
    window.open_article("starter", fewest)
    reader.submit_credible()
    fewer = reader.verdict_list.model().rowCount()
    assert seen and 0 < fewer < many
    assert reader.feedback.report is reader.report
    first = reader.verdict_list.model().index(0, 2).data()
    assert reader.view.textCursor().selectedText() == first  # the passage of the new first row
