"""Programme managers let people sign in, choose what they may do, and take it away."""

import re

import pytest
from django.core import mail

from touchstone.accounts.models import ProgrammeRole, User
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.people import services


@pytest.fixture
def carer(programme):
    return factories.PersonFactory(
        full_name="Carys Carer", email="carys@example.org", programmes=[programme]
    )


def access_url(person):
    return f"/programmes/healthier-together/people/{person.pk}/access/"


def test_manager_lets_a_lay_partner_sign_in_and_they_are_emailed(
    manager_client, carer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(
            access_url(carer), {"action": "grant", "role": "group_member"}
        )
    assert response["Location"] == f"/programmes/healthier-together/people/{carer.pk}/"
    carer.refresh_from_db()
    assert carer.user.email == "carys@example.org"
    assert not carer.user.has_usable_password()
    assert ProgrammeRole.objects.get(user=carer.user).role == "group_member"
    assert mail.outbox[-1].to == ["carys@example.org"]
    assert "You do not need a password" in mail.outbox[-1].body
    assert AuditEntry.objects.filter(action="access.grant", target_id=str(carer.pk)).exists()


def test_invited_person_can_then_sign_in_by_link_and_see_the_programme(
    manager_client, carer, client, django_capture_on_commit_callbacks
):
    manager_client.post(access_url(carer), {"action": "grant", "role": "observer"})
    manager_client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/sign-in/", {"email": "carys@example.org"})
    link = re.search(r"http://testserver(\S+)", mail.outbox[-1].body)[1]
    client.post(link)
    assert client.get("/programmes/healthier-together/").status_code == 200
    assert client.get("/programmes/healthier-together/people/").status_code == 403


def test_person_without_email_cannot_be_given_sign_in_and_nothing_changes(
    manager_client, programme
):
    no_email = factories.PersonFactory(
        email="", programmes=[programme], preferred_contact="post", postal_address="1 High Street"
    )
    page = manager_client.post(
        access_url(no_email), {"action": "grant", "role": "observer"}
    ).content.decode()
    assert "Add an email address to their details first" in page
    assert not User.objects.filter(person=no_email).exists()


def test_revoking_access_keeps_the_account_but_hides_the_programme(manager_client, carer):
    manager_client.post(access_url(carer), {"action": "grant", "role": "group_member"})
    manager_client.post(access_url(carer), {"action": "revoke"})
    carer.refresh_from_db()
    assert carer.user is not None
    assert not ProgrammeRole.objects.filter(user=carer.user).exists()
    assert AuditEntry.objects.filter(action="access.revoke").exists()


def test_members_cannot_manage_access(member_client, carer):
    assert member_client.get(access_url(carer)).status_code == 403
    assert (
        member_client.post(
            access_url(carer), {"action": "grant", "role": "programme_manager"}
        ).status_code
        == 403
    )
    assert member_client.get("/programmes/healthier-together/access/").status_code == 403
    carer.refresh_from_db()
    assert carer.user is None


def test_access_list_shows_who_can_sign_in(manager_client, carer):
    manager_client.post(access_url(carer), {"action": "grant", "role": "observer"})
    page = manager_client.get("/programmes/healthier-together/access/").content.decode()
    assert "Carys Carer" in page
    assert "carys@example.org" in page
    assert "Priya Manager" in page


def test_manager_cannot_remove_their_own_access(manager_client, manager, programme):
    me = factories.PersonFactory(
        full_name="Priya Manager",
        email="manager@example.org",
        programmes=[programme],
        user=manager,
        kind="programme_manager",
    )
    assert manager_client.post(access_url(me), {"action": "revoke"}).status_code == 403
    assert ProgrammeRole.objects.filter(user=manager).exists()


def test_an_observer_seat_gives_only_observer_access(manager, programme, carer):
    carer.user = factories.UserFactory(email="carys@example.org", password=None)
    carer.save()
    services.membership_add(
        actor=manager,
        group=factories.GroupFactory(programme=programme),
        person=carer,
        role="observer",
    )
    assert ProgrammeRole.objects.get(user=carer.user).role == "observer"


def test_leaving_the_last_group_lowers_access_to_observer_and_is_audited(manager, programme, carer):
    carer.user = factories.UserFactory(email="carys@example.org", password=None)
    carer.save()
    membership = services.membership_add(
        actor=manager, group=factories.GroupFactory(programme=programme), person=carer
    )
    assert ProgrammeRole.objects.get(user=carer.user).role == "group_member"
    services.membership_end(actor=manager, membership=membership, reason="Moved away")
    assert ProgrammeRole.objects.get(user=carer.user).role == "observer"
    entry = AuditEntry.objects.filter(action="role.grant").latest("id")
    assert entry.changes["role"] == ["group_member", "observer"]


def test_leaving_one_group_keeps_access_another_seat_needs(manager, programme, carer):
    carer.user = factories.UserFactory(email="carys@example.org", password=None)
    carer.save()
    core = factories.GroupFactory(programme=programme, kind="core_design_team")
    services.membership_add(actor=manager, group=core, person=carer)
    other = services.membership_add(
        actor=manager, group=factories.GroupFactory(programme=programme), person=carer
    )
    services.membership_end(actor=manager, membership=other, reason="Too much")
    assert ProgrammeRole.objects.get(user=carer.user).role == "core_team_member"
