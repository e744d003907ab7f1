"""The student page in a real browser: Debian's headless Chromium, driven by Selenium.

The host runs here on Qt's loop; the browser is driven from a worker thread (its calls
block), so the host answers while the test waits. The class pack's first article has an
astral character (🍵) in its headline: every flag after it is one code point but two
UTF-16 units further on, so a page that sent the browser's positions would be off by one.
"""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtNetwork import QHostAddress
from tests.classroom import chromium
from tests.classroom.conftest import CODE, LOOPBACK
from tests.classroom.harness import flag_on

from spotit.classroom.host import HostController
from spotit.core.scoring import score

if chromium.available():  # make test installs them (packaging/require-tools.sh)
    pytest.fail(f"the student page's tests need {chromium.available()}", pytrace=False)

from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.actions.action_builder import ActionBuilder  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

WAIT = 20_000


class Page:
    """One browser on the host's page; every call runs off the Qt thread."""

    def __init__(self, qtbot, browser: chromium.Browser) -> None:
        self.qtbot = qtbot
        self.browser = browser
        self.driver = browser.driver

    def do(self, work, timeout: int = WAIT):
        got: dict = {}

        def run():
            try:
                got["value"] = work(self.driver)
            except BaseException as exc:
                got["error"] = exc

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        self.qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout + 5000)
        if "error" in got:
            raise got["error"]
        return got["value"]

    def wait_for(self, script: str, timeout: float = 15):
        """Wait until the JavaScript expression ``script`` is truthy; its value."""
        return self.do(
            lambda d: WebDriverWait(d, timeout).until(
                lambda d: d.execute_script(f"return {script}")
            )
        )

    def js(self, script: str, *args):
        return self.do(lambda d: d.execute_script(script, *args))

    def text_of(self, selector: str) -> str:
        return self.js(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;",
            selector,
        )

    def join(self, url: str, name: str, code: str = CODE) -> None:
        def work(d):
            d.get(url)
            WebDriverWait(d, 10).until(lambda d: d.find_element(By.ID, "code").is_displayed())
            d.find_element(By.ID, "code").send_keys(code)
            d.find_element(By.ID, "name").send_keys(name)
            d.find_element(By.ID, "join").click()

        self.do(work)
        self.wait_for(
            "document.querySelector('#text') && document.querySelector('#text').textContent.length > 0"
        )

    def passage_rect(self, passage: str):
        """The viewport points just inside the first and last characters of ``passage``."""
        return self.js(
            """
            const root = document.querySelector('#text');
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            const nodes = []; let all = '';
            while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.data; }
            const at = all.indexOf(arguments[0]);
            if (at < 0) return null;
            function point(offset, end) {
              for (const [node, base] of nodes) {
                if (offset >= base && offset < base + node.data.length) {
                  const r = document.createRange();
                  r.setStart(node, offset - base); r.setEnd(node, offset - base + 1);
                  const box = r.getClientRects()[0];
                  return [end ? box.right - 1 : box.left + 1, box.top + box.height / 2];
                }
              }
            }
            return [point(at, false), point(at + arguments[0].length - 1, true)];
            """,
            passage,
        )

    def drag_select(self, passage: str) -> None:
        """Select ``passage`` with real pointer events: press, move, release."""
        (x0, y0), (x1, y1) = self.passage_rect(passage)

        def work(d):
            actions = ActionBuilder(d)
            actions.pointer_action.move_to_location(int(x0), int(y0))
            actions.pointer_action.pointer_down()
            actions.pointer_action.move_to_location(int((x0 + x1) / 2), int(y0))
            actions.pointer_action.move_to_location(int(x1), int(y1))
            actions.pointer_action.pointer_up()
            actions.perform()

        self.do(work)

    def click(self, selector: str) -> None:
        self.do(lambda d: d.find_element(By.CSS_SELECTOR, selector).click())

    def flag_as(self, category: str) -> None:
        self.wait_for(
            "document.querySelector('#flag-bar') && document.querySelector('#flag-bar').offsetParent !== null"
        )
        self.click(f"#flag-bar button.category[data-category='{category}']")


@pytest.fixture
def web_host(qtbot, session):
    controller = HostController(session)
    controller.start(LOOPBACK, 0, web_port=0)
    yield controller
    if controller.session.phase.value != "ended":
        controller.end()
    controller.page.close()
    controller.server.close()


