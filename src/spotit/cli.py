"""The ``spotit`` command: the app, and pack tools for instructors and graders.

Exit status: 0 success, 1 problems found (validate; lrs push: statements left unsent),
2 bad input (a broken pack, a malformed flags file, a wrong argument).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from spotit import __version__
from spotit.core.model import Check, Flag, Lesson
from spotit.core.usage import UsageError
from spotit.store.pack import (
    FORMAT_VERSION,
    Pack,
    PackError,
    PackReport,
    build_pack,
    open_pack,
    validate_pack,
)
from spotit.store.progress import ProgressError

if TYPE_CHECKING:
    from spotit.core.scoring import Report

COMMANDS = {"pack", "score", "class", "practice", "attempt", "measures", "study", "lrs"}


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    pack_to_open = None
    positional = [
        i
        for i, a in enumerate(argv)
        if not a.startswith("-") and (i == 0 or argv[i - 1] != "--learner")
    ]
    if positional and argv[positional[0]] not in COMMANDS:
        pack_to_open = argv.pop(positional[0])  # `spotit PACK.spotit`, as a file manager calls it
    # Starting the app needs only the app's options; the commands' parsers (and the interop
    # registry their help names) are built when a command or --help asks for them.
    wants_commands = any(a in COMMANDS for a in argv) or any(a in ("-h", "--help") for a in argv)
    args = _parser(with_commands=wants_commands).parse_args(argv)
    args.open = pack_to_open
    try:
        if args.command is None and args.self_test:
            from spotit.gui.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            return _run_app(args)
        return args.handler(args)
    except (PackError, ProgressError, UsageError) as exc:
        print(f"spotit: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


def _parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spotit",
        description="SpotIt: learn to spot misinformation. Without a command, starts the app"
        " (spotit [PACK.spotit] opens that pack in it).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"spotit {__version__} (pack format {FORMAT_VERSION})",
    )
    parser.add_argument(
        "--learner",
        metavar="NAME",
        help="start as this learner (created if new), skipping the profile chooser",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen, load the starter pack, score one article, exit 0 if all is well",
    )
    # For benchmarks and smoke tests: start, show the library, quit.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(command=None)
    if not with_commands:
        return parser
    from spotit.interop.formats import FORMATS, listed  # names only: no format module loads

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    pack = sub.add_parser("pack", help="build, check and inspect content packs")
    pack_sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    p = pack_sub.add_parser("build", help="compile a pack source folder into a .spotit file")
    p.add_argument("source", type=Path, metavar="SRC")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PACK.spotit")
    p.set_defaults(handler=cmd_build)

    p = pack_sub.add_parser("validate", help="list every problem in a pack source or a built pack")
    p.add_argument("pack", type=Path, metavar="SRC|PACK")
    p.set_defaults(handler=cmd_validate)

    p = pack_sub.add_parser("info", help="a pack's metadata, categories and articles")
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_info)

    p = pack_sub.add_parser("show", help="one article's canonical text and answer key")
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("article", metavar="ARTICLE_ID")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_show)

    p = pack_sub.add_parser("lessons", help="the pack's lessons: text and marked red flags")
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_lessons)

    p = pack_sub.add_parser("checks", help="the pack's checks of discernment: forms and items")
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_checks)

    p = pack_sub.add_parser("sources", help="the pack's source pages: id, kind and title")
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_sources)

    p = pack_sub.add_parser(
        "search", help="search the pack's source pages as the reader's investigation pane does"
    )
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("query", metavar="QUERY", help='words; "text in quotes" as a phrase')
    p.add_argument(
        "--limit", type=int, default=20, metavar="N", help="at most N results (default 20)"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_search)

    p = pack_sub.add_parser(
        "export", help="write a built pack back as a source folder, or to another tool's format"
    )
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR|FILE")
    p.add_argument(
        "--to",
        default="source",
        metavar="FORMAT",
        help=f"source (default), {listed(FORMATS.names())}",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="overwrite an existing pack source, export file or folder",
    )
    p.set_defaults(handler=cmd_export)

    from spotit.interop.cli import register as register_interop

    register_interop(pack_sub)

    p = sub.add_parser("score", help="score a flags file against an article's answer key")
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("article", metavar="ARTICLE_ID")
    p.add_argument("flags", type=Path, metavar="FLAGS.json")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument(
        "--hints", type=int, default=0, metavar="N", help="hints the learner used (each costs)"
    )
    p.set_defaults(handler=cmd_score)

    p = sub.add_parser(
        "measures",
        help="discernment measures (d', c, AUC, MIST counts) per participant and wave"
        " from a responses CSV",
    )
    p.add_argument("responses", type=Path, metavar="RESPONSES.csv")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_measures)

    from spotit.classroom.cli import register as register_classroom

    register_classroom(sub)

    from spotit.practice.cli import register as register_practice

    register_practice(sub, load_flags)

    from spotit.practice.study_cli import register as register_study

    register_study(sub, _run_study_window)

    from spotit.interop.lrs_cli import register as register_lrs

    register_lrs(sub)
    return parser


def _run_study_window(desk) -> int:
    """`spotit study start`: the study window for a registered study (Qt checked first)."""
    from spotit.preflight import qt_problem

    problem = qt_problem()
    if problem:
        print(f"spotit: {problem}", file=sys.stderr)
        return 1
    from spotit.gui.study import run_study_window

    return run_study_window(desk)


def _run_app(args: argparse.Namespace) -> int:
    from spotit.preflight import qt_problem

    problem = qt_problem()
    if problem:
        print(f"spotit: {problem}", file=sys.stderr)
        return 1
    # While the window is built, Python's cycle collector would walk every new Qt wrapper
    # again and again (about a tenth of start-up), and nothing built then is garbage.
    # run_app turns it back on as soon as the library is on screen.
    gc.disable()
    try:
        from spotit.gui.app import run_app

        return run_app(args.open, args.learner, exit_when_ready=args.exit_when_ready)
    finally:
        gc.enable()


# -- pack commands --------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    from spotit.content.source import read_pack_source  # Markdown: only when reading sources
    from spotit.store.bundled import source_hash

    source = read_pack_source(args.source)
    if source.problems:
        for problem in source.problems:
            print(problem, file=sys.stderr)
        print(f"spotit: {len(source.problems)} problem(s); no pack was written", file=sys.stderr)
        return 1
    out = build_pack(source, args.output, source_hash(args.source))
    n_ann = sum(len(a.annotations) for a in source.articles)
    print(f"built {out}: {len(source.articles)} articles, {n_ann} annotations{_lessons(source)}")
    return 0


def _lessons(source) -> str:
    """ ", N lessons" (", N checks of M items", ", N source pages") for a source or report,
    else nothing."""
    count = source.lessons if isinstance(source.lessons, int) else len(source.lessons)
    said = f", {count} lesson{'s' if count != 1 else ''}" if count else ""
    if isinstance(source, PackReport):
        checks, items, pages = source.checks, source.check_items, source.sources
    else:
        checks, items = len(source.checks), sum(len(c.items) for c in source.checks)
        pages = len(getattr(source, "sources", ()))
    if checks:
        said += f", {checks} check{'s' if checks != 1 else ''} of {items} items"
    if pages:
        said += f", {pages} source page{'s' if pages != 1 else ''}"
    return said


def cmd_validate(args: argparse.Namespace) -> int:
    from spotit.content.source import read_pack_source  # Markdown: only when reading sources

    path: Path = args.pack
    if path.is_dir():
        source = read_pack_source(path)
        for problem in source.problems:
            print(problem)
        if source.problems:
            print(f"{len(source.problems)} problem(s) in {path}")
            return 1
        n_ann = sum(len(a.annotations) for a in source.articles)
        print(
            f"{path}: OK ({len(source.articles)} articles, {n_ann} annotations{_lessons(source)})"
        )
        return 0
    report = validate_pack(path)  # the checks the app makes when it opens the pack
    print(
        f"{path}: OK ({report.articles} articles, {report.annotations} annotations"
        f"{_lessons(report)})"
    )
    return 0


def _pack_info(pack: Pack) -> dict:
    return {
        "id": pack.meta.id,
        "title": pack.meta.title,
        "version": pack.meta.version,
        "language": pack.meta.language,
        "authors": list(pack.meta.authors),
        "licence": pack.meta.licence,
        "description": pack.meta.description,
        "training_notice": pack.meta.training_notice,
        "format_version": pack.format_version,
        "categories": [
            {
                "id": c.id,
                "name": c.name,
                "description": c.description,
                "how_to_check": c.how_to_check,
                "color": c.color,
            }
            for c in pack.categories
        ],
        "articles": [
            {
                "id": s.meta.id,
                "headline": s.meta.headline,
                "kind": s.meta.kind,
                "difficulty": s.meta.difficulty,
                "annotations": s.annotations,
                "event": s.event,
            }
            for s in pack.articles()
        ],
        "sources": len(pack.sources()),
    }


def cmd_info(args: argparse.Namespace) -> int:
    with open_pack(args.pack) as pack:
        info = _pack_info(pack)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"{info['title']} ({info['id']} {info['version']}, {info['language']})")
    if info["description"]:
        print(info["description"])
    print(f"Authors: {', '.join(info['authors']) or '-'}    Licence: {info['licence'] or '-'}")
    print(f"Pack format {info['format_version']}. {info['training_notice']}")
    print(f"\nCategories ({len(info['categories'])}):")
    for n, c in enumerate(info["categories"], 1):
        print(f"  {n:>2}. {c['id']:<22} {c['name']}")
    print(f"\nArticles ({len(info['articles'])}):")
    for a in info["articles"]:
        print(
            f"  {a['id']:<32} {a['kind']:<15} difficulty {a['difficulty']}  {a['annotations']:>3} flags  {a['headline']}"
        )
    if info["sources"]:
        print(f"\nSource pages: {info['sources']} (spotit pack sources lists them)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_pack(args.pack) as pack:
        article = pack.article(args.article)
    data = {
        "id": article.meta.id,
        "headline": article.meta.headline,
        "outlet": article.meta.outlet,
        "byline": article.meta.byline,
        "date": article.meta.date,
        "text": article.text,
        "event": article.event,
        "annotations": [a.as_json() for a in article.annotations],
        "notes": [n.as_json() for n in article.notes],
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    meta = article.meta
    print(f"{meta.headline}\n{' · '.join(x for x in (meta.byline, meta.outlet, meta.date) if x)}")
    print(f"[{meta.kind}, difficulty {meta.difficulty}]\n")
    print(article.text)
    print(f"\nAnswer key ({len(article.annotations)} red flags):")
    for a in article.annotations:
        also = f" (also {', '.join(a.also)})" if a.also else ""
        print(f"  {a.start}-{a.end} {a.category}{also}: {a.quote!r}")
        if a.core is not None:
            print(f"      core: {article.text[a.core[0] : a.core[1]]!r}")
        for alt in a.alternatives:
            print(f"      or at {alt.start}-{alt.end}: {alt.quote!r}")
        print(f"      {a.explanation}")
        if a.check is not None:
            print(f"      check: source:{a.check.source}{_check_quote(a.check)}")
    if article.notes:
        print(f"\nNotes on passages that are fine ({len(article.notes)}):")
        for n in article.notes:
            print(f"  {n.start}-{n.end} {n.quote!r}\n      {n.text}")
            if n.hint:
                print(f"      hint: {n.hint}")
            if n.check is not None:
                print(f"      check: source:{n.check.source}{_check_quote(n.check)}")
    if article.event:
        print(f"\nReports the event {article.event!r}.")
    return 0


def _check_quote(check) -> str:
    return f" ({check.quote!r})" if check.quote else ""


def cmd_sources(args: argparse.Namespace) -> int:
    with open_pack(args.pack) as pack:
        pages = pack.sources()
    if args.json:
        print(json.dumps({"sources": [p.as_json() for p in pages]}, ensure_ascii=False, indent=2))
        return 0
    if not pages:
        print("This pack has no source pages.")
        return 0
    id_width = min(40, max(len(p.id) for p in pages))
    kind_width = max(len(p.kind) for p in pages)
    print(f"{'id':<{id_width}}  {'kind':<{kind_width}}  title")
    for page in pages:
        print(f"{page.id:<{id_width}}  {page.kind:<{kind_width}}  {_one_line(page.title)}")
    return 0


def _one_line(text: str) -> str:
    """Pack text on one terminal line: control characters (a hostile title's) as spaces."""
    return "".join(" " if not c.isprintable() else c for c in text)


def snippet_text(hit) -> str:
    """A search hit's snippet with its matched words in [brackets]."""
    return "".join(f"[{text}]" if matched else text for text, matched in hit.snippet)


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError(f"--limit must be a whole number ≥ 1, not {args.limit}")
    with open_pack(args.pack) as pack:
        results = pack.search(args.query, limit=args.limit)
    if args.json:
        data = {
            "query": results.query,
            "corrected": results.corrected,
            "partial": results.partial,
            "missing": list(results.missing),
            "results": [hit.as_json() for hit in results.hits],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if results.corrected:
        print(f"Showing results for {_one_line(results.corrected)}")
    if results.partial:
        missing = ", ".join(_one_line(w) for w in results.missing)
        print(
            "No page holds every word; these hold some of them."
            + (f" Missing: {missing}" if missing else "")
        )
    if not results.hits:
        print(f"No results for {_one_line(results.query)!r}.")
        return 0
    for n, hit in enumerate(results.hits, 1):
        print(f"{n:>3}. {_one_line(hit.title)} ({hit.id}, {hit.kind})")
        if hit.snippet:
            print(f"     {_one_line(snippet_text(hit))}")
    return 0


def lesson_json(lesson: Lesson) -> dict:
    """A lesson as `spotit pack lessons --json` gives it."""
    return {
        "category": lesson.category,
        "title": lesson.title,
        "text": lesson.text,
        "marks": [{"start": start, "end": end} for start, end in lesson.marks],
    }


def cmd_lessons(args: argparse.Namespace) -> int:
    with open_pack(args.pack) as pack:
        lessons = pack.lessons()
    if args.json:
        print(
            json.dumps({"lessons": [lesson_json(x) for x in lessons]}, ensure_ascii=False, indent=2)
        )
        return 0
    if not lessons:
        print("This pack has no lessons.")
    for n, lesson in enumerate(lessons):
        if n:
            print()
        print(f"[{lesson.category}]")
        print(lesson.text)
        marked = ", ".join(repr(lesson.text[a:b]) for a, b in lesson.marks)
        print(f"  marked: {marked}")
    return 0


def check_json(check: Check) -> dict:
    """A check as `spotit pack checks --json` gives it."""
    return {
        "id": check.id,
        "title": check.title,
        "forms": list(check.forms),
        "items": [
            {
                "id": item.id,
                "form": item.form,
                "truth": item.truth,
                "topic": item.topic,
                "difficulty": item.difficulty,
                "headline": item.headline,
                "lede": item.lede,
                "outlet": item.outlet,
            }
            for item in check.items
        ],
    }


def cmd_checks(args: argparse.Namespace) -> int:
    with open_pack(args.pack) as pack:
        checks = pack.checks()
    if args.json:
        print(json.dumps({"checks": [check_json(c) for c in checks]}, ensure_ascii=False, indent=2))
        return 0
    if not checks:
        print("This pack has no checks.")
    for n, check in enumerate(checks):
        if n:
            print()
        print(f"[{check.id}] {check.title}")
        for form in check.forms:
            items = check.form_items(form)
            misleading = sum(item.truth == "misleading" for item in items)
            print(
                f"  form {form}: {len(items)} items "
                f"({len(items) - misleading} credible, {misleading} misleading)"
            )
            for item in items:
                print(
                    f"    {item.id} [{item.truth}, {item.topic}, {item.difficulty}] {item.headline}"
                )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.to != "source":
        from spotit.interop.cli import export_to

        return export_to(args)
    from spotit.content.checks import check_file_name, check_source
    from spotit.content.lessons import lesson_file_name, lesson_source
    from spotit.content.source import article_source, pack_manifest, source_files
    from spotit.content.sources import source_file_name, source_page_file
    from spotit.core.files import write_atomic

    out: Path = args.output
    with open_pack(args.pack) as pack:
        articles = [pack.article(i) for i in pack.article_ids()]
        lessons = pack.lessons()
        checks = pack.checks()
        pages = [pack.source(s.id) for s in pack.sources()]
        manifest = pack_manifest(pack.meta, pack.categories, pack.taxonomy_base)
        pack_id = pack.meta.id
    if (out / "pack.toml").exists():
        if not args.force:
            raise UsageError(f"{out} already holds a pack source (use --force to overwrite it)")
        # --force replaces this pack's own source, never another pack's: mixing two packs'
        # articles in one folder would leave a source that is neither.
        held = _source_pack_id(out / "pack.toml")
        if held != pack_id:
            what = f"the pack {held!r}" if held else "a pack source that cannot be read"
            raise UsageError(f"{out} holds {what}, not {pack_id!r}: export into an empty folder")
    width = max(3, len(str(len(articles))))
    names = [f"articles/{n:0{width}d}-{a.meta.id}.md" for n, a in enumerate(articles, 1)]
    try:
        (out / "articles").mkdir(parents=True, exist_ok=True)
        write_atomic(out / "pack.toml", manifest)
        for name, a in zip(names, articles, strict=True):
            written = article_source(
                a.meta, a.body, a.text, a.annotations, notes=a.notes, event=a.event
            )
            write_atomic(out / name, written)
        if lessons:
            (out / "lessons").mkdir(exist_ok=True)
        for lesson in lessons:
            name = lesson_file_name(lesson.category)
            names.append(name)
            written = lesson_source(lesson.category, lesson.title, lesson.body, lesson.order)
            write_atomic(out / name, written)
        if checks:
            (out / "checks").mkdir(exist_ok=True)
        for check in checks:
            name = check_file_name(check.id)
            names.append(name)
            write_atomic(out / name, check_source(check))
        if pages:
            (out / "sources").mkdir(exist_ok=True)
        for page in pages:
            name = source_file_name(page.id)
            names.append(name)
            write_atomic(out / name, source_page_file(page))
        # What an earlier export of this pack wrote that the pack no longer holds.
        stale = [
            f
            for f in source_files(out)
            if f.startswith(("articles/", "lessons/", "checks/", "sources/")) and f not in names
        ]
        for name in stale:
            (out / name).unlink()
    except OSError as exc:
        raise UsageError(f"{out}: cannot write ({exc.strerror})") from None
    removed = f"; removed {len(stale)} the pack no longer holds" if stale else ""
    print(
        f"exported {len(articles)} articles{_lessons_of(lessons)}{_checks_of(checks)}"
        f"{_pages_of(pages)} to {out}{removed}"
    )
    return 0


def _pages_of(pages: list) -> str:
    return f" and {len(pages)} source page{'s' if len(pages) != 1 else ''}" if pages else ""


def _lessons_of(lessons: list) -> str:
    return f" and {len(lessons)} lesson{'s' if len(lessons) != 1 else ''}" if lessons else ""


def _checks_of(checks: list) -> str:
    return f" and {len(checks)} check{'s' if len(checks) != 1 else ''}" if checks else ""


def _source_pack_id(manifest: Path) -> str | None:
    """The id a pack source's ``pack.toml`` declares, or None if it cannot be read."""
    import tomllib

    try:
        value = tomllib.loads(manifest.read_text(encoding="utf-8-sig")).get("id")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return value if isinstance(value, str) else None


# -- scoring ----------------------------------------------------------------------


def load_flags(path: Path, text: str, categories: set[str]) -> list[Flag]:
    """Read a flags file: a JSON list of {start, end, category} or {quote, category} items."""
    from spotit.core.anchoring import AnchorError, locate

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, list):
        raise UsageError(f"{path}: expected a JSON list of flags")
    flags = []
    for n, item in enumerate(data, 1):
        where = f"{path}: flag {n}"
        if not isinstance(item, dict):
            raise UsageError(
                f"{where}: expected an object with 'category' and 'start'/'end' or 'quote'"
            )
        category = item.get("category")
        if not isinstance(category, str) or category not in categories:
            raise UsageError(f"{where}: unknown category {category!r}")
        if "quote" in item:
            quote = item["quote"]
            occurrence = item.get("occurrence")
            if not isinstance(quote, str) or (
                occurrence is not None and not isinstance(occurrence, int)
            ):
                raise UsageError(f"{where}: 'quote' must be text and 'occurrence' a whole number")
            try:
                anchor = locate(text, quote, occurrence)
            except AnchorError as exc:
                raise UsageError(f"{where}: {exc}") from None
            flags.append(Flag(anchor.start, anchor.end, category))
            continue
        start, end = item.get("start"), item.get("end")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise UsageError(f"{where}: 'start' and 'end' must be whole numbers (or give 'quote')")
        if not 0 <= start < end <= len(text):
            raise UsageError(
                f"{where}: span [{start}, {end}) is outside the article (0..{len(text)})"
            )
        try:
            flags.append(Flag.from_json(item))  # the one codec of a flag's JSON form
        except ValueError as exc:
            raise UsageError(f"{where}: {exc}") from None
    return flags


def report_json(report: Report, gold: list, text: str) -> dict:
    verdicts = []
    for g in report.gold:
        ann = gold[g.index]
        verdicts.append(
            {
                "type": "annotation",
                "index": g.index,
                "start": ann.start,
                "end": ann.end,
                "category": ann.category,
                "quote": ann.quote,
                "verdict": g.verdict.value,
                "coverage": g.coverage,
                "flags": list(g.flags),
                "note": g.note,
            }
        )
    for f in report.flags:
        verdicts.append(
            {
                "type": "flag",
                "index": f.index,
                **Flag(f.start, f.end, f.category).as_json(),
                "quote": text[f.start : f.end],
                "verdict": f.verdict.value,
                "annotations": list(f.annotations),
                "near": list(f.near),
                "note": f.note,
            }
        )
    return {
        "spotted": report.spotted.as_dict(),
        "named": report.named.as_dict(),
        "score": report.score,
        "spread": report.spread,
        "summary": report.summary,
        "verdicts": verdicts,
        "categories": [c.__dict__ for c in report.categories],
    }


def cmd_score(args: argparse.Namespace) -> int:
    from spotit.core.scoring import score

    with open_pack(args.pack) as pack:
        article = pack.article(args.article)
        categories = list(pack.categories)
        flags = load_flags(args.flags, article.text, {c.id for c in categories})
    if args.hints < 0:
        raise UsageError(f"--hints must be a whole number ≥ 0, not {args.hints}")
    report = score(article.text, article.annotations, flags, article.notes, args.hints, categories)
    if args.json:
        print(
            json.dumps(
                report_json(report, article.annotations, article.text), ensure_ascii=False, indent=2
            )
        )
        return 0
    print(f"{article.meta.headline} ({article.meta.id})")
    print(f"Score: {report.score}/100. {report.summary}")
    for name, prf in (("Spotted", report.spotted), ("Named", report.named)):
        print(
            f"  {name:<8} precision {prf.precision:.3f}  recall {prf.recall:.3f}  F1 {prf.f1:.3f}"
        )
    if report.gold:
        print("Red flags in the article:")
        for g in report.gold:
            ann = article.annotations[g.index]
            print(f"  [{g.verdict.label}] {ann.category}: {ann.quote!r}")
            if g.note:
                print(f"    {g.note}")
    if report.flags:
        print("Your flags:")
        for f in report.flags:
            print(f"  [{f.verdict.label}] {f.category}: {article.text[f.start : f.end]!r}")
            if f.note:
                print(f"    {f.note}")
    return 0


# -- measures ---------------------------------------------------------------------


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def cmd_measures(args: argparse.Namespace) -> int:
    from spotit.interop.model import InputError
    from spotit.interop.responses import read_responses, wave_measures

    try:
        results = wave_measures(read_responses(args.responses))
    except InputError as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        print(json.dumps([w.as_dict() for w in results], ensure_ascii=False, indent=2))
        return 0
    if not results:
        print(f"{args.responses}: no responses.")
        return 0
    head = ["participant", "arm", "wave", "form", "mis", "cred", "H", "F", "d'", "c", "AUC"]
    head += ["r", "f", "V", "d", "n"]
    table = [head]
    for w in results:
        m = w.measures
        table.append(
            [w.participant, w.arm or "-", w.wave, w.form or "-", str(m.n_misleading)]
            + [str(m.n_credible), _number(m.hit_rate), _number(m.false_alarm_rate)]
            + [_number(m.d_prime), _number(m.c), _number(m.auc)]
            + [str(x) for x in (m.r, m.f, m.V, m.d, m.n)]
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for row in table:
        cells = [
            cell.ljust(width) if i < 4 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    print(
        "H, F: hit and false-alarm rates (corrected); d': discrimination; c: criterion"
        " (below 0 = more sceptical); see docs/measures.md."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
