"""Checks in a pack source: ``checks/<check-id>.toml``, one check of discernment per file.

A check is a short set of invented items (a headline and its lede, optionally a whole
article) that the learner judges credible or not, without feedback, in parallel forms
balanced by construction (docs/content-pack.md, "Checks"). The file is plain TOML; the
item text is plain text, and an item's optional ``body`` renders through the one
rendering (``spotit.content.render.render``).

Reading never raises for bad content: each problem is collected with its file and line,
with ``kind`` "check" and ``field`` the key at fault. ``balance_problems`` is the one
statement of the balance rules: the reader reports them with lines, the pack opener
(``spotit.store.pack``) refuses a built pack that breaks them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from spotit.content.frontmatter import (
    Problem,
    Unreadable,
    _bidi_message,
    _Lines,
    _toml_line,
    _toml_string,
    as_written,
    bidi_controls,
    in_folder,
)
from spotit.core.model import CHECK_TRUTHS, Check, CheckItem
from spotit.core.taxonomy import ITEM_ID

CHECKS = "checks"
#: What a check problem is about (``Problem.kind``); ``field`` is the key at fault.
CHECK = "check"
SUFFIX = ".toml"
MAX_CHECKS = 100
MAX_ITEMS = 1000
MAX_FORMS = 26
MAX_CHECK_BYTES = 2_000_000
#: A form id: "A", "B", "form-2".
FORM_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,15}")
#: The longest each plain field may be, in characters.
LIMITS = {
    "title": 200,
    "instructions": 4000,
    "headline": 300,
    "lede": 1200,
    "outlet": 120,
    "topic": 60,
    "id": 60,
}
TOP_KEYS = ("id", "title", "instructions", "forms", "items")
ITEM_KEYS = ("id", "form", "truth", "topic", "difficulty", "headline", "lede", "outlet", "body")
#: Plain fields that may hold a line break (TOML multi-line strings).
MULTILINE = ("instructions", "lede")


def is_check_file(rel: str) -> bool:
    """True for ``checks/NAME.toml`` (not a dot-file): a check of a pack source."""
    return in_folder(rel, CHECKS, SUFFIX)


def check_file_name(check_id: str) -> str:
    """The file a check lives in: ``checks/<check-id>.toml``."""
    return f"{CHECKS}/{check_id or 'check'}{SUFFIX}"


def normalised(text: str) -> str:
    """``text`` as compared with headlines: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def read_checks(
    files: Mapping[str, str | Unreadable],
    where: Callable[[str], str],
    problems: list[Problem],
    headlines: Mapping[str, str] | None = None,
) -> list[Check]:
    """Every usable check of ``files``, by file name.

    ``headlines`` maps each article's ``normalised`` headline to the article's id: a
    check item whose headline or lede is one of them is a problem.
    """
    names = sorted(rel for rel in files if is_check_file(rel))
    if len(names) > MAX_CHECKS:
        problems.append(Problem(where(CHECKS), None, f"more than {MAX_CHECKS} checks", rel=CHECKS))
        names = names[:MAX_CHECKS]
    checks: list[Check] = []
    for rel in names:
        check = read_check_text(files[rel], where(rel), problems, rel, headlines or {})
        if check is not None:
            checks.append(check)
    return checks


