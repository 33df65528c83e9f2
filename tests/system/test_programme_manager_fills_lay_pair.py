"""A programme manager sees a working group without its lay pair, and fills both places."""

import re

import pytest
from playwright.sync_api import expect

from touchstone.nonprod import demo_data

from .pages import SystemTestCase

FINDING = re.compile(rf"^{re.escape(demo_data.INFORMATICS)} has no lay pair")


@pytest.mark.system
class TestProgrammeManagerFillsLayPair(SystemTestCase):
    def test_the_finding_goes_once_two_lay_partners_are_added(self, demo):
        self.given_i_am_signed_in_as_the_programme_manager()
        self.when_i_open_the_demo_programme()
        self.then_i_see_the_finding()

        self.when_i_follow_the_finding()
        self.then_i_see_the_heading(demo_data.INFORMATICS)
        self.then_the_page_is_accessible()

        self.when_i_add_a_member_without_choosing_anyone()
        self.then_i_am_told("Choose a person to add.")
        added = [self.when_i_add_a_lay_partner(), self.when_i_add_a_lay_partner()]
        self.then_the_group_lists_lay_partners(added)

        self.when_i_go_back_to_the_programme()
        self.then_the_finding_is_gone()

    # Given

    def given_i_am_signed_in_as_the_programme_manager(self):
        self.sign_in_with_password(demo_data.PM_EMAIL, demo_data.PM_PASSWORD)
        self.then_i_see_the_heading("Your programmes")
        self.then_the_page_is_accessible()

    # When

    def when_i_open_the_demo_programme(self):
        self.follow_link(demo_data.PROGRAMME["name"])
        self.then_i_see_the_heading(demo_data.PROGRAMME["name"])
        self.then_the_page_is_accessible()

    def when_i_follow_the_finding(self):
        self.follow_link(FINDING)

    def when_i_add_a_member_without_choosing_anyone(self):
        self.follow_link("Add a member")
        self.then_i_see_the_heading(f"Add a member to {demo_data.INFORMATICS}")
        self.then_the_page_is_accessible()
        self.press_button("Add member")

    def when_i_add_a_lay_partner(self) -> str:
        """Choose the first lay partner offered, keep the role and today's date, and save."""
        if "/members/new/" not in self.page.url:
            self.follow_link("Add a member")
        person = self.page.get_by_label("Person", exact=True)
        option = person.locator("option", has_text="(Lay partner)").first
        label = option.inner_text().strip()
        person.select_option(label=label)
        expect(self.page.get_by_role("radio", name="Member", exact=True)).to_be_checked()
        self.press_button("Add member")
        name = label.removesuffix(" (Lay partner)")
        self.then_i_see(f"{name} has been added to {demo_data.INFORMATICS}.")
        self.then_the_page_is_accessible()
        return name

    def when_i_go_back_to_the_programme(self):
        self.follow_link(f"Back to {demo_data.PROGRAMME['name']}")

    # Then

    def then_i_see_the_finding(self):
        expect(self.page.locator("#findings").get_by_role("link", name=FINDING)).to_be_visible()

    def then_i_am_told(self, error: str):
        summary = self.page.get_by_role("alert").filter(has_text="There is a problem")
        expect(summary).to_contain_text(error)
        self.then_the_page_is_accessible()

    def then_the_group_lists_lay_partners(self, names: list[str]):
        table = self.page.get_by_role("table", name=f"Lay partners in {demo_data.INFORMATICS}")
        for name in names:
            expect(table.get_by_role("row").filter(has_text=name)).to_have_count(1)
        expect(self.page.get_by_text("2 (at least")).to_be_visible()

    def then_the_finding_is_gone(self):
        self.then_i_see_the_heading(demo_data.PROGRAMME["name"])
        expect(self.page.get_by_text(FINDING)).to_have_count(0)
        self.then_the_page_is_accessible()
