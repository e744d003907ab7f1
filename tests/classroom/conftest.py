"""Classroom fixtures: a small three-article pack and a session on it, with a fake clock."""

from __future__ import annotations

import contextlib
import dataclasses

import pytest
from tests.conftest import write_article

from spotit.classroom.session import ClassSession

CODE = "ABC234"


class FakeClock:
    """A clock tests move by hand, so rate limits and timings are exact."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_class_source(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text(
        'id = "class"\ntitle = "Class pack"\nversion = "2"\nauthors = ["Tester"]\n',
        encoding="utf-8",
    )
    write_article(
        folder,
        "01-tea.md",
        """
        id = "tea"
        headline = "Miracle tea 🍵 cures everything, experts say"
        difficulty = 1

        [[flags]]
        quote = "cures everything"
        category = "sensational-headline"
        explanation = "No body sentence supports it."

        [[flags]]
        quote = "a leading doctor"
        category = "false-authority"
        explanation = "Which doctor? A name would let you check."
        hint = "Could you look up the person this article quotes?"

        [[flags]]
        quote = "90% of drinkers"
        category = "misleading-number"
        explanation = "Out of how many, measured how?"
        hint = "A share of whom? Look for the number it is a share of."
        """,
        """
        According to a leading doctor, the tea works for everyone.

        "It changed my life," said one drinker. A survey found 90% of drinkers felt better.

        The shop sells it for 40 euros a box.
        """,
    )
    write_article(
        folder,
        "02-council.md",
        """
        id = "council"
        headline = "Council approves new bus timetable"
        difficulty = 1
        kind = "credible"

        [[notes]]
        quote = "its minutes show"
        note = "A public record: the council's minutes can be asked for and read."
        hint = "Where could you check that the council decided this?"

        [[notes]]
        quote = "said transport officer Dana Ruiz"
        note = "A named official with her job: you could call the transport office."
        """,
        """
        The Millbrook council approved the new timetable on 3 March, its minutes show.

        Buses will run every 12 minutes, said transport officer Dana Ruiz.
        """,
    )
    write_article(
        folder,
        "03-storm.md",
        """
        id = "storm"
        headline = "Storm will destroy the coast, sources warn"
        difficulty = 2

        [[flags]]
        quote = "sources warn"
        category = "vague-source"
        explanation = "Which sources?"

        [[flags]]
        quote = "Everyone knows the dams are failing"
        category = "unsupported-claim"
        explanation = "Everyone? Where is the evidence?"
        """,
        """
        Everyone knows the dams are failing. Officials said the storm arrives on Friday.
        """,
    )
    return folder


@pytest.fixture(scope="session")
def class_pack_path(tmp_path_factory):
    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    root = tmp_path_factory.mktemp("class-pack")
    source = read_pack_source(make_class_source(root / "src"))
    assert not source.problems, source.problems
    return build_pack(source, root / "class.spotit")


@pytest.fixture
def class_pack(class_pack_path):
    from spotit.store.pack import open_pack

    pack = open_pack(class_pack_path)
    yield pack
    pack.close()


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def session(class_pack, clock):
    articles = [class_pack.article(i) for i in ("tea", "council", "storm")]
    return ClassSession(class_pack.meta, class_pack.categories, articles, code=CODE, clock=clock)


# -- real sockets on loopback ------------------------------------------------------------

LOOPBACK = "127.0.0.1"


class Pupil:
    """A ClassClient with everything it received kept for assertions."""

    def __init__(self, port: int, reconnect: bool = True) -> None:
        from spotit.classroom.client import ClassClient

        self.client = ClassClient(LOOPBACK, port, reconnect=reconnect)
        self.raw: list[str] = []
        self.offers: list = []
        self.receipts: list = []
        self.reveals: list = []
        self.refusals: list[tuple[str, str]] = []
        self.problems: list[tuple[str, str]] = []
        self.ended: list[str] = []
        c = self.client
        c.message_received.connect(self.raw.append)
        c.article_offered.connect(self.offers.append)
        c.submission_confirmed.connect(self.receipts.append)
        c.revealed.connect(self.reveals.append)
        c.refused.connect(lambda code, message: self.refusals.append((code, message)))
        c.problem.connect(lambda code, message: self.problems.append((code, message)))
        c.ended.connect(self.ended.append)

    @property
    def text(self) -> str:
        return self.offers[-1].article.text


@contextlib.contextmanager
def serving(session):
    """A host for ``session`` listening on loopback, closed afterwards."""
    from spotit.classroom.server import ClassServer

    server = ClassServer(session)
    server.listen(LOOPBACK, 0)
    try:
        yield server
    finally:
        server.close()


def with_long_answer(article):
    """``article`` whose first red flag's explanation is longer than a student's app accepts."""
    first = dataclasses.replace(article.annotations[0], explanation="why " * 6000)
    return dataclasses.replace(article, annotations=[first, *article.annotations[1:]])


@pytest.fixture
def host(qtbot, session):
    with serving(session) as server:
        yield server


@pytest.fixture
def pupils(host):
    made = []

    def make(reconnect: bool = True) -> Pupil:
        pupil = Pupil(host.port, reconnect)
        made.append(pupil)
        return pupil

    yield make
    for pupil in made:
        pupil.client.close()


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the suite: fail the test instead."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]!r}")

    try:
        from PySide6.QtWidgets import QFileDialog, QMessageBox
    except ImportError:  # the Qt-free tests do not need it
        return
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)  # gui.plain's boxes
    monkeypatch.setattr(QFileDialog, "getSaveFileName", refuse)
