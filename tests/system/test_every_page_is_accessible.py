"""Every kind of page passes axe's WCAG 2.2 AA checks, on a desktop, a phone and without JavaScript.

The journeys check the pages they pass through; this visits each kind of page once more,
so a page no journey reaches is still checked. Failures are gathered so one run names every
page that breaks a rule, not just the first.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from touchstone.accounts.models import User
from touchstone.meetings import services as meeting_services
from touchstone.meetings.models import Attendance, Meeting
from touchstone.nonprod import demo_data
from touchstone.people.models import Person
from touchstone.programmes.models import Programme

from .conftest import PHONE
from .feedback_pages import feedback_pages, public_feedback_pages
from .insight_pages import insight_pages
from .pages import SystemTestCase, assert_accessible, without_scripts
from .papers_pages import papers_pages
from .payments_pages import payments_pages
from .planning_pages import planning_pages

FINDING = re.compile(rf"^{re.escape(demo_data.INFORMATICS)} has no lay pair")


def signed_out_pages() -> dict[str, tuple[str, int]]:
    return {
        "sign in": (reverse("accounts:sign_in"), 200),
        "sign in with a password": (reverse("accounts:sign_in_password"), 200),
        "check your email": (reverse("accounts:check_email"), 200),
        "sign-in link that has expired": (
            reverse("accounts:magic_link", args=["MQ", "c0ffee-0123456789abcdef"]),
            400,
        ),
    }


def programme_manager_pages(programme: Programme) -> dict[str, tuple[str, int]]:
    """Name one page of each kind in the demo programme, with the status it should answer."""
    slug = programme.slug
    group = programme.groups.get(name=demo_data.WORKING_GROUPS["Provider networks"])
    membership = group.memberships.filter(ended_on__isnull=True).order_by("pk").first()
    person = Person.objects.get(email=demo_data.PM_EMAIL)
    lay_person = Person.objects.get(email=demo_data.LAY_EMAIL)
    engagement = programme.engagements.order_by("pk").first()
    pages = {
        "programme list": ("programmes:list", []),
        "new programme form": ("programmes:create", []),
        "programme overview": ("programmes:overview", [slug]),
        "change programme form": ("programmes:edit", [slug]),
        "group page": ("programmes:group_detail", [slug, group.pk]),
        "add group form": ("programmes:group_create", [slug]),
        "change group form": ("programmes:group_edit", [slug, group.pk]),
        "people list": ("people:person_list", [slug]),
        "person page": ("people:person_detail", [slug, person.pk]),
        "add person form": ("people:person_create", [slug]),
        "change person form": ("people:person_edit", [slug, person.pk]),
        "organisations list": ("people:organisation_list", [slug]),
        "add organisation form": ("people:organisation_create", [slug]),
        "change organisation form": (
            "people:organisation_edit",
            [slug, engagement.organisation_id],
        ),
        "add member form": ("people:membership_add", [slug, group.pk]),
        "change membership form": ("people:membership_edit", [slug, membership.pk]),
        "record of changes": ("programmes:audit", [slug]),
        "check my writing": ("drafts:writing_check", [slug]),
        "terms to look out for": ("drafts:programme_term_list", [slug]),
        "who can sign in": ("people:access_list", [slug]),
        "sign-in access form": ("people:person_access", [slug, lay_person.pk]),
        "API tokens": ("accounts:tokens", []),
        **recruitment_pages(programme),
        **meetings_pages(programme),
        **feedback_pages(programme),
        **papers_pages(programme),
        "accessibility statement": ("accessibility", []),
        "privacy notice": ("privacy", []),
    }
    found = {name: (reverse(view, args=args), 200) for name, (view, args) in pages.items()}
    found |= planning_pages(programme)
    found |= insight_pages(programme)
    found |= payments_pages(programme)
    found["page not found"] = (reverse("programmes:overview", args=["no-such-programme"]), 404)
    group = programme.groups.get(name=demo_data.INFORMATICS)
    advisory = programme.groups.get(kind="lay_advisory_group")
    found["representation of a group"] = (
        reverse("recruitment:representation", args=[slug]) + f"?group={advisory.pk}",
        200,
    )
    found["top-up form"] = (reverse("recruitment:top_up_create", args=[slug, group.pk]), 200)
    return found


def recruitment_pages(programme: Programme) -> dict[str, tuple[str, list]]:
    """Name one recruitment page of each kind, using the demo's roles, candidates and run."""
    slug = programme.slug
    role = programme.role_profiles.order_by("pk").first()
    candidate = programme.candidates.filter(demographics__isnull=False).order_by("pk").first()
    run = programme.selection_runs.get()
    return {
        "recruitment": ("recruitment:home", [slug]),
        "role profiles": ("recruitment:role_profile_list", [slug]),
        "new role profile form": ("recruitment:role_profile_create", [slug]),
        "role profile": ("recruitment:role_profile_detail", [slug, role.pk]),
        "change role profile form": ("recruitment:role_profile_edit", [slug, role.pk]),
        "candidates": ("recruitment:candidate_list", [slug]),
        "new candidate form": ("recruitment:candidate_create", [slug]),
        "candidate with answers": ("recruitment:candidate_detail", [slug, candidate.pk]),
        "import a pool": ("recruitment:candidate_import", [slug]),
        "recruitment funnel": ("recruitment:funnel_report", [slug]),
        "population profile": ("recruitment:population_profile", [slug]),
        "population profile upload": ("recruitment:population_upload", [slug]),
        "representation of the pool": ("recruitment:representation", [slug]),
        "selections": ("recruitment:run_list", [slug]),
        "new selection form": ("recruitment:run_create", [slug]),
        "finished selection": ("recruitment:run_detail", [slug, run.pk]),
        "vacancies": ("recruitment:vacancy_list", [slug]),
    }


