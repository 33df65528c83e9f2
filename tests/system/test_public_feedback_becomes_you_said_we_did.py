"""A member of the public gives feedback at an event through the QR link on a phone; the
core team links it to a decision and an action, responds, publishes, and the 'you said, we
did' page shows it."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from touchstone.accounts.models import User
from touchstone.feedback.models import FeedbackEvent, FeedbackItem
from touchstone.nonprod import demo_data
from touchstone.programmes.models import Programme

from .conftest import PHONE
from .pages import SystemTestCase

SAID = "The last bus from the clinic leaves at 5pm, so I cannot get to evening appointments."
DID = "The Thursday clinic now ends at 4:30pm so people can catch the last bus."


@pytest.mark.system
class TestPublicFeedbackBecomesYouSaidWeDid(SystemTestCase):
    def test_feedback_to_decision_to_published_response(self, demo):
        self.given_i_am_signed_in_as_the_programme_manager()
        self.when_i_open_an_event_for_feedback()
        self.then_i_see_its_short_link_and_qr_code()

        self.when_someone_at_the_event_scans_the_code_and_gives_feedback_on_their_phone()
        self.then_they_are_thanked_and_the_feedback_is_stored_once()

        self.when_i_sort_the_feedback_under_a_theme_and_make_it_public()
        self.when_i_record_a_decision_it_informed_with_an_action()
        self.when_i_respond_to_the_feedback()
        self.then_the_person_is_emailed_what_happened()

        self.when_i_publish_you_said_we_did()
        self.then_the_public_page_shows_what_they_said_and_what_we_did()

    # Steps

    def given_i_am_signed_in_as_the_programme_manager(self):
        self.programme = Programme.objects.get(slug=demo_data.DEMO_SLUG)
        self.sign_in_as(User.objects.get(email=demo_data.PM_EMAIL))
        self.visit(self.programme.get_absolute_url())

    def when_i_open_an_event_for_feedback(self):
        self.follow_link("Feedback, decisions and actions")
        self.then_the_page_is_accessible()
        self.follow_link("Events taking feedback")
        self.follow_link("Open an event for feedback")
        self.press_button("Open for feedback")  # empty: the errors first
        self.then_i_see("Enter a title.")
        self.then_the_page_is_accessible()
        page = self.page
        page.get_by_label("Title").fill("Drop-in at Willesden Library")
        page.get_by_role("textbox", name="Day", exact=True).fill("20")
        page.get_by_role("textbox", name="Month", exact=True).fill("11")
        page.get_by_role("textbox", name="Year", exact=True).fill("2026")
        page.get_by_label("The question people will see").fill(
            "What would make the clinic easier to reach?"
        )
        self.press_button("Open for feedback")

    def then_i_see_its_short_link_and_qr_code(self):
        self.then_i_see("The event is open for feedback")
        self.event = FeedbackEvent.objects.get(title="Drop-in at Willesden Library")
        expect(self.page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
        link = self.page.locator(f'main a[href$="/f/{self.event.code}/"]')
        self.link = link.get_attribute("href")
        self.then_the_page_is_accessible()

    def when_someone_at_the_event_scans_the_code_and_gives_feedback_on_their_phone(self):
        self.phone = self.new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
        self.visit(self.link, page=self.phone)
        self.then_i_see("What would make the clinic easier to reach?", page=self.phone)
        self.then_the_page_is_accessible(self.phone)
        self.then_the_page_fits_the_screen(self.phone)
        self.phone.get_by_label("Your feedback").fill(SAID)
        self.phone.get_by_label("Email me when the team has responded").check()
        self.phone.get_by_label("Your email address").fill("sam.public@example.org")
        self.press_button("Send feedback", page=self.phone)

    def then_they_are_thanked_and_the_feedback_is_stored_once(self):
        self.then_i_see("Feedback sent", page=self.phone)
        self.then_the_page_is_accessible(self.phone)
        self.phone.go_back()  # a retry of the same form on a bad connection
        self.press_button("Send feedback", page=self.phone)
        self.then_i_see("Feedback sent", page=self.phone)
        assert FeedbackItem.objects.filter(text=SAID).count() == 1

    def when_i_sort_the_feedback_under_a_theme_and_make_it_public(self):
        self.visit(self.event.get_absolute_url())
        self.follow_link(SAID[:40])
        self.then_the_page_is_accessible()
        self.page.get_by_label("Add a new theme").fill("Getting there")
        self.page.get_by_label("Public: can appear").check()
        self.press_button(re.compile("^Save$"))
        self.then_i_see("Saved.")

    def when_i_record_a_decision_it_informed_with_an_action(self):
        self.follow_link("Record a decision this feedback informed")
        self.then_the_page_is_accessible()
        page = self.page
        page.get_by_label("Group that decided").select_option(label="Core design team")
        page.get_by_label("Title").fill("Clinic hours fit the bus timetable")
        page.get_by_label("What was decided, and why").fill("End the Thursday clinic at 4:30pm.")
        page.get_by_role("radio", name="Agreed").check()
        page.get_by_role("textbox", name="Day", exact=True).fill("21")
        page.get_by_role("textbox", name="Month", exact=True).fill("11")
        page.get_by_role("textbox", name="Year", exact=True).fill("2026")
        expect(page.get_by_label(re.compile("The last bus from the clinic"))).to_be_checked()
        self.press_button("Save decision")
        self.then_i_see("Decision recorded.")
        page.get_by_label("What needs to be done").fill("Tell the practice the new hours")
        page.get_by_label("Who will do it").select_option(index=1)
        page.get_by_role("textbox", name="Day", exact=True).fill("5")
        page.get_by_role("textbox", name="Month", exact=True).fill("12")
        page.get_by_role("textbox", name="Year", exact=True).fill("2026")
        self.press_button("Add action")
        self.then_i_see("Action added.")
        self.then_the_page_is_accessible()

    def when_i_respond_to_the_feedback(self):
        self.follow_link(re.compile("The last bus from the clinic"))
        self.page.get_by_label("We changed something").check()
        self.page.get_by_label("What we did, or why it could not change").fill(DID)
        self.press_button("Save response")
        self.then_i_see("We have emailed the person who gave it.")

    def then_the_person_is_emailed_what_happened(self):
        (message,) = [m for m in mail.outbox if m.to == ["sam.public@example.org"]]
        assert DID in message.body

    def when_i_publish_you_said_we_did(self):
        self.visit(f"/programmes/{self.programme.slug}/you-said-we-did/")
        self.then_the_page_is_accessible()
        self.follow_link(re.compile("^(Publish it|Change what the public page says)"))
        self.page.get_by_label("Anyone with the link can read the page").check()
        self.press_button("Save")
        self.then_i_see("The page is published.")

    def then_the_public_page_shows_what_they_said_and_what_we_did(self):
        self.visit(f"/you-said-we-did/{self.programme.slug}/", page=self.phone)
        for text in ("Getting there", SAID, DID, "Clinic hours fit the bus timetable"):
            self.then_i_see(text, page=self.phone)
        self.then_the_page_is_accessible(self.phone)
        self.then_the_page_fits_the_screen(self.phone)
        self.visit(f"/you-said-we-did/{self.programme.slug}/")
        self.then_the_page_is_accessible()
