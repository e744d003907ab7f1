"""A small built pack with an offline web, for the investigation pane's GUI tests.

One article quotes an "expert" whose profile shows his field is medieval poetry (the
check of its first red flag) and cites a conference that has no listing (a check left
for the learner to miss). Every name, place and page is invented training material.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.conftest import make_source, write_article

ARTICLE_ID = "lisko-tea"
EXPERT = "Professor Anton Lisko"
ARTICLE_BODY = """
    {expert} told reporters the tea "clears the blood in a week". He first said so at
    the Varn Health Summit, which, he says, drew "every serious doctor in the region".

    Read more about [Lisko at Varn](source:anton-lisko).
    {extra}
    """


def write_page(folder: Path, name: str, front: str, body: str) -> None:
    path = folder / "sources" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"+++\n{textwrap.dedent(front).strip()}\n+++\n{textwrap.dedent(body)}", encoding="utf-8"
    )


def build(tmp_path: Path, article_extra: str = "", page_extra: str = "") -> Path:
    """Build the pack in ``tmp_path``; ``*_extra`` is more Markdown for the article and the
    profile (the remote-resource test adds images and links there)."""
    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    folder = make_source(tmp_path / "web-source")
    write_article(
        folder,
        "02-lisko-tea.md",
        f"""
        id = "{ARTICLE_ID}"
        headline = "Mountain tea clears the blood, says professor"
        outlet = "Varn Wellness Post"

        [[flags]]
        quote = "{EXPERT}"
        category = "false-authority"
        explanation = "A professor, but of what? His title lends weight his field may not."
        check = "source:anton-lisko"
        check_quote = "medieval poetry"

        [[flags]]
        quote = "the Varn Health Summit"
        category = "vague-source"
        explanation = "An event you could look up: is there any listing of it?"
        check = "source:fc-varn-summit"

        [[notes]]
        quote = "Lisko at Varn"
        note = "Linking to the expert's own page is a good habit: you can see who he is."
        check = "source:varn-university"
        """,
        textwrap.dedent(ARTICLE_BODY).format(expert=EXPERT, extra=article_extra),
    )
    write_page(
        folder,
        "anton-lisko.md",
        """
        id = "anton-lisko"
        kind = "person"
        title = "Anton Lisko"
        names = ["Anton Lisko", "Professor Anton Lisko", "A. Lisko"]
        address = "varn-university.example/people/anton-lisko"
        """,
        textwrap.dedent(
            """
            Anton Lisko is a professor of medieval poetry at the
            [University of Varn](source:varn-university). He has published no work on
            medicine or nutrition.
            """
        )
        + f"\n{page_extra}\n",
    )
    write_page(
        folder,
        "varn-university.md",
        """
        id = "varn-university"
        kind = "organisation"
        title = "University of Varn"
        names = ["University of Varn", "Varn University"]
        address = "varn-university.example/about"
        """,
        """
        The University of Varn teaches humanities and law. Its staff include
        [Anton Lisko](source:anton-lisko), professor of poetry.
        """,
    )
    write_page(
        folder,
        "fc-varn-summit.md",
        """
        id = "fc-varn-summit"
        kind = "fact-check"
        title = "Fact-check: there was no Varn Health Summit"
        names = ["Varn Health Summit"]
        """,
        """
        No listing, programme or venue of a Varn Health Summit exists.
        """,
    )
    source = read_pack_source(folder)
    assert not source.problems, source.problems
    return build_pack(source, tmp_path / "web.spotit")


def fragments(view) -> list[tuple[str, bool, str]]:
    """(text, bold, link) of every fragment of a text view's document, in order."""
    from PySide6.QtGui import QFont

    out = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            out.append((fragment.text(), fmt.fontWeight() >= QFont.Weight.Bold, fmt.anchorHref()))
            it += 1
        block = block.next()
    return out


def click_text(view, text: str) -> None:
    """Click the middle of ``text`` in a text view, as the mouse would."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    cursor = view.document().find(text)
    assert not cursor.isNull(), text
    middle = view.document().find(text)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    point = view.cursorRect(middle).center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
