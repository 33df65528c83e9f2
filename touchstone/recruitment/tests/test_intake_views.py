"""Role profile and candidate pages, as managers, members and outsiders meet them."""

import re

import pytest
from django.urls import reverse

from touchstone.accounts.models import Role
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.recruitment import services
from touchstone.recruitment.models import Candidate, Demographics, RoleProfile
from touchstone.recruitment.tests.factories import (
    CandidateFactory,
    DemographicsFactory,
    RoleProfileFactory,
)


@pytest.fixture
def group(programme):
    return factories.GroupFactory(programme=programme, name="Frailty design group")


@pytest.fixture
def role(programme, group):
    return RoleProfileFactory(programme=programme, group=group, title="Frailty lay partner")


@pytest.fixture
def candidate(programme, role):
    candidate = CandidateFactory(
        programme=programme,
        role_profile=role,
        stage="applied",
        full_name="Grace Hopper",
        email="grace@example.org",
        phone="020 7946 0018",
    )
    services.record_entry(actor=None, candidate=candidate)
    DemographicsFactory(
        candidate=candidate, answers={"ethnicity": "Mixed or multiple ethnic groups"}
    )
    return candidate


def page(client, name, programme, *args):
    return client.get(reverse(f"recruitment:{name}", args=[programme.slug, *args]))


def test_a_manager_adds_a_role_profile(manager_client, programme, group):
    response = manager_client.post(
        reverse("recruitment:role_profile_create", args=[programme.slug]),
        {
            "group": group.pk,
            "title": "Frailty lay partner",
            "involves": "Redesigning care for older people.",
            "hours_per_month": "8",
            "meetings": "Monthly, 2 hours",
            "payment": "expenses",
            "qualities": ["challenge", "reading"],
            "is_open": "on",
        },
    )
    role = RoleProfile.objects.get()
    assert response["Location"] == reverse(
        "recruitment:role_profile_detail", args=[programme.slug, role.pk]
    )
    assert role.qualities == ["challenge", "reading"] and role.is_open
    html = manager_client.get(response["Location"]).content.decode()
    assert reverse("join:role", args=[programme.slug, role.pk]) in html
    assert "Willing to challenge constructively" in html


def test_a_role_profile_with_missing_fields_shows_what_to_fix(manager_client, programme, group):
    response = manager_client.post(
        reverse("recruitment:role_profile_create", args=[programme.slug]), {"group": group.pk}
    )
    html = response.content.decode()
    assert "There is a problem" in html and "Say what the role involves." in html
    assert not RoleProfile.objects.exists()


def test_a_manager_closes_a_role(manager_client, programme, role):
    url = reverse("recruitment:role_profile_edit", args=[programme.slug, role.pk])
    assert (
        'name="is_open" type="checkbox" value="on" checked'
        in manager_client.get(url).content.decode()
    )
    values = {"group": role.group_id, "title": role.title, "involves": role.involves}
    values |= {"meetings": role.meetings, "payment": role.payment, "hours_per_month": 10}
    manager_client.post(url, values)  # the open box left unticked
    role.refresh_from_db()
    assert not role.is_open and role.hours_per_month == 10


def test_a_member_sees_role_profiles_but_cannot_change_them(member_client, programme, role):
    assert (
        "Frailty lay partner"
        in page(member_client, "role_profile_list", programme).content.decode()
    )
    assert page(member_client, "role_profile_detail", programme, role.pk).status_code == 200
    assert page(member_client, "role_profile_create", programme).status_code == 403
    assert page(member_client, "role_profile_edit", programme, role.pk).status_code == 403


@pytest.mark.parametrize(
    ("name", "needs_pk"),
    [
        ("role_profile_list", False),
        ("role_profile_detail", "role"),
        ("candidate_list", False),
        ("candidate_detail", "candidate"),
        ("candidate_create", False),
        ("candidate_import", False),
        ("funnel_report", False),
    ],
)
def test_outsiders_find_nothing(outsider_client, programme, role, candidate, name, needs_pk):
    args = [{"role": role, "candidate": candidate}[needs_pk].pk] if needs_pk else []
    assert page(outsider_client, name, programme, *args).status_code == 404


def test_a_group_member_cannot_see_who_applied(member_client, programme, candidate):
    assert page(member_client, "candidate_list", programme).status_code == 403
    assert page(member_client, "candidate_detail", programme, candidate.pk).status_code == 403


def test_the_core_team_sees_candidates_but_not_contact_details_or_demographics(
    client, programme, candidate
):
    core = factories.UserFactory(email="core@example.org")
    factories.RoleFactory(user=core, programme=programme, role=Role.CORE_TEAM_MEMBER)
    client.force_login(core)
    html = page(client, "candidate_detail", programme, candidate.pk).content.decode()
    assert "Grace Hopper" in html
    assert "grace@example.org" not in html and "020 7946 0018" not in html
    assert "Mixed or multiple ethnic groups" not in html
    assert "Move to another stage" not in html


def test_a_manager_sees_contact_details_and_demographics(manager_client, programme, candidate):
    html = page(manager_client, "candidate_detail", programme, candidate.pk).content.decode()
    assert "grace@example.org" in html
    assert "Mixed or multiple ethnic groups" in html


