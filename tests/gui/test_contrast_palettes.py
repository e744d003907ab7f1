"""Contrast in both themes, computed from the palettes the app draws with (WCAG 2.2).

Text 4.5:1 on what is behind it (1.4.3); highlights, focus rings, verdict underlines and
marks 3:1 on the page (1.4.11). Disabled controls are exempt from both; their colours
are only checked to belong to the theme (no light row behind grey text in the dark).
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from spotit.gui.contrast import (
    GRAPHICS_MINIMUM,
    TEXT_MINIMUM,
    contrast_ratio,
    is_dark,
    over,
    relative_luminance,
)
from spotit.gui.main_window import MainWindow
from spotit.gui.marks import VERDICT_STYLES, tint
from spotit.gui.theme import Appearance, dark_palette, light_palette

R, G = QPalette.ColorRole, QPalette.ColorGroup
DRAWN_GROUPS = (G.Active, G.Inactive)  # Disabled: WCAG exempts inactive controls
#: Each text role and the backgrounds Qt draws it on.
TEXT_ON = {
    R.WindowText: (R.Window,),
    R.Text: (R.Base, R.AlternateBase),
    R.ButtonText: (R.Button,),
    R.ToolTipText: (R.ToolTipBase,),
    R.HighlightedText: (R.Highlight,),
    R.PlaceholderText: (R.Base,),
    R.Link: (R.Base, R.Window),
    R.LinkVisited: (R.Base, R.Window),
}
BACKGROUNDS = (R.Window, R.Base, R.AlternateBase, R.Button, R.ToolTipBase)


@pytest.fixture
def appearance(qapp):
    appearance = Appearance(qapp)
    yield appearance
    appearance.set_dark(False)
    appearance.set_zoom(1.0)


@pytest.fixture
def palettes(qapp):
    return {"light": light_palette(qapp.style().standardPalette()), "dark": dark_palette()}


def test_the_formula_is_wcags():
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == 0.0
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#202124", "#000000") == pytest.approx(1.30, abs=0.01)  # issue 17
    half_black = QColor(0, 0, 0, 128)  # drawn over white it is mid-grey, not black
    assert contrast_ratio(half_black, "#ffffff") == pytest.approx(
        contrast_ratio(over(half_black, "#ffffff"), "#ffffff")
    )
    assert contrast_ratio(half_black, "#ffffff") < 4.5


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("group", DRAWN_GROUPS, ids=lambda g: g.name)
def test_every_text_role_reads_on_its_background(palettes, theme, group):
    p = palettes[theme]
    low = [
        (fg.name, bg.name, round(contrast_ratio(p.color(group, fg), p.color(group, bg)), 2))
        for fg, backgrounds in TEXT_ON.items()
        for bg in backgrounds
        if contrast_ratio(p.color(group, fg), p.color(group, bg)) < TEXT_MINIMUM
    ]
    assert not low


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("group", DRAWN_GROUPS, ids=lambda g: g.name)
def test_the_selection_and_focus_ring_stand_out_from_the_page(palettes, theme, group):
    # Fusion draws the selection and the focus frame in the Highlight colour.
    p = palettes[theme]
    for bg in (R.Base, R.Window, R.Button):
        assert contrast_ratio(p.color(group, R.Highlight), p.color(group, bg)) >= (
            GRAPHICS_MINIMUM
        ), bg.name


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_disabled_controls_keep_the_themes_backgrounds(palettes, theme):
    p = palettes[theme]
    for role in BACKGROUNDS:
        assert is_dark(p.color(G.Disabled, role)) == (theme == "dark"), role.name
    # A tooltip says why a control is off: it is text to read, disabled or not.
    tip = contrast_ratio(p.color(G.Disabled, R.ToolTipText), p.color(G.Disabled, R.ToolTipBase))
    assert tip >= TEXT_MINIMUM


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("verdict", sorted(VERDICT_STYLES))
def test_every_verdict_reads_and_marks_in_both_themes(palettes, theme, verdict):
    p, style = palettes[theme], VERDICT_STYLES[verdict]
    base = p.color(R.Base)
    color = style.color_on(base)
    # the verdict list writes the label in the colour, on plain and alternate rows
    for bg in (R.Base, R.AlternateBase):
        assert contrast_ratio(color, p.color(bg)) >= TEXT_MINIMUM, (color, bg.name)
    # the underline on the page
    assert contrast_ratio(color, base) >= GRAPHICS_MINIMUM
    # the article's text stays readable on the verdict's tint
    tinted = over(style.text_format().background().color(), base)
    assert tinted != base
    assert contrast_ratio(p.color(R.Text), over(tint(color), base)) >= TEXT_MINIMUM


@pytest.mark.parametrize("dark", [False, True])
def test_the_marks_follow_the_theme_the_app_shows(appearance, dark):
    appearance.set_dark(dark)
    base = appearance.app.palette().color(R.Base)
    for verdict, style in VERDICT_STYLES.items():
        fmt = style.text_format()
        line = fmt.underlineColor()
        assert contrast_ratio(line, base) >= GRAPHICS_MINIMUM, verdict
        assert line == QColor(style.dark if dark else style.light)


def banner_colours(badge) -> tuple[QColor, QColor, QColor]:
    """The banner's text colour (its palette, set by its style sheet), and from the pixels
    drawn: the colour most of it is (its background) and the one farthest from that."""
    image = badge.grab().toImage()
    pixels = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())
    )
    behind = QColor.fromRgb(pixels.most_common(1)[0][0])
    farthest = max((QColor.fromRgb(p) for p in pixels), key=lambda c: contrast_ratio(c, behind))
    return badge.palette().color(badge.foregroundRole()), behind, farthest


def test_the_training_banner_reads_in_both_themes_and_grows_with_zoom(
    qtbot, qapp, progress, learner, starter_pack_path, appearance
):
    win = MainWindow(progress, learner, appearance)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    win.resize(1280, 800)
    win.show()
    win.open_article("starter", "miracle-tea")
    badge = win.reader.badge
    assert badge.isVisible() and badge.text()
    for dark in (True, False, True):
        if appearance.dark != dark:
            win.dark_action.trigger()
        qapp.processEvents()
        text, behind, drawn = banner_colours(badge)
        assert is_dark(behind) == dark
        assert contrast_ratio(text, behind) >= TEXT_MINIMUM, (dark, text.name(), behind.name())
        assert contrast_ratio(drawn, behind) >= TEXT_MINIMUM, (dark, drawn.name())
    size, line = badge.font().pointSizeF(), badge.fontMetrics().height()
    win.zoom(2.0)
    qapp.processEvents()
    assert badge.font().pointSizeF() == pytest.approx(size * 2, rel=0.02)
    assert badge.fontMetrics().height() > line * 1.5  # drawn bigger, not just told to
    # the side panels grow with it, and so do the lesson bar's styled buttons
    reader = win.reader
    for panel in (
        reader.flag_panel,
        reader.feedback,
        reader.read_lesson_button,
        reader.not_now_button,
    ):
        assert panel.font().pointSizeF() == pytest.approx(size * 2, rel=0.02), panel


def test_feedback_marks_and_verdicts_redraw_in_the_new_theme(
    qtbot, qapp, progress, learner, starter_pack_path, appearance
):
    win = MainWindow(progress, learner, appearance)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    win.show()
    win.open_article("starter", "miracle-tea")
    reader = win.reader
    start = reader.view.text.index("a leading doctor")
    reader.view.select_span(start, start + len("a leading doctor"))
    assert reader.flag_selection("false-authority")
    reader.submit()  # in the light theme, then switched to dark and back
    for dark in (True, False):
        win.dark_action.trigger()
        qapp.processEvents()
        page = reader.view.palette().color(R.Base)
        assert is_dark(page) == dark
        lines = [s.format.underlineColor() for s in reader.view.extraSelections()]
        lines = [c for c in lines if c.isValid() and c.alpha()]
        assert lines
        for line in lines:
            assert contrast_ratio(line, page) >= GRAPHICS_MINIMUM, (dark, line.name())
        model, listed = reader.verdict_list.model(), reader.verdict_list.palette()
        assert model.rowCount() > 1
        for row in range(model.rowCount()):
            text = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
            for bg in (R.Base, R.AlternateBase):
                assert contrast_ratio(text, listed.color(bg)) >= TEXT_MINIMUM, (dark, row)
