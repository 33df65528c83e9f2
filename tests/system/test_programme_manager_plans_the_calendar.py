"""A programme manager plans the calendar with the schedule engine and publishes it; a lay
partner with a hearing-loop need accepts an invitation, and the organiser's checklist for
that meeting shows the hearing loop."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from touchstone.accounts.models import User
from touchstone.meetings.models import Meeting
from touchstone.nonprod import demo_data
from touchstone.programmes.models import Programme

from .pages import SystemTestCase

ADVISORY = "Lay Partners Advisory Group"


@pytest.mark.system
class TestProgrammeManagerPlansTheCalendar(SystemTestCase):
    def test_plan_publish_accept_and_arrange_support(self, demo):
        self.programme = Programme.objects.get(slug=demo_data.DEMO_SLUG)
        self.given_the_lay_partner_has_told_us_they_need_a_hearing_loop()
        self.given_i_am_signed_in_as_the_programme_manager()
        self.when_i_plan_four_weeks_of_core_team_and_advisory_group_meetings()
        self.then_i_see_the_proposed_calendar()
        self.when_i_publish_it()
        self.then_the_meetings_are_scheduled()
        self.when_the_lay_partner_accepts_the_first_advisory_group_invitation()
        self.then_the_organiser_s_checklist_shows_the_hearing_loop()

    def given_the_lay_partner_has_told_us_they_need_a_hearing_loop(self):
        self.lay_page = self.new_context().new_page()
        self.sign_in_as(User.objects.get(email=demo_data.LAY_EMAIL), page=self.lay_page)
        self.visit(f"/programmes/{self.programme.slug}/my-support-needs/", page=self.lay_page)
        self.then_the_page_is_accessible(self.lay_page)
        self.lay_page.get_by_label("Hearing loop").check()
        self.lay_page.get_by_label("I agree that the programme keeps").check()
        self.press_button("Save", page=self.lay_page)
        self.then_i_see("Saved. We will arrange this for each meeting.", page=self.lay_page)

    def given_i_am_signed_in_as_the_programme_manager(self):
        self.sign_in_as(User.objects.get(email=demo_data.PM_EMAIL))
        self.visit(f"/programmes/{self.programme.slug}/meetings/")

    def when_i_plan_four_weeks_of_core_team_and_advisory_group_meetings(self):
        self.follow_link("Plan the calendar")
        self.then_the_page_is_accessible()
        page = self.page
        today = timezone.localdate()
        self.start = today + datetime.timedelta(days=14 - today.weekday())
        end = self.start + datetime.timedelta(days=27)
        for legend, day in (("First day", self.start), ("Last day", end)):
            group = page.get_by_role("group", name=legend)
            group.get_by_role("textbox", name="Day").fill(str(day.day))
            group.get_by_role("textbox", name="Month").fill(str(day.month))
            group.get_by_role("textbox", name="Year").fill(str(day.year))
        page.get_by_label("Venues").fill("Willesden Library, 40\nWyvern Town Hall, 120")
        page.get_by_label("Community engagement events").fill("0")
        keep = re.compile(f"of ({re.escape(ADVISORY)}|Core design team)$")
        for box in page.get_by_role("checkbox", name=re.compile("^Plan .* meetings of ")).all():
            label = box.get_attribute("id")
            name = page.locator(f"label[for='{label}']").inner_text()
            if not keep.search(name):
                box.uncheck()
        self.press_button("Propose a calendar")

    def then_i_see_the_proposed_calendar(self):
        self.then_i_see_the_heading("Proposed calendar")
        expect(self.page.get_by_role("cell", name=re.compile(ADVISORY)).first).to_be_visible()
        self.then_the_page_is_accessible()

    def when_i_publish_it(self):
        self.press_button(re.compile("^Publish"))

    def then_the_meetings_are_scheduled(self):
        self.then_i_see(re.compile(r"\d+ meetings scheduled"))
        self.meeting = (
            Meeting.objects.filter(group__name=ADVISORY, start__date__gte=self.start)
            .order_by("start")
            .first()
        )
        assert self.meeting is not None

    def when_the_lay_partner_accepts_the_first_advisory_group_invitation(self):
        self.visit(self.meeting.get_absolute_url(), page=self.lay_page)
        self.then_the_page_is_accessible(self.lay_page)
        self.lay_page.get_by_label("Yes, I am coming").check()
        self.press_button("Send reply", page=self.lay_page)
        self.then_i_see("Your reply has been saved", page=self.lay_page)

    def then_the_organiser_s_checklist_shows_the_hearing_loop(self):
        self.visit(self.meeting.get_absolute_url())
        checklist = self.page.locator("#support + p + table")
        expect(checklist.get_by_role("cell", name="Hearing loop", exact=True)).to_be_visible()
        expect(checklist).to_contain_text(demo_data.LAY_NAME)
        self.then_the_page_is_accessible()
