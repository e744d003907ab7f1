"""The Inno Setup script, read as text (Inno Setup runs only on Windows)."""

from __future__ import annotations

import re

from tests.packaging.conftest import PACKAGING

from spotit import __version__

ISS = PACKAGING / "windows" / "spotit.iss"


def _defines() -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', ISS.read_text(encoding="utf-8")))


def _expand(value: str) -> str:
    for name, text in _defines().items():
        value = value.replace("{#" + name + "}", text)
    return value


def _registry() -> dict[tuple[str, str], str]:
    """(subkey, value name) -> value data of every [Registry] line, defines expanded."""
    entries = {}
    for line in ISS.read_text(encoding="utf-8").splitlines():
        if not line.startswith("Root: HKA;"):
            continue
        fields = dict(
            (key.strip(), value.strip())
            for key, value in (part.split(":", 1) for part in line.split(";") if ":" in part)
        )
        unquote = lambda v: _expand(v[1:-1].replace('""', '"'))  # noqa: E731 - Inno quoting
        entries[(unquote(fields["Subkey"]), unquote(fields["ValueName"]))] = unquote(
            fields["ValueData"]
        )
    return entries


def test_default_version_is_the_apps_version():
    assert _defines()["AppVersion"] == __version__


def test_spotit_files_open_in_the_installed_app(spec):
    registry = _registry()
    prog_id = registry[("Software\\Classes\\.spotit", "")]
    assert prog_id == "SpotIt.Pack"
    exe = f"{spec['APP_NAME']}.exe"
    assert registry[(f"Software\\Classes\\{prog_id}\\shell\\open\\command", "")] == (
        f'"{{app}}\\{exe}" "%1"'
    )
    assert registry[("Software\\Classes\\.spotit", "Content Type")] == "application/x-spotit-pack"
    assert ("Software\\Classes\\.spotit\\OpenWithProgids", prog_id) in registry


def test_installer_takes_the_whole_pyinstaller_folder_and_the_icon(spec):
    text = ISS.read_text(encoding="utf-8")
    assert f'Source: "..\\..\\dist\\{spec["APP_NAME"]}\\*"' in text
    assert "recursesubdirs" in text
    assert "ChangesAssociations=yes" in text
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M).group(1)
    assert (ISS.parent / icon.replace("\\", "/")).is_file()
