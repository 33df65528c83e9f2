"""Applying and nominating through the public pages, with no account."""

import re

import pytest
from django.urls import reverse

from touchstone.core.tests import factories
from touchstone.recruitment.models import Candidate, Demographics
from touchstone.recruitment.public_views import SENDS_PER_HOUR
from touchstone.recruitment.tests.factories import RoleProfileFactory


@pytest.fixture
def role(programme):
    return RoleProfileFactory(
        programme=programme, title="Lay partner, frailty", qualities=["listening"]
    )


def url(name, role):
    return reverse(f"join:{name}", args=[role.programme.slug, role.pk])


def key_on(html: str) -> str:
    return re.search(r'name="submission_key" value="([0-9a-f]{32})"', html).group(1)


def application(client, role, **values):
    key = key_on(client.get(url("apply", role)).content.decode())
    return {
        "submission_key": key,
        "full_name": "Ada Lovelace",
        "email": "ada@example.org",
        "preferred_contact": "email",
        "about": "My mother's care was fragmented; I want to help fix that.",
        "qualities": ["lived_carer", "listening"],
    } | values


def test_the_role_page_shows_the_role_to_anyone(client, role):
    html = client.get(url("role", role)).content.decode()
    assert "Lay partner, frailty" in html
    assert "Listening and building consensus" in html
    assert url("apply", role) in html and url("nominate", role) in html


def test_the_role_page_says_how_to_apply_on_paper_or_by_phone(client, role):
    role.contact = "Phone 0118 496 0999"
    role.save()
    assert "Phone 0118 496 0999" in client.get(url("role", role)).content.decode()


@pytest.mark.parametrize("page", ["role", "apply", "nominate", "thanks"])
def test_a_closed_role_is_not_found(client, role, page):
    role.is_open = False
    role.save()
    assert client.get(url(page, role)).status_code == 404


def test_an_unknown_role_or_wrong_programme_is_not_found(client, role, other_programme):
    assert client.get(reverse("join:role", args=[role.programme.slug, 999])).status_code == 404
    assert client.get(reverse("join:role", args=[other_programme.slug, role.pk])).status_code == 404


def test_the_apply_form_explains_why_demographics_are_asked(client, role):
    html = client.get(url("apply", role)).content.decode()
    assert "so the group reflects the people it serves" in html
    assert "How old are you? (optional)" in html


def test_an_application_with_consent_stores_the_candidate_and_answers(client, role):
    values = application(client, role, age_band="65 to 74", carer="Yes", consent="on")
    response = client.post(url("apply", role), values)
    assert response.status_code == 302 and response["Location"] == url("thanks", role)
    candidate = Candidate.objects.get()
    assert (candidate.stage, candidate.entered_by) == ("applied", None)
    assert candidate.qualities == ["lived_carer", "listening"]
    stored = Demographics.objects.get(candidate=candidate)
    assert stored.answers == {"age_band": "65 to 74", "carer": "Yes"}
    assert stored.consent_recorded_by is None
    assert "Application sent" in client.get(response["Location"]).content.decode()


def test_answers_without_consent_are_refused_and_nothing_is_stored(client, role):
    values = application(client, role, age_band="65 to 74")
    response = client.post(url("apply", role), values)
    assert response.status_code == 400
    assert "We can only keep these answers with consent" in response.content.decode()
    assert not Candidate.objects.exists()


def test_an_application_without_any_demographics_is_fine(client, role):
    response = client.post(url("apply", role), application(client, role))
    assert response.status_code == 302
    assert Candidate.objects.count() == 1 and not Demographics.objects.exists()


def test_a_double_submit_makes_one_candidate_and_the_same_thank_you(client, role):
    values = application(client, role)
    first = client.post(url("apply", role), values)
    second = client.post(url("apply", role), values)
    assert first["Location"] == second["Location"] == url("thanks", role)
    assert Candidate.objects.count() == 1


def test_each_visit_to_the_form_gets_a_new_key(client, role):
    assert key_on(client.get(url("apply", role)).content.decode()) != key_on(
        client.get(url("apply", role)).content.decode()
    )


def test_too_many_sends_from_one_address_are_refused_with_a_message(client, role):
    for _ in range(SENDS_PER_HOUR):
        assert client.post(url("apply", role), application(client, role)).status_code == 302
    response = client.post(url("apply", role), application(client, role))
    assert response.status_code == 429
    assert "try again in an hour" in response.content.decode()
    assert Candidate.objects.count() == SENDS_PER_HOUR


def test_overlong_text_is_refused(client, role):
    response = client.post(url("apply", role), application(client, role, about="x" * 2001))
    assert response.status_code == 400
    assert "Use 2,000 characters or fewer here." in response.content.decode()
    assert not Candidate.objects.exists()


def test_a_missing_name_is_shown_in_the_error_summary(client, role):
    response = client.post(url("apply", role), application(client, role, full_name=""))
    html = response.content.decode()
    assert "There is a problem" in html and "Enter your full name." in html
    assert not Candidate.objects.exists()


def test_a_signed_in_member_can_still_apply_as_a_member_of_the_public(member_client, role):
    response = member_client.post(url("apply", role), application(member_client, role))
    assert response.status_code == 302
    assert Candidate.objects.get().entered_by is None


def test_an_organisation_nominates_someone(client, programme, role):
    carers = factories.OrganisationFactory(name="Harrow Carers")
    factories.EngagementFactory(programme=programme, organisation=carers)
    key = key_on(client.get(url("nominate", role)).content.decode())
    response = client.post(
        url("nominate", role),
        {
            "submission_key": key,
            "organisation_name": "harrow carers",
            "nominator_name": "Jo Bloggs",
            "nominator_email": "jo@example.org",
            "full_name": "Mary Seacole",
            "phone": "020 7946 0018",
            "preferred_contact": "phone",
        },
    )
    assert response["Location"] == url("thanks", role) + "?nominated=1"
    candidate = Candidate.objects.get()
    assert (candidate.route, candidate.stage, candidate.nominated_by) == (
        "nominated",
        "nominated",
        carers,
    )
    assert "Nomination sent" in client.get(response["Location"]).content.decode()


def test_a_form_posted_without_its_key_still_makes_one_candidate(client, role):
    values = application(client, role)
    del values["submission_key"]
    assert client.post(url("apply", role), values).status_code == 302
    assert len(Candidate.objects.get().submission_key) == 32
