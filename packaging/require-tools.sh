#!/bin/sh
# tests/packaging validate the Linux desktop files with the freedesktop tools
# from Debian: install them when running as root (CI, containers), otherwise
# print the exact command and fail, so those tests never silently skip.
set -eu
missing=""
command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstream"
command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
command -v update-mime-database >/dev/null 2>&1 || missing="$missing shared-mime-info"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing$missing (tests/packaging need them)"
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine may have no package lists yet: update once, then retry.
    apt-get install -y -qq $missing >/dev/null 2>&1 ||
        { apt-get update -qq && apt-get install -y -qq $missing >/dev/null; }
    exit 0
fi
echo "tests/packaging need$missing; install with:  sudo apt-get install -y$missing" >&2
exit 1
