"""SpotIt's translations: extract, compile and check them (docs/translations.md).

    python tools/i18n.py update    # pyside6-lupdate: the code's texts into every .ts file
    python tools/i18n.py compile   # pyside6-lrelease: .ts -> .qm (make run/test/bundle do it)
    python tools/i18n.py check     # what is missing, unfinished or inconsistent; exit 1 if any
    python tools/i18n.py lint [FILE...]  # texts shown to users that bypass tr()/translate()
    python tools/i18n.py check-part FILE.ts     # a partial .ts: every message finished?
    python tools/i18n.py merge FILE.ts...       # update, then fill from partial .ts files

The tests (tests/i18n) run ``check`` and ``lint`` on the whole package, so a text added
to the code without a translation, or shown without going through Qt's translation
system, fails ``make test``.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "spotit"
TRANSLATIONS = PACKAGE / "gui" / "translations"
#: The languages with a full translation (English has only its plural forms).
FULL = ("de",)
BIN = Path(sys.executable).parent


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _tool(name: str) -> str:
    local = BIN / name
    return str(local) if local.exists() else name


# -- update and compile ---------------------------------------------------------------------
def update() -> None:
    """Bring every .ts file up to date with the code: new texts unfinished, translations of
    texts still there kept, vanished ones dropped. English keeps only the plural texts."""
    wanted = extracted()
    for code in FULL:
        ts = TRANSLATIONS / f"spotit_{code}.ts"
        write_ts(ts, code, wanted, read_ts(ts) if ts.exists() else [])
    en = TRANSLATIONS / "spotit_en.ts"
    plurals = [m for m in wanted if m.numerus]
    write_ts(en, "en", plurals, read_ts(en) if en.exists() else [])


def _lupdate(files: list[str], ts: Path, extra: list[str]) -> None:
    command = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    command += ["-source-language", "en", *extra, *files, "-ts", str(ts)]
    subprocess.run(command, check=True)


def write_ts(path: Path, language: str, wanted: list[Message], old: list[Message]) -> None:
    """``path`` in Qt's .ts format: ``wanted``'s texts by context, each with its translation
    from ``old`` where it has one (a plural keeps only a translation with plural forms)."""
    kept = {m.key: m for m in old if m.kind == "" and m.forms}
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for message in wanted:
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = ET.SubElement(context, "message")
        if message.numerus:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        have = kept.get(message.key)
        if have is not None and have.numerus == message.numerus:
            forms = have.forms
        else:
            # A plural once translated in one form (or the reverse): kept, to be finished.
            translation.set("type", "unfinished")
            first = have.forms[0] if have is not None else ""
            forms = (first, first) if message.numerus else (first,)
        if message.numerus:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def compile_all(out: Path = TRANSLATIONS) -> list[Path]:
    """Compile every .ts file to a .qm file beside it (or in ``out``)."""
    made = []
    for ts in sorted(TRANSLATIONS.glob("spotit_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)],
            check=True,
        )
        made.append(qm)
    return made


# -- reading .ts files ------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "", "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation, or each plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    kind,
                    forms,
                )
            )
    return messages


def extracted() -> list[Message]:
    """Every text the code marks for translation, as lupdate finds it today.

    lupdate's Python parser marks only ``self.tr(text, "", n)`` as a plural, not
    ``translate(context, text, "", n)``; the lint makes "%n in the text" and "a number
    given" the same thing, so every text with %n is a plural here.
    """
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "spotit_xx.ts"
        _lupdate([str(p) for p in sources()], ts, ["-target-language", "de"])
        found = read_ts(ts)
    return [replace(m, numerus=m.numerus or "%n" in m.source) for m in found]


# -- checking ---------------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
MNEMONIC = re.compile(r"&(?!&)(?=\w)")


def _same(pattern: re.Pattern, source: str, translation: str) -> bool:
    return sorted(pattern.findall(source)) == sorted(pattern.findall(translation))


def check(ts: Path, wanted: list[Message], plurals_only: bool = False) -> list[str]:
    """What ``ts`` lacks for the texts in ``wanted``: one line per problem."""
    shipped = {m.key: m for m in read_ts(ts)}
    problems = []
    for want in wanted:
        if plurals_only and not want.numerus:
            continue
        where = f"{ts.name}: [{want.context}] {want.source[:60]!r}"
        have = shipped.get(want.key)
        if have is None or have.kind in ("vanished", "obsolete"):
            problems.append(f"{where}: missing (run tools/i18n.py update, then translate it)")
            continue
        if have.kind == "unfinished" or not have.forms or not all(f.strip() for f in have.forms):
            problems.append(f"{where}: not translated yet")
            continue
        if want.numerus and (not have.numerus or len(have.forms) < 2):
            problems.append(f"{where}: needs its plural forms (one, other)")
            continue
        for form in have.forms:
            if not _same(PLACEHOLDER, want.source, form):
                problems.append(f"{where}: the placeholders differ in {form[:60]!r}")
            if not _same(TAG, want.source, form):
                problems.append(f"{where}: the markup differs in {form[:60]!r}")
            if bool(MNEMONIC.search(want.source)) != bool(MNEMONIC.search(form)):
                problems.append(f"{where}: the keyboard mnemonic (&) is lost in {form[:60]!r}")
    return problems


def check_part(ts: Path) -> list[str]:
    """A partial .ts (one language, some files): every message in it finished and consistent."""
    messages = read_ts(ts)
    plurals_only = bool(messages) and all(m.numerus for m in messages)
    return check(ts, messages, plurals_only=plurals_only)


def merge(parts: list[Path]) -> None:
    """Every .ts file brought up to date with the code, and filled from the partial .ts
    files in ``parts`` (same language; theirs win over the shipped translation)."""
    wanted = extracted()
    for code in [*FULL, "en"]:
        ts = TRANSLATIONS / f"spotit_{code}.ts"
        old = read_ts(ts) if ts.exists() else []
        for part in parts:
            if ET.parse(part).getroot().get("language", "")[:2] == code:
                old += read_ts(part)
        texts = wanted if code != "en" else [m for m in wanted if m.numerus]
        write_ts(ts, code, texts, old)


def marked(paths: list[Path]) -> list[tuple[tuple[str, str, str], str]]:
    """Every text the code marks with a literal, as Python reads it: (key, "file:line").

    lupdate silently skips some calls (a number that is an expression, a trailing comma
    after it, …); comparing with this finds them.
    """
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path

        def visit(node: ast.AST, klass: str, where: Path = where) -> None:
            for child in ast.iter_child_nodes(node):
                visit(child, child.name if isinstance(child, ast.ClassDef) else klass)
            if not isinstance(node, ast.Call):
                return
            name, args = _name(node.func), node.args

            def literal(i: int) -> str | None:
                if len(args) > i and isinstance(args[i], ast.Constant):
                    value = args[i].value
                    return value if isinstance(value, str) else ("" if value is None else None)
                return "" if len(args) <= i else None

            if name == "tr" and klass:
                key = (klass, literal(0), literal(1))
            elif name in ("translate", "QT_TRANSLATE_NOOP"):
                key = (literal(0), literal(1), literal(2) if name == "translate" else "")
            else:
                return
            if all(isinstance(part, str) for part in key) and key[1]:
                found.append((key, f"{where}:{node.lineno}"))

        visit(tree, "")
    return found


def unseen_by_lupdate(wanted: list[Message]) -> list[str]:
    seen = {m.key for m in wanted}
    return [
        f"{where}: pyside6-lupdate does not find this text ({key[1][:50]!r}): give a number "
        "as counted.translate(context, text, '', COUNT, n) (spotit.core.i18n)"
        for key, where in marked(sources())
        if key not in seen
    ]


def check_all() -> list[str]:
    wanted = extracted()
    problems = unseen_by_lupdate(wanted)
    for code in FULL:
        problems += check(TRANSLATIONS / f"spotit_{code}.ts", wanted)
    problems += check(TRANSLATIONS / "spotit_en.ts", wanted, plurals_only=True)
    return problems


# -- lint: texts that bypass translation ------------------------------------------------------
#: Calls whose string arguments a user reads.
UI_CALLS = frozenset(
    """setText setWindowTitle setToolTip setStatusTip setWhatsThis setPlaceholderText
    setAccessibleName setAccessibleDescription addAction addMenu addTab insertTab setTabText
    setTabToolTip showMessage setTitle setLabelText addItem insertItem setItemText
    setHeaderLabels setHorizontalHeaderLabels setVerticalHeaderLabels setButtonText
    setSuffix setPrefix setSpecialValueText setHtml addRow addButton setInformativeText
    setDetailedText setNameFilter setNameFilters setWindowIconText setOkButtonText
    setCancelButtonText setSubTitle setChartTitle setTitleText setLabelFormat
    QLabel QPushButton QAction QCheckBox QRadioButton QGroupBox QToolButton QMenu
    QMessageBox information warning critical question about getText getItem getInt
    getDouble getOpenFileName getOpenFileNames getSaveFileName getExistingDirectory
    plain_message plain_question plain_input plain_label plain_tooltip set_plain
    choose_item announce Column""".split()
)
TRANSLATING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP"})
#: Texts that are the same in every language.
UNTRANSLATED = frozenset({"SpotIt", "SpotIt Editor", "xAPI", "LRS", "OK", "Qt", "PySide6"})
WORDS = re.compile(r"[A-Za-z]{2,}")
#: A label with a keyboard mnemonic: "&Open pack…", "F&lag" (not "R&D", "&amp;", "a && b").
MENU_LABEL = re.compile(
    r"(?:^|(?<=[\s\w]))(?<!&)&(?!&)(?![A-Za-z]+;)(?:(?<=\w&)[a-z]|(?<!\w&)[A-Za-z])"
)
#: A line that shows a text on purpose untranslated says why, in a comment.
EXEMPT = "# not translated:"


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        value = node.value.strip()
        return bool(WORDS.search(value)) and value not in UNTRANSLATED
    if isinstance(node, ast.JoinedStr):
        return any(_is_text(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return False


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def lint_source(text: str, filename: str) -> list[str]:
    tree = ast.parse(text, filename)
    lines = text.splitlines()
    problems = []

    def exempt(node: ast.AST) -> bool:
        last = getattr(node, "end_lineno", node.lineno)
        return any(EXEMPT in lines[n - 1] for n in range(node.lineno, last + 1))

    translated = {
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING
        for arg in node.args
    }
    for node in ast.walk(tree):
        # A menu or button label (its "&" mnemonic gives it away), wherever it is passed.
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in translated
            and MENU_LABEL.search(node.value)
            and not exempt(node)
        ):
            problems.append(
                f"{filename}:{node.lineno}: the label {node.value[:40]!r} is not translated "
                f"(wrap it in self.tr() or translate(); or say why with '{EXEMPT} …')"
            )
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TRANSLATING and len(node.args) >= 1:
            # tr(text, disambiguation, n) / translate(context, text, disambiguation, n)
            at = 0 if name == "tr" else 1
            if len(node.args) <= at:
                continue
            text_arg = node.args[at]
            if isinstance(text_arg, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(text_arg, ast.Call) and _name(text_arg.func) == "format"
            ):
                problems.append(
                    f"{filename}:{node.lineno}: {name}() needs a literal text "
                    "(format it after translating: tr('… {x}').format(x=…))"
                )
            elif isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str):
                has_n = "%n" in text_arg.value
                given_n = len(node.args) > at + 2 or any(k.arg == "n" for k in node.keywords)
                if name != "QT_TRANSLATE_NOOP" and has_n != given_n:
                    problems.append(
                        f"{filename}:{node.lineno}: a text with %n needs its number, and a "
                        "number needs %n in the text"
                    )
                # lupdate silently skips a call whose number is a keyword or an expression.
                number = node.args[at + 2] if len(node.args) > at + 2 else None
                if any(k.arg == "n" for k in node.keywords) or (
                    number is not None and not isinstance(number, (ast.Name, ast.Constant))
                ):
                    problems.append(
                        f"{filename}:{node.lineno}: lupdate cannot see this text: give the "
                        "number positionally, as a plain name (count = len(…))"
                    )
            continue
        if name not in UI_CALLS:
            continue
        arguments = [*node.args, *(k.value for k in node.keywords)]
        for argument in arguments:
            if isinstance(argument, (ast.List, ast.Tuple)):
                candidates = list(argument.elts)
            else:
                candidates = [argument]
            for candidate in candidates:
                if _is_text(candidate) and not exempt(node):
                    shown = ast.get_source_segment(text, candidate) or ""
                    problems.append(
                        f"{filename}:{candidate.lineno}: {shown[:60]} is shown untranslated "
                        f"(wrap it in self.tr() or translate(); or say why with "
                        f"'{EXEMPT} …')"
                    )
    return problems


def lint(paths: list[Path]) -> list[str]:
    problems = []
    for path in paths:
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        problems += lint_source(path.read_text(encoding="utf-8"), str(shown))
    return problems


def gui_sources() -> list[Path]:
    return sorted((PACKAGE / "gui").rglob("*.py"))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        problems = check_all()
        print("\n".join(problems) or "every text is translated")
        return 1 if problems else 0
    elif command == "check-part":
        problems = [line for a in argv[1:] for line in check_part(Path(a))]
        print("\n".join(problems) or "every message is translated")
        return 1 if problems else 0
    elif command == "merge":
        merge([Path(a) for a in argv[1:]])
    elif command == "lint":
        paths = [Path(a).resolve() for a in argv[1:]] or gui_sources()
        problems = lint(paths)
        print("\n".join(problems) or "every text shown goes through translation")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
