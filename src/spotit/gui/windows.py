"""Windows open at a size that fits the screen they open on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: Room left for the window's title bar and frame, which Qt does not count in its size.
FRAME_ALLOWANCE = 40


def resize_to_fit(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or less where its screen is smaller.

    A class window 820 px tall on a 1280×800 classroom laptop put its Start and Reveal
    buttons off-screen; every top-level window sizes itself through here.
    """
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width())
        height = min(height, room.height() - FRAME_ALLOWANCE)
    window.resize(max(width, 1), max(height, 1))
