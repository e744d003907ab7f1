"""How verdicts are marked in the article: never by colour alone (issue 12)."""

from __future__ import annotations

from spotit.core.scoring import FlagVerdict, GoldVerdict
from spotit.gui.marks import VERDICT_STYLES

#: What the reader draws in the article after submitting: every red flag by its verdict,
#: the learner's flags that found none (close, not a red flag), and the author's notes.
DRAWN = [v.value for v in GoldVerdict] + ["close", "not-a-red-flag", "note"]


def line(verdict: str) -> tuple:
    fmt = VERDICT_STYLES[verdict].text_format()
    return fmt.underlineStyle(), fmt.fontOverline()


def test_every_verdict_drawn_in_the_article_has_its_own_line_and_symbol():
    assert {v.value for v in FlagVerdict} <= VERDICT_STYLES.keys()
    lines = {verdict: line(verdict) for verdict in DRAWN}
    assert len(set(lines.values())) == len(DRAWN), lines
    assert len({VERDICT_STYLES[v].symbol for v in DRAWN}) == len(DRAWN)


def test_a_close_flag_and_a_partly_found_red_flag_look_different_in_the_reader(window, qtbot):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    text = reader.current.article.text

    def flag(quote: str, category: str) -> tuple[int, int]:
        start = text.index(quote)
        reader.view.select_span(start, start + len(quote))
        assert reader.flag_selection(category)
        return start, start + len(quote)

    close = flag("a simple tea brewed from three mountain herbs", "vague-source")
    flag("The big drug companies", "loaded-language")
    reader.submit()
    verdicts = {r.verdict.value for r in reader.report.flags} | {
        r.verdict.value for r in reader.report.gold
    }
    assert {"close", "partly-found"} <= verdicts
    partly = next(r for r in reader.report.gold if r.verdict.value == "partly-found")
    partly_span = next(
        (a.start, a.end) for n, a in enumerate(reader.current.article.annotations)
        if n == partly.index
    )  # fmt: skip
    drawn = {
        (reader.view.from_qt(s.cursor.selectionStart()), reader.view.from_qt(s.cursor.selectionEnd())): (
            s.format.underlineStyle(),
            s.format.fontOverline(),
        )
        for s in reader.view.extraSelections()
    }  # fmt: skip
    assert drawn[close] == line("close")
    assert drawn[partly_span] == line("partly-found")
    assert drawn[close] != drawn[partly_span]
