"""The editing session on its own: no window, no pages; what it says is what the pages draw."""

from __future__ import annotations

from dataclasses import replace

import pytest

from spotit.authoring.draft import LoadedPack, new_pack
from spotit.content.source import read_pack_source
from spotit.gui.editor.session import EditorSession

BODY = "Experts say the river will run dry. The minister denied it."


@pytest.fixture
def session(qapp):
    session = EditorSession()
    session.load(LoadedPack(new_pack("river", "River")), None)
    yield session
    session.close()


def test_edits_are_undone_in_order_and_each_one_is_announced(session):
    seen = []
    session.draft_changed.connect(lambda old, focus, typing: seen.append((old, typing)))
    first = session.draft
    session.change_body(BODY)
    session.flush()
    article = session.current_article()
    start = article.text.index("Experts say")
    uid = session.annotate((start, start + len("Experts say")), "vague-source")
    assert isinstance(uid, int) and session.selected_annotation().quote == "Experts say"
    assert [typing for _old, typing in seen] == [True, False]  # typing, then the annotation
    assert seen[0][0] is first
    session.undo_stack.undo()
    assert session.current_article().annotations == ()
    assert session.current_article().body == BODY
    session.undo_stack.undo()
    assert session.draft.articles[0].body == "" and not session.is_dirty()


def test_a_passage_that_cannot_be_an_annotation_is_refused_with_the_reason(session):
    session.change_body(BODY)
    article = session.flush()
    line_break = article.text.index("\n")  # between the headline and the body
    reason = session.annotate((line_break - 3, line_break + 4))
    assert reason == "an annotation cannot run across paragraphs or line breaks: select within one"
    assert session.current_article().annotations == ()


def opinion(session) -> None:
    article = session.current_article()
    session.change_article(replace(article, meta=replace(article.meta, kind="opinion")), "kind")


def test_problems_arrive_from_the_background_check(session, qtbot):
    with qtbot.waitSignal(session.problems_changed, timeout=5000) as signal:
        session.schedule_validation()
    (issue,) = signal.args[0]
    assert "empty article" in issue.message and issue.target.kind == "body"
    session.change_body(BODY)
    opinion(session)  # an unflagged misinformation article is a problem
    with qtbot.waitSignal(session.problems_changed, timeout=5000) as signal:
        pass
    assert signal.args[0] == [] and session.issues == []


def test_saving_writes_the_folder_and_marks_the_session_clean(session, tmp_path, qtbot):
    session.change_body(BODY)
    opinion(session)
    session.change_pack_meta("title", "River, revised")
    assert session.is_dirty()
    with qtbot.waitSignal(session.saved) as signal:
        session.save_to(tmp_path / "river")
    assert signal.args == [tmp_path / "river"] and not session.is_dirty()
    source = read_pack_source(tmp_path / "river")
    assert source.problems == [] and source.meta.title == "River, revised"
    assert session.files["pack.toml"] == (tmp_path / "river" / "pack.toml").read_text()
    # The next save edits what was saved (the session keeps the files it wrote).
    article = session.current_article()
    session.change_article(replace(article, meta=replace(article.meta, byline="A. Writer")), "x")
    session.save_to(tmp_path / "river")
    assert read_pack_source(tmp_path / "river").articles[0].meta.byline == "A. Writer"
