"""Render the app icon (packaging/icons/spotit.svg) to every file the installers need.

    .venv/bin/python packaging/render_icons.py      (or `make icons`)

Writes, next to the SVG:
- hicolor/NxN/apps/org.spotit.SpotIt.png for every size in SIZES, and
  hicolor/scalable/apps/org.spotit.SpotIt.svg (the freedesktop icon theme layout);
- spotit.ico (Windows: the .exe and the installer) and spotit.icns (macOS .app).

Rendering uses Qt's own SVG renderer, so nothing beyond the project's venv is needed.
The outputs are committed; run this again after editing the SVG.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import tempfile
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS / "spotit.svg"
APP_ID = "org.spotit.SpotIt"

#: Sizes of the freedesktop hicolor theme that desktops look up.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Windows picks the nearest of these for the taskbar, Explorer and the installer.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS icon types that hold PNG data, with their pixel sizes (the @2x ones included).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def png_path(size: int, root: Path = ICONS) -> Path:
    """Where the PNG of one size lives in the hicolor layout."""
    return root / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def _ensure_gui() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_gui.app = QGuiApplication(sys.argv[:1])  # kept alive for later renders


def render(size: int, svg: Path = SVG):
    """The icon as a ``size`` x ``size`` QImage with a transparent background."""
    _ensure_gui()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images for every type in ICNS_TYPES."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def _write(path: Path, data: bytes) -> None:
    """Write atomically: a half-written icon must never be committed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)  # mkstemp makes files private; icons are for everyone
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def render_all(svg: Path = SVG, out: Path = ICONS) -> list[Path]:
    """Write every icon file; returns the paths written."""
    wanted = set(SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = {size: png_bytes(render(size, svg)) for size in sorted(wanted)}
    written = []
    for size in SIZES:
        _write(png_path(size, out), pngs[size])
        written.append(png_path(size, out))
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    if scalable.resolve() != svg.resolve():
        shutil.copyfile(svg, scalable)
    written.append(scalable)
    _write(out / "spotit.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    _write(out / "spotit.icns", icns_bytes(pngs))
    written += [out / "spotit.ico", out / "spotit.icns"]
    return written


if __name__ == "__main__":
    for path in render_all():
        print(f"wrote {path.relative_to(ICONS.parent.parent)}")
