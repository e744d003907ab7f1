"""The instructor's report on a check: pre vs post vs delayed, by group, with 95% intervals.

Rows in, a :class:`Report` out. A row is one participant's finished wave of one check:
its group (a study's arm, or everyone on this computer), the participant, the wave and
the wave's measures (``spotit.core.measures``). For each group and wave the report gives
how many took it and the mean d′, c and AUC with 95% confidence intervals (Student's t,
``core.measures.mean_ci``); waves come in schedule order: pre, post, delayed-N by N.

Whether the learners improved is read from the **paired change** within participants
(each one's later wave minus their own pre-check, averaged, with its interval): that is
the right test, since the waves' own intervals overlap even when nearly every learner
improved. The reading tells two things apart that a count of "not credible" answers
mixes up (Modirrousta-Galian & Higham 2023):

- **better discrimination**: d′ rose (the change's interval lies above 0), whatever c did;
- **more sceptical**: c fell (quicker to call items not credible, credible ones too) while
  d′ did not clearly change.

With two groups or more, each later group's d′ change is compared with the first
group's: the difference of the mean changes, with Welch's interval (degrees of freedom
by Welch–Satterthwaite), as the groups are independent and may differ in spread.

Sources of rows: :func:`rows_for_learners` (the learners of this computer's progress)
and :func:`rows_for_study` (a study's participants, grouped by arm). ``report_text`` and
``report_json`` are what ``spotit study report`` prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from spotit.core import i18n
from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.core.measures import Estimate, Measures, mean_ci, welch_difference

if TYPE_CHECKING:
    from spotit.core.progress import Learner
    from spotit.store.pack import Pack
    from spotit.store.progress import Progress

#: The measures the report averages, by their Measures field, and how they are written.
MEASURES = ("d_prime", "c", "auc")
LABELS = {"d_prime": "d′", "c": "c", "auc": "AUC"}
#: Below this many participants a reading says its intervals are too wide to lean on.
SMALL_N = 10
#: A clear rise in d′ smaller than this is read as "slightly" better (a small effect).
SMALL_D_CHANGE = 0.2
#: The group of :func:`rows_for_learners`.
THIS_COMPUTER = "this-computer"
#: Marked for translation; the rows carry it through translate("CheckReport", …).
THIS_COMPUTER_NAME = QT_TRANSLATE_NOOP("CheckReport", "This computer")
PRE, POST = "pre", "post"
_MINUS = "\u2212"
_STUDY_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")


class CheckRow(NamedTuple):
    """One participant's finished wave of a check (``measures`` None: not computable)."""

    group: str
    participant: str
    wave: str
    measures: Measures | None
    group_name: str = ""
    pack_id: str = ""
    check_id: str = ""
    title: str = ""


@dataclass(frozen=True)
class Group:
    """A group of the report: its id, its name, and how many participants it has rows of."""

    id: str
    name: str
    participants: int


@dataclass(frozen=True)
class WaveSummary:
    """One group's wave: how many took it (with measures), and the mean of each measure."""

    group: str
    wave: str
    n: int
    d_prime: Estimate
    c: Estimate
    auc: Estimate

    def estimate(self, measure: str) -> Estimate:
        return getattr(self, measure)


@dataclass(frozen=True)
class Change:
    """A group's change from its pre-check to a later wave, within participants: the mean
    of each participant's (later − pre), over the ``n`` who took both."""

    group: str
    from_wave: str
    to_wave: str
    n: int
    d_prime: Estimate
    c: Estimate
    auc: Estimate

    def estimate(self, measure: str) -> Estimate:
        return getattr(self, measure)


@dataclass(frozen=True)
class Difference:
    """How much more d′ rose (pre to ``to_wave``) in ``first`` than in ``second``:
    the difference of the groups' mean changes, Welch's interval and df (None: no
    interval)."""

    first: str
    second: str
    from_wave: str
    to_wave: str
    estimate: Estimate
    df: float | None


