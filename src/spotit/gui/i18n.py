"""The user-interface language: Qt's translators, the locale, and the View › Language menu.

SpotIt's texts are English in the code and go through Qt's translation system
(``self.tr``, ``spotit.core.i18n.translate``). ``make`` compiles the ``.ts`` files in
``translations/`` to ``.qm`` files (``tools/i18n.py compile``); a language is offered
when its ``.qm`` is there. English has one too: it holds only the plural forms
("1 flag", "2 flags") of texts written "%n flag(s)".

The language follows the system unless the learner chose one (View › Language), which
is kept with their profile. See docs/translations.md.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from spotit.core import i18n

TRANSLATIONS = Path(__file__).with_name("translations")
#: The language the texts are written in.
SOURCE_LANGUAGE = "en"
#: The learner setting (``Progress.setting``) that holds their choice; "" follows the system.
LANGUAGE_SETTING = "language"


def shipped_languages() -> list[str]:
    """The languages SpotIt can show, English first, then by code."""
    found = {p.stem.removeprefix("spotit_") for p in TRANSLATIONS.glob("spotit_*.qm")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def language_name(code: str) -> str:
    """The language's own name for itself: "Deutsch", "English", "Schweizer Hochdeutsch"
    for de-CH. A bare language is not named after one country ("English", not Qt's
    "American English"; "español", not "español de España")."""
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if name and "-" not in code and "_" not in code:
        others = QLocale.matchingLocales(locale.language(), locale.script(), QLocale.AnyCountry)
        shorter = [o.nativeLanguageName() for o in others]
        shorter = [n for n in shorter if n and n != name and n in name]
        name = min(shorter, key=len, default=name)
    return (name[:1].upper() + name[1:]) if name else code


def system_language() -> str:
    """The first of the system's preferred languages that SpotIt ships, else English."""
    shipped = shipped_languages()
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in shipped:
            return code
    return SOURCE_LANGUAGE


class Languages:
    """The translators installed in the application, for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.current = ""  # nothing installed yet
        self._translators: list[QTranslator] = []

    def use(self, choice: str) -> str:
        """Show ``choice`` ("" for the system's language); the language now shown.

        Installing a translator sends every widget a LanguageChange event; the main
        window rebuilds itself on it (``MainWindow.changeEvent``).
        """
        code = choice if choice in shipped_languages() else system_language()
        if code == self.current:
            return code
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        QLocale.setDefault(QLocale(code))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_folder), ("spotit", str(TRANSLATIONS))):
            translator = QTranslator(self.app)
            if translator.load(QLocale(code), name, "_", folder):
                self._translators.append(translator)
        self.current = code
        # The texts of the layers below the GUI follow too (spotit.core.i18n).
        i18n.install(QCoreApplication.translate, number)
        for translator in self._translators:  # last: each install redraws the windows
            self.app.installTranslator(translator)
        return code

    def reset(self) -> None:
        """Back to the texts as written, with no translator (tests; nothing else needs it)."""
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        self.current = ""
        i18n.install(None, None)
        QLocale.setDefault(QLocale(SOURCE_LANGUAGE))


_installed: Languages | None = None


def languages() -> Languages:
    """The application's one ``Languages`` (made with the application, English until told)."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is None or _installed.app is not app:
        _installed = Languages(app)
    return _installed


# -- numbers and dates the locale's way ----------------------------------------------------
def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's digit grouping and decimal sign."""
    return QLocale().toString(float(value), "f", decimals)


def percent(fraction: float, decimals: int = 0) -> str:
    """``fraction`` (0–1) as a percentage: "42%" in English, "42 %" in German."""
    return QCoreApplication.translate("Numbers", "{value}%").format(
        value=number(100 * fraction, decimals)
    )


def date_text(value: date | datetime | str) -> str:
    """A date (or the date of a timestamp, or an ISO 8601 text) in the locale's short form."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        value = value.date()
    day = QDate(value.year, value.month, value.day)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def datetime_text(value: datetime | str) -> str:
    """A timestamp (or an ISO 8601 text) in the locale's short form, in local time."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone()
    stamp = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute),
    )
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
