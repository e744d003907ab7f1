"""The Pack page: the pack's identity and the notice learners see on every article."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.model import PackMeta
from spotit.gui.editor.session import EditorSession
from spotit.gui.editor.widgets import TextArea, set_line_text
from spotit.gui.plain import plain_label, set_plain

#: (field, label, help) of the one-line fields, in form order (translated where shown).
LINE_FIELDS = (
    (
        "id",
        QT_TRANSLATE_NOOP("PackPage", "I&d"),
        QT_TRANSLATE_NOOP("PackPage", "lower-case letters, digits and dashes, e.g. my-pack"),
    ),
    (
        "title",
        QT_TRANSLATE_NOOP("PackPage", "T&itle"),
        QT_TRANSLATE_NOOP("PackPage", "what learners see in their library"),
    ),
    (
        "version",
        QT_TRANSLATE_NOOP("PackPage", "Ve&rsion"),
        QT_TRANSLATE_NOOP("PackPage", "e.g. 1.0.0; raise it when you publish changes"),
    ),
    (
        "language",
        QT_TRANSLATE_NOOP("PackPage", "&Language"),
        QT_TRANSLATE_NOOP("PackPage", "e.g. en"),
    ),
    (
        "authors",
        QT_TRANSLATE_NOOP("PackPage", "A&uthors"),
        QT_TRANSLATE_NOOP("PackPage", "names, separated by commas"),
    ),
    (
        "licence",
        QT_TRANSLATE_NOOP("PackPage", "Li&cence"),
        QT_TRANSLATE_NOOP("PackPage", "e.g. CC-BY-4.0"),
    ),
)


def _authors(text: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in text.split(",") if a.strip())


class PackPage(QWidget):
    """A form over the draft's PackMeta; every keystroke is an undoable change."""

    def __init__(self, session: EditorSession) -> None:
        super().__init__()
        self.session = session
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What the pack is. Learners see the title in their library and the training "
                "notice above every article."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lines: dict[str, QLineEdit] = {}
        for name, english_label, english_help in LINE_FIELDS:
            label = translate("PackPage", english_label)
            help_text = translate("PackPage", english_help)
            widget = QLineEdit()
            widget.setPlaceholderText(help_text)
            widget.setAccessibleName(label.replace("&", ""))
            widget.textEdited.connect(lambda text, n=name: self._edited(n, text))
            self.lines[name] = widget
            form.addRow(label, widget)
        self.description = TextArea(
            self.tr("Description"), self.tr("What the pack is for, who it is for."), lines=5
        )
        self.description.setTabChangesFocus(True)
        self.description.textChanged.connect(
            lambda: self._edited("description", self.description.toPlainText())
        )
        self.notice = TextArea(
            self.tr("Training notice"),
            self.tr("Shown above every article, e.g. “Training example: invented.”"),
            3,
        )
        self.notice.setTabChangesFocus(True)
        self.notice.textChanged.connect(
            lambda: self._edited("training_notice", self.notice.toPlainText())
        )
        form.addRow(self.tr("Descri&ption"), self.description)
        form.addRow(self.tr("Training &notice"), self.notice)
        outer.addLayout(form)
        self.folder_label = plain_label()
        self.folder_label.setWordWrap(True)
        outer.addWidget(self.folder_label)
        outer.addStretch(1)
        session.draft_changed.connect(self._draft_changed)
        session.saved.connect(self._saved)

    def _draft_changed(self, old, _focus, _typing: bool) -> None:
        if old is None or old.meta != self.session.draft.meta:
            self._show()

    def _saved(self, _folder) -> None:
        self._show()

    def _show(self) -> None:
        self.show_meta(self.session.draft.meta, str(self.session.path or ""))

    def widget_for(self, field: str) -> QWidget | None:
        """The field that edits ``field`` of the pack (None if there is none)."""
        return {"description": self.description, "training_notice": self.notice}.get(
            field, self.lines.get(field)
        )

    def _edited(self, field: str, text: str) -> None:
        value = _authors(text) if field == "authors" else text.strip()
        self.session.change_pack_meta(field, value)

    def show_meta(self, meta: PackMeta, folder: str) -> None:
        """Show the pack's metadata and where it is saved (fields being typed in keep their text)."""
        for name, widget in self.lines.items():
            value = getattr(meta, name)
            if name == "authors":
                if _authors(widget.text()) != value:
                    set_line_text(widget, ", ".join(value))
            elif widget.text().strip() != value:
                set_line_text(widget, value)
        if self.description.toPlainText().strip() != meta.description:
            self.description.set_text_quietly(meta.description)
        if self.notice.toPlainText().strip() != meta.training_notice:
            self.notice.set_text_quietly(meta.training_notice)
        set_plain(
            self.folder_label,
            self.tr("Source folder: {folder}").format(folder=folder)
            if folder
            else self.tr("Not saved yet: File › Save chooses a folder."),
        )
