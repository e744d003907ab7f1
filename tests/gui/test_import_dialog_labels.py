"""File › Import annotations…: the labels step, the training notice and what was skipped,
driven from the keyboard as an author would."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.gui.test_interop_dialogs import into_pack_dialog, wait_idle

from spotit.cli import main
from spotit.core.taxonomy import DEFAULT_TAXONOMY
from spotit.gui.import_dialog import ImportDialog
from spotit.interop.model import MAX_INPUT_BYTES
from spotit.store.pack import open_pack

TEXT = "Tea cures diabetes, a leading doctor revealed.\nExperts say it works, officials deny it."
HOSTILE = "<img src='/etc/passwd'><a href='http://x'>x</a>"


def span(quote: str, label: str) -> list:
    start = TEXT.index(quote)
    return [start, start + len(quote), label]


@pytest.fixture
def source(tmp_path):
    records = [
        {"id": 1, "text": "Calm day\nNothing happened.", "label": []},
        {
            "id": 2,
            "text": TEXT,
            "label": [
                span("Tea cures diabetes", "Loaded_Language"),
                span("a leading doctor", "Appeal_to_Authority"),
                span("Experts say", "Appeal_to_Authority"),
                span("officials deny", HOSTILE),
            ],
        },
    ]
    path = tmp_path / "src.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def labels_step(qtbot, source, out, **kw) -> ImportDialog:
    dialog = ImportDialog(None, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_inputs([source])
    dialog.out_edit.setText(str(out))
    QTest.keyClick(dialog.next_button, Qt.Key.Key_Space)
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.labels_page, dialog.error.text()
    return dialog


def choose(combo, data) -> None:
    """Pick ``data`` in ``combo`` with the arrow keys, as the keyboard does."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(data)):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def finish(qtbot, dialog) -> None:
    QTest.keyClick(dialog.import_button, Qt.Key.Key_Space)
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.report_page, dialog.error.text()


def column(model, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_every_label_is_listed_with_its_uses_and_previewed_before_importing(
    qtbot, source, tmp_path
):
    out = tmp_path / "new.spotit"
    dialog = labels_step(qtbot, source, out)
    assert list(dialog.label_rows) == ["Loaded_Language", "Appeal_to_Authority", HOSTILE]
    assert [r.use.count for r in dialog.label_rows.values()] == [1, 2, 1]
    assert "2 articles with 4 annotations using 3 labels" in dialog.labels_intro.text()
    # Each unmapped label becomes a category of its own with a readable name, editable.
    row = dialog.label_rows["Appeal_to_Authority"]
    assert row.combo.currentText() == "New category"
    assert row.name_edit.text() == "Appeal to authority" and row.name_edit.isEnabled()
    # The preview: per label its category and colour; the sample is the flagged article.
    assert column(dialog.plan_model, 2) == ["Loaded language", "Appeal to authority", HOSTILE]
    assert column(dialog.plan_model, 3) == ["new", "new", "new"]
    colours = {p.category.color for p in dialog.plan_model.rows}
    assert len(colours) == 3  # each its own colour
    assert dialog.sample_box.currentIndex() == 1
    assert dialog.sample_view.toPlainText().startswith("Tea cures diabetes")
    assert len(dialog.sample_view.extraSelections()) == 4  # every flag marked
    assert column(dialog.sample_flags_model, 1) == [
        "Loaded_Language",
        "Appeal_to_Authority",
        "Appeal_to_Authority",
        HOSTILE,
    ]
    assert not out.exists()  # nothing is written before Import


def test_the_labels_step_works_from_the_keyboard(qtbot, source, tmp_path):
    dialog = labels_step(qtbot, source, tmp_path / "k.spotit")
    rows = list(dialog.label_rows.values())
    assert rows[0].combo.hasFocus()  # the first choice, ready
    QTest.keyClick(rows[0].combo, Qt.Key.Key_Tab)
    assert rows[0].name_edit.hasFocus()  # along the row: the category, then its name
    QTest.keyClick(rows[0].name_edit, Qt.Key.Key_Tab)
    assert rows[1].combo.hasFocus()  # then down to the next label
    choose(rows[1].combo, "false-authority")
    assert not rows[1].name_edit.isEnabled()  # an existing category has its own name
    assert dialog.plan_model.rows[1].category.id == "false-authority"
    assert column(dialog.plan_model, 3)[1] == "default"
    # The mnemonics of the step: Alt+V the preview, Alt+L the labels, Alt+R the
    # sample article, Alt+I imports.
    QTest.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert dialog.plan_view.hasFocus()
    QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert rows[1].combo.hasFocus()  # back where the author was among the labels
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert dialog.sample_box.hasFocus()
    QTest.keyClick(dialog.sample_box, Qt.Key.Key_Up)  # the other article, as a sample
    qtbot.waitUntil(lambda: dialog.sample_view.toPlainText().startswith("Calm day"), timeout=10000)
    assert dialog.sample_box.hasFocus()  # still choosing: the page was not disabled
    assert dialog.sample_flags_model.rowCount() == 0
    QTest.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" its button: the click lands a moment later.
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.report_page, timeout=10000)


