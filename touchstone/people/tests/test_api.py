"""The people API: who may see people and their contact details, round trips, bad input."""

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from touchstone.accounts.models import Role
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.core.tests.api_client import client_as
from touchstone.people.models import Engagement, Membership, Organisation, Person

BASE = "/api/v1/programmes/healthier-together"


@pytest.fixture
def api_as(db):
    """Return an API client acting as a user through a fresh token."""
    return lambda user: client_as(user, BASE)


@pytest.fixture
def observer(programme):
    user = factories.UserFactory(email="observer@example.org")
    factories.RoleFactory(user=user, programme=programme, role=Role.OBSERVER)
    return user


@pytest.fixture
def gp_practice(programme):
    return factories.EngagementFactory(
        programme=programme,
        organisation__name="Elm Street Surgery",
        status="contacted",
    ).organisation


@pytest.fixture
def asha(programme, gp_practice):
    return factories.PersonFactory(
        full_name="Asha Patel",
        kind="lay_partner",
        email="asha@example.org",
        phone="01632 960001",
        postal_address="1 Elm Street",
        organisation=gp_practice,
        programmes=[programme],
    )


@pytest.fixture
def core_team(programme):
    return factories.GroupFactory(
        programme=programme, name="Core design team", kind="core_design_team"
    )


@pytest.fixture
def seat(asha, core_team):
    return factories.MembershipFactory(person=asha, group=core_team)


@pytest.fixture
def theirs(other_programme):
    """A person, organisation, group and membership that belong to the other programme."""
    engagement = factories.EngagementFactory(
        programme=other_programme, organisation__name="Their council"
    )
    person = factories.PersonFactory(full_name="Tom Theirs", programmes=[other_programme])
    group = factories.GroupFactory(programme=other_programme, name="Their forum")
    membership = factories.MembershipFactory(person=person, group=group)
    return {
        "organisation": engagement.organisation,
        "person": person,
        "group": group,
        "membership": membership,
    }


def errors_of(response) -> dict:
    assert 400 <= response.status_code < 500, (response.status_code, response.content)
    body = response.json()
    assert body["detail"]
    return body.get("errors") or {}


# Who may see what ------------------------------------------------------------------------


def test_manager_sees_contact_details(api_as, manager, asha):
    [person] = api_as(manager).get("/people").json()
    assert person["email"] == "asha@example.org"
    assert person["phone"] == "01632 960001"
    assert person["postal_address"] == "1 Elm Street"
    assert person["organisation_name"] == "Elm Street Surgery"


def test_contact_details_are_hidden_from_members(api_as, member, asha):
    api = api_as(member)
    [listed] = api.get("/people").json()
    shown = api.get(f"/people/{asha.pk}").json()
    for person in (listed, shown):
        assert person["full_name"] == "Asha Patel"
        assert person["email"] is None
        assert person["phone"] is None
        assert person["postal_address"] is None
        assert person["preferred_contact"] is None
    assert "asha@example.org" not in api.get("/people").content.decode()


def test_observer_without_view_people_is_refused_people(api_as, observer, asha):
    api = api_as(observer)
    assert api.get("/people").status_code == 403
    assert api.get(f"/people/{asha.pk}").status_code == 403
    assert api.get("/organisations").status_code == 200  # organisations are not personal


def test_member_can_list_people_but_not_add_or_change_them(api_as, member, asha, core_team):
    api = api_as(member)
    assert api.get("/people").status_code == 200
    assert (
        api.post(
            "/people",
            {
                "full_name": "New",
                "kind": "clinician",
                "preferred_contact": "post",
                "postal_address": "x",
            },
        ).status_code
        == 403
    )
    assert api.patch(f"/people/{asha.pk}", {"full_name": "Changed"}).status_code == 403
    assert api.post("/organisations", {"name": "New", "category": "gp_practice"}).status_code == 403
    assert api.post(f"/groups/{core_team.pk}/memberships", {"person": asha.pk}).status_code == 403
    asha.refresh_from_db()
    assert asha.full_name == "Asha Patel"
    assert not Person.objects.filter(full_name="New").exists()
    assert not Membership.objects.exists()


