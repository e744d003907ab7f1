"""The app icon: committed PNG, ICO and ICNS files, all rendered from one SVG."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest
from tests.packaging.conftest import APP_ID, PACKAGING

ICONS = PACKAGING / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk (which must come first)."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_every_hicolor_size_is_a_png_of_that_size(render_icons, size):
    assert size in render_icons.SIZES
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    width, height, colour = png_size(path.read_bytes())
    assert (width, height) == (size, size)
    assert colour == 6  # RGBA: the icon has a transparent background


def test_scalable_icon_is_the_source_svg():
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "spotit.svg").read_bytes()
    root = ET.parse(scalable).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"  # square


def test_windows_ico_holds_every_size_as_png(render_icons):
    data = (ICONS / "spotit.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count == len(render_icons.ICO_SIZES)
    sizes = []
    for n in range(count):
        w, h, _c, _r, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * n : 22 + 16 * n]
        )
        width, height, _colour = png_size(data[offset : offset + length])
        assert (w or 256, h or 256) == (width, height)
        assert (planes, bits) == (1, 32)
        sizes.append(width)
    assert sorted(sizes) == sorted(render_icons.ICO_SIZES)
    assert 256 in sizes  # Explorer's large icon view


def test_macos_icns_holds_every_type_as_png(render_icons):
    data = (ICONS / "spotit.icns").read_bytes()
    magic, total = struct.unpack(">4sI", data[:8])
    assert magic == b"icns" and total == len(data)
    found, offset = {}, 8
    while offset < len(data):
        kind, length = struct.unpack(">4sI", data[offset : offset + 8])
        width, height, _colour = png_size(data[offset + 8 : offset + length])
        assert width == height
        found[kind] = width
        offset += length
    assert offset == len(data)
    assert found == dict(render_icons.ICNS_TYPES)


@pytest.mark.parametrize("size", [32, 128])
def test_committed_pngs_are_rendered_from_the_current_svg(render_icons, size):
    """Editing the SVG without `make icons` leaves stale PNGs: caught here."""
    from PySide6.QtGui import QImage

    fresh = render_icons.render(size)
    committed = QImage(str(render_icons.png_path(size)))
    assert committed.size() == fresh.size()
    # Renderers differ by a shade between Qt versions; a changed drawing differs a lot.
    total = 0
    for y in range(size):
        for x in range(size):
            a, b = fresh.pixelColor(x, y), committed.pixelColor(x, y)
            total += sum(
                abs(p - q)
                for p, q in zip(
                    (a.red(), a.green(), a.blue(), a.alpha()),
                    (b.red(), b.green(), b.blue(), b.alpha()),
                    strict=True,
                )
            )
    assert total / (size * size * 4) < 2.0


def test_render_all_writes_every_file(render_icons, tmp_path):
    written = render_icons.render_all(out=tmp_path)
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert "spotit.ico" in names and "spotit.icns" in names
    assert f"hicolor/scalable/apps/{APP_ID}.svg" in names
    for size in render_icons.SIZES:
        assert png_size(render_icons.png_path(size, tmp_path).read_bytes())[:2] == (size, size)
