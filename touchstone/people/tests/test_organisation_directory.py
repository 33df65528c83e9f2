"""Organisations are one shared directory; each programme keeps its own engagement."""

import json

import pytest
from django.test import Client

from touchstone.accounts.models import Role
from touchstone.accounts.services import api_token_create
from touchstone.core.errors import ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.people import services
from touchstone.people.models import Engagement, Organisation


@pytest.fixture
def their_manager(other_programme):
    user = factories.UserFactory(email="their-manager@example.org")
    factories.RoleFactory(user=user, programme=other_programme, role=Role.PROGRAMME_MANAGER)
    return user


@pytest.fixture
def carers_centre(other_programme):
    """An organisation the other programme added to the directory."""
    return factories.EngagementFactory(
        programme=other_programme,
        organisation__name="Brent Carers Centre",
        organisation__category="carers_organisation",
        organisation__website="https://brentcarers.example.org",
        status="engaged",
    ).organisation


def test_programme_engages_an_organisation_another_programme_added(
    manager, programme, other_programme, carers_centre
):
    organisation = services.organisation_create(
        actor=manager,
        programme=programme,
        name="brent carers centre",
        category="voluntary_community",
        website="https://elsewhere.example.org",
        status="contacted",
    )
    assert organisation == carers_centre
    assert Organisation.objects.count() == 1
    assert Engagement.objects.get(programme=programme, organisation=carers_centre).status == (
        "contacted"
    )
    assert Engagement.objects.get(programme=other_programme).status == "engaged"
    carers_centre.refresh_from_db()
    assert carers_centre.category == "carers_organisation"
    assert carers_centre.website == "https://brentcarers.example.org"
    entry = AuditEntry.objects.get(programme=programme)
    assert entry.action == "organisation.engage"
    assert entry.changes["status"] == "contacted"
    assert "Already in the directory" in entry.changes["note"]
    assert "kept its existing category and website" in entry.changes["note"]


def test_blank_shared_details_are_filled_in_when_another_programme_engages(
    manager, programme, other_programme
):
    organisation = factories.EngagementFactory(
        programme=other_programme, organisation__name="Kilburn Library", organisation__website=""
    ).organisation
    services.organisation_create(
        actor=manager,
        programme=programme,
        name="Kilburn Library",
        category="gp_practice",
        website="https://library.example.org",
    )
    organisation.refresh_from_db()
    assert organisation.website == "https://library.example.org"
    ours = AuditEntry.objects.get(programme=programme)
    assert ours.changes["website"] == ["", "https://library.example.org"]
    theirs = AuditEntry.objects.get(programme=other_programme)
    assert theirs.changes["website"] == ["", "https://library.example.org"]


def test_programme_that_already_engages_an_organisation_is_refused_on_the_name_field(
    manager, programme
):
    factories.EngagementFactory(programme=programme, organisation__name="Elm Street Surgery")
    with pytest.raises(ServiceError) as refused:
        services.organisation_create(
            actor=manager, programme=programme, name="ELM STREET SURGERY", category="gp_practice"
        )
    assert refused.value.message == "This programme already engages Elm Street Surgery."
    assert refused.value.field == "name"
    assert Engagement.objects.count() == 1


def test_manager_links_an_organisation_already_in_the_directory(
    manager_client, programme, carers_centre
):
    response = manager_client.post(
        "/programmes/healthier-together/organisations/new/",
        {"name": "Brent Carers Centre", "category": "carers_organisation", "status": "contacted"},
        follow=True,
    )
    html = response.content.decode()
    assert (
        "Brent Carers Centre was already in the directory; it is now linked to this programme."
        in html
    )
    assert Engagement.objects.get(programme=programme).organisation == carers_centre


def test_api_links_an_organisation_already_in_the_directory(manager, programme, carers_centre):
    key = api_token_create(actor=manager, name="Test script")[1]
    response = Client().post(
        "/api/v1/programmes/healthier-together/organisations",
        data=json.dumps({"name": "Brent Carers Centre", "category": "carers_organisation"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}"},
    )
    assert response.status_code == 201, response.content
    assert response.json()["id"] == carers_centre.pk
    assert response.json()["status"] == "identified"


def test_changing_shared_details_is_recorded_in_every_engaging_programmes_log(
    manager, programme, other_programme, carers_centre
):
    services.organisation_create(
        actor=manager, programme=programme, name="Brent Carers Centre", category="gp_practice"
    )
    bystander = factories.ProgrammeFactory(name="Not involved")
    services.organisation_update(
        actor=manager,
        programme=programme,
        organisation=carers_centre,
        name="Brent Carers Hub",
        status="engaged",
    )
    ours = AuditEntry.objects.get(programme=programme, action="organisation.update")
    assert ours.changes == {
        "name": ["Brent Carers Centre", "Brent Carers Hub"],
        "status": ["identified", "engaged"],
    }
    [theirs] = AuditEntry.objects.filter(programme=other_programme, action="organisation.update")
    assert theirs.changes["name"] == ["Brent Carers Centre", "Brent Carers Hub"]
    assert theirs.changes["changed_in"] == "Healthier Together"
    assert "status" not in theirs.changes
    assert not AuditEntry.objects.filter(programme=bystander).exists()
    assert Engagement.objects.get(programme=other_programme).status == "engaged"


def test_changing_only_the_engagement_status_is_recorded_only_where_it_was_made(
    manager, programme, other_programme, carers_centre
):
    services.organisation_create(
        actor=manager, programme=programme, name="Brent Carers Centre", category="gp_practice"
    )
    services.organisation_update(
        actor=manager, programme=programme, organisation=carers_centre, status="declined"
    )
    assert AuditEntry.objects.filter(action="organisation.update").count() == 1
    assert Engagement.objects.get(programme=other_programme).status == "engaged"
    assert Engagement.objects.get(programme=programme).status == "declined"