def test_people_can_be_filtered_by_kind_and_name(api_as, manager, programme, asha):
    factories.PersonFactory(full_name="Dr Ben Okafor", kind="clinician", programmes=[programme])
    api = api_as(manager)
    assert [p["full_name"] for p in api.get("/people", kind="clinician").json()] == [
        "Dr Ben Okafor"
    ]
    assert [p["full_name"] for p in api.get("/people", q="asha").json()] == ["Asha Patel"]
    assert "kind" in errors_of(api.get("/people", kind="wizard"))


# Scoping: nothing of another programme, whatever the id ----------------------------------


def test_manager_of_programme_a_cannot_see_or_change_programme_b(
    api_as, outsider, asha, gp_practice, seat, core_team
):
    api = api_as(outsider)
    for path in (
        "/people",
        f"/people/{asha.pk}",
        "/organisations",
        f"/organisations/{gp_practice.pk}",
        f"/groups/{core_team.pk}/memberships",
        f"/memberships/{seat.pk}",
    ):
        assert api.get(path).status_code == 404, path
    for path, body in [
        ("/people", {"full_name": "Planted", "kind": "clinician", "email": "p@example.org"}),
        ("/organisations", {"name": "Planted", "category": "gp_practice"}),
        (f"/groups/{core_team.pk}/memberships", {"person": asha.pk}),
        (f"/memberships/{seat.pk}/end", {"reason": "Taken over"}),
    ]:
        assert api.post(path, body).status_code == 404, path
    for path, body in [
        (f"/people/{asha.pk}", {"full_name": "Renamed"}),
        (f"/organisations/{gp_practice.pk}", {"name": "Renamed"}),
        (f"/memberships/{seat.pk}", {"role": "chair"}),
    ]:
        assert api.patch(path, body).status_code == 404, path
    seat.refresh_from_db()
    asha.refresh_from_db()
    assert (seat.role, seat.ended_on, asha.full_name) == ("member", None, "Asha Patel")
    assert not Person.objects.filter(full_name="Planted").exists()


def test_ids_from_another_programme_are_not_found_under_mine(api_as, manager, programme, theirs):
    api = api_as(manager)
    assert api.get(f"/people/{theirs['person'].pk}").status_code == 404
    assert api.patch(f"/people/{theirs['person'].pk}", {"full_name": "X"}).status_code == 404
    assert api.get(f"/organisations/{theirs['organisation'].pk}").status_code == 404
    assert (
        api.patch(f"/organisations/{theirs['organisation'].pk}", {"status": "engaged"}).status_code
        == 404
    )
    assert api.get(f"/groups/{theirs['group'].pk}/memberships").status_code == 404
    assert api.get(f"/memberships/{theirs['membership'].pk}").status_code == 404
    assert (
        api.patch(f"/memberships/{theirs['membership'].pk}", {"role": "chair"}).status_code == 404
    )
    assert (
        api.post(f"/memberships/{theirs['membership'].pk}/end", {"reason": "x"}).status_code == 404
    )
    assert api.get("/people").json() == []
    assert Membership.objects.get(pk=theirs["membership"].pk).ended_on is None


# Round trips -----------------------------------------------------------------------------


