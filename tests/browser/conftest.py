"""Fixtures for the browser tests: Debian's Chromium driven by Playwright, the site served by a
separate process (tests/browser/server.py) and axe-core from tests/browser/node_modules.

Nothing is downloaded: the browser is /usr/bin/chromium (``apt-get install chromium``) and
axe-core comes from ``npm ci`` in this folder (both done by .ci/run). When either is missing the
tests are skipped with the reason, except under CI=true, where that fails the run.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.browser.server import SiteServer

HERE = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium")
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LANGUAGES = ["en", "pt", "fr", "es"]

PAGES = """
import json
from wagtail.models import Page
types, versions = {}, {}
pages = Page.objects.live().filter(depth__gt=1).select_related("locale", "content_type")
for page in pages.order_by("path"):
    by_language = types.setdefault(page.content_type.model, {})
    by_language.setdefault(page.locale.language_code, page.url)
    versions.setdefault(str(page.translation_key), {})[page.locale.language_code] = page.url
translations = {url: group for group in versions.values() for url in group.values()}
print(json.dumps({"types": types, "translations": translations}))
"""


def _missing():
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if not CHROMIUM.exists():
        return f"no browser at {CHROMIUM} (apt-get install chromium)"
    if not AXE.exists():
        return f"no axe-core at {AXE} (npm ci --prefix tests/browser)"
    return None


@pytest.fixture(scope="session")
def browser_requirements():
    reason = _missing()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Browser tests cannot run under CI: {reason}", pytrace=False)
        pytest.skip(f"Browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def site(browser_requirements, tmp_path_factory):
    """The running site: ``site.url`` is its base URL, ``site.pages`` one page's URL per page
    type and language (``{"homepage": {"en": "/en/", ...}, ...}``), ``site.translations`` the
    URL of each page's versions (``{"/en/": {"en": "/en/", "pt": "/pt/", ...}, ...}``)."""
    server = SiteServer(tmp_path_factory.mktemp("browser-site"))
    try:
        server.start()
        pages = json.loads(server.manage("shell", stdin=PAGES).strip().splitlines()[-1])
        server.pages, server.translations = pages["types"], pages["translations"]
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def browser_context(browser_requirements, tmp_path_factory):
    """One headless Chromium with a fresh profile for the whole session."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 800},
            accept_downloads=True,
        )
        context.set_default_timeout(15_000)
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context, site):
    """A new tab with no cookies, failing the test on any script error or Content-Security-Policy
    violation it reports."""
    browser_context.clear_cookies()
    tab = browser_context.new_page()
    problems = []
    tab.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    tab.on(
        "console",
        lambda message: (
            problems.append(f"console: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    tab.problems = problems
    yield tab
    tab.close()
    assert not problems, "\n".join(problems)