@dataclass(frozen=True)
class Report:
    """The numbers of the report and their reading, in plain words."""

    title: str
    groups: tuple[Group, ...]
    waves: tuple[str, ...]
    summaries: tuple[WaveSummary, ...]
    changes: tuple[Change, ...]
    differences: tuple[Difference, ...]
    reading: tuple[str, ...]
    pack_id: str = ""
    check_id: str = ""

    def summary(self, group: str, wave: str) -> WaveSummary | None:
        return next((s for s in self.summaries if (s.group, s.wave) == (group, wave)), None)

    def change(self, group: str, to_wave: str) -> Change | None:
        return next((c for c in self.changes if (c.group, c.to_wave) == (group, to_wave)), None)

    def group_name(self, group: str) -> str:
        return next((g.name for g in self.groups if g.id == group), group)


# -- waves ----------------------------------------------------------------------------------
def wave_key(wave: str) -> tuple[int, int, str]:
    """Schedule order: pre, post, delayed-N by N, then any other wave by name."""
    if wave == PRE:
        return (0, 0, "")
    if wave == POST:
        return (1, 0, "")
    days = wave.removeprefix("delayed-")
    if days != wave and days.isdigit():
        return (2, int(days), "")
    return (3, 0, wave)


def wave_phrase(wave: str) -> str:
    """When a wave was taken, for the instructor: "at the post-check", "7 days on"."""
    if wave == PRE:
        return translate("CheckReport", "at the pre-check")
    if wave == POST:
        return translate("CheckReport", "at the post-check")
    days = wave.removeprefix("delayed-")
    if days != wave and days.isdigit():
        return counted.translate("CheckReport", "%n day(s) on", "", COUNT, int(days))
    return translate("CheckReport", "at the {wave} check").format(wave=wave)


# -- the report -----------------------------------------------------------------------------
def _value(m: Measures | None, measure: str) -> float | None:
    return None if m is None else getattr(m, measure)


def _usable(m: Measures | None) -> bool:
    # d′, c and AUC are computable together or not at all (both kinds of item needed).
    return m is not None and m.d_prime is not None and m.c is not None and m.auc is not None


def check_report(
    rows: Iterable[CheckRow], *, title: str | None = None, min_n: int = SMALL_N
) -> Report:
    """The report on one check's rows (see the module's docstring).

    Groups come in the order their first row does, waves in schedule order. Rows whose
    measures cannot be computed are left out of the means. ValueError (one line) for
    rows of more than one check, or a participant's wave given twice.
    """
    rows = list(rows)
    checks = {(r.pack_id, r.check_id) for r in rows}
    if len(checks) > 1:
        names = ", ".join(f"{p}/{c}" for p, c in sorted(checks))
        raise ValueError(f"the rows are of more than one check ({names}); report on one")
    pack_id, check_id = next(iter(checks), ("", ""))
    if title is None:
        title = (
            next((r.title for r in rows if r.title), "")
            or check_id
            or translate("CheckReport", "Check report")
        )

    group_ids: list[str] = []
    names: dict[str, str] = {}
    by_group: dict[str, dict[str, dict[str, Measures]]] = {}  # group -> participant -> wave
    everyone: dict[str, set[str]] = {}
    for r in rows:
        if r.group not in names:
            group_ids.append(r.group)
            names[r.group] = r.group_name or r.group
            by_group[r.group], everyone[r.group] = {}, set()
        everyone[r.group].add(r.participant)
        waves = by_group[r.group].setdefault(r.participant, {})
        if r.wave in waves:
            raise ValueError(f"{r.participant!r} ({r.group}) has the wave {r.wave!r} twice")
        if _usable(r.measures):
            waves[r.wave] = r.measures
    groups = tuple(Group(g, names[g], len(everyone[g])) for g in group_ids)
    all_waves = sorted(
        {w for g in by_group.values() for ws in g.values() for w in ws}, key=wave_key
    )

    summaries: list[WaveSummary] = []
    changes: list[Change] = []
    for g in group_ids:
        people = by_group[g]
        for wave in all_waves:
            taken = [ws[wave] for ws in people.values() if wave in ws]
            if taken:
                summaries.append(
                    WaveSummary(g, wave, len(taken), *(_mean(taken, m) for m in MEASURES))
                )
            if wave == PRE:
                continue
            pairs = [(ws[PRE], ws[wave]) for ws in people.values() if PRE in ws and wave in ws]
            if pairs:
                estimates = (
                    mean_ci(_value(after, m) - _value(before, m) for before, after in pairs)
                    for m in MEASURES
                )
                changes.append(Change(g, PRE, wave, len(pairs), *estimates))

    differences: list[Difference] = []
    for other in group_ids[1:]:
        for wave in all_waves:
            one, two = _d_changes(by_group[group_ids[0]], wave), _d_changes(by_group[other], wave)
            if wave != PRE and one and two:
                estimate, df = welch_difference(one, two)
                differences.append(Difference(group_ids[0], other, PRE, wave, estimate, df))

    report = Report(
        title=title,
        groups=groups,
        waves=tuple(all_waves),
        summaries=tuple(summaries),
        changes=tuple(changes),
        differences=tuple(differences),
        reading=(),
        pack_id=pack_id,
        check_id=check_id,
    )
    return replace(report, reading=tuple(_reading(report, min_n)))


