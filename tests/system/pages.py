"""Steps every journey shares: going to pages, signing in, and checking pages with axe.

Journeys subclass SystemTestCase and read as a story of given/when/then steps. Each page a
journey reaches is checked with axe against WCAG 2.2 AA and axe's best practices, after
making sure the NHS.UK styles loaded, since colour contrast depends on them.
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import Page, expect

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
axe = Axe()


def assert_styled(page: Page) -> None:
    """Fail unless the NHS.UK and Touchstone stylesheets loaded and apply to the page."""
    sheets = page.evaluate(
        "() => [...document.styleSheets].filter(s => s.href).map(s => [s.href, s.cssRules.length])"
    )
    loaded = {href.rsplit("/", 1)[-1]: rules for href, rules in sheets}
    assert loaded.get("nhsuk-frontend.min.css", 0) > 100, f"NHS.UK styles missing: {loaded}"
    assert loaded.get("touchstone.css", 0) > 0, f"Touchstone styles missing: {loaded}"
    font = page.evaluate("() => getComputedStyle(document.body).fontFamily")
    assert "Frutiger" in font, f"NHS.UK styles do not apply: body font is {font}"


def assert_accessible(page: Page) -> None:
    """Fail with axe's report if the page breaks any WCAG 2.2 AA rule or best practice."""
    if getattr(page.context, "scripts_off", False):
        raise AssertionError("axe cannot run with JavaScript off; use without_scripts(page)")
    assert_styled(page)
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def _strip_scripts(route) -> None:
    if route.request.resource_type != "document":
        route.fallback()
        return
    response = route.fetch()
    body = re.sub(r"<script\b.*?</script>", "", response.text(), flags=re.DOTALL)
    route.fulfill(response=response, body=body)


def without_scripts(page: Page) -> Page:
    """Serve the page's documents with their scripts taken out.

    axe needs JavaScript to run, so it cannot check a page in a context with JavaScript
    turned off (it waits forever). Taking the page's own scripts out shows axe the page
    as someone without JavaScript gets it.
    """
    page.route("**/*", _strip_scripts)
    return page


class SystemTestCase:
    """A browser journey: a signed-out page on the live server, and steps to drive it."""

    @pytest.fixture(autouse=True)
    def _browser(self, page, new_context, live_server):
        self.page = page
        self.new_context = new_context
        self.live_server = live_server

    # Going places

    def visit(self, path: str, page: Page | None = None, status: int = 200) -> Page:
        page = page or self.page
        response = page.goto(path)
        assert response.status == status, f"{path} answered {response.status}"
        return page

    def visit_named(self, name: str, *args, **kwargs) -> Page:
        return self.visit(reverse(name, args=args or None, kwargs=kwargs or None))

    def follow_link(self, name: str | re.Pattern, page: Page | None = None) -> None:
        page = page or self.page
        with page.expect_navigation():
            page.get_by_role("link", name=name).first.click()

    def press_button(self, name: str | re.Pattern, page: Page | None = None) -> None:
        page = page or self.page
        with page.expect_navigation():
            page.get_by_role("button", name=name).click()

    # Signing in

    def sign_in_with_password(self, email: str, password: str) -> None:
        self.visit_named("accounts:sign_in_password")
        self.then_the_page_is_accessible()
        self.page.get_by_label("Email address").fill(email)
        self.page.get_by_label("Password").fill(password)
        self.press_button("Sign in")
        expect(self.page.get_by_role("button", name="Sign out")).to_be_visible()

    def sign_in_as(self, user, page: Page | None = None) -> None:
        """Sign in without the form, for journeys about what happens after signing in."""
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
        (page or self.page).context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": self.live_server.url}]
        )

    # Checking what a person would notice

    def then_i_see(self, text: str | re.Pattern, page: Page | None = None) -> None:
        expect((page or self.page).get_by_text(text).first).to_be_visible()

    def then_i_see_the_heading(self, text: str | re.Pattern) -> None:
        expect(self.page.get_by_role("heading", level=1)).to_have_text(text)

    def then_the_page_is_accessible(self, page: Page | None = None) -> None:
        assert_accessible(page or self.page)

    def then_the_page_fits_the_screen(self, page: Page):
        """WCAG 1.4.10 reflow: no sideways scrolling of the page itself at phone width."""
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], f"{page.url} is {widths[0]}px wide on a {widths[1]}px screen"
