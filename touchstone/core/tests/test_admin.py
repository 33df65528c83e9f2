"""Changes made in Django admin are audited like any other, and the log cannot be edited."""

import pytest

from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories


@pytest.fixture
def admin_client(client, db):
    admin = factories.UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)
    client.force_login(admin)
    return client


def test_admin_change_to_a_group_is_written_to_the_audit_log(admin_client, programme):
    group = factories.GroupFactory(programme=programme, name="Forum", kind="lay_forum")
    response = admin_client.post(
        f"/admin/programmes/group/{group.pk}/change/",
        {
            "programme": programme.pk,
            "name": "Lay partners forum",
            "kind": "lay_forum",
            "cadence": "quarterly",
            "min_lay_partners": "1",
            "purpose": "",
        },
    )
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="admin.change")
    assert entry.programme == programme
    assert entry.changes["name"] == "Lay partners forum"


def test_nobody_can_delete_audit_entries_in_admin(admin_client, programme):
    factories.GroupFactory(programme=programme)
    entry = AuditEntry.objects.create(
        action="test", target_type="x", target_id="1", target_repr="x", programme=programme
    )
    response = admin_client.post(f"/admin/core/auditentry/{entry.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_memberships_cannot_be_deleted_in_admin(admin_client, programme):
    membership = factories.MembershipFactory(group=factories.GroupFactory(programme=programme))
    response = admin_client.post(
        f"/admin/people/membership/{membership.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 403


def test_adding_a_user_in_admin_never_writes_the_password_to_the_log(admin_client):
    response = admin_client.post(
        "/admin/accounts/user/add/",
        {
            "email": "new@example.org",
            "full_name": "New Person",
            "password1": "Sup3r-secret-pass!",
            "password2": "Sup3r-secret-pass!",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="admin.add")
    assert "Sup3r-secret-pass!" not in str(entry.changes)
    assert entry.changes["password1"] == "(changed, not shown)"


def test_putting_a_person_on_a_second_register_in_admin_shows_in_both_records(
    admin_client, programme, other_programme
):
    person = factories.PersonFactory(full_name="Ada Lay", programmes=[programme])
    response = admin_client.post(
        f"/admin/people/person/{person.pk}/change/",
        {
            "full_name": "Ada Lay",
            "kind": "lay_partner",
            "email": person.email,
            "preferred_contact": "email",
            "programmes": [programme.pk, other_programme.pk],
            "phone": "",
            "postal_address": "",
        },
    )
    assert response.status_code == 302
    assert set(person.programmes.all()) == {programme, other_programme}
    for registered in (programme, other_programme):
        entry = AuditEntry.objects.get(action="admin.change", programme=registered)
        assert sorted(entry.changes["programmes"]) == ["Healthier Together", "Other Place"]


def test_admin_change_to_a_user_shows_in_their_programmes_record(admin_client, manager, programme):
    response = admin_client.post(
        f"/admin/accounts/user/{manager.pk}/change/",
        {
            "email": manager.email,
            "full_name": "Priya Renamed",
            "is_active": "on",
            "is_staff": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "09:00:00",
        },
    )
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="admin.change")
    assert entry.programme == programme
    assert entry.changes["full_name"] == "Priya Renamed"