def _mean(taken: Sequence[Measures], measure: str) -> Estimate:
    return mean_ci(_value(m, measure) for m in taken)


def _d_changes(people: Mapping[str, Mapping[str, Measures]], wave: str) -> list[float]:
    return [
        ws[wave].d_prime - ws[PRE].d_prime for ws in people.values() if PRE in ws and wave in ws
    ]


# -- reading it -----------------------------------------------------------------------------
def number(value: float | None, sign: bool = False) -> str:
    """0.62, −0.15 (a true minus sign), or +0.80 with ``sign``; "—" for None."""
    if value is None:
        return "—"
    rounded = round(value, 2) or 0.0  # -0.0 is written 0.00
    text = i18n.number(abs(rounded), 2)  # the locale's decimal sign
    if rounded < 0:
        return _MINUS + text
    return "+" + text if sign else text


def interval(e: Estimate | None, sign: bool = False) -> str:
    """ "0.62 [0.31, 0.93]"; the mean alone when there is no interval."""
    if e is None:
        return "—"
    if e.low is None or e.high is None:
        return number(e.mean, sign)
    return f"{number(e.mean, sign)} [{number(e.low, sign)}, {number(e.high, sign)}]"


def _direction(e: Estimate) -> int:
    """+1: clearly up, −1: clearly down, 0: the interval includes 0 (or there is none)."""
    if not e.excludes_zero:
        return 0
    return 1 if e.mean > 0 else -1


def _participants(n: int) -> str:
    return counted.translate("CheckReport", "%n participant(s)", "", COUNT, int(n))


def _reading(report: Report, min_n: int) -> list[str]:
    if not report.summaries:
        return [translate("CheckReport", "No finished checks to report on yet.")]
    lines: list[str] = []
    for group in report.groups:
        name = group.name
        pre = report.summary(group.id, PRE)
        later = [c for c in report.changes if c.group == group.id]
        if pre is None:
            lines.append(
                translate(
                    "CheckReport",
                    "{group}: no one has finished the pre-check, so there is nothing to compare "
                    "the later checks with.",
                ).format(group=name)
            )
            continue
        if not later:
            lines.append(
                translate(
                    "CheckReport",
                    "{group}: {participants} took the pre-check (d′ {d}, c {c}); no one has "
                    "taken a later check yet.",
                ).format(
                    group=name,
                    participants=_participants(pre.n),
                    d=interval(pre.d_prime),
                    c=interval(pre.c),
                )
            )
            continue
        for change in later:
            lines.append(_change_line(report, name, pre, change, min_n))
    lines.extend(_difference_line(report, d, min_n) for d in report.differences)
    return lines


