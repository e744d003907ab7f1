"""The student page's texts: every one goes through SpotIt's translations."""

from __future__ import annotations

import html
import json
import re

from spotit.classroom import page_texts
from spotit.classroom.page_texts import PAGE_TEXTS, VERDICT_TEXTS, texts_js
from spotit.classroom.web import page_files
from spotit.core import i18n


def texts_of_the_page() -> set[str]:
    """What the page's script shows through T("…") and its HTML marks as its texts."""
    files = page_files()
    script = files["student.js"].decode("utf-8")
    found = {json.loads(f'"{m}"') for m in re.findall(r'\bT\("((?:[^"\\]|\\.)*)"', script)}
    page = files["index.html"].decode("utf-8")
    for _, inner in re.findall(r"<(\w+)[^>]*\bdata-text\b[^>]*>(.*?)</\1>", page, re.S):
        found.add(re.sub(r"\s+", " ", html.unescape(inner)).strip())
    found |= {
        html.unescape(v) for v in re.findall(r'\b(?:aria-label|title|placeholder)="([^"]*)"', page)
    }
    found |= set(re.findall(r"<title>(.*?)</title>", page))
    return found


def test_every_text_of_the_page_is_in_the_list_for_translators_and_no_other():
    shown = texts_of_the_page()
    listed = set(PAGE_TEXTS) | set(VERDICT_TEXTS)
    assert shown - listed == set(), "shown by the page, not offered for translation"
    assert listed - shown == set(), "offered for translation, never shown"
    assert len(PAGE_TEXTS) == len(set(PAGE_TEXTS))


def test_the_verdicts_are_named_as_the_desktop_reader_names_them():
    from spotit.gui.marks import VERDICT_STYLES

    assert set(VERDICT_TEXTS) == {style.source_label for style in VERDICT_STYLES.values()}


def test_every_translation_keeps_the_names_t_fills_in():
    # T() fills {name}s by name: a translation that lost or renamed one would show
    # "{count}" to a student.
    from pathlib import Path
    from xml.etree import ElementTree

    import spotit.gui

    shipped = Path(spotit.gui.__file__).parent / "translations"
    for ts in shipped.glob("spotit_*.ts"):
        for context in ElementTree.parse(ts).getroot().iter("context"):
            if context.findtext("name") != "StudentPage":
                continue
            for message in context.iter("message"):
                source, translation = message.findtext("source"), message.findtext("translation")
                if translation:
                    names = set(re.findall(r"\{(\w+)\}", source))
                    assert set(re.findall(r"\{(\w+)\}", translation)) == names, (ts.name, source)


def test_texts_js_carries_the_current_translation_as_data_only():
    def shouting(context, text, disambiguation=None, n=-1):
        if context != "StudentPage":
            return text
        return "xx" if text == page_texts.LANGUAGE else text.upper() + ' </script><b>"'

    i18n.install(shouting, None)
    try:
        made = texts_js().decode("ascii")
    finally:
        i18n.install(None, None)
    head, body = made.split("window.SpotItTexts = Object.freeze(", 1)
    data = json.loads(body.rstrip().removesuffix(");"))
    assert data["language"] == "xx"
    assert data["texts"]["Join"] == 'JOIN </script><b>"'
    assert head == '"use strict";\n'