def read_check_text(
    raw: str | Unreadable,
    name: str,
    problems: list[Problem],
    rel: str = "",
    headlines: Mapping[str, str] | None = None,
) -> Check | None:
    """Read one check from its TOML text; problems (naming ``name``) go to ``problems``.

    None if it cannot be used: a check with any problem is not built.
    """
    before = len(problems)

    def problem(line: int | None, message: str, key: str = "") -> None:
        problems.append(Problem(name, line, message, CHECK, key, rel=rel))

    if isinstance(raw, Unreadable):
        problem(None, raw.reason)
        return None
    if len(raw.encode("utf-8", "surrogatepass")) > MAX_CHECK_BYTES:
        problem(None, f"file is larger than {MAX_CHECK_BYTES} bytes")
        return None
    raw = as_written(raw)
    import tomllib

    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        problem(_toml_line(exc) or 1, f"not valid TOML: {exc}")
        return None
    lines = _Lines(raw, 1)
    stem = rel.rsplit("/", 1)[-1].removesuffix(SUFFIX) if rel else ""

    def text(table: dict, key: str, line: int, what: str, required: bool = True) -> str:
        value = table.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            problem(line, f"{what}'{key}' must be non-empty text", key)
            return ""
        value = value.strip()
        if len(value) > LIMITS[key]:
            problem(line, f"{what}'{key}' is longer than {LIMITS[key]} characters", key)
        for _, char in bidi_controls(value):
            problem(line, _bidi_message(f"{what}'{key}'", char), key)
        allowed = "\n" if key in MULTILINE else ""
        bad = next((c for c in value if unicodedata.category(c) == "Cc" and c not in allowed), None)
        if bad is not None:
            kind = "a line break" if bad in "\n\r" else f"the control character U+{ord(bad):04X}"
            problem(line, f"{what}'{key}' holds {kind}: write it as one line of text", key)
        return value

    def line_of(key: str, n: int | None = None) -> int:
        if n is None:
            return lines.of(key) if key in data else 1
        return lines.of(key, n, "items")

    for key in data:
        if key not in TOP_KEYS:
            problem(
                lines.of(key),
                f"unknown field {key!r}: a check has {', '.join(repr(k) for k in TOP_KEYS)}",
                key,
            )
    check_id = text(data, "id", line_of("id"), "field ")
    if check_id and not ITEM_ID.fullmatch(check_id):
        problem(
            line_of("id"),
            f"field 'id' must be lower-case letters, digits and dashes: {check_id[:60]!r}",
            "id",
        )
    elif check_id and stem and check_id != stem:
        problem(
            line_of("id"),
            f"field 'id' is {check_id!r} but the file is {stem}{SUFFIX}: a check lives in "
            f"checks/<its id>{SUFFIX}",
            "id",
        )
    title = text(data, "title", line_of("title"), "field ")
    instructions = text(data, "instructions", line_of("instructions"), "field ")
    forms_raw = data.get("forms")
    forms: list[str] = []
    if (
        not isinstance(forms_raw, list)
        or not forms_raw
        or not all(isinstance(f, str) and FORM_ID.fullmatch(f) for f in forms_raw)
    ):
        problem(
            line_of("forms"),
            'field \'forms\' must be a non-empty list of form ids like ["A", "B", "C"]',
            "forms",
        )
    elif len(forms_raw) > MAX_FORMS:
        problem(line_of("forms"), f"field 'forms' lists more than {MAX_FORMS} forms", "forms")
    else:
        for f in forms_raw:
            if f in forms:
                problem(line_of("forms"), f"field 'forms' lists the form {f!r} twice", "forms")
            else:
                forms.append(f)
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list) or not all(isinstance(i, dict) for i in raw_items):
        problem(line_of("items"), "'items' must be [[items]] tables", "items")
        raw_items = []
    if not raw_items:
        problem(line_of("items"), "the check has no items: add [[items]] tables", "items")
    if len(raw_items) > MAX_ITEMS:
        problem(line_of("items"), f"more than {MAX_ITEMS} items", "items")
        raw_items = raw_items[:MAX_ITEMS]
    items: list[CheckItem] = []
    item_lines: list[int] = []
    seen_ids: dict[str, int] = {}
    seen_text: dict[str, str] = {}
    headlines = headlines or {}
    for n, table in enumerate(raw_items):
        heads = lines.named.get("items", [])
        head = lines.first + heads[n] if n < len(heads) else line_of("items")
        what = f"item {n + 1}: "
        for key in table:
            if key not in ITEM_KEYS:
                problem(
                    line_of(key, n),
                    f"{what}unknown field {key!r}: an item has "
                    f"{', '.join(repr(k) for k in ITEM_KEYS)}",
                    key,
                )
        item_id = text(table, "id", line_of("id", n), what)
        if item_id:
            if not ITEM_ID.fullmatch(item_id):
                problem(
                    line_of("id", n),
                    f"{what}'id' must be lower-case letters, digits and dashes: {item_id[:60]!r}",
                    "id",
                )
            elif item_id in seen_ids:
                problem(
                    line_of("id", n),
                    f"duplicate item id {item_id!r} (also item {seen_ids[item_id]})",
                    "id",
                )
            else:
                seen_ids[item_id] = n + 1
            what = f"item {item_id[:60]!r}: "
        form = table.get("form")
        if not isinstance(form, str) or form not in forms:
            if forms:
                listed = ", ".join(repr(f) for f in forms)
                problem(
                    line_of("form", n), f"{what}'form' must be one of 'forms' ({listed})", "form"
                )
            form = ""
        truth = table.get("truth")
        if truth not in CHECK_TRUTHS:
            problem(
                line_of("truth", n), f'{what}\'truth\' must be "credible" or "misleading"', "truth"
            )
            truth = ""
        topic = text(table, "topic", line_of("topic", n), what)
        if topic and not ITEM_ID.fullmatch(topic):
            problem(
                line_of("topic", n),
                f"{what}'topic' must be a tag of lower-case letters, digits and dashes: "
                f"{topic[:60]!r}",
                "topic",
            )
        difficulty = table.get("difficulty")
        if (
            not isinstance(difficulty, int)
            or isinstance(difficulty, bool)
            or not 1 <= difficulty <= 3
        ):
            problem(line_of("difficulty", n), f"{what}'difficulty' must be 1, 2 or 3", "difficulty")
            difficulty = 0
        headline = text(table, "headline", line_of("headline", n), what)
        lede = text(table, "lede", line_of("lede", n), what)
        outlet = text(table, "outlet", line_of("outlet", n), what, required=False)
        for key, value in (("headline", headline), ("lede", lede)):
            article = headlines.get(normalised(value)) if value else None
            if article is not None:
                problem(
                    line_of(key, n),
                    f"{what}its {key} is the headline of the article {article!r}: a check's "
                    "items are never one of the pack's articles",
                    key,
                )
        if headline:
            key_text = normalised(headline)
            if key_text in seen_text:
                problem(
                    line_of("headline", n),
                    f"{what}the same headline as item {seen_text[key_text]!r}: a learner "
                    "would meet one item twice",
                    "headline",
                )
            else:
                seen_text[key_text] = item_id or str(n + 1)
        body = table.get("body")
        blocks: tuple = ()
        rendered_text = ""
        if body is not None:
            if not isinstance(body, str) or not body.strip():
                problem(line_of("body", n), f"{what}'body' must be Markdown text", "body")
                body = ""
            else:
                for _, char in bidi_controls(body):
                    problem(line_of("body", n), _bidi_message(f"{what}'body'", char), "body")
                from spotit.content.render import render  # Markdown: only for whole articles

                rendered = render(headline, body)
                if rendered.problem:
                    problem(line_of("body", n), f"{what}'body': {rendered.problem}", "body")
                blocks, rendered_text = tuple(rendered.blocks), rendered.text
        else:
            body = ""
        items.append(
            CheckItem(
                item_id,
                form,
                truth or "",
                topic,
                difficulty or 0,
                headline,
                lede,
                outlet,
                blocks,
                rendered_text,
                body,
            )
        )
        item_lines.append(head)
    if len(problems) == before:
        for index, message in balance_problems(forms, items):
            problem(item_lines[index] if index is not None else line_of("forms"), message, "form")
    if len(problems) > before:
        return None
    return Check(check_id, title, instructions, tuple(forms), tuple(items))