@pytest.fixture
def page(qtbot):
    browser = chromium.Browser()
    yield Page(qtbot, browser)
    browser.close()


def student(session, name: str):
    (entry,) = [s for s in session._students.values() if s.name == name]
    return entry


def drafted(session, name: str):
    """The student's latest draft flags of the current article, or None."""
    entry = student(session, name)
    draft = entry.drafts.get(session.index)
    return None if draft is None else list(draft)


def test_join_flag_with_the_mouse_submit_and_see_the_reveal(qtbot, web_host, session, page):
    page.join(web_host.page_url, "Ana")
    text = session.article.text
    assert "🍵" in text.split("\n")[0]  # the astral character comes before every flag
    assert page.text_of("#headline").strip() == session.article.meta.headline

    page.drag_select("a leading doctor")
    page.flag_as("false-authority")
    expected = flag_on(text, "a leading doctor", "false-authority")
    qtbot.waitUntil(lambda: drafted(session, "Ana") == [expected], timeout=WAIT)

    page.drag_select("90% of drinkers")
    page.flag_as("misleading-number")
    both = [expected, flag_on(text, "90% of drinkers", "misleading-number")]
    qtbot.waitUntil(
        lambda: sorted(drafted(session, "Ana") or [], key=lambda f: f.start) == both, timeout=WAIT
    )
    page.click("#submit")
    qtbot.waitUntil(lambda: session.index in student(session, "Ana").submissions, timeout=WAIT)
    page.wait_for("document.querySelector('#status').textContent.includes('Submitted')")
    sub = student(session, "Ana").submissions[session.index]
    assert sorted(sub.flags, key=lambda f: f.start) == both
    # Scored as the desktop client's flags are: the same function on the same offsets.
    same = score(text, session.article.annotations, both, categories=session.categories)
    assert sub.report.score == same.score

    web_host.reveal()
    page.wait_for(
        "document.querySelector('#score') && document.querySelector('#score').textContent.includes('100')"
    )
    assert f"{same.score}" in page.text_of("#score")
    verdicts = page.text_of("#verdicts")
    assert "Which doctor? A name would let you check." in verdicts  # the explanation
    assert "Missed" in verdicts and "Found" in verdicts
    assert page.browser.console_errors() == []  # no script error, no policy violation


def test_flag_with_the_keyboard_alone(qtbot, web_host, session, page):
    page.join(web_host.page_url, "Ben")
    text = session.article.text

    def keys(d):
        body = d.find_element(By.ID, "text")
        d.execute_script("arguments[0].focus()", body)  # as Tab would: no click
        chain = ActionChains(d)
        for _ in range(3):
            chain.send_keys(Keys.ARROW_RIGHT)
        chain.key_down(Keys.SHIFT).send_keys(Keys.ARROW_RIGHT).send_keys(Keys.ARROW_RIGHT)
        chain.key_up(Keys.SHIFT).send_keys(Keys.ENTER)
        chain.perform()
        focused = d.switch_to.active_element
        category = focused.get_attribute("data-category")
        focused.send_keys(Keys.ENTER)
        return category

    category = page.do(keys)
    assert category
    qtbot.waitUntil(lambda: bool(drafted(session, "Ben")), timeout=WAIT)
    (flag,) = drafted(session, "Ben")
    assert flag.category == category
    words = text[flag.start : flag.end]
    assert words == words.strip() and len(words.split()) >= 2
    # Whole words: the flag starts and ends at word boundaries.
    assert flag.start == 0 or not text[flag.start - 1].isalnum()
    assert flag.end == len(text) or not text[flag.end].isalnum()


def test_edit_and_remove_a_flag(qtbot, web_host, session, page):
    page.join(web_host.page_url, "Cleo")
    text = session.article.text
    page.drag_select("cures everything")
    page.flag_as("filler")
    qtbot.waitUntil(
        lambda: drafted(session, "Cleo") == [flag_on(text, "cures everything", "filler")],
        timeout=WAIT,
    )

    def change(d):
        from selenium.webdriver.support.ui import Select

        Select(
            d.find_element(By.CSS_SELECTOR, "#flags li.flag select.flag-category")
        ).select_by_value("sensational-headline")

    page.do(change)
    right = flag_on(text, "cures everything", "sensational-headline")
    qtbot.waitUntil(lambda: drafted(session, "Cleo") == [right], timeout=WAIT)
    page.click("#flags li.flag button.remove")
    qtbot.waitUntil(lambda: drafted(session, "Cleo") == [], timeout=WAIT)
    assert page.js("return document.querySelectorAll('#flags li.flag').length") == 0