def test_manager_adds_an_organisation_and_moves_its_engagement_on(api_as, manager, programme):
    api = api_as(manager)
    response = api.post(
        "/organisations",
        {
            "name": "Lambeth Carers Hub",
            "category": "carers_organisation",
            "website": "https://carers.example.org",
        },
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["status"] == "identified"
    response = api.patch(f"/organisations/{created['id']}", {"status": "engaged"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "engaged"
    engagement = Engagement.objects.get(programme=programme, organisation_id=created["id"])
    assert engagement.status == "engaged"
    actions = set(
        AuditEntry.objects.filter(
            target_type="people.Organisation", target_id=str(created["id"])
        ).values_list("action", flat=True)
    )
    assert actions == {"organisation.create", "organisation.update"}
    [listed] = api.get("/organisations").json()
    assert listed["name"] == "Lambeth Carers Hub"


def test_manager_adds_a_person_and_changes_their_details(api_as, manager, programme, gp_practice):
    api = api_as(manager)
    response = api.post(
        "/people",
        {
            "full_name": "Grace Mensah",
            "kind": "lay_partner",
            "carer_experience": True,
            "organisation": gp_practice.pk,
            "phone": "020 7946 0018",
            "preferred_contact": "phone",
        },
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["phone"] == "020 7946 0018"
    assert created["is_lay"] is True
    person = Person.objects.get(pk=created["id"])
    assert person.organisation == gp_practice
    assert list(person.programmes.all()) == [programme]
    response = api.patch(
        f"/people/{person.pk}", {"email": "Grace@Example.org", "organisation": None}
    )
    assert response.status_code == 200, response.content
    person.refresh_from_db()
    assert person.email == "grace@example.org"
    assert person.organisation is None
    assert person.carer_experience is True  # left alone
    entry = AuditEntry.objects.get(action="person.update", target_id=str(person.pk))
    assert entry.changes["email"] == ["", "grace@example.org"]
    assert AuditEntry.objects.filter(action="person.create", target_id=str(person.pk)).exists()


def test_manager_seats_a_lay_partner_makes_them_co_chair_then_ends_the_seat(
    api_as, manager, asha, core_team
):
    api = api_as(manager)
    response = api.post(
        f"/groups/{core_team.pk}/memberships", {"person": asha.pk, "started_on": "2026-02-01"}
    )
    assert response.status_code == 201, response.content
    seat = response.json()
    assert (seat["person_name"], seat["role"], seat["is_lay"]) == ("Asha Patel", "member", True)
    response = api.patch(f"/memberships/{seat['id']}", {"role": "co_chair"})
    assert response.json()["role"] == "co_chair"
    response = api.post(
        f"/memberships/{seat['id']}/end", {"reason": "Moved away", "ended_on": "2026-03-01"}
    )
    assert response.status_code == 200, response.content
    assert response.json()["ended_on"] == "2026-03-01"
    membership = Membership.objects.get(pk=seat["id"])
    assert (membership.role, membership.end_reason) == ("co_chair", "Moved away")
    assert membership.ended_on == datetime.date(2026, 3, 1)
    actions = list(
        AuditEntry.objects.filter(target_type="people.Membership", target_id=str(seat["id"]))
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["membership.add", "membership.change_role", "membership.end"]
    assert api.get(f"/groups/{core_team.pk}/memberships").json() == []
    [ended] = api.get(f"/groups/{core_team.pk}/memberships", include_ended="true").json()
    assert ended["end_reason"] == "Moved away"


def test_seating_someone_with_an_account_lets_them_see_the_programme(
    api_as, manager, programme, core_team
):
    user = factories.UserFactory(email="new@example.org")
    person = factories.PersonFactory(user=user, programmes=[programme])
    newcomer = api_as(user)
    assert newcomer.get("/groups").status_code == 404
    response = api_as(manager).post(f"/groups/{core_team.pk}/memberships", {"person": person.pk})
    assert response.status_code == 201
    assert newcomer.get("/groups").status_code == 200
    assert user.programme_roles.get(programme=programme).role == Role.CORE_TEAM_MEMBER


# Bad input: 4xx JSON naming the field ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "clinician", "email": "a@example.org"}, "full_name"),
        ({"full_name": "A", "kind": "wizard", "email": "a@example.org"}, "kind"),
        (
            {"full_name": "A", "kind": "clinician", "preferred_contact": "pigeon"},
            "preferred_contact",
        ),
        ({"full_name": "A", "kind": "clinician"}, "email"),  # preferred by email, but none given
        ({"full_name": "A", "kind": "clinician", "email": "not an address"}, "email"),
        ({"full_name": "A", "kind": "clinician", "email": "a@example.org", "phone": "12"}, "phone"),
        (
            {
                "full_name": "A",
                "kind": "clinician",
                "email": "a@example.org",
                "organisation": 999_999,
            },
            "organisation",
        ),
        (
            {
                "full_name": "A",
                "kind": "clinician",
                "email": "a@example.org",
                "patient_experience": "sometimes",
            },
            "patient_experience",
        ),
        ({"full_name": ["A"], "kind": "clinician", "email": "a@example.org"}, "full_name"),
    ],
)
def test_bad_person_input_names_the_field(api_as, manager, programme, body, field):
    response = api_as(manager).post("/people", body)
    assert field in errors_of(response), response.json()
    assert not Person.objects.exists()


def test_organisation_from_another_programme_cannot_be_someones_employer(
    api_as, manager, programme, theirs
):
    response = api_as(manager).post(
        "/people",
        {
            "full_name": "A",
            "kind": "clinician",
            "email": "a@example.org",
            "organisation": theirs["organisation"].pk,
        },
    )
    assert response.status_code == 400
    assert "organisation" in errors_of(response)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"category": "gp_practice"}, "name"),
        ({"name": "X", "category": "bakery"}, "category"),
        ({"name": "X", "category": "gp_practice", "status": "friends"}, "status"),
        ({"name": "X", "category": "gp_practice", "website": "not a website"}, "website"),
        ({"name": "Elm Street Surgery", "category": "gp_practice"}, "name"),
        ({"name": "elm street surgery", "category": "gp_practice"}, "name"),
    ],
)
def test_bad_organisation_input_names_the_field(api_as, manager, gp_practice, body, field):
    response = api_as(manager).post("/organisations", body)
    assert field in errors_of(response), response.json()
    assert Organisation.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "person"),
        ({"person": "Asha"}, "person"),
        ({"person": 999_999}, "person"),
        ({"person": None}, "person"),
        ({"person": 0, "role": "boss"}, "role"),
        ({"person": 1, "started_on": "1 March 2026"}, "started_on"),
    ],
)
def test_bad_membership_input_names_the_field(api_as, manager, asha, core_team, body, field):
    response = api_as(manager).post(f"/groups/{core_team.pk}/memberships", body)
    assert field in errors_of(response), response.json()
    assert not Membership.objects.exists()


