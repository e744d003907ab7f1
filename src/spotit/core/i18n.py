"""Text in the learner's language, for the layers that never import Qt.

The GUI installs Qt's translator here (``spotit.gui.i18n``), so a sentence the practice
layer writes ("You checked {title} before flagging it.") comes out in the language the
window shows. Without the GUI (the command line, the tests of the lower layers) every
text stays the English it was written in.

``pyside6-lupdate`` finds the texts by their calls: ``translate("Context", "Text")`` and
``QT_TRANSLATE_NOOP("Context", "Text")`` with literal strings (never an f-string: the
translation is looked up by the text before it is formatted). A text with a number in
it is written with ``%n`` and given the number, so that each language can choose its
plural form::

    translate("Feedback", "You found %n of the red flags.", "", found)

See docs/translations.md.
"""

from __future__ import annotations

from collections.abc import Callable

#: ``(context, text, disambiguation, n) -> translated text``; %n is already replaced.
Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


def english_plural(text: str, n: int) -> str:
    """ "%n flag(s)" read for ``n`` in English, where no translation gives the forms (the
    tests of the layers below the GUI, a GUI with no .qm built): "1 flag", "2 flags"."""
    one = n == 1
    return text.replace("(es)", "" if one else "es").replace("(s)", "" if one else "s")


def _plain_number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


_translator: Translator = _english
_number: Callable[[float, int], str] = _plain_number


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (in ``context``) in the user's language; with ``n`` >= 0, its plural form
    for ``n`` and every %n replaced by ``n`` written the locale's way."""
    shown = _translator(context, text, disambiguation, n)
    return english_plural(shown, n) if n >= 0 else shown


class _Counted:
    """``counted.translate(context, text, disambiguation, COUNT, n)``: a text with %n whose
    number is an expression (``len(rows)``, ``int(days)``).

    lupdate silently skips ``translate(context, text, "", len(rows))``: it takes only a
    plain name in the number's place. ``COUNT`` is such a name, and the number follows it.
    """

    @staticmethod
    def translate(context: str, text: str, disambiguation: str, _count: None, n: int) -> str:
        return globals()["translate"](context, text, disambiguation, n)


#: See :class:`_Counted`; for a number that is a plain name, ``translate(…, "", n)`` will do.
counted = _Counted()
COUNT = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for translation where it is defined (a constant made at import, before
    any language is chosen); ``translate(context, text)`` at the place it is shown."""
    return text


def number(value: float, decimals: int = 0) -> str:
    """``value`` written the locale's way (1,234.5 in English, 1.234,5 in German)."""
    return _number(value, decimals)


def installed() -> bool:
    """Whether a translator is installed (the GUI's), rather than the English as written."""
    return _translator is not _english


def install(translator: Translator | None, numbers: Callable[[float, int], str] | None) -> None:
    """Route every text and number through ``translator`` and ``numbers`` (None: English)."""
    global _translator, _number
    _translator = translator or _english
    _number = numbers or _plain_number
