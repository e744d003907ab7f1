"""Checks made before Qt starts, so a missing system library gets a clear sentence.

Qt aborts the process with a raw plugin error when its Linux window-system
plugin (xcb) cannot load; this module imports no Qt and names the apt command. It sits
beside ``cli.py``, outside ``gui/``, because it must run before (and without) Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Shared libraries Qt 6's xcb plugin needs, and the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xinerama": "libxcb-xinerama0",
    "xcb-xkb": "libxcb-xkb1",
    "EGL": "libegl1",
    "GL": "libgl1",
}


#: Libraries a bundled (PyInstaller) SpotIt does not carry: they come from the graphics driver.
SYSTEM_ONLY = {"EGL", "GL"}


def _bundled(lib: str) -> bool:
    """Whether a frozen app carries ``lib<lib>.so*`` itself (PyInstaller's _MEIPASS)."""
    folder = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not folder or lib in SYSTEM_ONLY:
        return False
    return any(Path(folder).rglob(f"lib{lib}.so*"))


def missing_packages(find=None) -> list[str]:
    """Debian packages whose libraries the xcb plugin needs but this system lacks."""
    if find is None:
        import ctypes.util  # only on Linux with a display: it is slow to import

        find = ctypes.util.find_library
    return [pkg for lib, pkg in XCB_LIBRARIES.items() if find(lib) is None and not _bundled(lib)]


def qt_problem(env: os._Environ | dict = os.environ, platform: str = sys.platform) -> str | None:
    """Why Qt cannot open a window here, as one actionable sentence; None if it should."""
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: not the xcb plugin
    if not qpa and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "no display found (DISPLAY is not set): start SpotIt from a desktop session, "
            "or set QT_QPA_PLATFORM=offscreen for a headless run"
        )
    missing = missing_packages()
    if missing:
        return (
            "Qt cannot open a window because system libraries are missing. Install them with:\n"
            f"    sudo apt install {' '.join(missing)}"
        )
    return None