def test_person_of_another_programme_cannot_be_seated(api_as, manager, core_team, theirs):
    response = api_as(manager).post(
        f"/groups/{core_team.pk}/memberships", {"person": theirs["person"].pk}
    )
    assert response.status_code == 400
    assert "person" in errors_of(response)


def test_person_cannot_be_seated_twice(api_as, manager, asha, core_team, seat):
    response = api_as(manager).post(f"/groups/{core_team.pk}/memberships", {"person": asha.pk})
    assert response.status_code == 400
    assert "already a member" in errors_of(response)["person"][0]


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        ({"reason": "Moved", "ended_on": "2025-12-31"}, "ended_on", 400),
        ({"reason": "   "}, "reason", 400),
        ({"ended_on": "2026-03-01"}, "reason", 422),
        ({"reason": "Moved", "ended_on": "soon"}, "ended_on", 422),
    ],
)
def test_bad_end_of_membership_names_the_field(api_as, manager, seat, body, field, status):
    response = api_as(manager).post(f"/memberships/{seat.pk}/end", body)
    assert response.status_code == status, response.content
    assert field in errors_of(response)
    seat.refresh_from_db()
    assert seat.ended_on is None


def test_unknown_role_is_refused_when_changing_a_seat(api_as, manager, seat):
    response = api_as(manager).patch(f"/memberships/{seat.pk}", {"role": "emperor"})
    assert "role" in errors_of(response)
    seat.refresh_from_db()
    assert seat.role == "member"


def test_ended_membership_cannot_be_ended_again(api_as, manager, seat):
    api = api_as(manager)
    assert api.post(f"/memberships/{seat.pk}/end", {"reason": "Left"}).status_code == 200
    response = api.post(f"/memberships/{seat.pk}/end", {"reason": "Left again"})
    assert response.status_code == 400
    assert "already ended" in response.json()["detail"]


# Robustness ------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3)
    ),
    max_leaves=6,
)
PLAUSIBLE = [
    "lay_partner",
    "gp_practice",
    "engaged",
    "email",
    "post",
    "chair",
    "a@example.org",
    "020 7946 0018",
    "https://example.org",
    "2026-02-01",
    "X",
    "",
    1,
    10**12,
    "\x00",
]


def bodies(keys):
    value = json_values | st.sampled_from(PLAUSIBLE)
    return st.dictionaries(st.sampled_from(keys) | st.text(max_size=8), value, max_size=8)


ENDPOINTS = {
    "person": (
        "/people",
        [
            "full_name",
            "kind",
            "patient_experience",
            "carer_experience",
            "organisation",
            "email",
            "phone",
            "postal_address",
            "preferred_contact",
        ],
    ),
    "organisation": ("/organisations", ["name", "category", "website", "status"]),
    "membership": ("/groups/{group}/memberships", ["person", "role", "started_on"]),
}


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_random_bodies_never_cause_a_server_error(api_as, manager, asha, core_team, endpoint):
    path, keys = ENDPOINTS[endpoint]
    api = api_as(manager)

    @settings(
        max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(body=bodies(keys))
    def post_random(body):
        response = api.post(path.format(group=core_team.pk), body)
        assert response.status_code in (201, 400, 422), response.content
        if response.status_code != 201:
            errors_of(response)

    post_random()
