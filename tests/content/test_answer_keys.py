"""The answer-key keys of format 2: also, core, anchors, [[notes]] and event.

Each is read, placed in the canonical text and checked; every problem names the
file, the line, the flag or note and the key to fix.
"""

from pathlib import Path

import pytest
from tests.conftest import write_article

from spotit.content.source import FLAG, NOTE, read_pack_source
from spotit.core.model import Anchor

BODY = (
    "Her blood sugar fell by 300% after one week, say the figures published by the Harlow Mere "
    "council on 3 March. The council said the figures would be checked again.\n"
)
HEADLINE = "Mountain Tea Melts Away Diabetes"
GOOD = """
id = "tea"
headline = "Mountain Tea Melts Away Diabetes"
event = "harlow-tea-study"

[[notes]]
quote = "figures published by the Harlow Mere council on 3 March"
note = "A named source with a date: you can check it."

[[flags]]
quote = "blood sugar fell by 300%"
category = "misleading-number"
also = ["unsupported-claim"]
core = "300%"
anchors = [{ quote = "Melts Away Diabetes" }]
explanation = "Compared with what?"
"""


def pack(tmp_path: Path, front: str, body: str = BODY) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir(exist_ok=True)
    (folder / "pack.toml").write_text('id = "t"\ntitle = "T"\nversion = "1"\n', encoding="utf-8")
    write_article(folder, "01-tea.md", front, body)
    return folder


def test_every_new_key_is_read_and_placed_in_the_text(tmp_path):
    source = read_pack_source(pack(tmp_path, GOOD))
    assert source.problems == []
    (article,) = source.articles
    (ann,) = article.annotations
    text = article.text
    assert ann.also == ("unsupported-claim",) and ann.accepts("unsupported-claim")
    assert ann.core is not None and text[ann.core[0] : ann.core[1]] == "300%"
    assert ann.start <= ann.core[0] < ann.core[1] <= ann.end
    (alt,) = ann.alternatives
    assert alt == Anchor(alt.start, alt.end, "Melts Away Diabetes")
    assert text[alt.start : alt.end] == alt.quote and alt.end <= len(HEADLINE)
    (note,) = article.notes
    assert text[note.start : note.end] == note.quote
    assert note.quote.startswith("figures published") and note.text.startswith("A named source")
    assert article.event == "harlow-tea-study"


def test_an_article_without_the_new_keys_reads_as_before(tmp_path):
    front = 'id = "tea"\nheadline = "Tea"\n[[flags]]\nquote = "300%"\ncategory = "misleading-number"\nexplanation = "x"\n'
    (article,) = read_pack_source(pack(tmp_path, front)).articles
    (ann,) = article.annotations
    assert (ann.also, ann.alternatives, ann.core) == ((), (), None)
    assert article.notes == [] and article.event == ""


def test_core_inside_a_quote_that_repeats_it_must_be_said_with_more_words(tmp_path):
    body = "The dose rose by 10% and then by 10% again, the leaflet said.\n"
    front = (
        'id = "tea"\nheadline = "Tea"\n[[flags]]\nquote = "rose by 10% and then by 10% again"\n'
        'category = "misleading-number"\ncore = "10%"\nexplanation = "x"\n'
    )
    (problem,) = read_pack_source(pack(tmp_path, front, body)).problems
    assert "'core' '10%' appears 2 times in the quote: give words that occur in it once" in str(
        problem
    )
    assert (problem.kind, problem.flag, problem.field, problem.line) == (FLAG, 0, "core", 7)


def test_core_spaced_or_broken_like_a_quote_is_still_found(tmp_path):
    front = GOOD.replace('core = "300%"', 'core = "fell  by\\n300%"')
    (article,) = read_pack_source(pack(tmp_path, front)).articles
    (ann,) = article.annotations
    assert article.text[ann.core[0] : ann.core[1]] == "fell by 300%"