def _change_line(report: Report, name: str, pre: WaveSummary, change: Change, min_n: int) -> str:
    after = report.summary(change.group, change.to_wave)
    when = wave_phrase(change.to_wave)
    if change.n < 2:
        return translate(
            "CheckReport",
            "{group}: only 1 participant took both the pre-check and the check {when}: "
            "too few to say whether anything changed.",
        ).format(group=name, when=when)
    d, c, a = change.d_prime, change.c, change.auc
    d_dir, c_dir, a_dir = _direction(d), _direction(c), _direction(a)
    # Each clause is translated whole; the line joins them ("{d}; {c}; {auc}: {verdict}.").
    if d_dir > 0:
        d_text = translate(
            "CheckReport",
            "d′ rose from {pre} at the pre-check to {after} {when} "
            "(change within participants {change}, {participants})",
        )
    elif d_dir < 0:
        d_text = translate(
            "CheckReport",
            "d′ fell from {pre} at the pre-check to {after} {when} "
            "(change within participants {change}, {participants})",
        )
    else:
        d_text = translate(
            "CheckReport",
            "d′ went from {pre} at the pre-check to {after} {when}, not a clear change "
            "(change within participants {change}, {participants})",
        )
    d_text = d_text.format(
        pre=interval(pre.d_prime),
        after=interval(after.d_prime),
        when=when,
        change=interval(d, sign=True),
        participants=_participants(change.n),
    )
    c_from, c_to = number(pre.c.mean), number(after.c.mean)
    if c_dir == 0:
        c_text = translate("CheckReport", "c did not clearly change ({start} to {end})")
    elif c_dir > 0:
        c_text = translate("CheckReport", "c rose from {start} to {end} (change {change})")
    else:
        c_text = translate("CheckReport", "c fell from {start} to {end} (change {change})")
    c_text = c_text.format(start=c_from, end=c_to, change=interval(c, sign=True))
    a_from, a_to = number(pre.auc.mean), number(after.auc.mean)
    if a_dir == d_dir == 0:
        a_text = translate("CheckReport", "AUC did not clearly change either ({start} to {end})")
    elif a_dir == d_dir:
        a_text = translate("CheckReport", "AUC agrees ({start} to {end})")
    elif a_dir == 0:
        a_text = translate("CheckReport", "AUC did not clearly change ({start} to {end})")
    elif a_dir > 0:
        a_text = translate("CheckReport", "but AUC rose ({start} to {end})")
    else:
        a_text = translate("CheckReport", "but AUC fell ({start} to {end})")
    a_text = a_text.format(start=a_from, end=a_to)
    if d_dir > 0 and d.mean < SMALL_D_CHANGE:
        verdict = {
            0: translate(
                "CheckReport", "slightly better discrimination (d′ up by less than {small})"
            ).format(small=i18n.number(SMALL_D_CHANGE, 1)),
            -1: translate(
                "CheckReport",
                "mostly more sceptical (quicker to call items not credible), with only "
                "slightly better discrimination",
            ),
            1: translate(
                "CheckReport",
                "mostly more trusting (slower to call items not credible), with only "
                "slightly better discrimination",
            ),
        }[c_dir]
    elif d_dir > 0:
        verdict = {
            0: translate("CheckReport", "better discrimination, not just more sceptical"),
            -1: translate(
                "CheckReport",
                "better discrimination, and also more sceptical (quicker to call items "
                "not credible)",
            ),
            1: translate(
                "CheckReport",
                "better discrimination, and also more trusting (slower to call items not credible)",
            ),
        }[c_dir]
    elif d_dir < 0:
        verdict = translate(
            "CheckReport",
            "worse discrimination (they told credible from misleading items apart less well)",
        )
    else:
        verdict = {
            -1: translate(
                "CheckReport",
                "more sceptical, not better discrimination (they called more items not "
                "credible, the credible ones too)",
            ),
            1: translate(
                "CheckReport",
                "more trusting, not better discrimination (they called more items credible, "
                "the misleading ones too)",
            ),
            0: translate("CheckReport", "no clear change in discrimination or in scepticism"),
        }[c_dir]
    line = translate("CheckReport", "{group}: {d}; {c}; {auc}: {verdict}.").format(
        group=name, d=d_text, c=c_text, auc=a_text, verdict=verdict
    )
    if change.n < min_n:
        line += translate(
            "CheckReport",
            " With only {participants} the intervals are wide: take this as a "
            "first look, not a finding.",
        ).format(participants=_participants(change.n))
    return line


