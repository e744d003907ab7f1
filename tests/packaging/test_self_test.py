"""`spotit --self-test`, run as IT staff and `make bundle-check` run it: in a subprocess.

A pass prints ``ok:`` lines and exits 0; every failure exits 1 with exactly one
``spotit: self-test failed: ...`` line on stderr.
"""

from __future__ import annotations

import pytest
from tests.packaging.conftest import run_spotit


def _one_failure_line(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("spotit: self-test failed: ")
    assert "Traceback" not in result.stdout + result.stderr
    return lines[0]


def test_self_test_passes_from_the_source_tree(tmp_path):
    learner_data = tmp_path / "real-learner-data"
    learner_data.mkdir()
    (learner_data / "progress.db").write_bytes(b"a learner's progress")
    result = run_spotit("--self-test", env={"SPOTIT_DATA_DIR": str(learner_data)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "spotit: self-test passed"
    assert result.stderr == ""
    for step in ("Qt modules load", "platform plugin", "translations", "main window"):
        assert step in result.stdout
    assert "scores 100/100" in result.stdout
    # It worked in a folder of its own: the learner data is exactly as it was.
    assert [p.name for p in learner_data.iterdir()] == ["progress.db"]
    assert (learner_data / "progress.db").read_bytes() == b"a learner's progress"


def test_missing_content_fails_with_one_clear_line(tmp_path):
    empty = tmp_path / "no-content-here"
    empty.mkdir()
    line = _one_failure_line(run_spotit("--self-test", env={"SPOTIT_CONTENT_DIR": str(empty)}))
    assert "no content pack" in line and str(empty) in line


def test_broken_bundled_pack_fails_with_one_clear_line(tmp_path):
    broken = tmp_path / "content" / "starter"
    (broken / "articles").mkdir(parents=True)
    (broken / "pack.toml").write_text('id = "starter"\n', encoding="utf-8")  # no title
    line = _one_failure_line(
        run_spotit("--self-test", env={"SPOTIT_CONTENT_DIR": str(tmp_path / "content")})
    )
    assert "bundled pack cannot be built" in line and "starter" in line


def test_missing_platform_plugin_fails_before_qt_aborts():
    line = _one_failure_line(run_spotit("--self-test", env={"QT_QPA_PLATFORM": "nosuchscreen"}))
    assert "platform plugin 'nosuchscreen' is missing" in line


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("PySide6.QtCharts", "Qt module PySide6.QtCharts cannot be loaded"),
        ("pluggy", "module 'pluggy' is missing from this installation"),
    ],
)
def test_missing_module_fails_with_one_clear_line(module, expected):
    # None in sys.modules makes `import module` fail, as in a bundle that lacks it.
    code = (
        "import sys\n"
        f"sys.modules[{module!r}] = None\n"
        "from spotit.cli import main\n"
        "sys.exit(main(['--self-test']))\n"
    )
    line = _one_failure_line(run_spotit(code=code))
    assert expected in line


def test_missing_translation_fails_with_one_clear_line():
    code = (
        "import sys\n"
        "import spotit.gui.selftest as selftest\n"
        "selftest.TRANSLATION_PROBE = 'zz'\n"
        "sys.exit(selftest.run_self_test())\n"
    )
    line = _one_failure_line(run_spotit(code=code))
    assert "qtbase_zz.qm is missing" in line


def test_an_unexpected_dialog_is_closed_and_reported_not_waited_for():
    """Offscreen, nobody can click a dialog away: the self-test must not hang on one."""
    code = (
        "import sys\n"
        "from spotit.store.progress import Progress\n"
        "def refuse(*args, **kwargs): raise OSError('disk full')\n"
        "Progress.submit = refuse\n"
        "from spotit.cli import main\n"
        "sys.exit(main(['--self-test']))\n"
    )
    line = _one_failure_line(run_spotit(code=code))
    assert "unexpected dialog: 'Not saved'" in line and "disk full" in line


def test_a_hang_ends_with_one_clear_line():
    code = (
        "import sys, time\n"
        "import spotit.gui.selftest as selftest\n"
        "selftest.TIMEOUT_SECONDS = 1\n"
        "selftest.CHECKS[-1] = ('waiting for nothing', lambda state: time.sleep(30))\n"
        "sys.exit(selftest.run_self_test())\n"
    )
    line = _one_failure_line(run_spotit(code=code))
    assert line.startswith("spotit: self-test failed: no answer after 1 s while ")
