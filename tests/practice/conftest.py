"""Practice fixtures: the starter pack built once, a fresh progress database per test."""

from __future__ import annotations

import pytest
from tests.conftest import STARTER, Clock

from spotit.content.source import read_pack_source
from spotit.practice import Practice
from spotit.store.pack import build_pack, open_pack
from spotit.store.progress import Progress


@pytest.fixture(scope="session")
def starter_path(tmp_path_factory):
    source = read_pack_source(STARTER)
    assert not source.problems, source.problems
    return build_pack(source, tmp_path_factory.mktemp("starter") / "starter.spotit")


@pytest.fixture
def progress(tmp_path):
    store = Progress(tmp_path / "progress.db")
    yield store
    store.close()


@pytest.fixture
def practice(progress, starter_path):
    pack = open_pack(starter_path)
    ana = progress.add_learner("Ana")
    yield Practice(progress, ana, {pack.meta.id: pack})
    pack.close()


@pytest.fixture
def clock():
    """A clock the test moves by hand."""
    return Clock()


@pytest.fixture
def learner(practice, clock):
    """Ana's practice on the starter pack, on the test's clock."""
    return Practice(practice.progress, practice.learner, practice.packs, clock=clock)
