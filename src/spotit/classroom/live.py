"""What the instructor's live view shows of a class, computed without Qt.

The host window (``spotit.gui.classroom_host``) draws these rows; this module
decides what they say: each student's state, the passages the class flagged
(most students first), how many students found each red flag and the class's
verdict on it, and the counts in the banner. Testable on a plain ClassSession.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spotit.classroom.protocol import GoldTally, characters_of, other_scripts
from spotit.classroom.session import (
    ClassSession,
    HeatSegment,
    Phase,
    RosterEntry,
    SessionEvent,
    flagged_passages,
)
from spotit.core.i18n import QT_TRANSLATE_NOOP, number, translate
from spotit.core.taxonomy import shown_categories

#: (largest share of the class, words for the legend): the heat map's steps, each drawn
#: with its own underline style so shading is never the only cue.
#: The words are English, marked for translation: show them with ``step_words``.
HEAT_STEPS = (
    (0.25, QT_TRANSLATE_NOOP("HostWindow", "dotted: a few")),
    (0.5, QT_TRANSLATE_NOOP("HostWindow", "dashed: up to half")),
    (0.75, QT_TRANSLATE_NOOP("HostWindow", "solid: most")),
    (1.0, QT_TRANSLATE_NOOP("HostWindow", "wavy: nearly all")),
)

#: English, marked for translation: ``roster_rows`` translates them.
STATE_LABELS = {
    "reading": QT_TRANSLATE_NOOP("HostWindow", "○ reading"),
    "flagging": QT_TRANSLATE_NOOP("HostWindow", "✎ flagging"),
    "submitted": QT_TRANSLATE_NOOP("HostWindow", "✓ submitted"),
    "auto-submitted": QT_TRANSLATE_NOOP("HostWindow", "✓ taken at reveal"),
    "absent": QT_TRANSLATE_NOOP("HostWindow", "— not here"),
    "cannot-show": QT_TRANSLATE_NOOP("HostWindow", "⚠ cannot show it"),
}

#: English, marked for translation: show them with ``phase_line``.
PHASE_LINES = {
    Phase.FLAGGING: QT_TRANSLATE_NOOP(
        "HostWindow", "Students are flagging. Reveal when they are done."
    ),
    Phase.REVEALED: QT_TRANSLATE_NOOP(
        "HostWindow", "Answers revealed: students see their feedback."
    ),
    Phase.ENDED: QT_TRANSLATE_NOOP("HostWindow", "The session has ended."),
}


def step_words(step: int) -> str:
    """The legend's words for a heat step, in the user's language."""
    return translate("HostWindow", HEAT_STEPS[step][1])


def phase_line(phase: Phase) -> str:
    """What the class is doing now, in the user's language."""
    return translate("HostWindow", PHASE_LINES[phase])


def heat_step(count: int, working: int) -> tuple[int, int]:
    """Shading alpha (50..200) and the index in HEAT_STEPS for ``count`` of ``working``."""
    share = count / max(1, working)
    alpha = 50 + round(150 * min(1.0, share))
    step = next((n for n, (limit, _) in enumerate(HEAT_STEPS) if share <= limit), None)
    return alpha, len(HEAT_STEPS) - 1 if step is None else step


@dataclass(frozen=True)
class RosterRow:
    """One line of the roster: a student and what they are doing on the current article."""

    name: str
    status: str
    flags: int
    score: int | None
    connected: bool
    looks_like: tuple[str, ...] = ()
    problem: str = ""  # why the student's app could not show the article
    hints_used: int = 0  # hints the student asked for on the current article

    @property
    def label(self) -> str:
        """The name as the roster shows it, with a warning when it looks like another."""
        if not self.looks_like:
            return self.name
        # On a line of its own, so a narrow roster cuts neither the name nor the warning.
        others = ", ".join(self.looks_like)
        scripts = other_scripts(self.name)
        if scripts:
            return translate(
                "HostWindow", "{name}\n⚠ looks like: {others} (this one has {scripts})"
            ).format(name=self.name, others=others, scripts=scripts)
        return translate("HostWindow", "{name}\n⚠ looks like: {others}").format(
            name=self.name, others=others
        )

    @property
    def details(self) -> str:
        """What hovering the row tells: the name's characters, the app's problem."""
        lines = []
        if self.looks_like:
            others = ", ".join(self.looks_like)
            lines.append(
                translate("HostWindow", "{name} looks like {others}: ask who is who.").format(
                    name=self.name, others=others
                )
            )
            for name in (self.name, *self.looks_like):
                if characters := characters_of(name):
                    lines.append(f"{name}: {characters}")
        if self.problem:
            lines.append(
                translate(
                    "HostWindow", "This article could not be shown to {name}: {problem}"
                ).format(name=self.name, problem=self.problem)
            )
        return "\n".join(lines)


