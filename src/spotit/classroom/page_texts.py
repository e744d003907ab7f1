"""The student page's texts, in the host's language (docs/classroom-protocol.md).

The page (``classroom/web/``) is plain JavaScript: it shows every text of its own
through ``T("English text")``, and its HTML marks its static texts with ``data-text``.
The host serves ``texts.js``, made here from SpotIt's translations (context
``StudentPage``, translated with the app's others), so a German teacher's class sees
the page in German. English is the key: a text with no translation stays English.
A test checks that this list and the page's texts are the same.
"""

from __future__ import annotations

import json

from spotit.core.i18n import QT_TRANSLATE_NOOP, translate

#: The page's language code, as the translation gives it (the page's ``lang``).
LANGUAGE = QT_TRANSLATE_NOOP("StudentPage", "en")

#: The verdicts' names, as the desktop reader shows them (spotit.gui.marks.VERDICT_STYLES):
#: translated in its context, so both say the same in every language.
VERDICT_TEXTS: tuple[str, ...] = (
    "Found",
    "Found, wrong category",
    "Partly found",
    "Found, flag too broad",
    "Missed",
    "Correct",
    "Wrong category",
    "Too broad",
    "Close",
    "Not a red flag",
    "Holds up",
)

#: Every other text the page shows, in English as its scripts and HTML hold them.
PAGE_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("StudentPage", "Your flag {n}: {category}"),
    QT_TRANSLATE_NOOP("StudentPage", "Red flag: {category}"),
    QT_TRANSLATE_NOOP("StudentPage", "Flag “{passage}” as:"),
    QT_TRANSLATE_NOOP("StudentPage", "An article takes at most {count} flags."),
    QT_TRANSLATE_NOOP("StudentPage", "Flagged as {category}: flag {n}."),
    QT_TRANSLATE_NOOP("StudentPage", "Category of flag {n}"),
    QT_TRANSLATE_NOOP("StudentPage", "Why? (optional)"),
    QT_TRANSLATE_NOOP("StudentPage", "Note on flag {n}"),
    QT_TRANSLATE_NOOP("StudentPage", "Remove"),
    QT_TRANSLATE_NOOP("StudentPage", "Remove flag {n}"),
    QT_TRANSLATE_NOOP("StudentPage", "Flag {n} removed."),
    QT_TRANSLATE_NOOP("StudentPage", "Sending your flags…"),
    QT_TRANSLATE_NOOP("StudentPage", "No hints for this article"),
    QT_TRANSLATE_NOOP("StudentPage", "No more hints"),
    QT_TRANSLATE_NOOP("StudentPage", "Need a hint? (costs {points} points)"),
    QT_TRANSLATE_NOOP("StudentPage", "Hint {n}: {hint}"),
    QT_TRANSLATE_NOOP("StudentPage", "Submitted"),
    QT_TRANSLATE_NOOP("StudentPage", "Sending…"),
    QT_TRANSLATE_NOOP("StudentPage", "Submit"),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "You joined after the answers were shown: no score on this article.",
    ),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "Your score: {score} out of 100 (your flags were submitted for you)",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "Your score: {score} out of 100"),
    QT_TRANSLATE_NOOP("StudentPage", "(also accepted: {categories})"),
    QT_TRANSLATE_NOOP("StudentPage", "How to check: {how}"),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "The class ({students}): {found} found it, {wrong} with another category, {partly} partly, {missed} missed it.",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "You are {name}"),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "You are in the class. Wait for the article, then flag what looks wrong.",
    ),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "This article could not be shown: {reason}; your teacher has been told.",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "Article {n} of {count}"),
    QT_TRANSLATE_NOOP("StudentPage", "The answers are shown below the article."),
    QT_TRANSLATE_NOOP("StudentPage", "Submitted. Wait for your teacher to show the answers."),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "Article {n} of {count}: select what looks wrong, flag it, then submit.",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "Back in the class."),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "The answers to this article could not be shown; your teacher has been told.",
    ),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "Submitted 1 flag. Wait for your teacher to show the answers.",
    ),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "Submitted {count} flags. Wait for your teacher to show the answers.",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "The class is over. Thank you for taking part."),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "The host broke the class protocol ({reason}); this page has disconnected. Ask your teacher.",
    ),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "This page does not know the class's port. Open the address your teacher shows.",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "Could not connect to the class."),
    QT_TRANSLATE_NOOP("StudentPage", "Could not reach the class. Check the address and try again."),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "The connection was lost; trying again in {seconds} s. Your flags are kept.",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "Could not reach the class; trying again in {seconds} s."),
    QT_TRANSLATE_NOOP("StudentPage", "Type the class code your teacher shows."),
    QT_TRANSLATE_NOOP("StudentPage", "Type your name."),
    QT_TRANSLATE_NOOP("StudentPage", "Joining…"),
    QT_TRANSLATE_NOOP("StudentPage", "Coming back to your class…"),
    QT_TRANSLATE_NOOP("StudentPage", "SpotIt class"),
    QT_TRANSLATE_NOOP("StudentPage", "Join a class"),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "Type the code your teacher shows and the name your teacher will see.",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "Class code"),
    QT_TRANSLATE_NOOP("StudentPage", "Your name"),
    QT_TRANSLATE_NOOP("StudentPage", "Join"),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "The articles in a SpotIt class are invented training material.",
    ),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "Select a suspicious passage, then pick what is wrong with it. With a keyboard: focus the article, move word by word with ← and →, hold Shift to select, and press Enter.",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "Cancel"),
    QT_TRANSLATE_NOOP("StudentPage", "Your flags"),
    QT_TRANSLATE_NOOP("StudentPage", "No flags yet. A credible article may need none."),
    QT_TRANSLATE_NOOP("StudentPage", "The answers"),
    QT_TRANSLATE_NOOP(
        "StudentPage",
        "In the article above, your flags are shaded and numbered, and every place of a red flag has a dashed outline.",
    ),
    QT_TRANSLATE_NOOP("StudentPage", "The red flags of this article"),
    QT_TRANSLATE_NOOP("StudentPage", "This article has no red flags."),
    QT_TRANSLATE_NOOP("StudentPage", "Passages that hold up"),
    QT_TRANSLATE_NOOP("StudentPage", "Your teacher moves the class to the next article."),
    QT_TRANSLATE_NOOP("StudentPage", "The class is over"),
    QT_TRANSLATE_NOOP("StudentPage", "Join another class"),
    QT_TRANSLATE_NOOP("StudentPage", "Text size"),
    QT_TRANSLATE_NOOP("StudentPage", "Smaller text"),
    QT_TRANSLATE_NOOP("StudentPage", "Larger text"),
    QT_TRANSLATE_NOOP("StudentPage", "Flag the selection as"),
    QT_TRANSLATE_NOOP("StudentPage", "The article"),
)


def texts_js() -> bytes:
    """``texts.js``: the page's texts in the current language, as one frozen object."""
    texts = {english: translate("StudentPage", english) for english in PAGE_TEXTS}
    texts |= {english: translate("VerdictStyle", english) for english in VERDICT_TEXTS}
    language = translate("StudentPage", LANGUAGE)
    # JSON is JavaScript: strings come out escaped; no markup, no code from a translation.
    data = json.dumps({"language": language, "texts": texts}, ensure_ascii=True)
    return f'"use strict";\nwindow.SpotItTexts = Object.freeze({data});\n'.encode("ascii")
