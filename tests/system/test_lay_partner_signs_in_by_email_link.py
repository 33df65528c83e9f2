"""A lay partner signs in with an emailed link, with no password, and can look but not change."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from touchstone.nonprod import demo_data

from .pages import SystemTestCase

PROGRAMME = demo_data.PROGRAMME["name"]


@pytest.mark.system
class TestLayPartnerSignsInByEmailLink(SystemTestCase):
    def test_the_link_signs_them_in_to_their_programme_without_edit_links(self, demo):
        self.when_i_ask_for_a_sign_in_link_for(demo_data.LAY_EMAIL)
        self.then_i_am_told_to_check_my_email()

        self.when_i_open_the_link_in_my_email()
        self.then_i_see_the_heading(f"Sign in as {demo_data.LAY_NAME}")
        self.then_the_page_is_accessible()

        self.when_i_press_sign_in()
        self.then_i_see_my_programme()

        self.when_i_open_my_programme()
        self.then_i_see_no_way_to_change_it()

    # When

    def when_i_ask_for_a_sign_in_link_for(self, email: str):
        self.visit_named("accounts:sign_in")
        self.then_the_page_is_accessible()
        self.page.get_by_label("Email address").fill(email)
        self.press_button("Send me a sign-in link")

    def when_i_open_the_link_in_my_email(self):
        emails = [m for m in mail.outbox if m.to == [demo_data.LAY_EMAIL]]
        assert len(emails) == 1, f"expected one email to {demo_data.LAY_EMAIL}, got {len(emails)}"
        link = re.search(r"https?://\S+/accounts/sign-in/link/\S+", emails[0].body)
        assert link, emails[0].body
        assert link[0].startswith(self.live_server.url), link[0]
        self.visit(link[0])

    def when_i_press_sign_in(self):
        self.press_button("Sign in")

    def when_i_open_my_programme(self):
        self.follow_link(PROGRAMME)
        self.then_i_see_the_heading(PROGRAMME)
        self.then_the_page_is_accessible()

    # Then

    def then_i_am_told_to_check_my_email(self):
        self.then_i_see_the_heading("Check your email")
        self.then_the_page_is_accessible()

    def then_i_see_my_programme(self):
        self.then_i_see("You are signed in.")
        self.then_i_see_the_heading("Your programmes")
        expect(self.page.get_by_role("button", name="Sign out")).to_be_visible()
        expect(self.page.get_by_role("link", name=PROGRAMME)).to_be_visible()
        self.then_the_page_is_accessible()

    def then_i_see_no_way_to_change_it(self):
        for name in ("Change programme details", "Add a group", "Record of changes"):
            expect(self.page.get_by_role("link", name=name)).to_have_count(0)
        # Typing the address does not help either: they are told they cannot.
        self.visit(self.page.url + "edit/", status=403)
        self.then_the_page_is_accessible()
