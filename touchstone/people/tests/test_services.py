"""Writes on people, organisations and memberships: the rules and the audit trail."""

import datetime

import pytest

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.people import services
from touchstone.people.models import Engagement, Membership, Person


def add_person(actor, programme, **values):
    defaults = {"full_name": "Ada Lovelace", "kind": "lay_partner", "email": "ada@example.org"}
    return services.person_create(actor=actor, programme=programme, **(defaults | values))


@pytest.fixture
def group(programme):
    return factories.GroupFactory(
        programme=programme, name="Informatics working group", kind="working_group"
    )


@pytest.fixture
def lay_partner(programme):
    return factories.PersonFactory(full_name="Grace Hopper", programmes=[programme])


def test_person_create_normalises_a_uk_phone_number(manager, programme):
    person = add_person(manager, programme, phone="+44 20 7946 0018", preferred_contact="phone")
    person.refresh_from_db()
    assert person.phone == "020 7946 0018"
    assert person.programmes.get() == programme


def test_person_create_rejects_a_bad_phone_number_with_the_field_message(manager, programme):
    with pytest.raises(ServiceError) as caught:
        add_person(manager, programme, phone="12345")
    assert caught.value.field == "phone"
    assert caught.value.message.startswith("Enter a UK phone number")
    assert not Person.objects.exists()


def test_preferring_post_without_an_address_is_refused_and_nothing_is_stored(manager, programme):
    with pytest.raises(ServiceError) as caught:
        add_person(manager, programme, preferred_contact="post", postal_address="  ")
    assert caught.value.field == "postal_address"
    assert "postal address" in caught.value.message
    assert not Person.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_person_who_does_not_use_a_computer_can_be_added_for_post(manager, programme):
    person = add_person(
        manager,
        programme,
        email="",
        preferred_contact="post",
        postal_address="1 High Street\nLondon W1 1AA",
    )
    assert person.email == ""
    assert person.get_preferred_contact_display() == "Post"


def test_member_cannot_add_a_person(member, programme):
    with pytest.raises(AccessDenied):
        add_person(member, programme)
    assert not Person.objects.exists()


def test_adding_the_same_open_membership_twice_is_refused(manager, group, lay_partner):
    services.membership_add(actor=manager, group=group, person=lay_partner)
    with pytest.raises(ServiceError) as caught:
        services.membership_add(actor=manager, group=group, person=lay_partner)
    assert caught.value.message == "Grace Hopper is already a member of Informatics working group."
    assert Membership.objects.filter(group=group).count() == 1


def test_membership_end_keeps_the_row_and_records_the_reason(manager, group, lay_partner):
    membership = services.membership_add(
        actor=manager, group=group, person=lay_partner, started_on=datetime.date(2026, 2, 1)
    )
    services.membership_end(
        actor=manager,
        membership=membership,
        reason="Moved to Leeds",
        ended_on=datetime.date(2026, 6, 30),
    )
    stored = Membership.objects.get(pk=membership.pk)
    assert (stored.ended_on, stored.end_reason) == (datetime.date(2026, 6, 30), "Moved to Leeds")
    entry = AuditEntry.objects.get(action="membership.end")
    assert entry.changes == {"ended_on": "2026-06-30", "reason": "Moved to Leeds"}


def test_a_person_can_rejoin_a_group_after_their_membership_ended(manager, group, lay_partner):
    first = services.membership_add(
        actor=manager, group=group, person=lay_partner, started_on=datetime.date(2026, 2, 1)
    )
    services.membership_end(
        actor=manager, membership=first, reason="Break", ended_on=datetime.date(2026, 3, 1)
    )
    services.membership_add(actor=manager, group=group, person=lay_partner)
    assert Membership.objects.filter(group=group, person=lay_partner).count() == 2


def test_person_create_is_audited_with_the_values_stored(manager, programme):
    person = add_person(manager, programme, phone="02079460018")
    entry = AuditEntry.objects.get(action="person.create")
    assert (entry.programme, entry.target_id, entry.actor) == (programme, str(person.pk), manager)
    assert entry.changes["full_name"] == "Ada Lovelace"
    assert entry.changes["phone"] == "020 7946 0018"


def test_person_update_is_audited_field_by_field(manager, programme):
    person = add_person(manager, programme)
    services.person_update(
        actor=manager,
        programme=programme,
        person=person,
        full_name="Ada King",
        carer_experience=True,
    )
    entry = AuditEntry.objects.get(action="person.update")
    assert entry.changes == {
        "full_name": ["Ada Lovelace", "Ada King"],
        "carer_experience": [False, True],
    }


def test_organisation_writes_are_audited_with_the_engagement_status(manager, programme):
    organisation = services.organisation_create(
        actor=manager,
        programme=programme,
        name="Brent Carers Centre",
        category="carers_organisation",
    )
    services.organisation_update(
        actor=manager,
        programme=programme,
        organisation=organisation,
        status="engaged",
        website="https://brentcarers.example.org",
    )
    created = AuditEntry.objects.get(action="organisation.create")
    updated = AuditEntry.objects.get(action="organisation.update")
    assert created.changes["status"] == "identified"
    assert updated.changes == {
        "website": ["", "https://brentcarers.example.org"],
        "status": ["identified", "engaged"],
    }
    assert Engagement.objects.get(programme=programme).status == "engaged"


def test_membership_add_and_role_change_are_audited(manager, group, lay_partner):
    membership = services.membership_add(actor=manager, group=group, person=lay_partner)
    services.membership_change_role(actor=manager, membership=membership, role="co_chair")
    added = AuditEntry.objects.get(action="membership.add")
    changed = AuditEntry.objects.get(action="membership.change_role")
    assert added.changes["person"] == "Grace Hopper"
    assert added.changes["group"] == "Informatics working group"
    assert changed.changes == {"role": ["member", "co_chair"]}


def test_phone_number_too_long_to_store_is_refused_with_a_message(manager, programme):
    with pytest.raises(ServiceError, match="too long") as caught:
        services.person_create(
            actor=manager,
            programme=programme,
            full_name="Long Number",
            kind="clinician",
            email="long@example.org",
            phone="+12015550123 ext. 1234567890123",
        )
    assert caught.value.field == "phone"
    assert not Person.objects.filter(full_name="Long Number").exists()
