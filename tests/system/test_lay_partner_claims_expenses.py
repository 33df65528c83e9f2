"""A lay partner claims for an advisory group meeting and their bus fares, without a receipt;
the programme manager sends it back for the receipt, the lay partner adds a photo of it and
sends it again, and the manager approves it and sends it to finance in an export."""

import base64
import io

import openpyxl
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from touchstone.accounts.models import User
from touchstone.meetings.models import Attendance
from touchstone.nonprod import demo_data
from touchstone.payments.models import Claim
from touchstone.programmes.models import Programme

from .pages import SystemTestCase

ROLE = "Lay partner, advisory group"
BUS = "Bus to Millbrook and back"
REASON = "Please add the receipt for the bus fare."
# A valid 1x1 pixel PNG: the receipt check reads the file's first bytes, not just its name.
RECEIPT_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


@pytest.mark.system
class TestLayPartnerClaimsExpenses(SystemTestCase):
    def test_claim_returned_for_a_receipt_then_approved_and_exported(self, demo):
        self.programme = Programme.objects.get(slug=demo_data.DEMO_SLUG)
        self.given_the_lay_partner_attended_an_advisory_group_meeting()
        self.given_both_are_signed_in()
        self.when_the_lay_partner_chooses_to_be_paid()
        self.when_they_claim_for_the_meeting_and_bus_fares_without_a_receipt()
        self.when_the_programme_manager_returns_it_for_the_missing_receipt()
        self.when_the_lay_partner_adds_a_photo_of_the_receipt_and_sends_it_again()
        self.when_the_programme_manager_approves_it()
        self.then_the_finance_export_shows_the_claim()

    @property
    def payments(self) -> str:
        return f"/programmes/{self.programme.slug}/payments/"

    def given_the_lay_partner_attended_an_advisory_group_meeting(self):
        attended = Attendance.objects.filter(
            person__email=demo_data.LAY_EMAIL,
            status="attended",
            meeting__programme=self.programme,
            meeting__kind="advisory_group",
            meeting__start__lt=timezone.now(),
        ).select_related("meeting")
        self.meeting = attended.order_by("-meeting__start").first().meeting
        self.meeting_day = timezone.localdate(self.meeting.start)

    def given_both_are_signed_in(self):
        self.sign_in_as(User.objects.get(email=demo_data.LAY_EMAIL))
        self.pm_page = self.new_context().new_page()
        self.sign_in_as(User.objects.get(email=demo_data.PM_EMAIL), page=self.pm_page)

    def when_the_lay_partner_chooses_to_be_paid(self):
        self.visit(self.payments)
        self.then_the_page_is_accessible()
        self.follow_link("Your payment choices")
        self.then_the_page_is_accessible()
        self.page.get_by_label("Role").select_option(label=ROLE)
        self.page.get_by_label("Paid for my time and my expenses").check()
        self.press_button("Save choice")
        self.then_i_see("Payment choice saved.")

    def when_they_claim_for_the_meeting_and_bus_fares_without_a_receipt(self):
        self.visit(self.payments)
        self.follow_link("Start a claim")
        self.then_the_page_is_accessible()
        self.page.get_by_label("Role").select_option(label=ROLE)
        self.press_button("Start claim")
        self.then_i_see("Claim started.")
        self.then_the_page_is_accessible()
        activity = self.form_with("Add activity")
        activity.get_by_label("What kind of activity").select_option(label="Meeting")
        activity.get_by_label("Meeting you attended").select_option(label=str(self.meeting))
        activity.get_by_label("Preparation time, in hours").fill("1")
        self.press_button("Add activity")
        self.then_i_see("Activity added.")
        self.add_bus_fares()
        self.then_i_see("no receipt")
        self.then_the_page_is_accessible()
        self.press_button("Send claim for approval")
        self.then_i_see("Claim sent for approval.")
        self.then_the_page_is_accessible()
        self.claim = Claim.objects.get(person__email=demo_data.LAY_EMAIL)
        assert self.claim.status == "submitted"

    def when_the_programme_manager_returns_it_for_the_missing_receipt(self):
        self.visit(self.payments, page=self.pm_page)
        self.then_the_page_is_accessible(self.pm_page)
        self.follow_link(f"Claim {self.claim.pk} by {demo_data.LAY_NAME}", page=self.pm_page)
        self.then_i_see(BUS, page=self.pm_page)
        self.then_the_page_is_accessible(self.pm_page)
        self.pm_page.get_by_label("Why it is going back").fill(REASON)
        self.press_button("Return claim", page=self.pm_page)
        self.then_i_see("Claim returned with your reason.", page=self.pm_page)
        self.then_the_page_is_accessible(self.pm_page)

    def when_the_lay_partner_adds_a_photo_of_the_receipt_and_sends_it_again(self):
        self.visit(self.payments)
        self.follow_link(f"Claim {self.claim.pk}")
        self.then_i_see("Returned for changes")
        self.then_i_see(REASON)
        self.then_the_page_is_accessible()
        self.press_button(f"Remove {BUS}")
        self.then_i_see("Line taken off the claim.")
        self.add_bus_fares(receipt=RECEIPT_PNG)
        self.then_i_see("download bus-ticket.png")
        self.then_the_page_is_accessible()
        self.press_button("Send claim for approval")
        self.then_i_see("Claim sent for approval.")

    def when_the_programme_manager_approves_it(self):
        self.visit(self.payments, page=self.pm_page)
        self.follow_link(f"Claim {self.claim.pk} by {demo_data.LAY_NAME}", page=self.pm_page)
        expect(self.pm_page.get_by_role("link", name="download bus-ticket.png")).to_be_visible()
        self.then_the_page_is_accessible(self.pm_page)
        self.press_button("Approve claim", page=self.pm_page)
        self.then_i_see("Claim approved.", page=self.pm_page)
        self.then_the_page_is_accessible(self.pm_page)

    def then_the_finance_export_shows_the_claim(self):
        self.visit(self.payments, page=self.pm_page)
        self.follow_link("Send approved claims to finance", page=self.pm_page)
        self.then_i_see("1 approved claim is waiting to go.", page=self.pm_page)
        self.then_the_page_is_accessible(self.pm_page)
        self.press_button("Make an export", page=self.pm_page)
        self.claim.refresh_from_db()
        self.then_i_see(f"1 claim, {self.claim.total}, is ready for finance.", page=self.pm_page)
        self.then_the_page_is_accessible(self.pm_page)
        newest = self.pm_page.get_by_role("link", name="Download export").first
        csv = self.pm_page.request.get(newest.get_attribute("href")).text()
        rows = [line.split(",") for line in csv.splitlines()]
        assert [str(self.claim.pk), str(self.claim.person_id), demo_data.LAY_NAME] in [
            row[:3] for row in rows
        ]
        assert len(rows) == 2  # the header and this claim only
        excel = self.pm_page.locator("a[href$='.xlsx']").first.get_attribute("href")
        book = openpyxl.load_workbook(io.BytesIO(self.pm_page.request.get(excel).body()))
        sheet = [[str(v) for v in row] for row in book["Claims"].iter_rows(values_only=True)]
        assert [row[:3] for row in sheet] == [row[:3] for row in rows]

    # Steps used twice

    def form_with(self, button: str):
        return self.page.locator("form").filter(has=self.page.get_by_role("button", name=button))

    def add_bus_fares(self, receipt: bytes | None = None):
        expense = self.form_with("Add expense")
        expense.get_by_label("Kind of expense").select_option(label="Public transport")
        date = expense.get_by_role("group", name="Date")
        for part, value in (("Day", self.meeting_day.day), ("Month", self.meeting_day.month),
                            ("Year", self.meeting_day.year)):  # fmt: skip
            date.get_by_role("textbox", name=part, exact=True).fill(str(value))
        expense.get_by_label("What it was for").fill(BUS)
        expense.get_by_label("Amount in pounds").fill("4.60")
        if receipt:
            # The NHS.UK component puts a drop button over the file input: fill the input.
            expense.locator("input[type=file]").set_input_files(
                {"name": "bus-ticket.png", "mimeType": "image/png", "buffer": receipt}
            )
        self.press_button("Add expense")
        self.then_i_see("Expense added.")
