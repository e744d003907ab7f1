"""The Agreement view: two authors' answer keys side by side, and each disagreement's passage."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from spotit.gui.agreement_view import AgreementView
from spotit.interop.model import Document, Parsed, Span
from spotit.interop.packs import import_documents

# The first line is the headline, as in every article (imports render the same way).
TEXT = "Story\nExperts say the cure works. Officials deny it. Sources claim 🚀 90% agree."


def span(quote, label):
    start = TEXT.index(quote)
    return Span(start, start + len(quote), label)


def make_pack(tmp_path, name, spans, extra=()):
    docs = [Document("story", TEXT, spans, title="Story", article={"id": "story"}), *extra]
    out = tmp_path / f"{name}.spotit"
    import_documents(Parsed(documents=docs), out, format_name="test")
    return out


def packs(tmp_path):
    alice = make_pack(
        tmp_path,
        "alice",
        [span("Experts say", "vague"), span("Officials deny it", "vague"), span("90%", "number")],
        [Document("only-alice", "Alone.", [], article={"id": "only-alice"})],
    )
    bob = make_pack(
        tmp_path,
        "bob",
        [
            span("Experts say", "vague"),
            span("Officials deny", "vague"),
            span("Sources claim", "vague"),
        ],
    )
    return alice, bob


def compared(qtbot, view):
    qtbot.waitUntil(
        lambda: view.comparison is not None or view.error.isVisibleTo(view), timeout=10000
    )
    assert view.comparison is not None, view.error.text()
    return view.comparison


def test_lists_a_known_disagreement_and_highlights_both_spans(qtbot, tmp_path):
    alice, bob = packs(tmp_path)
    view = AgreementView(a_path=alice, b_path=bob)
    qtbot.addWidget(view)
    view.show()
    compared(qtbot, view)

    assert "Articles compared: 1" in view.articles_label.text()
    assert "Only in A: only-alice" in view.articles_label.text()
    assert view.tabs.tabText(1) == "&Disagreements (3)"
    shown = view.disagreement_list.model()
    rows = [[shown.index(r, c).data() for c in range(6)] for r in range(shown.rowCount())]
    assert rows[0] == [
        "story",
        "◐ partial overlap",
        "Vague",
        "Officials deny it",
        "Vague",
        "Officials deny",
    ]
    assert [r[1] for r in rows[1:]] == ["◨ only B flagged", "◧ only A flagged"]
    # Spotted: B's 3 flags hit 2 of A's 3 red flags (the partial overlap counts as half).
    assert view.measures.model().index(0, 0).data() == "B against A's answer key"
    categories = view.category_table.model()
    category_rows = {
        categories.index(r, 1).data(): [categories.index(r, c).data() for c in (2, 3, 4)]
        for r in range(categories.rowCount())
    }
    assert category_rows == {"number": ["1", "0", "0"], "vague": ["2", "3", "2"]}

    # The first disagreement is shown: A's whole span and B's shorter one, each its own way.
    view.tabs.setCurrentIndex(1)
    view.disagreement_list.setFocus()
    selections = view.view.extraSelections()
    assert len(selections) == 2
    a_sel, b_sel = selections
    start = TEXT.index("Officials")
    assert (
        view.view.from_qt(a_sel.cursor.selectionStart()),
        view.view.from_qt(a_sel.cursor.selectionEnd()),
    ) == (start, start + len("Officials deny it"))
    assert (
        view.view.from_qt(b_sel.cursor.selectionStart()),
        view.view.from_qt(b_sel.cursor.selectionEnd()),
    ) == (start, start + len("Officials deny"))
    assert a_sel.format.underlineStyle() != b_sel.format.underlineStyle()
    assert b_sel.format.fontOverline() and not a_sel.format.fontOverline()
    legend = view.legend.text()
    assert "<b>A</b> (solid underline" in legend and "<b>B</b> (wavy underline" in legend
    assert "Officials deny it" in legend

    # Down arrow: the "only B" one, after the emoji (UTF-16 positions in Qt, code points here).
    QTest.keyClick(view.disagreement_list, Qt.Key.Key_Down)
    QTest.keyClick(view.disagreement_list, Qt.Key.Key_Down)
    (only_a,) = view.view.extraSelections()
    assert (
        view.view.text[
            view.view.from_qt(only_a.cursor.selectionStart()) : view.view.from_qt(
                only_a.cursor.selectionEnd()
            )
        ]
        == "90%"
    )
    assert only_a.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert "B</b> (wavy underline with a line above): nothing flagged here" in view.legend.text()


def test_disagreements_export_as_csv(qtbot, tmp_path, monkeypatch):
    alice, bob = packs(tmp_path)
    view = AgreementView(a_path=alice, b_path=bob)
    qtbot.addWidget(view)
    compared(qtbot, view)
    out = tmp_path / "curation.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    QTest.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["kind"] for r in rows] == ["boundary", "only-b", "only-a"]
    assert rows[0]["a_quote"] == "Officials deny it" and rows[0]["b_quote"] == "Officials deny"
    assert rows[2]["b_category"] == "" and rows[2]["a_start"] == str(TEXT.index("90%"))
    assert "Wrote 3 disagreements" in view.status.text()


def test_choosing_files_and_a_bad_pack_is_one_line(qtbot, tmp_path, monkeypatch):
    alice, _ = packs(tmp_path)
    bad = tmp_path / "bad.spotit"
    bad.write_text("not a pack", encoding="utf-8")
    view = AgreementView()
    qtbot.addWidget(view)
    view.show()
    QTest.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert "author A" in view.error.text()
    picks = iter([str(alice), str(bad)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(picks), ""))
    QTest.mouseClick(view.a_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(view.b_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.error.isVisibleTo(view), timeout=10000)
    assert str(bad) in view.error.text() and "\n" not in view.error.text()
    assert view.comparison is None and view.compare_button.isEnabled()


def test_editor_compares_its_draft_with_another_pack(qtbot, tmp_path, monkeypatch, built_pack):
    from tests.conftest import make_source

    from spotit.content.source import read_pack_source
    from spotit.gui.editor import PackEditor
    from spotit.store.pack import build_pack

    # Author B gave "experts say" another category.
    other = make_source(tmp_path / "other-src")
    article = other / "articles" / "01-rocket.md"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            'category = "vague-source"', 'category = "loaded-language"'
        ),
        encoding="utf-8",
    )
    bob = build_pack(read_pack_source(other), tmp_path / "bob.spotit")
    editor = PackEditor()
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "ask_before_closing", False))
    assert editor.open_path(built_pack)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bob), ""))
    action = next(
        a for a in editor.menuBar().actions()[0].menu().actions() if "agreement" in a.text()
    )
    action.trigger()
    view = editor.agreement_view
    qtbot.addWidget(view)
    comparison = compared(qtbot, view)
    assert view.a_edit.isReadOnly() and "this editor" in view.a_edit.text()
    assert comparison.report.compared == ["rocket"]
    (d,) = comparison.report.disagreements
    assert (d.kind, d.a.category, d.b.category, d.a.quote) == (
        "category",
        "vague-source",
        "loaded-language",
        "experts say",
    )
    assert "≠ different category" in view.disagreement_list.model().index(0, 1).data()


def test_main_window_opens_the_view(window):
    action = next(
        a
        for a in window.menuBar().actions()[0].menu().actions()
        if a.text() == "&Compare two packs…"
    )
    action.trigger()
    assert window.agreement_view.isVisible() and not window.agreement_view.tabs.isEnabled()
    window.agreement_view.close()