def test_a_reload_or_a_dropped_connection_resumes_the_same_student(qtbot, web_host, session, page):
    page.join(web_host.page_url, "Dev")
    text = session.article.text
    page.drag_select("a leading doctor")
    page.flag_as("false-authority")
    first = flag_on(text, "a leading doctor", "false-authority")
    qtbot.waitUntil(lambda: drafted(session, "Dev") == [first], timeout=WAIT)

    page.do(lambda d: d.refresh())
    page.wait_for("document.querySelectorAll('#flags li.flag').length === 1")
    assert [s.name for s in session._students.values()] == ["Dev"]
    qtbot.waitUntil(lambda: student(session, "Dev").connected, timeout=WAIT)

    # The Wi-Fi drops: the host loses the connection; the page comes back by itself.
    for sock in list(web_host.server._sockets.values()):
        sock.abort()
    qtbot.waitUntil(lambda: not student(session, "Dev").connected, timeout=WAIT)
    qtbot.waitUntil(lambda: student(session, "Dev").connected, timeout=WAIT)
    page.drag_select("90% of drinkers")
    page.flag_as("misleading-number")
    both = [first, flag_on(text, "90% of drinkers", "misleading-number")]
    qtbot.waitUntil(
        lambda: sorted(drafted(session, "Dev") or [], key=lambda f: f.start) == both, timeout=WAIT
    )
    assert len(session._students) == 1


def test_a_selection_without_a_mouse_up_offers_the_categories(qtbot, web_host, session, page):
    """Touch: the phone's selection handles change the selection and fire no mouseup."""
    page.join(web_host.page_url, "Eve")
    page.js(
        """
        const root = document.querySelector('#text');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const n = walker.currentNode, at = n.data.indexOf('90% of drinkers');
          if (at >= 0) { getSelection().setBaseAndExtent(n, at, n, at + 15); break; }
        }
        """
    )
    page.flag_as("misleading-number")
    expected = flag_on(session.article.text, "90% of drinkers", "misleading-number")
    qtbot.waitUntil(lambda: drafted(session, "Eve") == [expected], timeout=WAIT)


def test_a_hint_is_shown_and_counted_by_the_host(qtbot, web_host, session, page):
    from spotit.practice.session import article_hints

    hints = article_hints(session.article)
    assert len(hints) == 2
    page.join(web_host.page_url, "Hal")
    assert page.text_of("#hint").startswith("Need a hint?")
    page.click("#hint")
    page.wait_for("document.querySelectorAll('#hints li').length === 1")
    assert page.text_of("#hints li") == hints[0]
    used = lambda: student(session, "Hal").hints_used.get(session.index)  # noqa: E731
    qtbot.waitUntil(lambda: used() == 1, timeout=WAIT)
    page.click("#hint")
    page.wait_for("document.querySelectorAll('#hints li').length === 2")
    assert page.js("return document.querySelector('#hint').disabled")  # no more hints
    qtbot.waitUntil(lambda: used() == 2, timeout=WAIT)
    # A reload shows the hints already used, and they stay counted.
    page.do(lambda d: d.refresh())
    page.wait_for("document.querySelectorAll('#hints li').length === 2")


def test_a_wrong_code_says_so_and_the_right_one_then_joins(qtbot, web_host, session, page):
    def wrong(d):
        d.get(web_host.page_url)
        WebDriverWait(d, 10).until(lambda d: d.find_element(By.ID, "code").is_displayed())
        d.find_element(By.ID, "code").send_keys("ZZZ999")
        d.find_element(By.ID, "name").send_keys("Ivy")
        d.find_element(By.ID, "join").click()

    page.do(wrong)
    page.wait_for("document.querySelector('#status').classList.contains('problem')")
    assert "code" in page.text_of("#status").lower()
    assert page.js("return !document.querySelector('#join-form').hidden")
    assert session._students == {}

    def right(d):
        field = d.find_element(By.ID, "code")
        field.clear()
        field.send_keys(CODE.lower())  # case and spaces do not matter
        d.find_element(By.ID, "join").click()

    page.do(right)
    page.wait_for("document.querySelector('#text').textContent.length > 0")
    assert [s.name for s in session._students.values()] == ["Ivy"]


