"""Emoji and other characters are drawn, or named: never a silent empty box.

A plain Linux desktop has only DejaVu, which lacks most emoji; SpotIt ships Google's
monochrome Noto Emoji (OFL) for machines whose platform has no emoji font. What no font
here can draw at all is named above the article and in a tooltip on the character.
"""

from __future__ import annotations

import tomllib
import unicodedata
from fnmatch import fnmatch
from pathlib import Path

import pytest
from tests.conftest import make_source, write_article

from spotit.content.source import read_pack_source
from spotit.gui.document import plain_text, undrawable
from spotit.gui.reader import ReaderPage
from spotit.gui.theme import SHIPPED_EMOJI_FONT, emoji_family
from spotit.practice import Practice
from spotit.store.pack import build_pack, open_pack

EMOJI = "🚀 💉 🦠 🧪 👍 ✅ 📈 🔥 😀 ❤️ 👩‍🔬"
#: Letters of scripts few machines have a font for (Adlam, Medefaidrin, Nüshu, Tangut).
RARE_LETTERS = ("\U0001e900", "\U00016e40", "\U0001b170", "\U00017000")
ROOT = Path(__file__).resolve().parents[2]


def reader_for(qtbot, tmp_path, progress, learner, headline: str, body: str) -> ReaderPage:
    folder = make_source(tmp_path / "src", 'id = "e"\ntitle = "E"\nversion = "1"\n')
    (folder / "articles" / "01-rocket.md").unlink()
    write_article(folder, "01-e.md", f'id = "e"\nkind = "opinion"\nheadline = "{headline}"\n', body)
    source = read_pack_source(folder)
    assert not source.problems, source.problems
    pack = open_pack(build_pack(source, tmp_path / "e.spotit"))
    page = ReaderPage(Practice(progress, learner))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.open_article(pack, pack.article("e"))
    qtbot.waitExposed(page)
    return page


def drawn_glyphs(page: ReaderPage) -> list[tuple[str, list[int]]]:
    """(font family, glyph indexes) of every run of glyphs the article view lays out."""
    runs = []
    doc = page.view.document()
    block = doc.begin()
    while block.isValid():
        doc.documentLayout().blockBoundingRect(block)  # lays the block out, if not yet
        layout = block.layout()
        for n in range(layout.lineCount()):
            runs += [
                (r.rawFont().familyName(), list(r.glyphIndexes()))
                for r in layout.lineAt(n).glyphRuns()
            ]
        block = block.next()
    return runs


@pytest.fixture(autouse=True)
def emoji_font(qapp):
    return emoji_family()  # what the app does at start (theme.Appearance)


def test_emoji_are_drawn_in_a_font_that_has_them(qtbot, tmp_path, progress, learner, emoji_font):
    assert emoji_font is not None
    page = reader_for(qtbot, tmp_path, progress, learner, f"Rocket {EMOJI}", f"Body {EMOJI}.\n")
    runs = drawn_glyphs(page)
    # Glyph 0 is a font's empty box: none is drawn, and the emoji came from the emoji font.
    assert runs and all(0 not in glyphs for _family, glyphs in runs), runs
    assert emoji_font in {family for family, _glyphs in runs}
    assert undrawable(page.current.article.text) == []
    assert page.text_notice.isHidden()


def test_labels_and_lists_draw_emoji_too(qtbot, emoji_font):
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QLabel

    label = QLabel(EMOJI)
    qtbot.addWidget(label)
    layout = QTextLayout(EMOJI, label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert all(0 not in r.glyphIndexes() for r in layout.glyphRuns())


def test_a_character_no_font_has_is_named(qtbot, tmp_path, progress, learner):
    missing = undrawable("".join(RARE_LETTERS))
    assert missing, "this machine has a font for every rare letter tried"
    no_font = missing[0]
    page = reader_for(qtbot, tmp_path, progress, learner, "Plain", f"A letter {no_font} here.\n")
    assert undrawable(page.current.article.text) == [no_font]
    assert page.text_notice.isVisible()
    assert page.text_notice.text() == (
        "⚠ No font on this computer can draw 1 character in this article, so it shows "
        f"as an empty box: {no_font} (U+{ord(no_font):04X} {unicodedata.name(no_font)})."
    )
    # It keeps its place (offsets are the pack's), and hovering it names it.
    assert plain_text(page.view.document()) == page.current.article.text
    tips = []
    block = page.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().text() == no_font:
                tips.append(it.fragment().charFormat().toolTip())
            it += 1
        block = block.next()
    assert len(tips) == 1 and unicodedata.name(no_font) in tips[0], tips


def test_the_shipped_font_goes_into_the_wheel_and_the_bundle_with_its_licence():
    fonts = SHIPPED_EMOJI_FONT.parent
    assert SHIPPED_EMOJI_FONT.is_file() and (fonts / "OFL.txt").is_file()
    assert "SIL Open Font License" in (fonts / "OFL.txt").read_text("utf-8")
    assert SHIPPED_EMOJI_FONT.stat().st_size < 1_500_000  # keeps the wheel small
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["spotit.gui"]
    for file in fonts.iterdir():
        assert any(fnmatch(f"fonts/{file.name}", g) for g in globs), (file.name, globs)
    assert '"src/spotit/gui/fonts"' in (ROOT / "packaging" / "spotit.spec").read_text("utf-8")


def test_many_missing_characters_are_named_up_to_five():
    from spotit.gui.document import missing_glyphs_notice

    note = missing_glyphs_notice([chr(0x1E900 + n) for n in range(7)])
    assert note.startswith("No font on this computer can draw 7 characters in this article, ")
    assert "empty boxes" in note and note.count("ADLAM") == 5 and note.endswith(", and 2 more.")
    assert missing_glyphs_notice([]) == ""
