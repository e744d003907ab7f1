"""File › Import annotations… and Export annotations…, driven as an author would."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.gui.hostile import capture_boxes

from spotit.gui.export_dialog import ExportDialog
from spotit.gui.import_dialog import ImportDialog
from spotit.interop.model import Document, Parsed, Span
from spotit.interop.packs import import_documents
from spotit.store.pack import open_pack

TEXT = "Tea cures diabetes, a leading doctor revealed. Officials 🚀 deny it."


def span(quote: str, label: str) -> list:
    start = TEXT.index(quote)
    return [start, start + len(quote), label]


def doccano_file(path, spans, text=TEXT):
    path.write_text(
        json.dumps({"id": 7, "text": text, "label": spans}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return path


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)


def read_and_import(qtbot, dialog) -> None:
    """Read the files (the labels step shows), then import with the categories shown."""
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.labels_page, dialog.error.text()
    dialog.finish_import()
    wait_idle(qtbot, dialog)


def into_pack_dialog(qtbot, pack, inputs, out) -> ImportDialog:
    """The import dialog set to import ``inputs`` into ``pack``, written to ``out``."""
    dialog = ImportDialog(None, [("Demo", pack)])
    qtbot.addWidget(dialog)
    dialog.add_inputs(inputs)
    dialog.into_radio.setChecked(True)
    dialog.out_edit.setText(str(out))
    dialog._out_edited("")
    return dialog


def menu_action(window, text: str):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)


def test_import_a_doccano_file_into_a_new_pack_and_open_it(qtbot, window, tmp_path, monkeypatch):
    source = doccano_file(
        tmp_path / "project.jsonl",
        [span("Tea cures diabetes", "Claim"), span("a leading doctor", "Authority")],
    )
    out = tmp_path / "lab.spotit"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "lab"), ""))

    menu_action(window, "Import annotations…").trigger()
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    click(dialog.add_files_button)
    click(dialog.out_button)
    assert dialog.out_edit.text() == str(out)  # the .spotit ending is added
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "Lab pack")
    QTest.keyClick(dialog.next_button, Qt.Key.Key_Space)
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.labels_page
    QTest.keyClick(dialog.import_button, Qt.Key.Key_Space)
    wait_idle(qtbot, dialog)

    assert dialog.pages.currentWidget() is dialog.report_page
    assert "1 article with 2 annotations" in dialog.summary.text()
    assert "Every annotation was placed" in dialog.unplaced_label.text()
    with open_pack(out) as pack:
        assert pack.meta.title == "Lab pack"
        (article_id,) = pack.article_ids()
        quotes = [(a.quote, a.category) for a in pack.article(article_id).annotations]
    assert quotes == [("Tea cures diabetes", "claim"), ("a leading doctor", "authority")]

    click(dialog.open_button)
    assert not dialog.isVisible()
    assert any(p.path == out for p in window.packs.values())
    titles = {p.meta.title for p in window.packs.values()}
    assert "Lab pack" in titles


def test_unknown_label_is_mapped_in_the_prompt_and_lands_in_the_existing_pack(
    qtbot, window, tmp_path, starter_pack_path
):
    # The starter pack has "vague-source" (fits by id) but no "Big names" category.
    source = doccano_file(
        tmp_path / "more.jsonl",
        [span("a leading doctor", "Big names"), span("Officials 🚀 deny", "vague-source")],
    )
    out = tmp_path / "starter-plus.spotit"
    dialog = ImportDialog(window, window._open_pack_files(), window.open_pack_file)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_inputs([source])
    dialog.into_radio.setFocus()
    QTest.keyClick(dialog.into_radio, Qt.Key.Key_Space)
    assert dialog.into_radio.isChecked()
    assert dialog.out_edit.text() == str(starter_pack_path)  # the pack itself, by default
    dialog.out_edit.setFocus()
    dialog.out_edit.selectAll()
    qtbot.keyClicks(dialog.out_edit, str(out))
    click(dialog.next_button)
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.labels_page, dialog.error.text()
    assert list(dialog.label_rows) == ["Big names", "vague-source"]
    assert dialog.label_rows["vague-source"].combo.currentData() == "vague-source"  # fits by id
    assert not dialog.import_button.isEnabled()  # "Big names" must be mapped before going on
    assert "must become one of the pack's categories" in dialog.mapping_note.text()
    combo = dialog.label_rows["Big names"].combo
    assert combo.hasFocus()  # the first label's choice, ready for the keyboard
    target = combo.findData("false-authority")
    assert target > 0
    for _ in range(target):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "false-authority"
    assert dialog.import_button.isEnabled()
    click(dialog.import_button)
    wait_idle(qtbot, dialog)

    assert dialog.pages.currentWidget() is dialog.report_page, dialog.error.text()
    with open_pack(starter_pack_path) as before, open_pack(out) as after:
        assert len(after.article_ids()) == len(before.article_ids()) + 1
        assert {c.id for c in after.categories} == {c.id for c in before.categories}
        new_id = next(i for i in after.article_ids() if i not in before.article_ids())
        landed = [(a.quote, a.category) for a in after.article(new_id).annotations]
    assert landed == [
        ("a leading doctor", "false-authority"),
        ("Officials 🚀 deny", "vague-source"),
    ]


def test_going_back_from_the_labels_writes_nothing(qtbot, tmp_path, built_pack):
    source = doccano_file(tmp_path / "x.jsonl", [span("a leading doctor", "Nope")])
    out = tmp_path / "never.spotit"
    dialog = into_pack_dialog(qtbot, built_pack, [source], out)
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.labels_page
    dialog.finish_import()  # "Nope" is not mapped: nothing happens
    assert not dialog.working
    click(dialog.back_button)
    assert not out.exists() and dialog.pages.currentWidget() is dialog.form_page


def test_unplaced_annotations_and_the_utf16_note_are_reported(qtbot, tmp_path):
    # The first span counts UTF-16 units (the emoji is two, so it ends past the text in code
    # points); the third runs past the text however it is counted.
    it = TEXT.index("it.")
    spans = [
        [it + 1, len(TEXT) + 1, "Denial"],
        [0, 3, "Claim"],
        [10, 500, "Claim"],
    ]
    source = doccano_file(tmp_path / "bad.jsonl", spans)
    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    dialog.add_inputs([source])
    dialog.out_edit.setText(str(tmp_path / "partial.spotit"))
    read_and_import(qtbot, dialog)

    assert "2 annotations" in dialog.summary.text()
    assert "1 annotation could not be placed" in dialog.unplaced_label.text()
    shown = dialog.unplaced_list.model()
    row = [shown.index(0, column).data() for column in range(4)]
    assert shown.rowCount() == 1 and row[0] == f"{source}:1"
    assert row[1] == "Claim" and "outside the text" in row[3]
    notes_shown = dialog.notes_list.model()
    notes = [notes_shown.index(i, 0).data() for i in range(notes_shown.rowCount())]
    assert any("UTF-16" in n for n in notes)
    assert not dialog.open_button.isVisible()  # no library to open it in
    with open_pack(dialog.result_info.path) as pack:
        (article_id,) = pack.article_ids()
        quotes = {a.category: a.quote for a in pack.article(article_id).annotations}
    assert quotes == {"denial": "it.", "claim": "Tea"}


def test_bad_input_is_one_line_and_nothing_is_written(qtbot, tmp_path):
    source = tmp_path / "broken.jsonl"
    source.write_text('{"text": "ok"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "never.spotit"
    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    dialog.start_import()
    assert "add the files" in dialog.error.text()
    dialog.add_inputs([source])
    dialog.out_edit.setText(str(out))
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert dialog.error.isVisibleTo(dialog)
    assert f"{source}:2" in dialog.error.text() and "\n" not in dialog.error.text()
    assert not out.exists() and dialog.pages.currentWidget() is dialog.form_page


def test_w3c_import_takes_its_text_from_the_texts_table(qtbot, tmp_path):
    text_file = tmp_path / "story.txt"
    text_file.write_text(TEXT, encoding="utf-8")
    annotation = {
        "type": "Annotation",
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "Claim"},
        "target": {
            "source": "https://example.org/story",
            "selector": {"type": "TextQuoteSelector", "exact": "Tea cures diabetes"},
        },
    }
    notes = tmp_path / "notes.jsonld"
    notes.write_text(json.dumps(annotation), encoding="utf-8")
    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    dialog.set_format("w3c")
    assert dialog.texts_box.isVisibleTo(dialog) and not dialog.add_folder_button.isEnabled()
    dialog.add_inputs([notes])
    dialog.add_text(text_file, "https://example.org/story")
    dialog.out_edit.setText(str(tmp_path / "w3c.spotit"))
    read_and_import(qtbot, dialog)
    assert "1 article with 1 annotation" in dialog.summary.text(), dialog.error.text()


@pytest.fixture
def two_article_pack(tmp_path):
    docs = [
        Document(
            "story",
            TEXT,
            [
                Span(0, 18, "claim", "Says who?"),
                Span(TEXT.index("Officials"), TEXT.index(" it."), "vague-source"),
            ],
            title="Tea story",
            article={"id": "story", "headline": "Tea story", "difficulty": 2},
        ),
        Document("calm", "Nothing to see.\nReally.", [], title="", article={"id": "calm"}),
    ]
    out = tmp_path / "authored.spotit"
    import_documents(Parsed(documents=docs), out, format_name="test", title="Authored")
    return out


def _answer_keys(path):
    with open_pack(path) as pack:
        return {
            i: (
                pack.article(i).text,
                [(a.start, a.end, a.category, a.explanation) for a in pack.article(i).annotations],
            )
            for i in pack.article_ids()
        }


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio", "brat", "w3c"])
def test_export_to_each_format_and_import_back(qtbot, tmp_path, monkeypatch, two_article_pack, fmt):
    exporter = ExportDialog(None, [("Authored", two_article_pack)])
    qtbot.addWidget(exporter)
    exporter.show()
    exporter.format_box.setFocus()
    target = exporter.format_box.findData(fmt)
    QTest.keyClick(exporter.format_box, Qt.Key.Key_Home)
    for _ in range(target):
        QTest.keyClick(exporter.format_box, Qt.Key.Key_Down)
    assert exporter.format == fmt
    out = tmp_path / ("export-brat" if fmt == "brat" else f"export.{fmt}")
    if fmt == "brat":
        out.mkdir()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    else:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(exporter.out_button)
    click(exporter.export_button)
    wait_idle(qtbot, exporter)
    assert "Exported 2 articles with 2 annotations" in exporter.status.text(), exporter.error.text()

    importer = ImportDialog(None)
    qtbot.addWidget(importer)
    importer.set_format(fmt)
    importer.add_inputs([out])
    back = tmp_path / "back.spotit"
    importer.out_edit.setText(str(back))
    read_and_import(qtbot, importer)
    assert importer.result_info is not None, importer.error.text()
    assert not importer.result_info.unplaced
    assert _answer_keys(back) == _answer_keys(two_article_pack)


def test_export_asks_before_replacing_and_reports_errors_in_one_line(
    qtbot, tmp_path, monkeypatch, two_article_pack
):
    exporter = ExportDialog(None, [("Authored", two_article_pack)])
    qtbot.addWidget(exporter)
    exporter.set_format("doccano")
    existing = tmp_path / "old.jsonl"
    existing.write_text("keep me\n", encoding="utf-8")
    exporter.out_edit.setText(str(existing))
    exporter._confirmed_out = None
    capture_boxes(monkeypatch, QMessageBox.StandardButton.No)
    exporter.start_export()
    assert existing.read_text(encoding="utf-8") == "keep me\n" and not exporter.working

    exporter.out_edit.setText(str(tmp_path))  # a folder, for a one-file format
    exporter.start_export()
    wait_idle(qtbot, exporter)
    assert exporter.error.text().endswith(f"{tmp_path} is a folder; doccano export writes one file")


def test_main_window_file_menu_has_the_interop_entries(window):
    texts = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    for entry in ("Import annotations…", "Export annotations…", "Compare two packs…"):
        assert entry in texts
    menu_action(window, "Export annotations…").trigger()
    exporter = window.export_dialog
    assert exporter.pack_box.count() == len(window.packs)
    assert exporter.out_edit.text().endswith(".jsonl")
    exporter.close()


def test_escape_while_exporting_waits_for_the_export_to_report(qtbot, tmp_path, two_article_pack):
    exporter = ExportDialog(None, [("Authored", two_article_pack)])
    qtbot.addWidget(exporter)
    exporter.show()
    exporter.set_format("labelstudio")
    out = tmp_path / "tasks.json"
    exporter.out_edit.setText(str(out))
    exporter.start_export()
    assert exporter.working and exporter.busy.isVisible()
    assert not exporter.export_button.isEnabled()  # the form is disabled meanwhile
    QTest.keyClick(exporter, Qt.Key.Key_Escape)
    assert exporter.isVisible()  # the work still has its dialog to report to
    wait_idle(qtbot, exporter)
    assert "Exported 2 articles" in exporter.status.text() and out.is_file()
    assert exporter.export_button.isEnabled() and not exporter.busy.isVisible()
    QTest.keyClick(exporter, Qt.Key.Key_Escape)
    assert not exporter.isVisible()


def test_import_notes_say_what_the_rendering_changed(qtbot, tmp_path):
    text = "Tea story\r\nTea  cures diabetes."
    start = text.index("cures")
    source = doccano_file(tmp_path / "crlf.jsonl", [[start, start + 5, "Claim"]], text=text)
    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    dialog.add_inputs([source])
    dialog.out_edit.setText(str(tmp_path / "crlf.spotit"))
    read_and_import(qtbot, dialog)
    notes = dialog.notes_list.model()
    shown = [notes.index(i, 0).data() for i in range(notes.rowCount())]
    assert any("normalised once" in n and "1 annotation(s) moved" in n for n in shown)
    assert any("had no explanation" in n for n in shown)
    with open_pack(dialog.result_info.path) as pack:
        (article,) = [pack.article(i) for i in pack.article_ids()]
    assert article.text == "Tea story\nTea cures diabetes."
    assert [a.quote for a in article.annotations] == ["cures"]