def test_the_class_moves_on_and_ends_with_the_teacher(qtbot, web_host, session, page):
    page.join(web_host.page_url, "Kai")
    page.drag_select("a leading doctor")
    page.flag_as("false-authority")
    qtbot.waitUntil(lambda: bool(drafted(session, "Kai")), timeout=WAIT)
    web_host.reveal()  # Kai did not submit: the draft is submitted for them
    page.wait_for("document.querySelector('#score').textContent.includes('submitted for you')")
    web_host.next_article()
    page.wait_for("document.querySelector('#counter').textContent === 'Article 2 of 3'")
    assert page.text_of("#headline") == session.article.meta.headline
    assert page.js("return document.querySelectorAll('#flags li.flag').length") == 0
    assert page.js("return document.querySelector('#reveal').hidden")
    assert not page.js("return document.querySelector('#submit').disabled")
    web_host.end()
    page.wait_for("!document.querySelector('#ended').hidden")
    assert page.text_of("#ended-reason")
    # The class is over: the tab forgets it, and a reload offers to join another.
    assert page.js("return sessionStorage.length") == 0
    page.do(lambda d: d.refresh())
    page.wait_for("!document.querySelector('#join-form').hidden")


def test_the_page_speaks_the_language_of_the_hosts_app(qtbot, qapp, session, page):
    from spotit.gui.i18n import languages

    assert languages().use("de") == "de"
    try:
        controller = HostController(session)
        controller.start(LOOPBACK, 0, web_port=0)  # the page's texts are made now
    finally:
        languages().reset()
    try:
        page.do(lambda d: d.get(controller.page_url))
        page.wait_for("document.documentElement.lang === 'de'")
        assert page.text_of("#join") == "Beitreten"
        assert page.js("return document.querySelector('#larger').getAttribute('aria-label')") == (
            "Größere Schrift"
        )
        page.join(controller.page_url, "Uma")
        assert page.text_of("#counter") == "Artikel 1 von 3"
        assert page.text_of("#submit") == "Abgeben"
        # The article itself is the pack's, as written.
        assert page.text_of("#headline") == session.article.meta.headline
        assert page.browser.console_errors() == []
    finally:
        controller.end()
        controller.page.close()
        controller.server.close()


def test_offsets_are_converted_to_code_points_in_one_place(page):
    from spotit.classroom.web import page_files

    page.do(lambda d: d.get("about:blank"))
    page.js(page_files()["offsets.js"].decode("utf-8"))  # the page's own conversion
    convert = "return SpotItOffsets.utf16ToCodePoint(arguments[0], arguments[1])"
    back = "return SpotItOffsets.codePointToUtf16(arguments[0], arguments[1])"
    for text in ("plain", "🍵 tea", "a𝔸b😀c", "é\u0301x", "😀😀😀", "中文🀄字"):
        units = 0
        for cp, char in enumerate(text + "\0"):
            # At every character boundary, UTF-16 units and code points map exactly.
            assert page.js(convert, text, units) == cp, (text, units)
            assert page.js(back, text, cp) == units, (text, cp)
            if len(char.encode("utf-16-le")) == 4:  # inside a pair: one side of it
                assert page.js(convert, text, units + 1) in (cp, cp + 1)
            units += len(char.encode("utf-16-le")) // 2


HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'


def test_markup_in_a_name_stays_text(qtbot, web_host, session, page):
    page.join(web_host.page_url, "<b>Zed</b>")
    assert page.js("return document.querySelectorAll('#article b, #status b').length") == 0
    assert [s.name for s in session._students.values()] == ["<b>Zed</b>"]


