"""Text longer than its database column is a 422 naming the field, never a server error."""

import json

import pytest
from django.test import Client

from touchstone.accounts.services import api_token_create
from touchstone.core.tests import factories
from touchstone.people.models import Membership, Organisation, Person

BASE = "/api/v1/programmes/healthier-together"
PERSON = {"full_name": "Ada Lovelace", "kind": "lay_partner", "email": "ada@example.org"}
ORGANISATION = {"name": "Kilburn Library", "category": "gp_practice"}


def too_long_url(length: int) -> str:
    return "https://example.org/" + "a" * (length - len("https://example.org/"))


@pytest.fixture
def send(manager):
    key = api_token_create(actor=manager, name="Test script")[1]
    client = Client()

    def send(method: str, path: str, body: dict):
        return getattr(client, method)(
            BASE + path,
            data=json.dumps(body),
            content_type="application/json",
            headers={"Authorization": f"Bearer {key}"},
        )

    return send


@pytest.fixture
def seat(programme):
    person = factories.PersonFactory(programmes=[programme])
    return factories.MembershipFactory(person=person, group__programme=programme)


@pytest.fixture
def organisation(programme):
    return factories.EngagementFactory(programme=programme).organisation


def assert_refused(response, field: str):
    assert response.status_code == 422, (response.status_code, response.content)
    assert field in response.json()["errors"], response.json()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("full_name", "A" * 201),
        ("email", "a" * 243 + "@example.org"),
        ("phone", "0" * 33),
        ("postal_address", "1 High Street " * 72),
    ],
)
def test_over_long_person_details_are_refused_naming_the_field(send, field, value):
    assert_refused(send("post", "/people", PERSON | {field: value}), field)
    assert not Person.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"), [("full_name", "A" * 201), ("phone", "0" * 33), ("email", "a" * 255)]
)
def test_over_long_changes_to_a_person_are_refused_naming_the_field(send, programme, field, value):
    person = factories.PersonFactory(full_name="Ada Lovelace", programmes=[programme])
    assert_refused(send("patch", f"/people/{person.pk}", {field: value}), field)
    person.refresh_from_db()
    assert person.full_name == "Ada Lovelace"


@pytest.mark.parametrize(("field", "value"), [("name", "A" * 201), ("website", too_long_url(201))])
def test_over_long_organisation_details_are_refused_naming_the_field(
    send, organisation, field, value
):
    assert_refused(send("post", "/organisations", ORGANISATION | {field: value}), field)
    assert_refused(send("patch", f"/organisations/{organisation.pk}", {field: value}), field)
    assert Organisation.objects.count() == 1


def test_over_long_reason_for_ending_a_membership_is_refused_naming_the_field(send, seat):
    response = send("post", f"/memberships/{seat.pk}/end", {"reason": "Moved away. " * 30})
    assert_refused(response, "reason")
    assert Membership.objects.get(pk=seat.pk).ended_on is None


def test_reason_for_ending_a_membership_may_fill_its_column(send, seat):
    response = send("post", f"/memberships/{seat.pk}/end", {"reason": "R" * 300})
    assert response.status_code == 200, response.content
    assert Membership.objects.get(pk=seat.pk).end_reason == "R" * 300
