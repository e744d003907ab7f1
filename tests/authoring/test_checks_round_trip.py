"""Checks through the editor's model: kept byte for byte when untouched, a problem with its
file and line, and a built pack that comes back (as a draft, then built again) with the
same checks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.conftest import make_source
from tests.content.test_checks import edited, line, write_check

from spotit.authoring.draft import load_pack_file, load_source_folder, source_layout
from spotit.authoring.saving import export_pack_file, write_source
from spotit.authoring.validation import check
from spotit.content.source import read_pack_source
from spotit.store.pack import open_pack

#: An author's own layout: comments, blank lines, a CRLF line end, keys in their order.
COMMENTED = "# My check: two forms, kept in step by hand.\r\n" + edited(
    {(0, "topic"): 'topic = "health"   # every form has one health item per truth'}
)


def source_with_check(tmp_path: Path, text: str = COMMENTED) -> Path:
    folder = make_source(tmp_path / "src")
    write_check(folder, text)
    (folder / "checks" / "disc.toml").write_bytes(text.encode("utf-8"))  # keep the CRLF
    return folder


def test_an_untouched_check_file_is_saved_byte_for_byte(tmp_path):
    folder = source_with_check(tmp_path)
    before = (folder / "checks" / "disc.toml").read_bytes()
    checks_before = read_pack_source(folder).checks
    loaded = load_source_folder(folder)
    assert loaded.problems == []
    assert [rel for rel, _ in loaded.draft.checks] == ["checks/disc.toml"]
    # An edit elsewhere in the pack, then a save: the check's file is not rewritten.
    article = loaded.draft.articles[0]
    draft = replace(
        loaded.draft,
        articles=(replace(article, meta=replace(article.meta, outlet="Another Outlet")),),
    )
    layout = source_layout(draft, loaded.file_names, loaded.files)
    write_source(folder, layout.files)
    assert (folder / "checks" / "disc.toml").read_bytes() == before
    assert "Another Outlet" in (folder / "articles" / "01-rocket.md").read_text(encoding="utf-8")
    again = load_source_folder(folder)
    assert again.draft.checks == loaded.draft.checks
    assert read_pack_source(folder).checks == checks_before != []
    # Edited, it is written as the editor holds it (LF line ends, the new title).
    ((rel, text),) = again.draft.checks
    draft = replace(again.draft, checks=((rel, text.replace("Credible or not?", "Retitled")),))
    write_source(folder, source_layout(draft, again.file_names, again.files).files)
    written = (folder / rel).read_bytes()
    assert b"\r" not in written and b"Retitled" in written


def test_a_check_problem_is_reported_with_its_file_and_line(tmp_path):
    folder = source_with_check(tmp_path, edited({(2, "difficulty"): "difficulty = 9"}))
    loaded = load_source_folder(folder)
    at = line(2, "difficulty")
    # Said when the pack opens, as `spotit pack validate` says it (paths in the folder).
    assert loaded.problems == [f"checks/disc.toml:{at}: item 'a02': 'difficulty' must be 1, 2 or 3"]
    (issue,) = check(loaded.draft, loaded.file_names, loaded.files)
    assert issue.message == f"checks/disc.toml:{at}: item 'a02': 'difficulty' must be 1, 2 or 3"
    assert issue.target.kind == "check" and issue.target.file == "checks/disc.toml"
    assert (issue.target.line, issue.target.field) == (at - 1, "difficulty")


def test_a_balance_problem_points_at_the_item_to_change(tmp_path):
    folder = source_with_check(tmp_path, edited({(4, "truth"): 'truth = "misleading"'}))
    loaded = load_source_folder(folder)
    issues = check(loaded.draft, loaded.file_names, loaded.files)
    assert issues and all(i.target.kind == "check" for i in issues)
    first = issues[0]
    assert "form 'B' has 1 credible and 3 misleading items" in first.message
    # The line of form B's first item, where the author starts counting.
    assert first.target.line == line(4) - 1


def test_an_exported_pack_rebuilds_to_the_same_checks(tmp_path):
    folder = source_with_check(tmp_path)
    loaded = load_source_folder(folder)
    first = tmp_path / "first.spotit"
    export_pack_file(source_layout(loaded.draft, loaded.file_names, loaded.files).files, first)
    # Opened in the editor from the built pack: the checks come back as source files ...
    from_pack = load_pack_file(first)
    assert [rel for rel, _ in from_pack.draft.checks] == ["checks/disc.toml"]
    layout = source_layout(from_pack.draft, from_pack.file_names)
    assert check(from_pack.draft, from_pack.file_names) == []
    # ... and built again, they are the same checks, item for item.
    second = tmp_path / "second.spotit"
    export_pack_file(layout.files, second)
    with open_pack(first) as a, open_pack(second) as b:
        assert a.checks() == b.checks() == read_pack_source(folder).checks
        assert len(a.checks()[0].items) == 8
