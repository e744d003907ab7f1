"""The editor keeps format 2's answer keys: opened, edited and saved, they round-trip."""

from dataclasses import replace

from tests.authoring.test_draft import write_files
from tests.conftest import write_article
from tests.store.test_pack_format2 import BODY, FRONT, built

from spotit.authoring.draft import load_pack_file, load_source_folder, pack_article, source_layout
from spotit.content.source import read_pack_source


def source(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir(parents=True)
    (folder / "pack.toml").write_text('id = "t"\ntitle = "T"\nversion = "1"\n', encoding="utf-8")
    write_article(folder, "01-tea.md", FRONT, BODY)
    return folder


def keys(folder):
    read = read_pack_source(folder)
    assert read.problems == []
    (article,) = read.articles
    return article.text, article.annotations, article.notes, article.event


def test_a_source_opened_and_saved_keeps_also_core_anchors_notes_and_event(tmp_path):
    folder = source(tmp_path)
    loaded = load_source_folder(folder)
    assert loaded.problems == [] and loaded.dropped == []
    for previous in (None, loaded.files):  # written afresh, and editing the author's file
        layout = source_layout(loaded.draft, loaded.file_names, previous)
        again = write_files(tmp_path / f"again-{previous is None}", layout.files)
        assert keys(again) == keys(folder)


def test_an_edited_body_moves_every_key_with_its_words(tmp_path):
    loaded = load_source_folder(source(tmp_path))
    (article,) = loaded.draft.articles
    edited = replace(article, body="A new first sentence comes first.\n\n" + article.body)
    draft = replace(loaded.draft, articles=(edited,))
    layout = source_layout(draft, loaded.file_names, loaded.files)
    text, (number, doctor), notes, event = keys(write_files(tmp_path / "again", layout.files))
    assert text[number.core[0] : number.core[1]] == "300%"
    assert [a.quote for a in number.anchors] == [
        "blood sugar fell by 300%",
        "Melts Away Diabetes",
        "cured",
    ]
    assert all(text[a.start : a.end] == a.quote for a in number.anchors)
    assert [text[n.start : n.end] for n in notes] == [n.quote for n in notes] and len(notes) == 2
    assert event == "harlow-tea-study" and number.also == ("unsupported-claim", "missing-context")


def test_the_try_out_sees_the_keys_too(tmp_path):
    loaded = load_source_folder(source(tmp_path))
    article = pack_article(loaded.draft.articles[0])
    _, annotations, notes, event = keys(source(tmp_path / "b"))
    assert article.annotations == annotations
    assert article.notes == tuple(notes) and article.event == event


def test_a_built_pack_opened_in_the_editor_and_saved_keeps_them(tmp_path):
    pack = built(tmp_path)
    loaded = load_pack_file(pack)
    layout = source_layout(loaded.draft, {})
    again = write_files(tmp_path / "again", layout.files)
    assert keys(again) == keys(source(tmp_path / "b"))


def test_a_note_whose_words_repeat_after_an_edit_follows_its_own_words(tmp_path):
    loaded = load_source_folder(source(tmp_path))
    (article,) = loaded.draft.articles
    edited = replace(article, body="It would be checked again, they said.\n\n" + article.body)
    layout = source_layout(replace(loaded.draft, articles=(edited,)), loaded.file_names)
    text, _, notes, _ = keys(write_files(tmp_path / "again", layout.files))
    assert text.count("would be checked again") == 2
    assert notes[1].start == text.rindex("would be checked again")


def test_a_note_whose_words_were_deleted_is_kept_for_validation_to_report(tmp_path):
    loaded = load_source_folder(source(tmp_path))
    (article,) = loaded.draft.articles
    edited = replace(article, body=article.body.replace("would be\nchecked again", "stands"))
    edited = replace(edited, body=edited.body.replace("would be checked again", "stands"))
    layout = source_layout(replace(loaded.draft, articles=(edited,)), loaded.file_names)
    problems = read_pack_source(write_files(tmp_path / "again", layout.files)).problems
    assert [p.note for p in problems] == [1]
    assert "note 2: quote not found in the article text: 'would be checked again'" in str(
        problems[0]
    )
