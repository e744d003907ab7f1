"""Students in a browser, for the mixed-class bench: one headless Chromium, a tab each.

    python -m bench.browser_students URL CODE COUNT

Every tab opens the host's student page, joins, flags one passage of the article
(selected as a touch screen selects, then a category tapped) and submits. Prints
``bench: classroom_browser_students_submitted N count`` and the time it took.
"""

from __future__ import annotations

import sys
import time

from tests.classroom.chromium import Browser

SELECT_FIRST_WORDS = """
const root = document.querySelector('#text');
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
let node = null;
while (walker.nextNode()) {
  if (walker.currentNode.data.trim().length > 20 && walker.currentNode.parentElement.closest('p')) {
    node = walker.currentNode; break;
  }
}
if (!node) return false;
getSelection().setBaseAndExtent(node, 0, node, Math.min(node.data.length, 20));
return true;
"""


def main(url: str, code: str, count: int) -> int:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser = Browser()
    d = browser.driver
    started = time.perf_counter()
    tabs = []
    try:
        for i in range(count):
            if i:
                d.switch_to.new_window("tab")
            d.get(url)
            WebDriverWait(d, 20).until(lambda d: d.find_element(By.ID, "code").is_displayed())
            d.find_element(By.ID, "code").send_keys(code)
            d.find_element(By.ID, "name").send_keys(f"Browser {i + 1:02d}")
            d.find_element(By.ID, "join").click()
            tabs.append(d.current_window_handle)
        submitted = 0
        for handle in tabs:
            d.switch_to.window(handle)
            WebDriverWait(d, 30).until(
                lambda d: d.execute_script(
                    "const t = document.querySelector('#text'); return t && t.textContent.length > 0"
                )
            )
            if d.execute_script(SELECT_FIRST_WORDS):
                WebDriverWait(d, 10).until(
                    lambda d: d.find_element(
                        By.CSS_SELECTOR, "#flag-bar button.category"
                    ).is_displayed()
                )
                d.find_element(By.CSS_SELECTOR, "#flag-bar button.category").click()
            d.find_element(By.ID, "submit").click()
            WebDriverWait(d, 30).until(
                lambda d: "Submitted" in d.find_element(By.ID, "status").text
            )
            submitted += 1
        took = (time.perf_counter() - started) * 1000
        print(f"bench: classroom_browser_students_submitted {submitted} count", flush=True)
        print(f"bench: classroom_browser_students_join_to_submitted {took:.0f} ms", flush=True)
        return 0 if submitted == count else 1
    finally:
        browser.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