@pytest.mark.parametrize("width,height", [(360, 740), (1366, 768)])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_fits_and_reads_at_phone_and_laptop_sizes(
    qtbot, web_host, session, page, width, height, scheme
):
    page.do(lambda d: page.browser.size(width, height))
    page.do(
        lambda d: d.execute_cdp_cmd(
            "Emulation.setEmulatedMedia",
            {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
        )
    )
    page.join(web_host.page_url, f"Fit {width} {scheme}")
    # No sideways scrolling at phone width: the text wraps.
    inner = page.js("return window.innerWidth")
    assert inner == width
    assert page.js("return document.documentElement.scrollWidth") <= inner
    ratio = page.js(
        """
        function rgb(c) { return c.match(/[\\d.]+/g).slice(0, 3).map(Number); }
        function lum(c) { return rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                                  .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0); }
        function bg(e) { while (e) { const c = getComputedStyle(e).backgroundColor; if (!c.endsWith(', 0)') && c !== 'transparent') return c; e = e.parentElement; } return 'rgb(255, 255, 255)'; }
        const e = document.querySelector('#text p') || document.querySelector('#text');
        const a = lum(getComputedStyle(e).color), b = lum(bg(e));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        """
    )
    assert ratio >= 4.5
    dark = page.js("return matchMedia('(prefers-color-scheme: dark)').matches")
    assert dark == (scheme == "dark")
    # Text can be enlarged from the page itself.
    before = page.js(
        "return parseFloat(getComputedStyle(document.querySelector('#text')).fontSize)"
    )
    page.click("#larger")
    after = page.js("return parseFloat(getComputedStyle(document.querySelector('#text')).fontSize)")
    assert after > before


class HostileHost:
    """A host that answers a join with markup and script in every text it sends."""

    def __init__(self, messages) -> None:
        from PySide6.QtWebSockets import QWebSocketServer

        from spotit.classroom.web import StudentPageServer

        self.messages = messages
        self.received: list[dict] = []
        self.server = QWebSocketServer("hostile", QWebSocketServer.SslMode.NonSecureMode)
        self.server.listen(QHostAddress(LOOPBACK), 0)
        self.server.newConnection.connect(self._accept)
        self.page = StudentPageServer()
        self.page.listen(LOOPBACK, 0, self.server.serverPort())
        self.sockets = []

    def _accept(self) -> None:
        sock = self.server.nextPendingConnection()
        self.sockets.append(sock)
        sock.textMessageReceived.connect(lambda text, s=sock: self._got(s, text))

    def _got(self, sock, text: str) -> None:
        message = json.loads(text)
        self.received.append(message)
        if message["type"] in ("join", "resume"):
            for reply in self.messages:
                sock.sendTextMessage(json.dumps(reply))

    def close(self) -> None:
        self.page.close()
        self.server.close()


def hostile_messages(link: str = "https://example.org/") -> list[dict]:
    headline = f"Headline {HOSTILE}"
    para = f"Body {HOSTILE} with a link."
    text = f"{headline}\n{para}"
    blocks = [
        {"kind": "headline", "runs": [{"text": headline, "bold": True}], "level": 1},
        {
            "kind": "paragraph",
            "runs": [{"text": para[:-7]}, {"text": "a link", "link": link}, {"text": "."}],
        },
    ]
    category = {
        "id": "false-authority",
        "name": f"Name {HOSTILE}",
        "description": f"Description {HOSTILE}",
        "how_to_check": f"Check {HOSTILE}",
        "color": "#1565c0",
    }
    article = {
        "id": "evil",
        "headline": headline,
        "byline": f"By {HOSTILE}",
        "outlet": f"Outlet {HOSTILE}",
        "date": "2026-12-01",
        "difficulty": 1,
        "text": text,
        "blocks": blocks,
    }
    start = text.index("Body")
    reveal = {
        "type": "reveal",
        "v": 1,
        "article": "evil",
        "kind": "misinformation",
        "annotations": [
            {
                "start": start,
                "end": start + 4,
                "category": "false-authority",
                "quote": "Body",
                "explanation": f"Why {HOSTILE}",
                "explanation_blocks": [{"kind": "paragraph", "runs": [{"text": f"Why {HOSTILE}"}]}],
                "also": [],
                "anchors": [{"start": start, "end": start + 4, "quote": "Body"}],
                "core": None,
            }
        ],
        "notes": [],
        "yours": {
            "status": "submitted",
            "flags": [],
            "score": 0,
            "hints_used": 0,
            "report": {
                "spotted": 0.0,
                "named": 0.0,
                "summary": f"Summary {HOSTILE}",
                "gold": [{"verdict": "missed", "flags": [], "note": f"Note {HOSTILE}"}],
                "flags": [],
            },
        },
        "class": {
            "students": 1,
            "flags": [{"found": 0, "wrong_category": 0, "partly": 0, "missed": 1}],
        },
    }
    return [
        {
            "type": "welcome",
            "v": 1,
            "token": "t" * 32,
            "name": f"Student {HOSTILE}",
            "pack": {
                "id": "evil",
                "title": f"Pack {HOSTILE}",
                "version": "1",
                "language": "en",
                "training_notice": f"Notice {HOSTILE}",
            },
            "categories": [category],
            "count": 1,
        },
        {
            "type": "article",
            "v": 1,
            "index": 0,
            "count": 1,
            "phase": "revealed",
            "article": article,
            "hints": [f"Hint {HOSTILE}"],
            "draft": None,
            "submitted": True,
            "reveal": reveal,
        },
    ]


def no_markup_ran(page) -> None:
    assert page.js("return window.pwned === undefined")
    # The page's own scripts are the only ones; no image, frame or object came in.
    assert page.js("return document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.js("return document.scripts.length") == 3  # texts, offsets, student


def test_markup_and_script_from_a_host_stay_text(qtbot, page):
    evil = HostileHost(hostile_messages())
    try:
        join_hostile(page, evil)
        page.wait_for(
            "document.querySelector('#verdicts') && document.querySelector('#verdicts').textContent.length > 0"
        )
        no_markup_ran(page)
        body = page.js("return document.body.textContent")
        for shown in ("Headline", "Body", "Why", "Pack", "Notice", "Name"):
            assert f"{shown} {HOSTILE}" in body, shown
    finally:
        evil.close()


def test_an_article_with_a_script_link_is_refused_and_reported(qtbot, page):
    evil = HostileHost(
        hostile_messages(link="javascript:window.pwned=3")[:1]
        + [
            {
                **hostile_messages(link="javascript:window.pwned=3")[1],
                "phase": "flagging",
                "reveal": None,
                "submitted": False,
            }
        ]
    )
    try:
        join_hostile(page, evil)
        qtbot.waitUntil(
            lambda: any(m["type"] == "cannot_show" for m in evil.received), timeout=WAIT
        )
        (report,) = [m for m in evil.received if m["type"] == "cannot_show"]
        assert report["article"] == "evil" and report["reason"]
        assert "could not be shown" in page.text_of("#status")
        assert page.js("return document.querySelectorAll('#text a').length") == 0
        no_markup_ran(page)
    finally:
        evil.close()


def test_an_article_whose_blocks_do_not_spell_its_text_is_reported(qtbot, page):
    welcome, offer = hostile_messages()
    offer = {**offer, "phase": "flagging", "reveal": None, "submitted": False}
    offer["article"] = {**offer["article"], "text": offer["article"]["text"] + " and more"}
    evil = HostileHost([welcome, offer])
    try:
        join_hostile(page, evil)
        qtbot.waitUntil(
            lambda: any(m["type"] == "cannot_show" for m in evil.received), timeout=WAIT
        )
        (report,) = [m for m in evil.received if m["type"] == "cannot_show"]
        assert "does not match its blocks" in report["reason"]
        assert "could not be shown" in page.text_of("#status")
        assert page.text_of("#text") == ""
    finally:
        evil.close()


def test_a_host_that_breaks_the_protocol_is_left_with_one_line(qtbot, page):
    welcome, _ = hostile_messages()
    broken = {**welcome, "categories": [{"id": "x", "name": "X"}]}  # no colour, no texts
    evil = HostileHost([broken])
    try:
        join_hostile(page, evil)
        page.wait_for("document.querySelector('#status').textContent.includes('broke')")
        status = page.text_of("#status")
        assert "category 1" in status and "\n" not in status
        qtbot.wait(1500)  # past the first retries: the page does not come back to it
        assert [m["type"] for m in evil.received] == ["join"]
        no_markup_ran(page)
    finally:
        evil.close()


def join_hostile(page, evil) -> None:
    url = evil.page.url
    page.do(lambda d: d.get(url))
    page.do(lambda d: d.find_element(By.ID, "code").send_keys(CODE))
    page.do(lambda d: d.find_element(By.ID, "name").send_keys("Ana"))
    page.click("#join")
