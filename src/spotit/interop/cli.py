"""Command-line entry points for import, export to other formats and author agreement.

``spotit pack import`` exits 0 when every annotation was placed, 1 when some were not
(the pack is written and each one is listed), 2 when the input is unusable (nothing
is written). See docs/authoring.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from spotit.interop.formats import FORMATS, get_format, listed
from spotit.interop.model import OFFSET_MODES, InputError, Parsed

if TYPE_CHECKING:
    from spotit.interop.agreement import AgreementReport, Direction


def register(pack_commands: argparse._SubParsersAction) -> None:
    """Add `pack import` and `pack agree` to the `spotit pack` commands."""
    p = pack_commands.add_parser(
        "import",
        help=f"make a pack (or add to one) from {listed([f.title for f in FORMATS])} annotations",
    )
    p.add_argument(
        "inputs", nargs="+", type=Path, metavar="INPUT", help="files to import (brat: or folders)"
    )
    p.add_argument(
        "--from",
        dest="format",
        required=True,
        metavar="FORMAT",
        help=listed(FORMATS.names()),
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PACK.spotit", help="the pack to write"
    )
    p.add_argument(
        "--into",
        type=Path,
        metavar="EXISTING.spotit",
        help="add the articles to a copy of this pack; labels must map onto its categories",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="LABEL=CATEGORY",
        help="use this category id for this label (repeat for more labels)",
    )
    p.add_argument(
        "--new",
        action="append",
        default=[],
        metavar="LABEL",
        help="with --into: make this label a category of its own, added to the pack's "
        "(repeat for more labels)",
    )
    p.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="SOURCE=FILE",
        help=f"{', '.join(f.name for f in FORMATS if f.needs_texts)}: the text of the document "
        "a target.source names (FILE alone: the only one)",
    )
    p.add_argument(
        "--offsets",
        choices=OFFSET_MODES,
        default="auto",
        help="how the input counts offsets (default auto: code points, or UTF-16 units "
        "where only those fit)",
    )
    p.add_argument("--title", help="title of the new pack (default: the output file name)")
    p.add_argument(
        "--notice",
        metavar="TEXT",
        help="the training notice learners see above every article, e.g. 'Real news "
        "stories from the X corpus' (default: none for a new pack; --into keeps its own)",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.set_defaults(handler=cmd_import)

    p = pack_commands.add_parser(
        "agree", help="compare two authors' answer keys for the same articles"
    )
    p.add_argument("a", type=Path, metavar="A.spotit", help="the first author's pack")
    p.add_argument("b", type=Path, metavar="B.spotit", help="the second author's pack")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_agree)


def _mapping(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        label, sep, category = item.rpartition("=")  # a category id never holds "="
        if not sep or not label or not category:
            raise InputError(f"--map {item}: expected LABEL=CATEGORY")
        if label in mapping and mapping[label] != category:
            raise InputError(f"--map {label}: given twice ({mapping[label]} and {category})")
        mapping[label] = category
    return mapping


def _texts(items: list[str]) -> tuple[dict[str, Path], Path | None]:
    texts: dict[str, Path] = {}
    default = None
    for item in items:
        source, sep, file = item.rpartition("=")  # IRIs hold "=" more often than file names
        if not sep:
            if default is not None:
                raise InputError("--text FILE without SOURCE= can be given only once")
            default = Path(item)
        elif not source or not file:
            raise InputError(f"--text {item}: expected SOURCE=FILE")
        else:
            texts[source] = Path(file)
    return texts, default


def _read(args: argparse.Namespace, fmt: str) -> Parsed:
    texts, default = _texts(args.text)
    return get_format(fmt).read(args.inputs, args.offsets, texts, default)


def cmd_import(args: argparse.Namespace) -> int:
    """`spotit pack import --from FORMAT INPUT... -o PACK.spotit [--into PACK] [--map L=C]`."""
    from spotit.interop.packs import import_documents

    try:
        fmt = get_format(args.format).name
        mapping = _mapping(args.map)
        out: Path = args.output
        same = args.into is not None and out.resolve() == args.into.resolve()
        if out.exists() and not (args.force or same):
            raise InputError(f"{out} already exists (use --force to overwrite it)")
        if args.new and args.into is None:
            raise InputError("--new LABEL needs --into (a new pack makes every label a category)")
        parsed = _read(args, fmt)
        if not parsed.documents:
            raise InputError(f"{', '.join(map(str, args.inputs))}: no documents found")
        result = import_documents(
            parsed,
            out,
            format_name=fmt,
            into=args.into,
            mapping=mapping,
            title=args.title or "",
            notice=args.notice,
            new=args.new,
        )
    except InputError as exc:
        print(f"spotit: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"spotit: error: {exc.filename or args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    for note in [*result.notes, *result.skipped]:
        print(f"note: {note}", file=sys.stderr)
    for unplaced in result.unplaced:
        print(unplaced, file=sys.stderr)
    print(
        f"imported {len(result.articles)} article(s) with {result.annotations} annotation(s) "
        f"into {result.path}"
    )
    if result.new_categories:
        made = ", ".join(
            c.id if c.name == c.id else f"{c.id} ({c.name})" for c in result.new_categories
        )
        print(f"categories: {made}")
    if result.unplaced:
        print(
            f"spotit: {len(result.unplaced)} annotation(s) could not be placed (listed above)",
            file=sys.stderr,
        )
        return 1
    return 0


def export_to(args: argparse.Namespace) -> int:
    """`spotit pack export PACK --to FORMAT -o OUT`."""
    from spotit.interop.export import export_pack

    out: Path = args.output
    try:
        result = export_pack(args.pack, args.to, out, overwrite=args.force)
    except InputError as exc:
        print(f"spotit: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            f"spotit: error: {exc.filename or out}: cannot write ({exc.strerror})", file=sys.stderr
        )
        return 2
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    print(
        f"exported {result.articles} article(s) with {result.annotations} annotation(s)"
        f" to {out} ({result.format})"
    )
    return 0


# -- agreement ------------------------------------------------------------------------


def cmd_agree(args: argparse.Namespace) -> int:
    """`spotit pack agree A.spotit B.spotit [--json]`."""
    from spotit.interop.agreement import compare_packs
    from spotit.store.pack import open_pack

    with open_pack(args.a) as pack_a, open_pack(args.b) as pack_b:
        report = compare_packs(pack_a, pack_b)
    if args.json:
        data = {"a": str(args.a), "b": str(args.b), **report.as_json()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(_agreement_text(report, args.a, args.b))
    return 0


def _prf(direction: Direction) -> str:
    s, n = direction.spotted, direction.named
    return f"{s.precision:9.3f} {s.recall:6.3f} {s.f1:6.3f}   {n.precision:9.3f} {n.recall:6.3f} {n.f1:6.3f}"


def _quote(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _agreement_text(report: AgreementReport, a: Path, b: Path) -> str:
    lines = [f"Agreement between A = {a} and B = {b}", ""]
    lines.append(f"Articles compared: {len(report.compared)}")
    for label, ids in (
        ("only in A", report.only_in_a),
        ("only in B", report.only_in_b),
        ("same id, different text (not compared)", report.text_differs),
    ):
        if ids:
            lines.append(f"  {label}: {', '.join(ids)}")
    if report.a_as_gold is None or report.b_as_gold is None:
        lines.append("\nNo article is in both packs with the same text: nothing to compare.")
        return "\n".join(lines)
    lines += [
        "",
        f"{'':22}{'spotted':>9} {'':6} {'':6}   {'named':>9}",
        f"{'':22}{'precision':>9} {'recall':>6} {'F1':>6}   {'precision':>9} {'recall':>6} {'F1':>6}",
        f"{'B scored against A':22}{_prf(report.a_as_gold)}",
        f"{'A scored against B':22}{_prf(report.b_as_gold)}",
        "",
        f"{'category':34} {'A':>5} {'B':>5} {'matched':>8}",
    ]
    for c in report.categories:
        lines.append(f"{c.category:34} {c.a:>5} {c.b:>5} {c.matched:>8}")
    lines += ["", f"Disagreements ({len(report.disagreements)}):"]
    kinds = {
        "only-a": "only A flagged",
        "only-b": "only B flagged",
        "category": "different category",
        "boundary": "partial overlap",
    }
    for d in report.disagreements:
        parts = []
        if d.a is not None:
            parts.append(f"A {d.a.category} {_quote(d.a.quote)}")
        if d.b is not None:
            parts.append(f"B {d.b.category} {_quote(d.b.quote)}")
        lines.append(f"  {d.article}: {kinds[d.kind]}: {'; '.join(parts)}")
    if not report.disagreements:
        lines.append("  none: both authors flagged the same passages with the same categories.")
    return "\n".join(lines)
