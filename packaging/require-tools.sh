#!/bin/sh
# tests/packaging validate the Linux desktop files with the freedesktop tools
# from Debian, tests/gui/test_atspi_tree.py reads SpotIt's window as a screen
# reader does (AT-SPI on a virtual X screen), and tests/classroom/test_web_page.py
# drives the student page in Debian's headless Chromium: install them when running
# as root (CI, containers), otherwise print the exact command and fail, so those
# tests never silently skip.
set -eu
missing=""
command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstream"
command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
command -v update-mime-database >/dev/null 2>&1 || missing="$missing shared-mime-info"
command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
command -v dbus-run-session >/dev/null 2>&1 || missing="$missing dbus"
[ -x /usr/libexec/at-spi-bus-launcher ] || missing="$missing at-spi2-core"
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/chromedriver ] || missing="$missing chromium-driver"
/usr/bin/python3 -c "import pyatspi" >/dev/null 2>&1 || missing="$missing python3-pyatspi"
# What Qt's xcb platform plugin loads (Qt >= 6.5), and fonts for it to draw with.
for package in libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 \
    fontconfig fonts-dejavu-core; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing$missing (tests/packaging, tests/gui/test_atspi_tree.py and tests/classroom/test_web_page.py need them)"
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine may have no package lists yet: update once, then retry.
    apt-get install -y -qq $missing >/dev/null 2>&1 ||
        { apt-get update -qq && apt-get install -y -qq $missing >/dev/null; }
    exit 0
fi
echo "tests/packaging, tests/gui/test_atspi_tree.py and tests/classroom/test_web_page.py need$missing; install with:  sudo apt-get install -y$missing" >&2
exit 1
