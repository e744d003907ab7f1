"""Before Qt starts, a missing display or library is explained in one sentence."""

from spotit import preflight


def test_no_display_on_linux_is_explained():
    message = preflight.qt_problem(env={}, platform="linux")
    assert message and "no display found" in message


def test_offscreen_and_other_platforms_need_nothing():
    assert preflight.qt_problem(env={"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert preflight.qt_problem(env={}, platform="win32") is None
    assert preflight.qt_problem(env={"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None


def test_missing_xcb_libraries_give_the_apt_command(monkeypatch):
    monkeypatch.setattr(
        preflight, "missing_packages", lambda: ["libxcb-cursor0", "libxkbcommon-x11-0"]
    )
    message = preflight.qt_problem(env={"DISPLAY": ":0"}, platform="linux")
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in message


def test_missing_packages_maps_libraries_to_packages():
    found = {"xcb-cursor": None}
    missing = preflight.missing_packages(find=lambda lib: found.get(lib, f"lib{lib}.so"))
    assert missing == ["libxcb-cursor0"]


def test_a_bundle_carrying_the_xcb_libraries_needs_only_the_driver_ones(tmp_path, monkeypatch):
    (tmp_path / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    for lib in preflight.XCB_LIBRARIES:
        if lib not in preflight.SYSTEM_ONLY:
            (tmp_path / "PySide6" / "Qt" / "lib" / f"lib{lib}.so.1").write_bytes(b"")
    monkeypatch.setattr(preflight.sys, "frozen", True, raising=False)
    monkeypatch.setattr(preflight.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert preflight.missing_packages(find=lambda lib: None) == ["libegl1", "libgl1"]