def test_the_move_form_offers_only_the_next_stages(manager_client, programme, candidate):
    html = page(manager_client, "candidate_detail", programme, candidate.pk).content.decode()
    offered = re.findall(r'name="to_stage" type="radio" value="(\w+)"', html)
    assert offered == list(services.stages_after("applied"))
    assert "selected" not in offered


def test_withdrawing_needs_a_reason(manager_client, programme, candidate):
    url = reverse("recruitment:candidate_move", args=[programme.slug, candidate.pk])
    response = manager_client.post(url, {"to_stage": "withdrawn"})
    assert response.status_code == 400
    assert "Choose why they withdrew." in response.content.decode()
    candidate.refresh_from_db()
    assert candidate.stage == "applied"


def test_a_manager_records_a_withdrawal_and_it_shows_in_the_history(
    manager_client, programme, candidate
):
    url = reverse("recruitment:candidate_move", args=[programme.slug, candidate.pk])
    manager_client.post(url, {"to_stage": "withdrawn", "reason": "payment", "note": "Benefits"})
    candidate.refresh_from_db()
    assert (candidate.stage, candidate.withdrawal_reason) == ("withdrawn", "payment")
    html = page(manager_client, "candidate_detail", programme, candidate.pk).content.decode()
    assert "Withdrawn (payment)" in html


def test_a_member_cannot_move_a_candidate(member_client, programme, candidate):
    url = reverse("recruitment:candidate_move", args=[programme.slug, candidate.pk])
    assert member_client.post(url, {"to_stage": "in_pool"}).status_code == 403
    candidate.refresh_from_db()
    assert candidate.stage == "applied"


def test_staff_enter_an_application_from_paper(manager_client, manager, programme, role):
    response = manager_client.post(
        reverse("recruitment:candidate_create", args=[programme.slug]),
        {
            "role_profile": role.pk,
            "route": "applied",
            "full_name": "Mary Seacole",
            "postal_address": "1 High Street\nHarrow",
            "postcode": "HA1 1AA",
            "preferred_contact": "post",
        },
    )
    candidate = Candidate.objects.get(full_name="Mary Seacole")
    assert response["Location"] == reverse(
        "recruitment:candidate_detail", args=[programme.slug, candidate.pk]
    )
    assert candidate.entered_by == manager and candidate.preferred_contact == "post"


def test_a_member_cannot_open_staff_entry(member_client, programme):
    assert page(member_client, "candidate_create", programme).status_code == 403


def test_a_manager_records_answers_given_by_phone(manager_client, manager, programme, role):
    candidate = CandidateFactory(programme=programme, role_profile=role)
    url = reverse("recruitment:candidate_demographics", args=[programme.slug, candidate.pk])
    manager_client.post(url, {"age_band": "75 or over", "disability": "No", "consent": "on"})
    stored = Demographics.objects.get(candidate=candidate)
    assert stored.answers == {"age_band": "75 or over", "disability": "No"}
    assert stored.consent_recorded_by == manager


def test_answers_by_phone_without_consent_are_refused(manager_client, programme, role):
    candidate = CandidateFactory(programme=programme, role_profile=role)
    url = reverse("recruitment:candidate_demographics", args=[programme.slug, candidate.pk])
    response = manager_client.post(url, {"age_band": "75 or over"})
    assert "We can only keep these answers with consent" in response.content.decode()
    assert not Demographics.objects.exists()


def test_a_manager_deletes_answers(manager_client, programme, candidate):
    url = reverse("recruitment:candidate_demographics_erase", args=[programme.slug, candidate.pk])
    manager_client.post(url)
    assert not Demographics.objects.filter(candidate=candidate).exists()
    assert AuditEntry.objects.filter(action="demographics.erase").exists()


def test_a_member_cannot_record_or_delete_answers(member_client, programme, candidate):
    record = reverse("recruitment:candidate_demographics", args=[programme.slug, candidate.pk])
    erase = reverse("recruitment:candidate_demographics_erase", args=[programme.slug, candidate.pk])
    assert (
        member_client.post(record, {"age_band": "75 or over", "consent": "on"}).status_code == 403
    )
    assert member_client.post(erase).status_code == 403
    assert Demographics.objects.get(candidate=candidate).answers == {
        "ethnicity": "Mixed or multiple ethnic groups"
    }


def test_the_candidate_list_counts_each_stage_and_filters(manager_client, programme, role):
    CandidateFactory.create_batch(3, programme=programme, role_profile=role, stage="in_pool")
    CandidateFactory(programme=programme, role_profile=role, stage="applied", full_name="Zed Ng")
    response = manager_client.get(
        reverse("recruitment:candidate_list", args=[programme.slug]), {"stage": "applied"}
    )
    html = " ".join(response.content.decode().split())
    cells = (
        r'<td class="nhsuk-table__cell">{}</td> '
        r'<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{}</td>'
    )
    assert re.search(cells.format("In the pool", 3), html)
    assert re.search(cells.format("Applied", 1), html)
    assert "1 candidate matching your filters" in html
    assert "Zed Ng" in html


def test_a_long_candidate_list_comes_in_pages_of_100(manager_client, programme, role):
    CandidateFactory.create_batch(101, programme=programme, role_profile=role)
    url = reverse("recruitment:candidate_list", args=[programme.slug])
    first = manager_client.get(url).content.decode()
    assert "101 candidates, page 1 of 2" in first and "?page=2" in first
    assert "page 2 of 2" in manager_client.get(url, {"page": 2}).content.decode()
