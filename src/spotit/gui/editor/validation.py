"""Live validation: the draft is written as a source folder and read back by the same code
as ``spotit pack validate``, so the editor shows exactly the command's messages and the
rules live in one place (``spotit.content.source``).

Each problem is then tied to the place the author fixes it: a pack field, a
category, an article field, an annotation or a line of an article's Markdown.
Qt-free: the editor runs ``Validator.check`` in a worker thread.
"""

from __future__ import annotations

import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from spotit.content.source import Problem, read_pack_source
from spotit.gui.editor.draft import PackDraft, SourceLayout, source_layout


@dataclass(frozen=True)
class Target:
    """Where a problem is fixed.

    ``kind`` is "pack" (a field of the pack), "category" (``field`` holds its id),
    "articles" (the article list), "article" (a field of an article), "annotation"
    or "body" (``line`` is the 0-based line of the article's Markdown).
    """

    kind: str
    field: str = ""
    article: int | None = None
    annotation: int | None = None
    line: int | None = None


@dataclass(frozen=True)
class Issue:
    """One problem: the ``spotit pack validate`` message, and where to fix it."""

    message: str
    target: Target


_FIELD = re.compile(r"field '(\w+)'")
_FLAG = re.compile(r"^flag (\d+)")
_NUMBERED_CATEGORY = re.compile(r"^category (\d+)")
_NAMED_CATEGORY = re.compile(r"^(?:duplicate )?category (?:id )?'([^']*)'")


class Validator:
    """Checks drafts in a private scratch folder that it keeps in step with the draft."""

    def __init__(self) -> None:
        self._scratch = tempfile.TemporaryDirectory(prefix="spotit-editor-")
        self.folder = Path(self._scratch.name)
        (self.folder / "articles").mkdir()
        self._written: dict[str, str] = {}

    def close(self) -> None:
        self._scratch.cleanup()

    def check(self, draft: PackDraft, file_names: dict[int, str]) -> list[Issue]:
        """Every problem of the draft, as the command would list them for the saved folder."""
        layout = source_layout(draft, file_names)
        self._mirror(layout.files)
        source = read_pack_source(self.folder)
        manifest = layout.files["pack.toml"]
        return [self._issue(p, layout, manifest) for p in source.problems]

    def _mirror(self, files: dict[str, str]) -> None:
        for rel in [r for r in self._written if r not in files]:
            (self.folder / rel).unlink(missing_ok=True)
            del self._written[rel]
        for rel, text in files.items():
            if self._written.get(rel) != text:
                (self.folder / rel).write_text(text, encoding="utf-8")
                self._written[rel] = text

    def _issue(self, problem: Problem, layout: SourceLayout, manifest: str) -> Issue:
        path = Path(problem.file)
        try:
            rel = path.relative_to(self.folder).as_posix()
        except ValueError:
            rel = str(path)
        where = f"{rel}:{problem.line}" if problem.line else rel
        return Issue(f"{where}: {problem.message}", _target(rel, problem, layout, manifest))


def _target(rel: str, problem: Problem, layout: SourceLayout, manifest: str) -> Target:
    message = problem.message
    if rel == "pack.toml":
        return _pack_target(message, manifest)
    uid = layout.articles.get(rel)
    if uid is None:
        return Target("articles")
    if match := _FLAG.match(message):
        flags = layout.flags[rel]
        n = int(match.group(1)) - 1
        annotation = flags[n] if 0 <= n < len(flags) else None
        if "unknown category" in message:
            field = "category"
        elif "explanation" in message:
            field = "explanation"
        elif "'hint'" in message:
            field = "hint"
        else:
            field = "quote"
        return Target("annotation", field, uid, annotation)
    if match := _FIELD.search(message):
        return Target("article", match.group(1), uid)
    if message.startswith("duplicate article id"):
        return Target("article", "id", uid)
    body_line = layout.body_lines[rel]
    if problem.line is not None and problem.line >= body_line:
        return Target("body", article=uid, line=problem.line - body_line)
    if message.startswith("empty article"):
        return Target("body", article=uid, line=0)
    return Target("article", "", uid)


def _pack_target(message: str, manifest: str) -> Target:
    if match := _FIELD.search(message):
        return Target("pack", match.group(1))
    if match := _NAMED_CATEGORY.match(message):
        return Target("category", match.group(1))
    if match := _NUMBERED_CATEGORY.match(message):
        written = tomllib.loads(manifest).get("categories", [])
        n = int(match.group(1)) - 1
        category_id = written[n].get("id", "") if 0 <= n < len(written) else ""
        return Target("category", category_id)
    return Target("category" if "categor" in message else "pack")
