"""`spotit --self-test`'s language step: SpotIt's German ships and works, then English again.

Run as IT staff run the self-test, in a subprocess, with only the steps it needs (the Qt
modules, the platform plugin, the language), so the language it switches stays there.
"""

from __future__ import annotations

from tests.packaging.conftest import run_spotit

STEPS = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "import spotit.gui.selftest as selftest\n"
    "wanted = (selftest.check_qt_modules, selftest.check_platform_plugin, selftest.check_language)\n"
    "selftest.CHECKS[:] = [c for c in selftest.CHECKS if c[1] in wanted]\n"
    "def english_again(state):\n"
    "    shown = QCoreApplication.translate('Taxonomy', 'Sensational headline')\n"
    "    if shown != 'Sensational headline':\n"
    "        raise selftest.SelfTestFailure(f'still translated: {shown!r}')\n"
    "    return 'English again'\n"
    "selftest.CHECKS.append(('reading English', english_again))\n"
)


def _run(setup: str = ""):
    return run_spotit(code=STEPS + setup + "sys.exit(selftest.run_self_test())\n")


def _one_failure_line(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("spotit: self-test failed: ")
    assert "Traceback" not in result.stdout + result.stderr
    return lines[0]


def test_the_german_translation_is_switched_on_and_off_again():
    result = _run()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: SpotIt's 'de' translation loads ('Sensational headline' reads " in result.stdout
    assert "ok: English again" in result.stdout
    assert result.stdout.splitlines()[-1] == "spotit: self-test passed"


def test_a_language_that_does_not_ship_fails_with_one_clear_line():
    line = _one_failure_line(_run("selftest.TRANSLATION_PROBE = 'zz'\n"))
    assert "spotit_zz.qm is missing" in line


def test_a_text_the_translation_leaves_in_english_fails_with_one_clear_line():
    line = _one_failure_line(_run("selftest.LANGUAGE_PROBE = ('Taxonomy', 'No text like it')\n"))
    assert "leaves 'No text like it' (Taxonomy) in English" in line
