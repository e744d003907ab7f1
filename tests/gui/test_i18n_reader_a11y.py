"""The investigation pane as a screen reader meets it: every control named, with a role.

Walked through Qt's accessibility interfaces (as tests/gui/test_reader_accessibility_tree.py
walks the reader), with the results listed and again with a page open, since each state
shows other controls.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from tests.gui.test_investigate_pane import FakeLibrary, _article

from spotit.gui.investigate import InvestigationPane
from spotit.practice.investigation import Investigation

Text = QAccessible.Text
Role = QAccessible.Role
#: The roles a control of the pane may have (a checkable tool button is a check box).
CONTROL_ROLES = {Role.Button, Role.CheckBox, Role.EditableText, Role.StaticText, Role.List}


def interface(widget):
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid(), widget
    return found


def controls(pane: InvestigationPane) -> list[QWidget]:
    """The widgets of the pane on screen that take the keyboard focus, or are buttons."""
    found = []
    for widget in pane.findChildren(QWidget):
        if not widget.isVisible():
            continue
        role = interface(widget).role()
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or role in (
            Role.Button,
            Role.CheckBox,
        ):
            found.append(widget)
    return found


def problems(pane: InvestigationPane) -> list[str]:
    said = []
    for widget in controls(pane):
        node = interface(widget)
        where = f"{type(widget).__name__} {node.role()}"
        if not node.text(Text.Name).strip():
            said.append(f"{where}: no accessible name")
        if node.role() not in CONTROL_ROLES:
            said.append(f"{where}: an unexpected role")
    return said


@pytest.fixture
def pane(qtbot):
    widget = InvestigationPane()
    qtbot.addWidget(widget)
    widget.resize(460, 760)
    widget.set_library(FakeLibrary(), Investigation(lambda: 0.0), _article)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_control_has_a_name_and_a_role_with_results_and_with_a_page(pane):
    assert interface(pane).text(Text.Name) == "Investigate: this pack's sources"
    assert problems(pane) == []

    pane.search("Lisko")
    assert pane.results_view.isVisible()
    assert problems(pane) == []

    assert pane.open_address("source:anton-lisko")
    assert pane.open_address("source:varn-university")
    pane.back()
    shown = set(controls(pane))
    for widget in (pane.close_button, pane.search_box, pane.search_button, pane.back_button):
        assert widget in shown
    assert {pane.forward_button, pane.address_field, pane.page_view} <= shown
    assert problems(pane) == []


def test_the_controls_whose_purpose_is_not_obvious_are_described(pane):
    pane.search("Lisko")
    described = (
        pane.search_box,
        pane.search_button,
        pane.results_button,
        pane.results_view,
        pane.back_button,
        pane.forward_button,
        pane.address_field,
        pane.page_view,
        pane.close_button,
    )
    for widget in described:
        node = interface(widget)
        assert node.text(Text.Description).strip(), node.text(Text.Name)
        # A description says more than the name does.
        assert node.text(Text.Description) != node.text(Text.Name)
    names = {
        pane.search_box: "Search this pack's sources",
        pane.results_view: "Search results",
        pane.page_view: "Source page",
        pane.back_button: "Back",
        pane.forward_button: "Forward",
        pane.close_button: "Close the investigation pane",
        pane.address_field: "Address of the page shown",
    }
    for widget, name in names.items():
        assert interface(widget).text(Text.Name) == name


def test_the_search_box_clear_button_is_named(pane):
    pane.search_box.setText("Lisko")
    clear = [b for b in pane.search_box.findChildren(QWidget) if b.isVisible()]
    assert clear
    for button in clear:
        assert interface(button).text(Text.Name) == "Clear the search box"


def test_a_link_chosen_with_the_keyboard_is_what_the_screen_reader_reads(pane):
    assert pane.open_address("source:anton-lisko")
    view = pane.page_view
    view.setFocus()
    assert view.select_first_link()
    text = interface(view).textInterface()
    assert text is not None and text.selectionCount() == 1
    # PySide6 does not bind selection(): the caret ends the selected link.
    end = text.cursorPosition()
    link = "University of Varn"
    assert text.text(end - len(link), end) == link