def _difference_line(report: Report, diff: Difference, min_n: int) -> str:
    one, two = report.group_name(diff.first), report.group_name(diff.second)
    when = wave_phrase(diff.to_wave)
    e = diff.estimate
    if e.low is None or e.high is None:
        return translate(
            "CheckReport",
            "{first} vs {second}, {when}: too few participants in a group to compare their "
            "changes in d′.",
        ).format(first=one, second=two, when=when)
    if diff.df is not None:
        welch = translate("CheckReport", "Welch's t, df {df}").format(df=i18n.number(diff.df, 1))
    else:
        welch = translate("CheckReport", "no spread in either group")
    shown = translate("CheckReport", "{interval} ({test})").format(
        interval=interval(e, sign=True), test=welch
    )
    direction = _direction(e)
    if direction > 0:
        line = translate(
            "CheckReport",
            "{first} vs {second}, {when}: d′ rose more in {first}, by {shown}: a clear "
            "difference (its interval lies above 0).",
        )
    elif direction < 0:
        line = translate(
            "CheckReport",
            "{first} vs {second}, {when}: d′ rose less in {first}, by {shown}: a clear "
            "difference (its interval lies below 0).",
        )
    else:
        line = translate(
            "CheckReport",
            "{first} vs {second}, {when}: the difference in d′ change ({first} minus {second}) "
            "is {shown}; its interval includes 0, so the groups cannot be told apart yet.",
        )
    line = line.format(first=one, second=two, when=when, shown=shown)
    if e.n < 2 * min_n:
        line += translate("CheckReport", " ({participants} in all: a small comparison.)").format(
            participants=_participants(e.n)
        )
    return line


# -- output ---------------------------------------------------------------------------------
def report_json(report: Report) -> dict[str, Any]:
    """The report as plain JSON data (``spotit study report --json``).

    ``by_wave``: one object per group and wave with ``n`` and ``d_prime``, ``c``, ``auc``
    as ``{"mean", "low", "high", "n"}`` (low/high null without an interval);
    ``changes``: the same for each group's change from ``from`` to ``to``;
    ``differences``: ``first`` minus ``second`` in d′ change, with Welch's ``df``.
    """

    def measures(x: WaveSummary | Change) -> dict[str, Any]:
        return {m: x.estimate(m).as_dict() for m in MEASURES}

    return {
        "title": report.title,
        "pack": report.pack_id,
        "check": report.check_id,
        "groups": [
            {"id": g.id, "name": g.name, "participants": g.participants} for g in report.groups
        ],
        "waves": list(report.waves),
        "by_wave": [
            {"group": s.group, "wave": s.wave, "n": s.n, **measures(s)} for s in report.summaries
        ],
        "changes": [
            {"group": c.group, "from": c.from_wave, "to": c.to_wave, "n": c.n, **measures(c)}
            for c in report.changes
        ],
        "differences": [
            {
                "first": d.first,
                "second": d.second,
                "from": d.from_wave,
                "to": d.to_wave,
                "measure": "d_prime",
                "estimate": d.estimate.as_dict(),
                "df": d.df,
            }
            for d in report.differences
        ],
        "reading": list(report.reading),
    }


