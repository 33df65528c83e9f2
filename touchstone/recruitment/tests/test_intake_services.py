"""Role profiles and new candidates: who may add them, what is stored, what is audited."""

import pytest
from django.contrib.auth.models import AnonymousUser

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.recruitment import intake
from touchstone.recruitment.models import Candidate, Demographics, RoleProfile, StageChange
from touchstone.recruitment.tests.factories import RoleProfileFactory

ROLE = {
    "title": "Lay partner, frailty design group",
    "involves": "Helping to redesign care for older people.",
    "hours_per_month": 8,
    "meetings": "One 2-hour meeting a month",
    "payment": "paid",
    "qualities": ["listening", "lived_carer"],
}


@pytest.fixture
def group(programme):
    return factories.GroupFactory(programme=programme, name="Frailty design group")


@pytest.fixture
def role(programme, group):
    return RoleProfileFactory(programme=programme, group=group)


def apply(role, **values):
    defaults = {"full_name": "Ada Lovelace", "email": "ada@example.org"}
    return intake.candidate_create(
        actor=AnonymousUser(), role_profile=role, route="applied", **(defaults | values)
    )


def test_role_profile_create_stores_the_role_and_audits_it(manager, programme, group):
    role = intake.role_profile_create(actor=manager, programme=programme, group=group, **ROLE)
    assert role.qualities == ["lived_carer", "listening"]  # in the vocabulary's order
    entry = AuditEntry.objects.get(action="role_profile.create")
    assert entry.actor == manager and entry.target_id == str(role.pk)


def test_a_member_cannot_create_a_role_profile(member, programme, group):
    with pytest.raises(AccessDenied):
        intake.role_profile_create(actor=member, programme=programme, group=group, **ROLE)
    assert not RoleProfile.objects.exists()


def test_a_role_profile_cannot_use_another_programmes_group(manager, programme, other_programme):
    elsewhere = factories.GroupFactory(programme=other_programme)
    with pytest.raises(ServiceError) as caught:
        intake.role_profile_create(actor=manager, programme=programme, group=elsewhere, **ROLE)
    assert caught.value.field == "group"
    assert not RoleProfile.objects.exists() and not AuditEntry.objects.exists()


def test_role_profile_update_audits_only_what_changed(manager, role):
    intake.role_profile_update(actor=manager, role_profile=role, is_open=False, title=role.title)
    entry = AuditEntry.objects.get(action="role_profile.update")
    assert entry.changes == {"is_open": [True, False]}


def test_staff_entry_records_who_entered_it_and_the_first_stage(manager, role):
    candidate = intake.candidate_create(
        actor=manager,
        role_profile=role,
        route="invited",
        full_name="Grace Hopper",
        phone="020 7946 0018",
        preferred_contact="phone",
        community="Somali community centre, Harrow",
    )
    assert candidate.entered_by == manager
    assert candidate.stage == "invited_to_workshop"
    assert candidate.community == "Somali community centre, Harrow"
    assert StageChange.objects.get(candidate=candidate).to_stage == "invited_to_workshop"
    assert AuditEntry.objects.get(action="candidate.create").actor == manager


def test_a_public_application_is_stored_with_no_one_entering_it(role):
    candidate = apply(role, postcode=" nw1  2ab ")
    assert candidate.stage == "applied" and candidate.entered_by is None
    assert candidate.postcode == "NW1 2AB"
    assert AuditEntry.objects.get(action="candidate.create").actor is None


def test_a_closed_role_takes_no_public_application(role):
    role.is_open = False
    role.save()
    with pytest.raises(ServiceError):
        apply(role)
    assert not Candidate.objects.exists()


def test_the_public_cannot_record_an_invitation(role):
    with pytest.raises(ServiceError):
        intake.candidate_create(
            actor=AnonymousUser(),
            role_profile=role,
            route="invited",
            full_name="X",
            email="x@e.org",
        )
    assert not Candidate.objects.exists()


def test_the_chosen_contact_method_needs_its_details(role):
    with pytest.raises(ServiceError) as caught:
        apply(role, email="", phone="", preferred_contact="phone")
    assert caught.value.field == "phone"
    assert not Candidate.objects.exists() and not AuditEntry.objects.exists()


def test_a_repeated_submission_key_returns_the_first_candidate(role):
    first = apply(role, submission_key="abc123")
    again = apply(role, submission_key="abc123", full_name="Someone Else")
    assert again.pk == first.pk and again.was_repeat
    assert Candidate.objects.count() == 1


def test_a_nomination_links_an_engaged_organisation_whatever_its_case(programme, role):
    carers = factories.OrganisationFactory(name="Harrow Carers")
    factories.EngagementFactory(programme=programme, organisation=carers)
    candidate = intake.candidate_create(
        actor=AnonymousUser(),
        role_profile=role,
        route="nominated",
        full_name="Mary Seacole",
        email="mary@example.org",
        organisation_name="  harrow   CARERS ",
        nominator_name="Jo Bloggs",
        nominator_email="jo@example.org",
    )
    assert candidate.nominated_by == carers
    assert candidate.nominator_name == "Jo Bloggs"


def test_a_nomination_from_an_unknown_organisation_keeps_its_name(programme, role):
    factories.OrganisationFactory(name="Harrow Carers")  # in the directory, not engaged here
    candidate = intake.candidate_create(
        actor=AnonymousUser(),
        role_profile=role,
        route="nominated",
        full_name="Mary Seacole",
        email="mary@example.org",
        organisation_name="Harrow Carers",
        nominator_name="Jo Bloggs",
    )
    assert candidate.nominated_by is None
    assert candidate.nominator_name == "Jo Bloggs, Harrow Carers"


def test_answers_without_consent_store_neither_the_application_nor_the_answers(role):
    with pytest.raises(ServiceError) as caught:
        intake.application_submit(
            actor=AnonymousUser(),
            role_profile=role,
            answers={"age_band": "65 to 74"},
            consent=False,
            full_name="Ada Lovelace",
            email="ada@example.org",
        )
    assert caught.value.field == "consent"
    assert not Candidate.objects.exists() and not Demographics.objects.exists()
