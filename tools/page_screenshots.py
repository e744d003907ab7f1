"""Screenshots of the student page for browsers, and of the host window that serves it.

Hosts a class on loopback with the English starter pack (the host window, as the
classroom bench does), then drives Debian's headless Chromium: a student joins at phone
width, flags the article's first red flag and a second passage, and sees the reveal; the
same at laptop size in the dark scheme, and with the text enlarged twice over:

    python tools/page_screenshots.py [OUT_DIR]

OUT_DIR defaults to docs/images. Needs chromium and chromium-driver (make test
installs them).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.classroom_bench import hosting  # noqa: E402
from tests.classroom.chromium import Browser  # noqa: E402

SELECT = """
const [quote] = arguments;
const root = document.querySelector('#text');
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode, at = node.data.indexOf(quote);
  if (at >= 0) { getSelection().setBaseAndExtent(node, at, node, at + quote.length); return true; }
}
return false;
"""


def off_loop(app, work):
    """Run ``work()`` in a thread while the host's Qt loop keeps answering; its value."""
    got: dict = {}

    def run():
        try:
            got["value"] = work()
        except BaseException as exc:  # handed back to the caller
            got["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    while thread.is_alive():
        app.processEvents()
        time.sleep(0.005)
    if "error" in got:
        raise got["error"]
    return got.get("value")


def wait(driver, script: str, timeout: float = 20) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: d.execute_script(f"return {script}"))


def join(driver, url: str, code: str, name: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url)
    wait(driver, "!document.querySelector('#join-form').hidden")
    driver.find_element(By.ID, "code").send_keys(code)
    driver.find_element(By.ID, "name").send_keys(name)


def flag(driver, quote: str, category: str) -> None:
    from selenium.webdriver.common.by import By

    assert driver.execute_script(SELECT, quote), quote
    wait(driver, "!document.querySelector('#flag-bar').hidden")
    driver.find_element(By.CSS_SELECTOR, f"button.category[data-category='{category}']").click()


def dark(driver, on: bool) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": "dark" if on else "light"}]},
    )


def main(out: Path) -> int:
    from selenium.webdriver.common.by import By

    out.mkdir(parents=True, exist_ok=True)
    with hosting(web=True) as (app, window, session, _times, _tmp):
        url, code = window.controller.page_url, session.code
        window.grab().save(str(out / "class-host-page.png"))
        first, *_ = session.article.annotations
        text = session.article.text
        # A second passage that is no red flag: the reveal then shows "Not a red flag".
        ends = {a.end for a in session.article.annotations}
        other = next(
            line.split(". ")[0]
            for line in text.split("\n")[2:]
            if len(line.split(". ")[0]) > 20 and text.index(line) not in ends
        )
        phone, laptop = Browser(360, 740), Browser(1366, 768)
        try:

            def phone_screens():
                d = phone.driver
                join(d, url, code, "Ana")
                d.save_screenshot(str(out / "student-page-join.png"))
                d.find_element(By.ID, "join").click()
                wait(d, "document.querySelector('#text').textContent.length > 0")
                d.save_screenshot(str(out / "student-page-article.png"))
                flag(d, first.quote, first.category)
                flag(d, other, session.categories[-1].id)
                assert d.execute_script(SELECT, text.split("\n")[1][:30])
                wait(d, "!document.querySelector('#flag-bar').hidden")
                d.save_screenshot(str(out / "student-page-flagging.png"))
                d.execute_script("document.querySelector('#cancel-flag').click()")
                d.find_element(By.ID, "submit").click()
                wait(d, "document.querySelector('#status').textContent.includes('Submitted')")
                d.execute_script("document.querySelector('#flags').scrollIntoView()")
                d.save_screenshot(str(out / "student-page-submitted.png"))

            def laptop_screens():
                d = laptop.driver
                dark(d, True)
                join(d, url, code, "Ben")
                d.find_element(By.ID, "join").click()
                wait(d, "document.querySelector('#text').textContent.length > 0")
                flag(d, first.quote, first.category)
                d.execute_script("window.scrollTo(0, 0)")
                d.save_screenshot(str(out / "student-page-laptop-dark.png"))
                d.find_element(By.ID, "submit").click()
                wait(d, "document.querySelector('#status').textContent.includes('Submitted')")

            off_loop(app, phone_screens)
            off_loop(app, laptop_screens)
            window.reveal()

            def reveal_screens():
                d = phone.driver
                wait(d, "!document.querySelector('#reveal').hidden")
                d.execute_script("document.querySelector('#reveal').scrollIntoView()")
                d.save_screenshot(str(out / "student-page-reveal.png"))
                d = laptop.driver
                wait(d, "!document.querySelector('#reveal').hidden")
                dark(d, False)
                for _ in range(5):  # 100% to 200%
                    d.find_element(By.ID, "larger").click()
                d.execute_script("window.scrollTo(0, 0)")
                d.save_screenshot(str(out / "student-page-laptop-200.png"))
                d.execute_script("document.querySelector('#reveal').scrollIntoView()")
                d.save_screenshot(str(out / "student-page-reveal-200.png"))
                return phone.console_errors() + laptop.console_errors()

            errors = off_loop(app, reveal_screens)
        finally:
            phone.close()
            laptop.close()
        window.end_session(confirm=False)
    if errors:
        print("the page logged errors:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    print(f"screenshots of the student page in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")))
