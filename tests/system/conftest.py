"""Fixtures for browser journeys: one Debian chromium per session, a fresh context per test.

Playwright's own browser download does not work everywhere we run, so the tests drive the
chromium that Debian packages (`make chromium` installs it). Playwright's sync API runs an
event loop in the test thread, and Django refuses ORM calls beside a running loop unless
told it is safe, which it is here: the loop only waits for the browser.
"""

import io
import os
import re
import shutil
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("TOUCHSTONE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Start chromium once: launching it costs more than most journeys."""
    if not shutil.which(CHROMIUM):
        pytest.fail(
            f"No chromium at {CHROMIUM}. Run `make chromium`, set TOUCHSTONE_CHROMIUM, "
            'or leave the browser tests out with -m "not system".'
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class BrowserProblems:
    """What went wrong in the browser that a page's text would not show."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def watch(self, context: BrowserContext) -> None:
        context.on("weberror", lambda error: self.errors.append(f"script error: {error.error}"))
        context.on("console", self._console)
        context.on("response", self._response)

    def _console(self, message) -> None:
        # A page answered with an error status logs "Failed to load resource"; the 404 page
        # does that on purpose, and failed assets are caught by _response instead.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(f"console error: {message.text}")

    def _response(self, response) -> None:
        if "/static/" in response.url and response.status >= 400:
            self.errors.append(f"{response.status} for {response.url}")


@pytest.fixture
def new_context(browser, live_server, transactional_db) -> Iterator[Callable[..., BrowserContext]]:
    """Open contexts pointed at the live server; fail the test on script or asset errors."""
    contexts: list[BrowserContext] = []
    problems = BrowserProblems()

    def open_context(**options) -> BrowserContext:
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(base_url=live_server.url, locale="en-GB", **options)
        context.set_default_timeout(10_000)
        context.scripts_off = options.get("java_script_enabled") is False
        # Tests never reach the internet: the NHS.UK font falls back to Arial, as it would
        # for anyone whose network blocks assets.nhs.uk.
        elsewhere = re.compile(rf"^(?!{re.escape(live_server.url)}/)")
        context.route(elsewhere, lambda route: route.abort())
        problems.watch(context)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()
    assert not problems.errors, "\n".join(problems.errors)


@pytest.fixture
def page(new_context) -> Page:
    """A desktop-sized page in a fresh context: no cookies carried over from other tests."""
    return new_context().new_page()


@pytest.fixture
def demo(transactional_db):
    """Load the demo programme the way `make demo` does."""
    from django.core.management import call_command

    call_command("seed_demo", stdout=io.StringIO())