def test_a_mapping_chosen_in_the_dialog_makes_the_pack_the_cli_map_makes(
    qtbot, source, tmp_path, capsys
):
    gui_out = tmp_path / "same.spotit"
    dialog = labels_step(qtbot, source, gui_out)
    choose(dialog.label_rows["Appeal_to_Authority"].combo, "false-authority")
    finish(qtbot, dialog)

    cli_dir = tmp_path / "cli"
    cli_dir.mkdir()
    cli_out = cli_dir / "same.spotit"
    args = ["pack", "import", "--from", "doccano", str(source), "-o", str(cli_out)]
    assert main([*args, "--map", "Appeal_to_Authority=false-authority"]) == 0, capsys.readouterr()

    def rows(path):
        with open_pack(path) as pack:
            articles = [pack.article(i) for i in pack.article_ids()]
            return (
                pack.meta,
                list(pack.categories),
                [(a.meta, a.text, a.body, list(a.annotations)) for a in articles],
            )

    assert rows(gui_out) == rows(cli_out)
    with open_pack(gui_out) as pack:
        by_id = {c.id: c for c in pack.categories}
    default = next(c for c in DEFAULT_TAXONOMY if c.id == "false-authority")
    assert by_id["false-authority"] == default  # the default category itself


def test_a_new_category_takes_the_name_the_author_types(qtbot, source, tmp_path):
    out = tmp_path / "named.spotit"
    dialog = labels_step(qtbot, source, out)
    edit = dialog.label_rows["Loaded_Language"].name_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Emotive words")
    assert dialog.plan_model.rows[0].category.name == "Emotive words"
    # Two new categories with one name: one line, and no import until it is fixed.
    other = dialog.label_rows["Appeal_to_Authority"].name_edit
    other.setFocus()
    other.selectAll()
    qtbot.keyClicks(other, "emotive words")
    assert dialog.error.isVisibleTo(dialog) and "taken already" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    other.selectAll()
    qtbot.keyClicks(other, "Big names")
    assert dialog.import_button.isEnabled() and not dialog.error.isVisibleTo(dialog)
    finish(qtbot, dialog)
    with open_pack(out) as pack:
        categories = {c.name: c for c in pack.categories}
    assert set(categories) == {"Emotive words", "Big names", HOSTILE}
    # No field left empty (a learner's feedback shows them), each its own colour.
    assert all(c.description and c.how_to_check for c in categories.values())
    assert len({c.color for c in categories.values()}) == 3


def test_labels_are_shown_as_plain_text(qtbot, source, tmp_path):
    dialog = labels_step(qtbot, source, tmp_path / "h.spotit")
    shown = [
        w
        for w in dialog.label_grid_host.findChildren(type(dialog.labels_intro))
        if w.text().startswith("<img")
    ]
    assert shown and all(w.textFormat() == Qt.TextFormat.PlainText for w in shown)
    assert dialog.label_rows[HOSTILE].name_edit.text() == HOSTILE


def test_a_new_pack_has_no_training_notice_unless_the_author_writes_one(qtbot, source, tmp_path):
    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.notice_edit.text() == ""  # empty by default, with a reason beside it
    assert "misleads" in dialog.notice_hint.text()
    dialog.add_inputs([source])
    dialog.out_edit.setText(str(tmp_path / "plain.spotit"))
    dialog.start_import()
    wait_idle(qtbot, dialog)
    finish(qtbot, dialog)
    with open_pack(tmp_path / "plain.spotit") as pack:
        assert pack.meta.training_notice == ""
    assert "Training notice: none" in dialog.summary.text()

    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    dialog.add_inputs([source])
    dialog.out_edit.setText(str(tmp_path / "told.spotit"))
    dialog.notice_edit.setFocus()
    qtbot.keyClicks(dialog.notice_edit, "Real <b>news</b> from the X corpus")
    dialog.start_import()
    wait_idle(qtbot, dialog)
    finish(qtbot, dialog)
    with open_pack(tmp_path / "told.spotit") as pack:
        assert pack.meta.training_notice == "Real <b>news</b> from the X corpus"
    assert "Real &lt;b&gt;news&lt;/b&gt;" in dialog.summary.text()  # shown as written


