#!/bin/sh
# The reader as a screen reader sees it: a virtual X screen, a session bus with the
# AT-SPI bus on it, SpotIt with accessibility on, and its tree printed as JSON lines.
#   tools/atspi/dump.sh [--submit] [--language de] > tree.jsonl      (from the checkout)
# Needs Xvfb, dbus, at-spi2-core and python3-pyatspi (packaging/require-tools.sh).
set -eu
here=$(dirname "$0")
exec dbus-run-session -- sh -c '
    set -eu
    export SPOTIT_DATA_DIR=$(mktemp -d)
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$SPOTIT_DATA_DIR/display" 2>/dev/null &
    xvfb=$!
    for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s "$SPOTIT_DATA_DIR/display" ] && break; sleep 0.5; done
    export DISPLAY=":$(cat "$SPOTIT_DATA_DIR/display")"
    export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    bus=$!
    "${PYTHON:-.venv/bin/python}" "$0/probe_app.py" "$@" >"$SPOTIT_DATA_DIR/app.log" 2>&1 &
    app=$!
    status=0
    /usr/bin/python3 "$0/dump_tree.py" || status=$?
    kill $app $bus $xvfb 2>/dev/null || true
    rm -rf "$SPOTIT_DATA_DIR"
    exit $status
' "$here" "$@"