def roster_rows(roster: Sequence[RosterEntry]) -> list[RosterRow]:
    """The roster's lines, in join order."""
    rows = []
    for entry in roster:
        label = STATE_LABELS.get(entry.state)
        status = translate("HostWindow", label) if label else entry.state
        if entry.problem:
            # In the row itself, not only on hover: the keyboard and the projector see it.
            # On a second line, cut short: the whole reason is in the tooltip and the log.
            short = entry.problem if len(entry.problem) <= 40 else entry.problem[:39] + "…"
            status += f"\n{short}"
        if not entry.connected:
            status = translate("HostWindow", "{status} (offline)").format(status=status)
        rows.append(
            RosterRow(
                entry.name,
                status,
                entry.flags,
                entry.score,
                entry.connected,
                entry.looks_like,
                entry.problem,
                entry.hints_used,
            )
        )
    return rows


def class_counts(roster: Sequence[RosterEntry]) -> str:
    """The banner's count line: "3 joined · 2 connected · 1 submitted"."""
    connected = sum(e.connected for e in roster)
    submitted = sum(e.state in ("submitted", "auto-submitted") for e in roster)
    return translate(
        "HostWindow", "{joined} joined · {connected} connected · {submitted} submitted"
    ).format(joined=number(len(roster)), connected=number(connected), submitted=number(submitted))


@dataclass(frozen=True)
class PassageRow:
    """A passage the class flagged: the most students flagging any part of it at once."""

    start: int
    end: int
    count: int
    words: str  # the passage with its whitespace collapsed, as the list shows it


def passage_rows(segments: Sequence[HeatSegment], text: str) -> list[PassageRow]:
    """The flagged passages, most students first, then in reading order."""
    passages = sorted(flagged_passages(segments), key=lambda s: (-s.count, s.start))
    return [
        PassageRow(s.start, s.end, s.count, " ".join(text[s.start : s.end].split()))
        for s in passages
    ]


def class_verdict(tally: GoldTally) -> str:
    """The class's verdict on a red flag: what most students managed.

    One of the scorer's gold verdicts: found, found-wrong-category, partly-found, missed.
    """
    if not tally.total:
        return "missed"
    if tally.found * 2 >= tally.total:
        return "found"
    if (tally.found + tally.wrong_category) * 2 >= tally.total:
        return "found-wrong-category"
    if tally.found + tally.wrong_category + tally.partly:
        return "partly-found"
    return "missed"


@dataclass(frozen=True)
class RedFlagRow:
    """A red flag of the current article and how the class did on it."""

    start: int
    end: int
    category: str
    category_name: str
    color: str | None  # None when the pack has no such category
    quote: str  # whitespace collapsed
    explanation: str
    tally: GoldTally
    verdict: str

    @property
    def note(self) -> str:
        """What hovering the red flag in the article tells the instructor."""
        t = self.tally
        return translate(
            "HostWindow",
            "Red flag: {category}. Found by {found} of {total} "
            "({wrong_category} with another category, {partly} partly)",
        ).format(
            category=self.category_name,
            found=number(t.found),
            total=number(t.total),
            wrong_category=number(t.wrong_category),
            partly=number(t.partly),
        )


def red_flag_rows(session: ClassSession) -> list[RedFlagRow]:
    """Every red flag of the current article with the class's counts.

    Live (drafts included) while students flag; from submissions once revealed.
    """
    tallies = session.gold_tally(live=session.phase is Phase.FLAGGING)
    # Named as the students read them: untouched default categories in the UI language.
    categories = {c.id: c for c in shown_categories(session.categories)}
    rows = []
    for ann, tally in zip(session.article.annotations, tallies, strict=True):
        category = categories.get(ann.category)
        rows.append(
            RedFlagRow(
                ann.start,
                ann.end,
                ann.category,
                category.name if category else ann.category,
                category.color if category else None,
                " ".join(ann.quote.split()),
                ann.explanation,
                tally,
                class_verdict(tally),
            )
        )
    return rows


def answer_key_shown(phase: Phase, asked: bool) -> bool:
    """The answer key shows once revealed, or while flagging only when the instructor asks."""
    return phase is not Phase.FLAGGING or asked


def describe(event: SessionEvent, session: ClassSession) -> str:
    """One log line for a session event, as the headless host prints it."""
    n, total = session.index + 1, len(session.articles)
    if event.kind == "joined":
        return f"joined: {event.student} ({event.detail})"
    if event.kind == "rejoined":
        return f"back: {event.student}"
    if event.kind == "left":
        return f"left: {event.student}"
    if event.kind == "draft":
        return f"flagging: {event.student} ({event.detail})"
    if event.kind == "submitted":
        done = session.submission_count()
        return f"submitted: {event.student}, article {n}/{total} ({event.detail}; {done} in)"
    if event.kind == "revealed":
        return f"revealed: article {n}/{total} ({session.submission_count()} results)"
    if event.kind == "advanced":
        return f"article {n}/{total}: {session.article.meta.headline}"
    if event.kind == "ended":
        return f"ended: {event.detail}"
    if event.kind == "lookalike":
        characters = characters_of(event.student) or "plain letters"
        return (
            f"looks alike: {event.student} looks like {event.detail} ({characters}); ask who is who"
        )
    if event.kind == "cannot-show":
        return f"cannot show: {event.student}, article {n}/{total} ({event.detail})"
    return f"refused: {event.detail}"