def meetings_pages(programme: Programme) -> dict[str, tuple[str, list]]:
    """Name one meetings page of each kind, scheduling a meeting with an agenda to show."""
    slug = programme.slug
    manager = User.objects.get(email=demo_data.PM_EMAIL)
    advisory = programme.groups.get(kind="lay_advisory_group")
    start = timezone.make_aware(
        datetime.datetime.combine(
            timezone.localdate() + datetime.timedelta(days=10), datetime.time(18, 30)
        )
    )
    meeting = meeting_services.meeting_create(
        actor=manager,
        programme=programme,
        group=advisory,
        kind="advisory_group",
        title="Advisory group: care navigation",
        start=start,
        duration_minutes=120,
        address="Willesden Library\n95 High Road\nLondon NW10 2SF",
        step_free=True,
        hearing_loop=True,
        online_link="https://meet.example.org/advisory",
    )
    meeting_services.agenda_item_add(
        actor=manager, meeting=meeting, title="Ideas so far", lead="Co-chair", minutes=30
    )
    # A meeting last month with attendance recorded, so the rates page shows its tables.
    past = Meeting.objects.create(
        programme=programme,
        group=advisory,
        kind="advisory_group",
        title="Advisory group: last month",
        start=start - datetime.timedelta(days=40),
        duration_minutes=120,
        online_link="https://meet.example.org/advisory",
    )
    for index, row in enumerate(meeting.attendances.all()):
        status = ("attended", "apologies", "absent")[index % 3]
        Attendance.objects.create(meeting=past, person=row.person, status=status)
    return {
        "meetings": ("meetings:meeting_list", [slug]),
        "meetings of a group": ("meetings:group_meetings", [slug, advisory.pk]),
        "new meeting form": ("meetings:meeting_create", [slug]),
        "meeting page": ("meetings:meeting_detail", [slug, meeting.pk]),
        "change meeting form": ("meetings:meeting_edit", [slug, meeting.pk]),
        "cancel meeting form": ("meetings:meeting_cancel", [slug, meeting.pk]),
        "attendance form": ("meetings:attendance_record", [slug, meeting.pk]),
        "attendance rates": ("meetings:attendance_report", [slug]),
        "group calendar link": ("meetings:group_feed", [slug, advisory.pk]),
        "my calendar link": ("calendar:my_feed", []),
    }


def public_recruitment_pages(programme: Programme) -> dict[str, tuple[str, int]]:
    """The pages the public reach with no account: a role, its forms, thanks, an offer."""
    role = programme.role_profiles.filter(is_open=True).order_by("pk").first()
    args = [programme.slug, role.pk]
    return {
        "public role page": (reverse("join:role", args=args), 200),
        "application form": (reverse("join:apply", args=args), 200),
        "nomination form": (reverse("join:nominate", args=args), 200),
        "thank you for applying": (reverse("join:thanks", args=args), 200),
        "seat offer link that does not exist": (
            reverse("join:offer_reply", args=["no-such-offer"]),
            404,
        ),
    }


