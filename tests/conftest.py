"""Test setup: no display needed, no writes outside tmp folders."""

from __future__ import annotations

import os
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read SpotIt's English texts, whatever the language of the machine they run on.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parents[1]
STARTER = ROOT / "content" / "starter"
#: When tests of spaced practice begin (a Monday morning, UTC).
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand (``Practice(..., clock=Clock())``)."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def days(self, n: float) -> None:
        self.now += timedelta(days=n)


def answer_all_but(practice, article_id: str, miss=()) -> list[str]:
    """Submit a starter article through Practice with every red flag found but those of
    the categories in ``miss``; the categories of its red flags, in text order."""
    from spotit.core.model import Flag
    from spotit.practice import Submission

    opened = practice.open("starter", article_id)
    annotations = opened.article.annotations
    flags = [Flag(a.start, a.end, a.category) for a in annotations if a.category not in miss]
    practice.submit(Submission(opened, flags, 300))
    return list(dict.fromkeys(a.category for a in annotations))


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """SpotIt's English as users read it: with its plural forms ("1 problem", "2 problems"),
    from the English translation `make test` builds."""
    from spotit.gui.i18n import languages

    languages().use("en")


@pytest.fixture(autouse=True)
def _english_again():
    """A test that switched the language (or took the translator away) leaves English."""
    yield
    from spotit.core import i18n
    from spotit.gui.i18n import languages

    shown = languages()
    if shown.current != "en" or not i18n.installed():
        shown.reset()
        shown.use("en")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own SpotIt data folder."""
    monkeypatch.setenv("SPOTIT_DATA_DIR", str(tmp_path_factory.mktemp("spotit-data")))


def write_article(folder: Path, name: str, front: str, body: str) -> Path:
    """Write one article source file (front matter as TOML text)."""
    path = folder / "articles" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"+++\n{textwrap.dedent(front).strip()}\n+++\n{textwrap.dedent(body)}", encoding="utf-8"
    )
    return path


def make_source(folder: Path, manifest: str | None = None) -> Path:
    """A minimal valid pack source with one annotated article."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text(
        manifest or 'id = "demo"\ntitle = "Demo pack"\nversion = "1.0"\nauthors = ["Tester"]\n',
        encoding="utf-8",
    )
    write_article(
        folder,
        "01-rocket.md",
        """
        id = "rocket"
        headline = "Rocket 🚀 scientists stunned"
        difficulty = 2
        tags = ["science"]

        [[flags]]
        quote = "stunned"
        category = "sensational-headline"
        explanation = "Compare the headline with the body."

        [[flags]]
        quote = "experts say"
        category = "vague-source"
        explanation = "Which experts? Look for a name."
        """,
        """
        Yesterday, experts say, a rocket with é and 🚀 emoji flew *very* high.

        - first item
        - second item

        > A quoted paragraph.
        """,
    )
    return folder


@pytest.fixture
def source_dir(tmp_path) -> Path:
    return make_source(tmp_path / "src-pack")


@pytest.fixture
def built_pack(source_dir, tmp_path) -> Path:
    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    source = read_pack_source(source_dir)
    assert not source.problems, source.problems
    return build_pack(source, tmp_path / "demo.spotit")


#: The two arms most test studies compare: SpotIt practice vs an active control.
TWO_ARMS = (
    '[[arms]]\nid = "spotit"\nname = "SpotIt practice"\npractice = "flag"\n\n'
    '[[arms]]\nid = "control"\nname = "Reading credible articles"\npractice = "read"\n'
)


def study_toml(
    study_id: str = "pilot-test",
    *,
    title: str = "Pilot test",
    pack: object = "starter",
    seed: int = 20270115,
    post: str = "true",
    delays: str = "[7]",
    practice_days: str = "[0]",
    articles: int = 1,
    arms: str = TWO_ARMS,
) -> str:
    """A study file (docs/research-mode.md) of a pack's "discernment" check; ``pack`` is a
    bundled pack id or a path. The lists and booleans are given as TOML."""
    pack_text = pack.as_posix() if isinstance(pack, Path) else str(pack)
    return (
        "# A test study. Training material; invented.\n"
        f'id = "{study_id}"\n'
        f'title = "{title}"\n'
        f'pack = "{pack_text}"\n'
        'check = "discernment"\n'
        f"seed = {seed}\n"
        "\n[schedule]\n"
        f"post = {post}\n"
        f"delays = {delays}\n"
        f"practice_articles = {articles}\n"
        f"practice_days = {practice_days}\n\n"
    ) + arms
