"""Say a message to assistive technology (a screen reader) without moving the focus."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

#: Qt 6.8 added announcements; an older Qt gets the fallback below.
_EVENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Announce ``message`` (plain text) from ``widget``, a widget on screen.

    With Qt's announcement event the screen reader speaks it as it is; otherwise the
    widget's accessible description changes to it, which screen readers read out for
    the widget that has, or last had, the focus. ``assertive`` interrupts what is being
    read; the default waits for it.
    """
    message = " ".join(message.split())
    if not message:
        return
    if _EVENT is None:
        widget.setAccessibleDescription(message)  # sends DescriptionChanged itself
        return
    event = _EVENT(widget, message)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
