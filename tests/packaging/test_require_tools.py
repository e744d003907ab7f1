"""packaging/require-tools.sh: `make test` gets the freedesktop validators, or says how."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.packaging.conftest import PACKAGING

SCRIPT = PACKAGING / "require-tools.sh"


def test_nothing_to_do_when_the_tools_are_there():
    result = subprocess.run(["sh", str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == result.stderr == ""


def test_a_user_without_the_tools_gets_the_exact_apt_command():
    # A PATH with `id` and nothing else; as root (CI) run as `nobody`, or the
    # script would rightly start installing.
    folder = Path(tempfile.mkdtemp(prefix="spotit-tools-"))
    try:
        folder.chmod(0o755)
        (folder / "id").symlink_to(shutil.which("id"))
        command = [shutil.which("sh"), str(SCRIPT)]
        if os.geteuid() == 0:
            command = [
                shutil.which("setpriv"),
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                *command,
            ]
        result = subprocess.run(command, env={"PATH": str(folder)}, capture_output=True, text=True)
    finally:
        shutil.rmtree(folder)
    assert result.returncode == 1
    # With no dpkg on that PATH either, every package the script checks for is named.
    wanted = (
        "appstream desktop-file-utils shared-mime-info xvfb dbus libxcb-cursor0 "
        "libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
        "libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 "
        "fontconfig fonts-dejavu-core"
    )
    assert result.stderr.splitlines() == [
        "tests/packaging, tests/gui/test_atspi_tree.py and tests/classroom/test_web_page.py "
        f"need {wanted}; install with:"
        f"  sudo apt-get install -y {wanted}"
    ]