def _table(head: Sequence[str], body: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    widths = [max(len(row[i]) for row in [head, *body]) for i in range(len(head))]
    lines = []
    for row in [head, *body]:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def report_text(report: Report) -> str:
    """The report as text for a terminal: groups, the means by wave, the changes within
    participants, the differences between groups, and the reading."""
    lines = [f"Check report: {report.title}"]
    if report.pack_id or report.check_id:
        lines.append(f"(pack {report.pack_id}, check {report.check_id})")
    if report.groups:
        lines.append(
            "Groups: "
            + "; ".join(
                f"{g.id} = {g.name} ({_participants(g.participants)})"
                if g.name != g.id
                else f"{g.id} ({_participants(g.participants)})"
                for g in report.groups
            )
        )
    if report.summaries:
        lines += ["", "Mean by wave, with 95% confidence intervals"]
        head = ["group", "wave", "n", "d′", "c", "AUC"]
        body = [
            [s.group, s.wave, str(s.n), *(interval(s.estimate(m)) for m in MEASURES)]
            for s in report.summaries
        ]
        lines += _table(head, body, {2})
    if report.changes:
        lines += ["", "Change from the pre-check within participants (later − pre), 95% CI"]
        head = ["group", "to", "n", "d′", "c", "AUC"]
        body = [
            [c.group, c.to_wave, str(c.n), *(interval(c.estimate(m), sign=True) for m in MEASURES)]
            for c in report.changes
        ]
        lines += _table(head, body, {2})
    if report.differences:
        lines += ["", "Difference in d′ change between groups (Welch's t), 95% CI"]
        head = ["groups", "to", "n", "difference", "df"]
        body = [
            [
                f"{d.first} − {d.second}",
                d.to_wave,
                str(d.estimate.n),
                interval(d.estimate, sign=True),
                "—" if d.df is None else f"{d.df:.1f}",
            ]
            for d in report.differences
        ]
        lines += _table(head, body, {2, 4})
    lines += ["", "Reading"]
    lines += [f"- {line}" for line in report.reading]
    return "\n".join(lines)


# -- sources of rows ------------------------------------------------------------------------
def checks_in(rows: Iterable[CheckRow]) -> list[tuple[str, str, str]]:
    """The checks the rows are of, as (pack id, check id, title), in order of first row."""
    seen: dict[tuple[str, str], str] = {}
    for r in rows:
        seen.setdefault((r.pack_id, r.check_id), r.title)
    return [(p, c, t) for (p, c), t in seen.items()]


def rows_of_check(rows: Iterable[CheckRow], pack_id: str, check_id: str) -> list[CheckRow]:
    """The rows of one check."""
    return [r for r in rows if (r.pack_id, r.check_id) == (pack_id, check_id)]


def rows_for_learners(
    progress: Progress, packs: Mapping[str, Pack], learners: Iterable[Learner]
) -> list[CheckRow]:
    """Every finished wave of every check of ``packs`` by ``learners`` on this computer,
    in one group ("This computer"); the participant is the learner's id."""
    from spotit.practice.session import Practice

    rows: list[CheckRow] = []
    for learner in learners:
        practice = Practice(progress, learner, packs)
        for pack in packs.values():
            for check in pack.checks():
                for result in practice.check_results(pack.meta.id, check.id):
                    rows.append(
                        CheckRow(
                            THIS_COMPUTER,
                            str(learner.id),
                            result.wave,
                            result.measures,
                            translate("CheckReport", THIS_COMPUTER_NAME),
                            pack.meta.id,
                            check.id,
                            check.title,
                        )
                    )
    # One check after another, each with every learner's waves (checks_in keeps this order).
    order = {key: n for n, key in enumerate(dict.fromkeys((r.pack_id, r.check_id) for r in rows))}
    return sorted(rows, key=lambda r: order[(r.pack_id, r.check_id)])


def rows_for_study(desk: Any) -> list[CheckRow]:
    """The study's check, every participant's finished waves, grouped by arm (in the
    study file's order of arms); the participant is their anonymous code."""
    study, pack = desk.study, desk.pack
    check = pack.check(study.check)
    title = f"{study.title}: {check.title}" if check is not None else study.title
    arm_order = {arm.id: n for n, arm in enumerate(study.arms)}
    rows: list[CheckRow] = []
    for participant in desk.participants():
        practice = desk.session_for(participant).practice
        for result in practice.check_results(pack.meta.id, study.check):
            rows.append(
                CheckRow(
                    participant.arm.id,
                    participant.code,
                    result.wave,
                    result.measures,
                    participant.arm.name,
                    pack.meta.id,
                    study.check,
                    title,
                )
            )
    return sorted(rows, key=lambda r: arm_order.get(r.group, len(arm_order)))


def studies_in(data_dir: Path) -> list[str]:
    """The ids of the studies registered in a data folder (``studies/<id>.db``), sorted."""
    folder = Path(data_dir) / "studies"
    if not folder.is_dir():
        return []
    return sorted(
        p.stem for p in folder.glob("*.db") if p.is_file() and _STUDY_ID.fullmatch(p.stem)
    )
