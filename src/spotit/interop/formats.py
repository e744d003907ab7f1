"""The registry of other tools' annotation formats: the one list the CLI, the export
function and the dialogs read.

Shaped like Python-Markdown's ``markdown.util.Registry``: items are registered
under a name with a priority, looked up by name, and listed in priority order
(highest first, which is the order menus and help texts show). A format is a
description (its label, file suffixes, what inputs it needs, whether it writes a
folder) plus the module that reads and writes it. The module is imported only
when a format is used: ``spotit`` builds its command line from this registry at
every start, and start-up stays light.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Generic, TypeVar

from spotit.interop.model import InputError

if TYPE_CHECKING:
    from spotit.interop.model import Document, Parsed

Item = TypeVar("Item")


class Registry(Generic[Item]):
    """Named items with priorities; iterating gives the items, highest priority first."""

    def __init__(self) -> None:
        self._items: dict[str, Item] = {}
        self._priority: dict[str, float] = {}
        self._aliases: dict[str, str] = {}

    def register(
        self, item: Item, name: str, priority: float, aliases: tuple[str, ...] = ()
    ) -> None:
        """Add ``item`` as ``name`` (replacing an item of that name); ``aliases`` also find it."""
        if name in self._items:
            self.deregister(name)
        self._items[name], self._priority[name] = item, priority
        for alias in aliases:
            self._aliases[alias] = name

    def deregister(self, name: str) -> None:
        """Remove the item ``name`` and its aliases; KeyError if there is none."""
        del self._items[name], self._priority[name]
        self._aliases = {a: n for a, n in self._aliases.items() if n != name}

    def names(self) -> list[str]:
        """The registered names, highest priority first (ties: in the order registered)."""
        order = list(self._items)
        return sorted(order, key=lambda n: (-self._priority[n], order.index(n)))

    def canonical(self, name: str) -> str | None:
        """The registered name ``name`` means (case and aliases ignored), or None."""
        key = name.lower()
        key = self._aliases.get(key, key)
        return key if key in self._items else None

    def __getitem__(self, name: str) -> Item:
        key = self.canonical(name)
        if key is None:
            raise KeyError(name)
        return self._items[key]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.canonical(name) is not None

    def __iter__(self) -> Iterator[Item]:
        return (self._items[n] for n in self.names())

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True)
class Format:
    """One other tool's format: how the app and the command line talk about it, and the
    module (with ``read(paths, offsets, ...)`` and ``write(documents, out, ...)``) behind it."""

    name: str
    #: the tool's name in a sentence, e.g. "Label Studio"
    title: str
    #: what the author sees in menus, e.g. "doccano (JSONL)"
    label: str
    #: what the file chooser offers for inputs, e.g. "doccano JSONL"
    files: str
    #: endings of the files it reads
    suffixes: tuple[str, ...]
    #: ending added to the pack's name for an export; for a folder, added to the folder name
    export_suffix: str
    module: str
    #: the annotations do not carry their texts (W3C): the import needs the text files
    needs_texts: bool = False
    #: inputs may be folders (brat)
    reads_folders: bool = False
    #: the export writes a folder; this pattern finds an earlier export of this format in it
    folder_marker: str = ""
    #: the writer names the collection it writes (W3C: the pack id in its IRIs)
    names_collection: bool = False
    #: a sentence for the export dialog about what is written
    export_note: str = "Offsets are written in code points; labels are the pack's category ids."

    @property
    def writes_folder(self) -> bool:
        return bool(self.folder_marker)

    @property
    def file_filter(self) -> str:
        """A Qt file-dialog filter for the inputs, e.g. ``doccano JSONL (*.jsonl *.json)``."""
        return f"{self.files} ({' '.join('*' + s for s in self.suffixes)})"

    def _module(self) -> ModuleType:
        return importlib.import_module(self.module)

    def read(
        self,
        inputs: list[Path],
        offsets: str = "auto",
        texts: dict[str, Path] | None = None,
        default_text: Path | None = None,
    ) -> Parsed:
        """Read ``inputs``; ``texts``/``default_text`` are the text files a format that
        ``needs_texts`` reads its documents from (InputError if given to another format)."""
        if self.needs_texts:
            return self._module().read(inputs, offsets, texts or {}, default_text)
        if texts or default_text is not None:
            needing = ", ".join(f.name for f in FORMATS if f.needs_texts)
            raise InputError(
                f"--text is for --from {needing} (the other formats carry their texts)"
            )
        return self._module().read(inputs, offsets)

    def check_target(self, out: Path, overwrite: bool) -> None:
        """InputError (one line) when ``out`` is the wrong kind of target, or would be
        replaced without ``overwrite``."""
        if self.writes_folder:
            if out.exists() and not out.is_dir():
                raise InputError(f"{out} is a file; {self.name} export writes a folder")
            if out.is_dir() and any(out.glob(self.folder_marker)) and not overwrite:
                raise InputError(
                    f"{out} already holds {self.name} files (use --force to overwrite them)"
                )
        elif out.is_dir():
            raise InputError(f"{out} is a folder; {self.name} export writes one file")
        elif out.exists() and not overwrite:
            raise InputError(f"{out} already exists (use --force to overwrite it)")

    def holds_export(self, out: Path) -> bool:
        """Whether ``out`` already holds an export of this format (to ask before replacing)."""
        if self.writes_folder:
            return out.is_dir() and any(out.glob(self.folder_marker))
        return out.is_file()

    def write(self, documents: list[Document], out: Path, collection: str) -> list[str]:
        """Write ``documents`` to ``out``; returns notes on what the format cannot hold."""
        if self.names_collection:
            return self._module().write(documents, out, collection=collection)
        return self._module().write(documents, out)

    def suggested_output(self, pack: Path) -> Path:
        """Where an export of ``pack`` goes unless the author says otherwise."""
        stem = pack.with_suffix("")
        return stem.with_name(stem.name + self.export_suffix)


#: Every format SpotIt reads and writes, in menu order.
FORMATS: Registry[Format] = Registry()
FORMATS.register(
    Format(
        "doccano",
        "doccano",
        "doccano (JSONL)",
        "doccano JSONL",
        (".jsonl", ".json"),
        ".jsonl",
        "spotit.interop.doccano",
    ),
    "doccano",
    40,
)
FORMATS.register(
    Format(
        "labelstudio",
        "Label Studio",
        "Label Studio (JSON export)",
        "Label Studio JSON",
        (".json",),
        ".json",
        "spotit.interop.labelstudio",
    ),
    "labelstudio",
    30,
    aliases=("label-studio",),
)
FORMATS.register(
    Format(
        "brat",
        "brat",
        "brat standoff (.txt + .ann)",
        "brat files",
        (".ann", ".txt"),
        "-brat",
        "spotit.interop.brat",
        reads_folders=True,
        folder_marker="*.ann",
        export_note="brat writes a folder: ID.txt and ID.ann for each article, and annotation.conf.",
    ),
    "brat",
    20,
)
FORMATS.register(
    Format(
        "w3c",
        "W3C",
        "W3C Web Annotation (JSON / JSON-LD)",
        "Web Annotation",
        (".json", ".jsonld"),
        ".jsonld",
        "spotit.interop.w3c",
        needs_texts=True,
        names_collection=True,
    ),
    "w3c",
    10,
    aliases=("webannotation", "web-annotation"),
)


def listed(words: list[str]) -> str:
    """``a, b, c or d``: the formats in a sentence."""
    return ", ".join(words[:-1]) + f" or {words[-1]}" if len(words) > 1 else "".join(words)


def get_format(name: str) -> Format:
    """The format ``name`` means (case and aliases ignored); InputError naming the choices."""
    if name not in FORMATS:
        raise InputError(f"unknown format {name!r} (use one of: {', '.join(FORMATS.names())})")
    return FORMATS[name]
