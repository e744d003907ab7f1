"""Headless Chromium for the student page's tests and bench: Debian's chromium and
chromium-driver (installed by `make test`, packaging/require-tools.sh), driven by Selenium.

Nothing is downloaded: Selenium is pointed at the system's browser and driver, and the
browser runs with a fresh profile and without any of its own network traffic.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    # Background tabs keep their timers (the bench drives 20 students in 20 tabs).
    "--disable-background-timer-throttling",
    "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
)


def available() -> str | None:
    """None when the browser and driver are installed, else what is missing."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    return ", ".join(missing) or None


class Browser:
    """One headless Chromium with a fresh profile (``driver`` is Selenium's WebDriver)."""

    def __init__(self, width: int = 1366, height: int = 768, dark: bool = False) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="spotit-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={self.profile}")
        options.add_argument(f"--window-size={width},{height}")
        if dark:
            options.add_argument("--force-dark-mode")
            options.add_argument("--blink-settings=preferredColorScheme=0")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        self.driver.set_page_load_timeout(20)
        self.driver.set_script_timeout(20)
        self.size(width, height)

    def size(self, width: int, height: int) -> None:
        """Make the page's viewport exactly ``width`` x ``height`` CSS pixels.

        A headless window cannot be narrower than about 500 pixels, so the size is
        emulated, as a phone (its viewport tag honoured) at phone widths.
        """
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width <= 480},
        )

    def console_errors(self) -> list[str]:
        """The page's console errors and CSP violations since the last call."""
        return [
            entry["message"]
            for entry in self.driver.get_log("browser")
            if entry["level"] in ("SEVERE", "ERROR")
        ]

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)
