"""A programme manager imports 60 volunteers, sets quotas, runs a fair selection and invites
the panel; a member of the public applies on a phone."""

import random
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect

from touchstone.nonprod import demo_data
from touchstone.recruitment.models import Candidate, SelectionRun

from .conftest import PHONE
from .pages import SystemTestCase

ROLE = "Lay partner, Lay Partners Advisory Group"
GROUP = "Lay Partners Advisory Group"
AGES = ("45 to 54", "55 to 64", "65 to 74", "75 or over")
PANEL = 6


def volunteers_csv(n: int = 60) -> bytes:
    """Return a pool file as a partner organisation might send it, with answers and consent."""
    rng = random.Random(3)
    rows = ["id,name,email,phone,postcode,age_band,gender,consent"]
    for i in range(n):
        age, gender = rng.choice(AGES), rng.choice(("Woman", "Man"))
        rows.append(
            f"V{i:03d},Volunteer {i:03d},v{i:03d}@example.com,,WY1 {i % 9}AB,{age},{gender},yes"
        )
    return ("\n".join(rows) + "\n").encode()


@pytest.mark.system
class TestProgrammeManagerSelectsAPanel(SystemTestCase):
    def test_import_select_and_invite(self, demo):
        self.given_i_am_signed_in_as_the_programme_manager()
        self.when_i_open_recruitment()
        self.when_i_import_a_pool_of_60_volunteers()
        self.then_i_see("60 people added to the pool")

        self.when_i_start_a_selection_balanced_on_age_and_gender()
        self.when_i_ask_for_at_least_two_aged_75_or_over()
        self.when_i_run_the_selection()
        self.then_everyone_had_a_chance_and_the_panel_meets_the_quotas()

        self.when_i_offer_seats_to_the_panel()
        self.then_each_person_on_the_panel_is_emailed_an_offer()

        self.when_the_first_accepts_through_the_link_in_their_email()
        self.then_they_sit_in_the_group()
        self.when_i_record_that_the_second_declined_by_phone()
        self.then_i_can_offer_the_seat_to_the_next_reserve()

    def test_a_member_of_the_public_applies_on_a_phone(self, demo):
        phone = self.new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
        role = Candidate.objects.filter(role_profile__title=ROLE).first().role_profile
        self.visit(f"/join/{role.programme.slug}/{role.pk}/", page=phone)
        expect(phone.get_by_role("heading", level=1)).to_have_text(ROLE)
        self.then_the_page_is_accessible(phone)

        self.follow_link("Apply for this role", page=phone)
        self.then_the_page_is_accessible(phone)
        self.press_button("Send my application", page=phone)
        expect(phone.get_by_role("alert")).to_contain_text("Enter your full name.")
        self.then_the_page_is_accessible(phone)

        phone.get_by_label("Full name").fill("Winifred Okafor")
        phone.get_by_label("Email address").fill("winifred@example.com")
        phone.get_by_role("group", name="How would you like us to get in touch?").get_by_label(
            "Email"
        ).check()
        phone.get_by_role("group", name="How old are you?").get_by_label("75 or over").check()
        phone.get_by_label(re.compile("I agree that my answers")).check()
        self.press_button("Send my application", page=phone)
        expect(phone.get_by_role("heading", level=1)).to_contain_text("Application sent")
        self.then_the_page_is_accessible(phone)
        applicant = Candidate.objects.get(full_name="Winifred Okafor")
        assert applicant.stage == "applied"
        assert applicant.demographics.answers == {"age_band": "75 or over"}

    # Given

    def given_i_am_signed_in_as_the_programme_manager(self):
        self.sign_in_with_password(demo_data.PM_EMAIL, demo_data.PM_PASSWORD)
        self.follow_link(demo_data.PROGRAMME["name"])

    # When

    def when_i_open_recruitment(self):
        self.follow_link("Recruitment")
        self.then_i_see_the_heading("Recruitment")
        self.then_the_page_is_accessible()

    def when_i_import_a_pool_of_60_volunteers(self):
        self.follow_link(re.compile("Import a pool of volunteers"))
        self.then_the_page_is_accessible()
        self.page.get_by_label("Role the pool is for").select_option(label=ROLE)
        self.page.get_by_label("CSV file").set_input_files(
            {"name": "volunteers.csv", "mimeType": "text/csv", "buffer": volunteers_csv()}
        )
        self.press_button(re.compile("Import"))
        self.then_the_page_is_accessible()

    def when_i_start_a_selection_balanced_on_age_and_gender(self):
        self.visit_named("recruitment:run_create", demo_data.DEMO_SLUG)
        self.then_i_see_the_heading("Start a selection")
        self.page.get_by_label("Which group is this selection for?").select_option(label=GROUP)
        self.page.get_by_label("Role (optional)").select_option(label=ROLE)
        self.page.get_by_label("How many people should be selected?").fill(str(PANEL))
        self.page.get_by_label("Age", exact=True).check()
        self.page.get_by_label("Gender", exact=True).check()
        self.press_button("Update the pool and quotas")
        self.then_i_see(re.compile(r"^6\d people are in the pool"))
        self.press_button("Fill from the local population profile")
        self.then_the_page_is_accessible()

    def when_i_ask_for_at_least_two_aged_75_or_over(self):
        for minimum in self.page.get_by_label(re.compile(r"^Minimum for age ")).all():
            minimum.fill("0")
        self.page.get_by_label("Minimum for age '75 or over'").fill("2")
        self.page.get_by_label("Maximum for age '75 or over'").fill("3")

    def when_i_run_the_selection(self):
        self.press_button("Run the selection")
        self.run = SelectionRun.objects.filter(group__name=GROUP).get()
        if "Finished" not in self.page.content():
            self.follow_link("Refresh")
        self.then_i_see_the_heading(f"Selection for {GROUP}")
        self.then_the_page_is_accessible()

    def when_i_offer_seats_to_the_panel(self):
        mail.outbox.clear()
        self.press_button("Offer seats to the selected people")
        self.then_the_page_is_accessible()

    def when_the_first_accepts_through_the_link_in_their_email(self):
        message = mail.outbox[0]
        self.accepting = Candidate.objects.get(email=message.to[0])
        link = re.search(r"https?://\S+/join/offers/\S+/", message.body).group(0)
        volunteer = self.new_context().new_page()
        self.visit(urlsplit(link).path, page=volunteer)
        self.then_the_page_is_accessible(volunteer)
        self.press_button("Accept the place", page=volunteer)
        expect(volunteer.get_by_text("you have accepted the place")).to_be_visible()
        self.then_the_page_is_accessible(volunteer)

    def when_i_record_that_the_second_declined_by_phone(self):
        self.page.reload()
        declining = self.run.offers.exclude(candidate=self.accepting).first().candidate
        self.follow_link(f"Record a reply from {declining.full_name}")
        self.then_the_page_is_accessible()
        self.page.get_by_label("They decline the seat").check()
        self.press_button("Record the reply")

    # Then

    def then_they_sit_in_the_group(self):
        self.accepting.refresh_from_db()
        assert self.accepting.stage == "active"
        seats = self.accepting.person.memberships.filter(group__name=GROUP, ended_on=None)
        assert seats.count() == 1

    def then_i_can_offer_the_seat_to_the_next_reserve(self):
        self.then_i_see(re.compile("The next reserve who keeps every quota met is"))
        self.then_the_page_is_accessible()
        self.press_button(re.compile("^Offer the seat to "))
        self.then_i_see(re.compile("The seat has been offered to"))

    def then_everyone_had_a_chance_and_the_panel_meets_the_quotas(self):
        self.run.refresh_from_db()
        assert self.run.status == "finished", self.run.error
        lowest = min(self.run.probabilities.values())
        self.then_i_see(f"Everyone in the pool had at least a 1 in {round(1 / lowest)} chance")
        table = self.page.get_by_role("table", name="The chance each person in the pool had")
        expect(table.locator("tbody tr")).to_have_count(len(self.run.pool))
        expect(table).to_contain_text("Volunteer 000")
        ages = {row["id"]: row["features"]["age_band"] for row in self.run.pool}
        assert sum(ages[i] == "75 or over" for i in self.run.panel) >= 2
        assert len(self.run.panel) == PANEL

    def then_each_person_on_the_panel_is_emailed_an_offer(self):
        panel = Candidate.objects.filter(pk__in=[int(i) for i in self.run.panel])
        assert {c.stage for c in panel} == {"selected"}
        emailed = {c.email for c in panel if c.email and c.preferred_contact == "email"}
        assert emailed and emailed <= {address for m in mail.outbox for address in m.to}