def balance_problems(
    forms: Sequence[str], items: Sequence[CheckItem]
) -> list[tuple[int | None, str]]:
    """Every way the forms are not parallel: (index of the item to look at, or None; message).

    Every form has items, the same number; half credible and half misleading; the same
    (truth, difficulty) pairs and the same topics, as many times each, as the first form.
    """
    found: list[tuple[int | None, str]] = []
    by_form: dict[str, list[int]] = {f: [] for f in forms}
    for i, item in enumerate(items):
        if item.form not in by_form:
            found.append((i, f"item {item.id!r}: form {item.form!r} is not in 'forms'"))
        else:
            by_form[item.form].append(i)
    for form, indexes in by_form.items():
        if not indexes:
            found.append((None, f"form {form!r} has no items: every form listed needs items"))
    filled = [f for f in forms if by_form[f]]
    if not filled:
        return found
    first = filled[0]
    for form in filled:
        indexes = by_form[form]
        misleading = sum(items[i].truth == "misleading" for i in indexes)
        credible = len(indexes) - misleading
        if misleading != credible:
            found.append(
                (
                    indexes[0],
                    f"form {form!r} has {credible} credible and {misleading} misleading items: "
                    "each form is half credible, half misleading",
                )
            )
        if form == first:
            continue
        if len(indexes) != len(by_form[first]):
            found.append(
                (
                    indexes[0],
                    f"form {form!r} has {len(indexes)} items and form {first!r} "
                    f"{len(by_form[first])}: every form has the same number",
                )
            )
        for name, key in (
            ("(truth, difficulty)", lambda it: (it.truth, it.difficulty)),
            ("topics", lambda it: it.topic),
        ):
            want = Counter(key(items[i]) for i in by_form[first])
            have = Counter(key(items[i]) for i in indexes)
            if want == have:
                continue
            extra = sorted((have - want).items(), key=str)
            short = sorted((want - have).items(), key=str)
            parts = [f"{n} more {_shown(k)}" for k, n in extra] + [
                f"{n} fewer {_shown(k)}" for k, n in short
            ]
            surplus = dict(extra)
            at = next((i for i in indexes if key(items[i]) in surplus), indexes[0])
            found.append(
                (
                    at,
                    f"form {form!r} does not match form {first!r} in {name}: it has "
                    f"{', '.join(parts)}; parallel forms have the same {name}",
                )
            )
    return found


def _shown(key: object) -> str:
    if isinstance(key, tuple):
        return f"{key[0]} items of difficulty {key[1]}"
    return f"items on {key!r}"


def check_source(check: Check) -> str:
    """The TOML file of one check, as ``read_check_text`` reads it back (export)."""
    import tomlkit

    doc = tomlkit.document()
    doc["id"] = check.id
    doc["title"] = _toml_string(check.title)
    doc["instructions"] = _toml_string(check.instructions)
    doc["forms"] = list(check.forms)
    items = tomlkit.aot()
    for item in check.items:
        table = tomlkit.table()
        table["id"] = item.id
        table["form"] = item.form
        table["truth"] = item.truth
        table["topic"] = item.topic
        table["difficulty"] = item.difficulty
        table["headline"] = _toml_string(item.headline)
        table["lede"] = _toml_string(item.lede)
        if item.outlet:
            table["outlet"] = _toml_string(item.outlet)
        if item.body:
            table["body"] = _toml_string(item.body)
        items.append(table)
    doc["items"] = items
    written = tomlkit.dumps(doc)
    return written if written.endswith("\n") else written + "\n"
