"""Saving edits the author's own files: comments survive, modes follow the umask, no Qt loads."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from spotit.authoring.draft import load_source_folder, replace_article, source_layout, synced
from spotit.authoring.saving import write_source
from spotit.content.source import read_pack_source

MANIFEST = """\
# The pack for the spring course: keep this comment.
id = "spring"   # never change the id once shared
title = "Spring course"
version = "1.0"

# Our own red flag.
[[categories]]
id = "made-up-study"  # the one learners miss
name = "Made-up study"
description = "A study nobody can find."
how_to_check = "Search for the study's title."
color = "#123456"
"""

ARTICLE = """\
+++
# Written for week 3.
id = "week-3"
headline = "Study shows chocolate cures colds"  # keep it sensational
tags = ["health"]

# The headline is the main flag.
[[flags]]
quote = "cures colds"
category = "sensational-headline"  # obvious on purpose
explanation = "No study could show that."

[[flags]]
quote = "a study"
category = "made-up-study"
explanation = "Which study?"
+++
According to a study, chocolate helps.
"""


def author_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "spring"
    (folder / "articles").mkdir(parents=True)
    (folder / "pack.toml").write_text(MANIFEST, encoding="utf-8")
    (folder / "articles" / "030-week-3.md").write_text(ARTICLE, encoding="utf-8")
    assert read_pack_source(folder).problems == []
    return folder


def test_editing_a_field_keeps_the_authors_comments_and_the_folder_validates(tmp_path):
    folder = author_folder(tmp_path)
    loaded = load_source_folder(folder)
    draft = replace(loaded.draft, meta=replace(loaded.draft.meta, title="Spring course 2027"))
    (article,) = draft.articles
    article = replace(article, meta=replace(article.meta, byline="A. Writer"))
    article = synced(replace(article, body=article.body + "\nIt is sold everywhere.\n"))
    draft = replace_article(draft, article)
    layout = source_layout(draft, loaded.file_names, loaded.files)
    write_source(folder, layout.files)

    manifest = (folder / "pack.toml").read_text(encoding="utf-8")
    for comment in (
        "# The pack for the spring course: keep this comment.",
        "# never change the id once shared",
        "# Our own red flag.",
        "# the one learners miss",
    ):
        assert comment in manifest
    assert 'title = "Spring course 2027"' in manifest
    written = (folder / "articles" / "030-week-3.md").read_text(encoding="utf-8")
    for comment in (
        "# Written for week 3.",
        "# keep it sensational",
        "# The headline is the main flag.",
        "# obvious on purpose",
    ):
        assert comment in written
    assert 'byline = "A. Writer"' in written and "It is sold everywhere." in written
    source = read_pack_source(folder)
    assert source.problems == []
    assert source.meta.title == "Spring course 2027"
    assert [a.quote for a in source.articles[0].annotations] == ["cures colds", "a study"]


def test_an_unchanged_pack_is_written_back_byte_for_byte(tmp_path):
    folder = author_folder(tmp_path)
    loaded = load_source_folder(folder)
    layout = source_layout(loaded.draft, loaded.file_names, loaded.files)
    assert layout.files == {"pack.toml": MANIFEST, "articles/030-week-3.md": ARTICLE}


def test_saved_files_get_the_users_umask_not_a_private_mode(tmp_path):
    old = os.umask(0o027)
    try:
        mask = os.umask(0o027)
        folder = tmp_path / "new"
        write_source(folder, {"pack.toml": MANIFEST, "articles/030-week-3.md": ARTICLE})
    finally:
        os.umask(old)
    for rel in ("pack.toml", "articles/030-week-3.md"):
        assert (folder / rel).stat().st_mode & 0o777 == 0o666 & ~mask, rel


def test_importing_the_authoring_layer_loads_no_qt():
    code = (
        "import sys\n"
        "import spotit.authoring, spotit.authoring.draft, spotit.authoring.saving\n"
        "import spotit.authoring.validation\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
