"""Today's practice in one language: a German learner is not handed English articles."""

from __future__ import annotations

from tests.conftest import ROOT

from spotit.content.source import read_pack_source
from spotit.practice import Practice
from spotit.store.pack import build_pack, open_pack


def test_todays_practice_chooses_from_the_packs_in_the_language_asked(
    progress, starter_path, tmp_path
):
    german = build_pack(read_pack_source(ROOT / "content" / "starter-de"), tmp_path / "de.spotit")
    packs = {p.meta.id: p for p in (open_pack(starter_path), open_pack(german))}
    practice = Practice(progress, progress.add_learner("Lena"), packs)
    mixed = {item.pack_id for item in practice.todays_practice(10).items}
    practice.practice_language = "de-AT"  # any German counts
    german_only = {item.pack_id for item in practice.todays_practice(10).items}
    practice.practice_language = "en"
    english_only = {item.pack_id for item in practice.todays_practice(10).items}
    assert mixed == {"starter", "starter-de"}
    assert german_only == {"starter-de"} and english_only == {"starter"}
    for pack in packs.values():
        pack.close()
