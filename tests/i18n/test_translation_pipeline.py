"""The translation pipeline: every text extracted, translated, compiled and loaded.

tools/i18n.py does the work (docs/translations.md); these tests run it on the whole
package, so a text added to the code without its German, or shown without going
through Qt's translation system, fails ``make test``.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from spotit.core import i18n as core_i18n

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("spotit_i18n_tool", ROOT / "tools" / "i18n.py")
tool = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = tool  # dataclasses look their module up there
_spec.loader.exec_module(tool)


@pytest.fixture
def translator_for(qapp, tmp_path):
    """Load a freshly compiled .qm of one language; everything is English again after."""
    installed = []

    def load(code: str) -> QTranslator:
        (qm,) = [p for p in tool.compile_all(tmp_path) if p.stem == f"spotit_{code}"]
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        return translator

    yield load
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


# -- the shipped translation is complete ----------------------------------------------------
def test_every_text_in_the_code_is_in_the_german_translation_and_finished():
    problems = tool.check_all()
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


def test_no_text_a_user_reads_bypasses_the_translation_system():
    problems = tool.lint(tool.gui_sources())
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


def test_the_translation_is_not_english_copied_over():
    shipped = tool.read_ts(tool.TRANSLATIONS / "spotit_de.ts")

    def words(text: str) -> list[str]:  # outside {placeholders} and <tags>
        return re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}|<[^>]*>", " ", text))

    worded = [m for m in shipped if len(words(m.source)) >= 2]
    same = [m.source for m in worded if m.forms and m.forms[0] == m.source]
    # Some texts are the same in both languages ("{headline} — SpotIt"); not many.
    assert len(worded) > 1000
    assert len(same) < len(worded) / 50, same[:20]


# -- the checks can fail ------------------------------------------------------------------------
def test_the_lint_finds_texts_shown_untranslated():
    source = textwrap.dedent(
        """
        class Page(QWidget):
            def build(self, n, title):
                QLabel("Shown as it is")
                self.button.setText(f"Open {title}")
                self.menu.addAction(self.tr("Fine"))
                self._action(menu, "&Quit", self.close)
                self.tr(f"Opened {title}")
                translate("Page", "%n flag(s)")
                translate("Page", "No number", "", n)
                QLabel("SpotIt")
                QLabel("On purpose")  # not translated: a test of the exemption
        """
    )
    problems = tool.lint_source(source, "page.py")
    lines = sorted(int(p.split(":")[1]) for p in problems)
    assert lines == [4, 5, 7, 8, 9, 10], problems


def test_the_check_finds_missing_unfinished_and_broken_translations(tmp_path):
    ts = tmp_path / "spotit_de.ts"
    ts.write_text(
        textwrap.dedent(
            """\
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE TS>
            <TS version="2.1" language="de" sourcelanguage="en">
            <context><name>Page</name>
            <message><source>Opened {title}.</source><translation>Geöffnet.</translation></message>
            <message><source>&amp;Quit</source><translation>Beenden</translation></message>
            <message><source>Later</source><translation type="unfinished"></translation></message>
            <message><source>&lt;b&gt;Bold&lt;/b&gt;</source><translation>Fett</translation></message>
            <message numerus="yes"><source>%n flag(s)</source>
              <translation><numerusform>%n Markierung</numerusform><numerusform></numerusform>
              </translation></message>
            </context></TS>
            """
        ),
        encoding="utf-8",
    )

    def message(source: str, numerus: bool = False):
        return tool.Message("Page", source, "", numerus, "", ())

    wanted = [message(s) for s in ("Opened {title}.", "&Quit", "Later", "<b>Bold</b>", "New")]
    problems = tool.check(ts, [*wanted, message("%n flag(s)", True)])
    said = "\n".join(problems)
    assert "'Opened {title}.': the placeholders differ" in said
    assert "'&Quit': the keyboard mnemonic (&) is lost" in said
    assert "'Later': not translated yet" in said
    assert "'<b>Bold</b>': the markup differs" in said
    assert "'New': missing" in said
    assert "'%n flag(s)': not translated yet" in said
    assert len(problems) == 6


# -- compile and load -------------------------------------------------------------------------
def test_the_compiled_german_translation_loads_and_translates(translator_for):
    translator_for("de")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert QCoreApplication.translate("Taxonomy", "Sensational headline") == (
        "Reißerische Überschrift"
    )


def test_plural_forms_follow_the_number_in_each_language(translator_for):
    plural = next(m for m in tool.extracted() if m.numerus)
    translator_for("en")
    one = QCoreApplication.translate(plural.context, plural.source, plural.comment or None, 1)
    many = QCoreApplication.translate(plural.context, plural.source, plural.comment or None, 5)
    assert "%n" not in one + many and one != many
    assert "1" in one and "5" in many


def test_the_layers_below_the_gui_speak_through_the_installed_translator(translator_for):
    from spotit.core.taxonomy import DEFAULT_TAXONOMY, shown_categories

    translator_for("de")
    try:
        core_i18n.install(QCoreApplication.translate, None)
        shown = shown_categories(DEFAULT_TAXONOMY)
        assert shown[0].name == "Reißerische Überschrift"
        assert shown[0].color == DEFAULT_TAXONOMY[0].color  # only the words change
        assert shown[0].id == DEFAULT_TAXONOMY[0].id
    finally:
        core_i18n.install(None, None)
    assert shown_categories(DEFAULT_TAXONOMY)[0].name == "Sensational headline"


def test_a_pack_that_reworded_a_default_category_keeps_its_own_words(translator_for):
    from dataclasses import replace

    from spotit.core.taxonomy import DEFAULT_TAXONOMY, shown_categories

    own = replace(DEFAULT_TAXONOMY[0], name="Clickbait headline")
    translator_for("de")
    try:
        core_i18n.install(QCoreApplication.translate, None)
        assert shown_categories([own])[0].name == "Clickbait headline"
    finally:
        core_i18n.install(None, None)


def test_without_a_translation_english_plurals_are_still_english():
    assert core_i18n.translate("Any", "%n flag(s) found", "", 1) == "1 flag found"
    assert core_i18n.translate("Any", "%n match(es)", "", 2) == "2 matches"


def test_numbers_and_dates_follow_the_locale(qapp):
    from spotit.gui.i18n import date_text, number, percent

    try:
        QLocale.setDefault(QLocale("de"))
        assert number(12345.5, 1) == "12.345,5"
        assert date_text("2026-12-02").startswith("02.12.")
        QLocale.setDefault(QLocale("en"))
        assert number(12345.5, 1) == "12,345.5"
        assert percent(0.425, 1) == "42.5%"
        assert date_text("2026-12-02") == "12/2/26"
    finally:
        QLocale.setDefault(QLocale("en"))