def test_into_a_pack_an_empty_notice_keeps_the_packs_own(qtbot, source, tmp_path, built_pack):
    with open_pack(built_pack) as pack:
        own = pack.meta.training_notice
    out = tmp_path / "more.spotit"
    dialog = into_pack_dialog(qtbot, built_pack, [source], out)
    assert "keeps its own" in dialog.notice_edit.placeholderText()
    dialog.start_import()
    wait_idle(qtbot, dialog)
    for row in dialog.label_rows.values():
        if row.combo.currentData() is None:
            row.combo.setCurrentIndex(1)  # the pack's first category
    finish(qtbot, dialog)
    with open_pack(out) as pack:
        assert pack.meta.training_notice == own


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_files_the_import_skipped_are_listed_in_the_result(qtbot, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Miracle cure\nIt works.\n", encoding="utf-8")
    (corpus / "good.ann").write_text("T1\tHype 0 7\tMiracle\n", encoding="utf-8")
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    link = corpus / "<img src=x>passwd.txt"
    link.symlink_to(secret)
    with open(corpus / "huge.txt", "wb") as big:
        big.truncate(MAX_INPUT_BYTES + 1)
    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("brat")
    dialog.add_inputs([corpus])
    dialog.out_edit.setText(str(tmp_path / "brat.spotit"))
    dialog.start_import()
    wait_idle(qtbot, dialog)
    finish(qtbot, dialog)

    assert "Imported 1 article" in dialog.summary.text()
    assert dialog.skipped_label.isVisible() and dialog.skipped_list.isVisible()
    assert dialog.skipped_label.text() == (
        "⚠ 2 files or texts were skipped and are not in the pack:"
    )
    assert dialog.skipped_label.textFormat() == Qt.TextFormat.PlainText
    assert sorted(column(dialog.skipped_model, 0)) == [
        f"{link}: a symbolic link; imports read only regular files; skipped",
        f"{corpus / 'huge.txt'}: larger than 50 MiB; not read; skipped",
    ]
    with open_pack(tmp_path / "brat.spotit") as pack:
        assert pack.article_ids() == ["good"]


def test_nothing_skipped_shows_no_skipped_list(qtbot, source, tmp_path):
    dialog = labels_step(qtbot, source, tmp_path / "fine.spotit")
    finish(qtbot, dialog)
    assert not dialog.skipped_label.isVisible() and not dialog.skipped_list.isVisible()


def test_into_a_pack_a_label_may_become_a_new_category_as_with_the_cli_new(
    qtbot, source, tmp_path, capsys, built_pack
):
    gui_out = tmp_path / "more.spotit"
    dialog = into_pack_dialog(qtbot, built_pack, [source], gui_out)
    dialog.show()
    dialog.start_import()
    wait_idle(qtbot, dialog)
    rows = dialog.label_rows
    assert rows["Loaded_Language"].combo.currentData() == "loaded-language"  # fits by slug
    assert rows["Appeal_to_Authority"].combo.currentData() is None  # chosen for, not guessed
    assert not dialog.import_button.isEnabled()
    choose(rows["Appeal_to_Authority"].combo, "")  # New category
    assert rows["Appeal_to_Authority"].name_edit.text() == "Appeal to authority"
    assert rows["Appeal_to_Authority"].name_edit.isEnabled()
    choose(rows[HOSTILE].combo, "false-authority")
    assert [p.new for p in dialog.plan_model.rows] == [False, True, False]
    assert column(dialog.plan_model, 3) == ["the pack's", "new", "the pack's"]
    finish(qtbot, dialog)

    cli_dir = tmp_path / "cli"
    cli_dir.mkdir()
    cli_out = cli_dir / "more.spotit"
    args = ["pack", "import", "--from", "doccano", str(source), "-o", str(cli_out)]
    args += ["--into", str(built_pack), "--new", "Appeal_to_Authority"]
    args += ["--map", f"{HOSTILE}=false-authority"]
    assert main(args) == 0, capsys.readouterr()

    def pack_rows(path):
        with open_pack(path) as pack:
            articles = [pack.article(i) for i in pack.article_ids()]
            return (
                pack.meta,
                list(pack.categories),
                [(a.meta, a.text, list(a.annotations)) for a in articles],
            )

    assert pack_rows(gui_out) == pack_rows(cli_out)
    with open_pack(built_pack) as before, open_pack(gui_out) as after:
        added = [c for c in after.categories if c not in before.categories]
        old_colours = {c.color.lower() for c in before.categories}
    assert [c.name for c in added] == ["Appeal to authority"]
    assert added[0].color.lower() not in old_colours  # its own colour
    assert added[0].description and added[0].how_to_check
