"""Fixtures shared by every test: a programme, its manager, a member, and an outsider."""

import pytest
from django.core.cache import cache

from touchstone.accounts.models import Role
from touchstone.core.tests import factories


def pytest_collection_modifyitems(items):
    """Run modules marked slow first, so parallel workers (make test) finish together."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def empty_cache():
    """Start every test with no rate-limit counts left over from another."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def programme(db):
    return factories.ProgrammeFactory(name="Healthier Together", slug="healthier-together")


@pytest.fixture
def manager(programme):
    """A programme manager of `programme`: may do everything there."""
    user = factories.UserFactory(
        email="manager@example.org", full_name="Priya Manager", is_staff=True
    )
    factories.RoleFactory(user=user, programme=programme, role=Role.PROGRAMME_MANAGER)
    return user


@pytest.fixture
def member(programme):
    """A lay partner sitting in a group of `programme`: may look but not change."""
    user = factories.UserFactory(email="member@example.org", full_name="Lee Member")
    factories.RoleFactory(user=user, programme=programme, role=Role.GROUP_MEMBER)
    return user


@pytest.fixture
def other_programme(db):
    return factories.ProgrammeFactory(name="Other Place", slug="other-place")


@pytest.fixture
def outsider(other_programme):
    """A programme manager of a different programme: must see nothing of `programme`."""
    user = factories.UserFactory(
        email="outsider@example.org", full_name="Olu Outsider", is_staff=True
    )
    factories.RoleFactory(user=user, programme=other_programme, role=Role.PROGRAMME_MANAGER)
    return user


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def outsider_client(client, outsider):
    client.force_login(outsider)
    return client
