"""Lived experience is special-category health data: only programme managers see it."""

import json
from unittest import mock

import pytest
from django.shortcuts import render
from django.test import Client

from touchstone.accounts import access
from touchstone.accounts.models import Role
from touchstone.accounts.services import api_token_create
from touchstone.core.tests import factories

BASE = "/programmes/healthier-together"
API = "/api/v1/programmes/healthier-together"


@pytest.fixture
def carer(programme):
    return factories.PersonFactory(
        full_name="Ada Lovelace",
        patient_experience=True,
        carer_experience=True,
        programmes=[programme],
    )


@pytest.fixture(params=[Role.GROUP_MEMBER, Role.CORE_TEAM_MEMBER])
def colleague(request, programme):
    """Someone who may see the register but is not a programme manager."""
    user = factories.UserFactory(email=f"{request.param}@example.org")
    factories.RoleFactory(user=user, programme=programme, role=request.param)
    return user


def html_for(user, url: str) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def context_for(user, url: str) -> dict:
    """Return the context the view handed to its template."""
    client = Client()
    client.force_login(user)
    with mock.patch("touchstone.people.views.render", wraps=render) as spy:
        assert client.get(url).status_code == 200
    return spy.call_args.args[2]


def api_get(user, path: str):
    key = api_token_create(actor=user, name="Test script")[1]
    response = Client().get(API + path, headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def test_only_programme_managers_may_view_sensitive_data(programme, manager, member):
    assert access.can(manager, "view_sensitive", programme)
    assert not access.can(member, "view_sensitive", programme)
    core = factories.UserFactory()
    factories.RoleFactory(user=core, programme=programme, role=Role.CORE_TEAM_MEMBER)
    assert not access.can(core, "view_sensitive", programme)


def test_manager_sees_lived_experience_on_the_list_and_the_persons_page(manager, carer):
    listing = html_for(manager, f"{BASE}/people/")
    assert "Lived experience" in listing and "Patient and Carer" in listing
    detail = html_for(manager, f"{BASE}/people/{carer.pk}/")
    assert "Lived experience" in detail
    assert "As a patient or service user and as a carer" in detail


def test_group_and_core_team_members_do_not_see_lived_experience_on_the_list(colleague, carer):
    listing = html_for(colleague, f"{BASE}/people/")
    assert "Ada Lovelace" in listing
    assert "Lived experience" not in listing
    assert "Patient and Carer" not in listing


def test_group_and_core_team_members_do_not_see_lived_experience_on_a_persons_page(
    colleague, carer
):
    detail = html_for(colleague, f"{BASE}/people/{carer.pk}/")
    assert "Ada Lovelace" in detail
    assert "Lived experience" not in detail
    assert "as a carer" not in detail.lower()


def test_lived_experience_never_reaches_the_templates_of_those_who_may_not_see_it(
    member, manager, carer
):
    for url in (f"{BASE}/people/", f"{BASE}/people/{carer.pk}/"):
        assert "lived_experience" not in context_for(member, url), url
        assert context_for(manager, url)["lived_experience"], url


def test_api_gives_lived_experience_to_managers_only(colleague, manager, carer):
    for user, expected in ((manager, True), (colleague, None)):
        [listed] = api_get(user, "/people")
        shown = api_get(user, f"/people/{carer.pk}")
        for person in (listed, shown):
            assert person["full_name"] == "Ada Lovelace"
            assert person["patient_experience"] is expected, user
            assert person["carer_experience"] is expected, user
