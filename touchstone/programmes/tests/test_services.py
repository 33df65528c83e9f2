"""Programme and group services: the rules, the audit trail, and access."""

import datetime

import pytest

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.programmes import services
from touchstone.programmes.adapters import findings_for
from touchstone.programmes.defaults import DEFAULT_MODULES, DEFAULT_STEPS
from touchstone.programmes.models import Group, Programme


def make_programme(actor, **overrides):
    values = {
        "name": "Better Together",
        "area": "Northshire",
        "purpose": "Design care together.",
        "starts_on": datetime.date(2026, 1, 1),
    }
    return services.programme_create(actor=actor, **{**values, **overrides})


@pytest.fixture
def staff(db):
    return factories.UserFactory(email="staff@example.org", is_staff=True)


def test_new_programme_gets_the_default_modules_and_steps(staff):
    programme = make_programme(staff)
    assert [m.name for m in programme.modules.all()] == list(DEFAULT_MODULES)
    assert [s.name for s in programme.steps.all()] == list(DEFAULT_STEPS)


def test_creator_becomes_programme_manager_and_creation_is_audited(staff):
    programme = make_programme(staff)
    assert programme.roles.get(user=staff).role == "programme_manager"
    entry = AuditEntry.objects.get(action="programme.create")
    assert entry.programme == programme
    assert entry.actor == staff
    assert entry.changes["name"] == "Better Together"


def test_non_staff_cannot_start_a_programme(db):
    lay = factories.UserFactory(email="lay@example.org")
    with pytest.raises(AccessDenied):
        make_programme(lay)
    assert not Programme.objects.exists()


def test_programme_ending_before_it_starts_is_refused_and_nothing_saved(staff):
    with pytest.raises(ServiceError, match="end date") as caught:
        make_programme(staff, ends_on=datetime.date(2025, 1, 1))
    assert caught.value.field == "ends_on"
    assert not Programme.objects.exists()


def test_programmes_with_the_same_name_get_distinct_addresses(staff):
    first, second = make_programme(staff), make_programme(staff)
    assert first.slug == "better-together"
    assert second.slug == "better-together-2"


def test_update_records_exactly_what_changed(programme, manager):
    services.programme_update(
        actor=manager, programme=programme, area="Southshire", steps=["Listen", "Design", "Test"]
    )
    entry = AuditEntry.objects.get(action="programme.update")
    assert entry.changes["area"] == ["North West London", "Southshire"]
    assert entry.changes["steps"][1] == ["Listen", "Design", "Test"]
    assert "name" not in entry.changes


def test_removing_a_module_that_a_working_group_uses_is_refused(programme, manager):
    services.programme_update(actor=manager, programme=programme, modules=["Informatics"])
    module = programme.modules.get()
    services.group_create(
        actor=manager,
        programme=programme,
        name="Informatics group",
        kind="working_group",
        module=module,
    )
    with pytest.raises(ServiceError, match="still has a working group"):
        services.programme_update(actor=manager, programme=programme, modules=["Finance"])
    assert [m.name for m in programme.modules.all()] == ["Informatics"]


def test_member_cannot_change_a_programme(programme, member):
    with pytest.raises(AccessDenied):
        services.programme_update(actor=member, programme=programme, name="Hijacked")
    programme.refresh_from_db()
    assert programme.name == "Healthier Together"


def test_group_lay_minimum_defaults_from_its_kind(programme, manager):
    core = services.group_create(
        actor=manager, programme=programme, name="Core design team", kind="core_design_team"
    )
    other = services.group_create(
        actor=manager, programme=programme, name="Reading circle", kind="other"
    )
    assert core.min_lay_partners == 2
    assert other.min_lay_partners == 0


@pytest.mark.parametrize("kind", ["lay_advisory_group", "lay_forum"])
def test_lay_group_needs_one_lay_partner_by_default(programme, manager, kind):
    group = services.group_create(actor=manager, programme=programme, name="Lay group", kind=kind)
    assert group.min_lay_partners == 1


def test_advisory_group_of_fourteen_is_warned_about_its_size_not_blocked(programme, manager):
    group = services.group_create(
        actor=manager,
        programme=programme,
        name="Lay Partners Advisory Group",
        kind="lay_advisory_group",
        min_members=15,
        max_members=25,
    )
    for _ in range(14):
        factories.MembershipFactory(group=group)
    about_it = [
        (f.code, f.severity) for f in findings_for(programme) if f.subject_id == str(group.pk)
    ]
    assert about_it == [("advisory_size", "warning")]


def test_working_group_needs_a_design_module(programme, manager):
    with pytest.raises(ServiceError, match="design module") as caught:
        services.group_create(
            actor=manager, programme=programme, name="Loose group", kind="working_group"
        )
    assert caught.value.field == "module"
    assert not Group.objects.exists()


def test_duplicate_group_name_is_refused_with_a_field_message(programme, manager):
    services.group_create(actor=manager, programme=programme, name="Forum", kind="lay_forum")
    with pytest.raises(ServiceError, match="already has a group") as caught:
        services.group_create(actor=manager, programme=programme, name="Forum", kind="lay_forum")
    assert caught.value.field == "name"
    assert Group.objects.count() == 1


def test_group_cannot_report_to_its_own_sub_group(programme, manager):
    top = services.group_create(actor=manager, programme=programme, name="Top", kind="other")
    child = services.group_create(
        actor=manager, programme=programme, name="Child", kind="other", parent=top
    )
    with pytest.raises(ServiceError, match="cannot sit under itself"):
        services.group_update(actor=manager, group=top, parent=child)
    top.refresh_from_db()
    assert top.parent is None


def test_group_cannot_report_to_a_group_in_another_programme(programme, manager, other_programme):
    foreign = factories.GroupFactory(programme=other_programme, name="Foreign")
    with pytest.raises(ServiceError, match="from this programme"):
        services.group_create(
            actor=manager, programme=programme, name="Mine", kind="other", parent=foreign
        )


def test_group_size_range_must_make_sense(programme, manager):
    with pytest.raises(ServiceError, match="smallest size") as caught:
        services.group_create(
            actor=manager,
            programme=programme,
            name="Advisory",
            kind="lay_advisory_group",
            min_members=25,
            max_members=15,
        )
    assert caught.value.field == "max_members"
