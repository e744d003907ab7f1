"""A real LRS for these tests: Ralph on a free loopback port (bench/ralph_lrs.py).

``ralph`` is a running Ralph with a temporary file-system store and its own auth file
(made once per run with ``ralph auth``; the password is random); it is stopped at the end
of the test, and ``ralph.restart()`` stops and starts it with the same statements. When a
test fails, Ralph's log is printed with it.
"""

from __future__ import annotations

import secrets

import pytest
from bench.ralph_lrs import Ralph, make_auth_file


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def ralph_account(tmp_path_factory):
    """One auth file for the run (``ralph auth`` takes about a second): path and password."""
    password = secrets.token_urlsafe(16)
    path = make_auth_file(tmp_path_factory.mktemp("ralph-auth") / "auth.json", password)
    return path, password


@pytest.fixture
def ralph(tmp_path_factory, ralph_account, request):
    auth_file, password = ralph_account
    lrs = Ralph(tmp_path_factory.mktemp("ralph"), auth_file, password)
    lrs.start()
    yield lrs
    lrs.stop()
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        print(f"Ralph's log ({lrs.log_path}):\n{lrs.log_tail()}")