@pytest.mark.system
class TestEveryPageIsAccessible(SystemTestCase):
    def test_every_kind_of_page_passes_axe(self, demo):
        failures = self.check_each(signed_out_pages())
        programme = Programme.objects.get(slug=demo_data.DEMO_SLUG)
        failures |= self.check_each(public_recruitment_pages(programme))
        self.given_i_am_the_programme_manager()
        failures |= self.check_each(programme_manager_pages(self.programme))
        failures |= self.check_each(public_feedback_pages(self.programme))
        failures |= self.check_the_new_programme_form_with_its_errors()
        failures |= self.check_my_writing_with_its_findings_shown()
        assert not failures, "\n\n".join(f"{name}: {error}" for name, error in failures.items())

    def test_the_overview_and_sign_in_pass_axe_on_a_phone(self, demo):
        phone = self.new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
        self.visit(reverse("accounts:sign_in"), page=phone)
        self.then_the_page_is_accessible(phone)
        self.then_the_page_fits_the_screen(phone)

        self.given_i_am_the_programme_manager(phone)
        self.visit(self.programme.get_absolute_url(), page=phone)
        self.then_the_page_is_accessible(phone)
        self.then_the_page_fits_the_screen(phone)

    def test_the_overview_shows_findings_and_chart_without_javascript(self, demo):
        no_script = self.new_context(java_script_enabled=False).new_page()
        self.given_i_am_the_programme_manager(no_script)
        self.visit(self.programme.get_absolute_url(), page=no_script)
        findings = no_script.locator("#findings")
        expect(findings.get_by_role("link", name=FINDING)).to_be_visible()
        expect(findings.get_by_text("Must fix")).to_have_count(1)
        chart = no_script.get_by_role("img", name=f"How {self.programme.name} is organised")
        expect(chart).to_be_visible()
        expect(
            no_script.get_by_role("link", name=demo_data.INFORMATICS, exact=True)
        ).to_be_visible()

        scriptless = without_scripts(self.new_context().new_page())
        self.given_i_am_the_programme_manager(scriptless)
        self.visit(self.programme.get_absolute_url(), page=scriptless)
        expect(scriptless.locator("body")).not_to_have_class(re.compile("js-enabled"))
        self.then_the_page_is_accessible(scriptless)

    # Given

    def given_i_am_the_programme_manager(self, page: Page | None = None):
        self.programme = Programme.objects.get(slug=demo_data.DEMO_SLUG)
        self.sign_in_as(User.objects.get(email=demo_data.PM_EMAIL), page=page)

    # Checks

    def check_each(self, pages: dict[str, tuple[str, int]]) -> dict[str, str]:
        """Visit each page and run axe on it; return what failed, by page name."""
        failures = {}
        for name, (path, status) in pages.items():
            try:
                self.visit(path, status=status)
                expect(self.page.get_by_role("heading", level=1)).to_have_count(1)
                assert_accessible(self.page)
            except AssertionError as error:
                failures[name] = str(error)
        return failures

    def check_the_new_programme_form_with_its_errors(self) -> dict[str, str]:
        try:
            self.visit_named("programmes:create")
            self.press_button("Start programme")
            expect(self.page.get_by_role("alert")).to_contain_text("There is a problem")
            assert_accessible(self.page)
        except AssertionError as error:
            return {"new programme form with errors": str(error)}
        return {}

    def check_my_writing_with_its_findings_shown(self) -> dict[str, str]:
        try:
            self.visit_named("drafts:writing_check", self.programme.slug)
            self.page.get_by_label("Paste your writing").fill(
                "Please CLICK HERE to read how the ICB will work with service users, carers "
                "and the elderly over the next three years to improve the pathway."
            )
            self.press_button("Check my writing")
            expect(self.page.get_by_role("heading", name="What we found")).to_be_visible()
            expect(
                self.page.get_by_role("link", name=re.compile(r"^\[ ?finding 1\]$"))
            ).to_be_visible()
            assert_accessible(self.page)
        except AssertionError as error:
            return {"check my writing with findings shown": str(error)}
        return {}