BAD = {
    "also not a list": ('also = ["unsupported-claim"]', 'also = "unsupported-claim"', "also",
                        "flag 1: 'also' must be a list of category ids"),
    "also unknown": ('also = ["unsupported-claim"]', 'also = ["made-up"]', "also",
                     "flag 1: unknown category 'made-up' in 'also'"),
    "also primary": ('also = ["unsupported-claim"]', 'also = ["misleading-number"]', "also",
                     "flag 1: 'also' repeats the primary category 'misleading-number'"),
    "also twice": ('also = ["unsupported-claim"]', 'also = ["filler", "filler"]', "also",
                   "flag 1: 'also' lists 'filler' twice"),
    "core outside": ('core = "300%"', 'core = "one week"', "core",
                     "flag 1: 'core' 'one week' is not inside the quote 'blood sugar fell by 300%'"),
    "core not text": ('core = "300%"', "core = 300", "core", "flag 1: 'core' must be words"),
    "anchor missing": ('anchors = [{ quote = "Melts Away Diabetes" }]',
                       'anchors = [{ quote = "Cures Everything" }]', "anchors",
                       "flag 1, anchor 1: quote not found in the article text: 'Cures Everything'"),
    "anchor ambiguous": ('anchors = [{ quote = "Melts Away Diabetes" }]',
                         'anchors = [{ quote = "the figures" }]', "anchors",
                         "flag 1, anchor 1: quote is ambiguous, it appears 2 times"),
    "anchor overlaps primary": ('anchors = [{ quote = "Melts Away Diabetes" }]',
                                'anchors = [{ quote = "sugar fell" }]', "anchors",
                                "flag 1, anchor 1: 'sugar fell' overlaps the flag's quote"),
    "anchors overlap": ('anchors = [{ quote = "Melts Away Diabetes" }]',
                        'anchors = [{ quote = "Melts Away" }, { quote = "Away Diabetes" }]',
                        "anchors", "flag 1, anchor 2: 'Away Diabetes' overlaps another anchor"),
    "anchor not a table": ('anchors = [{ quote = "Melts Away Diabetes" }]', 'anchors = ["Melts"]',
                           "anchors", "flag 1, anchor 1: must be a table"),
    "anchor bad occurrence": ('anchors = [{ quote = "Melts Away Diabetes" }]',
                              'anchors = [{ quote = "the figures", occurrence = "2" }]',
                              "anchors", "flag 1, anchor 1: 'occurrence' must be a whole number"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_wrong_answer_key_names_file_line_flag_and_field(tmp_path, case):
    old, new, key, message = BAD[case]
    assert old in GOOD
    folder = pack(tmp_path, GOOD.replace(old, new))
    (problem,) = read_pack_source(folder).problems
    line = 1 + next(i for i, ln in enumerate(GOOD.strip().split("\n"), 1) if ln.startswith(key))
    assert str(problem).startswith(f"{folder / 'articles' / '01-tea.md'}:{line}: {message}")
    assert (problem.kind, problem.flag, problem.field) == (FLAG, 0, key)


@pytest.mark.parametrize("occurrence, found", [(1, 0), (2, 1)])
def test_an_anchor_takes_occurrence_like_a_flag(tmp_path, occurrence, found):
    new = f'anchors = [{{ quote = "the figures", occurrence = {occurrence} }}]'
    # The note sits elsewhere: a passage is a red flag or fine, not both.
    front = GOOD.replace('anchors = [{ quote = "Melts Away Diabetes" }]', new).replace(
        "figures published by the Harlow Mere council on 3 March", "checked again"
    )
    source = read_pack_source(pack(tmp_path, front))
    assert source.problems == []
    (alt,) = source.articles[0].annotations[0].alternatives
    text = source.articles[0].text
    assert alt.start == [i for i in range(len(text)) if text.startswith("the figures", i)][found]


NOTE_BAD = {
    "no note": ('note = "A named source with a date: you can check it."', "", "note",
                "note 1: missing 'note' (why the passage is fine)"),
    "empty note": ('note = "A named source with a date: you can check it."', 'note = "  "', "note",
                   "note 1: missing 'note'"),
    "quote missing": ('quote = "figures published by the Harlow Mere council on 3 March"',
                      'quote = "figures from the ministry"', "quote",
                      "note 1: quote not found in the article text: 'figures from the ministry'"),
    "on a red flag": ('quote = "figures published by the Harlow Mere council on 3 March"',
                      'quote = "after one week"', "quote",
                      "note 1: 'after one week' overlaps a red flag ('blood sugar fell by 300%')"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(NOTE_BAD))
def test_a_wrong_note_names_file_line_note_and_field(tmp_path, case):
    old, new, key, message = NOTE_BAD[case]
    front = GOOD.replace(old, new)
    if case == "on a red flag":  # the flag's text ends at "300%"; its sentence goes on
        front = front.replace(
            'quote = "blood sugar fell by 300%"',
            'quote = "blood sugar fell by 300% after one week"',
        ).replace('core = "300%"', 'core = "300%"')
        front = front.replace('quote = "after one week"', 'quote = "300% after one"')
        message = message.replace("'after one week'", "'300% after one'").replace(
            "'blood sugar fell by 300%'", "'blood sugar fell by 300% after one week'"
        )
    folder = pack(tmp_path, front)
    (problem,) = read_pack_source(folder).problems
    line = 8 if case == "empty note" else 7  # the note's own line, else its table's quote
    assert f"01-tea.md:{line}: {message}" in str(problem)
    assert (problem.kind, problem.note, problem.field) == (NOTE, 0, key)


def test_notes_before_or_after_the_flags_are_located_on_their_own_line(tmp_path):
    front = (
        GOOD
        + '\n[[notes]]\nquote = "checked again"\nnote = "It says what comes next."\n[[notes]]\nquote = "nowhere"\nnote = "x"\n'
    )
    (problem,) = read_pack_source(pack(tmp_path, front)).problems
    assert ":22: note 3: quote not found in the article text: 'nowhere'" in str(problem)
    assert problem.note == 2


def test_notes_must_be_tables_and_event_an_id(tmp_path):
    front = GOOD.replace('event = "harlow-tea-study"', 'event = "Harlow Tea Study"')
    (problem,) = read_pack_source(pack(tmp_path, front)).problems
    assert ":4: field 'event' must be an id of lower-case letters" in str(problem)
    assert problem.field == "event"
    front = 'id = "tea"\nheadline = "Tea"\nkind = "credible"\nnotes = "fine"\n'
    (problem,) = read_pack_source(pack(tmp_path, front)).problems
    assert "'notes' must be [[notes]] tables" in str(problem) and problem.field == "notes"


def test_a_bidi_control_in_a_note_or_an_anchor_is_reported_where_it_is(tmp_path):
    front = GOOD.replace('note = "A named source', 'note = "A named \\u202esource').replace(
        '{ quote = "Melts Away Diabetes" }', '{ quote = "Melts Away \\u202eDiabetes" }'
    )
    problems = read_pack_source(pack(tmp_path, front)).problems
    bidi = [p for p in problems if "U+202E" in p.message]
    assert [(p.kind, p.field, p.line) for p in bidi] == [(NOTE, "note", 8), (FLAG, "anchors", 15)]
    assert bidi[0].note == 0 and bidi[1].flag == 0
