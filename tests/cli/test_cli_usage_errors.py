"""Every command's bad input is one line and exit 2, also through ``python -m spotit.cli``.

Run that way, spotit.cli is the ``__main__`` module, so a usage error class defined in it
would be a second class the command modules do not raise; the one class in
``spotit.core.usage`` is what every command raises and the CLI catches.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from spotit.core.usage import UsageError


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["practice", "plan", "--learner", "Nobody"], "--learner Nobody: no learner"),
        (["class", "host", "--pack", "no-such-pack"], "--pack no-such-pack: no such file"),
        (["lrs", "configure", "ftp://lrs.example/xAPI/", "--key", "k", "--secret-file", "x"], ""),
        (["study", "export", "no-such.toml", "-o", "out"], ""),
        (["pack", "search", "no-such.spotit", "x", "--limit", "0"], "--limit must be"),
    ],
)
def test_bad_input_is_one_line_and_exit_2_as_python_m(tmp_path, args, message):
    env = dict(os.environ, SPOTIT_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "spotit.cli", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("spotit: error: "), done.stderr
    assert message in lines[0] and "Traceback" not in done.stderr


def test_every_commands_usage_error_is_the_one_class():
    from spotit.classroom.cli import ClassUsageError
    from spotit.interop.lrs_cli import LrsUsageError
    from spotit.practice.cli import PracticeUsageError
    from spotit.practice.study_cli import StudyUsageError

    for error in (ClassUsageError, LrsUsageError, PracticeUsageError, StudyUsageError):
        assert issubclass(error, UsageError)
