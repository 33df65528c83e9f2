"""The programmes API as a machine client uses it: tokens, scoping, round trips, bad input."""

import pytest
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from touchstone.accounts.models import Role
from touchstone.accounts.services import api_token_create
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.core.tests.api_client import ApiClient, client_as
from touchstone.programmes.models import Group, Programme

BASE = "/api/v1/programmes"


@pytest.fixture
def api_as(db):
    """Return an API client acting as a user through a fresh token."""
    return lambda user: client_as(user, BASE)


@pytest.fixture
def working_group(programme):
    module = factories.ModuleFactory(programme=programme, name="Informatics")
    return factories.GroupFactory(
        programme=programme,
        name="Informatics working group",
        kind="working_group",
        module=module,
        min_lay_partners=2,
    )


@pytest.fixture
def their_group(other_programme):
    return factories.GroupFactory(programme=other_programme, name="Their core team")


def errors_of(response) -> dict:
    """Return the field errors of a 4xx answer, checking it is JSON on the way."""
    assert 400 <= response.status_code < 500, (response.status_code, response.content)
    body = response.json()
    assert body["detail"]
    return body.get("errors") or {}


NEW_PROGRAMME = {
    "name": "Ageing Well",
    "area": "Lambeth",
    "purpose": "Design care for older people.",
    "starts_on": "2026-03-01",
}


# Authentication --------------------------------------------------------------------------


def test_token_lets_a_script_list_the_programmes_of_its_user(
    api_as, manager, programme, other_programme
):
    response = api_as(manager).get()
    assert response.status_code == 200
    assert [p["slug"] for p in response.json()] == ["healthier-together"]
    assert response.json()[0]["role"] == Role.PROGRAMME_MANAGER


def test_request_without_credentials_is_unauthorised(programme):
    response = Client().get(BASE)
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}


def test_revoked_token_is_refused(manager, programme):
    token, key = api_token_create(actor=manager, name="Old script")
    assert ApiClient(Client(), key, BASE).get().status_code == 200
    token.revoked_at = timezone.now()
    token.save()
    assert ApiClient(Client(), key, BASE).get().status_code == 401


def test_made_up_token_is_refused(programme):
    assert ApiClient(Client(), "ts_not-a-real-token", BASE).get().status_code == 401


def test_token_records_when_it_was_last_used(manager, programme):
    token, key = api_token_create(actor=manager, name="Script")
    ApiClient(Client(), key, BASE).get()
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_session_post_without_csrf_token_is_refused(manager, programme):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(manager)
    assert browser.get(f"{BASE}/healthier-together").status_code == 200
    response = browser.post(
        f"{BASE}/healthier-together/groups",
        {"name": "Sneaky", "kind": "other"},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert not Group.objects.filter(name="Sneaky").exists()


def test_session_post_with_csrf_token_is_accepted(manager, programme):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(manager)
    secret = "A" * 32
    browser.cookies["csrftoken"] = secret
    response = browser.post(
        f"{BASE}/healthier-together/groups",
        {"name": "Core design team", "kind": "core_design_team"},
        content_type="application/json",
        headers={"X-CSRFToken": secret},
    )
    assert response.status_code == 201, response.content
    assert Group.objects.filter(name="Core design team", programme=programme).exists()


# Scoping: a manager of one programme sees nothing of another -----------------------------


def test_manager_of_programme_a_cannot_see_programme_b(api_as, outsider, programme, working_group):
    api = api_as(outsider)
    gid = working_group.pk
    for path in (
        "/healthier-together",
        "/healthier-together/findings",
        "/healthier-together/groups",
        f"/healthier-together/groups/{gid}",
    ):
        response = api.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Not found."}


def test_manager_of_programme_a_cannot_change_programme_b(
    api_as, outsider, programme, working_group
):
    api = api_as(outsider)
    assert api.patch("/healthier-together", {"name": "Taken over"}).status_code == 404
    assert (
        api.post("/healthier-together/groups", {"name": "Planted", "kind": "other"}).status_code
        == 404
    )
    assert (
        api.patch(f"/healthier-together/groups/{working_group.pk}", {"name": "Renamed"}).status_code
        == 404
    )
    programme.refresh_from_db()
    working_group.refresh_from_db()
    assert programme.name == "Healthier Together"
    assert working_group.name == "Informatics working group"
    assert not Group.objects.filter(name="Planted").exists()


def test_group_of_another_programme_is_not_found_under_mine(
    api_as, manager, programme, their_group
):
    api = api_as(manager)
    path = f"/healthier-together/groups/{their_group.pk}"
    assert api.get(path).status_code == 404
    assert api.patch(path, {"name": "Mine now"}).status_code == 404
    their_group.refresh_from_db()
    assert their_group.name == "Their core team"


def test_huge_ids_in_the_path_are_not_found(api_as, manager, programme):
    response = api_as(manager).get("/healthier-together/groups/99999999999999999999")
    assert response.status_code == 404


@pytest.mark.parametrize("slug", ["%00", "no%20spaces", "x" * 300])
def test_impossible_slugs_get_a_clear_4xx(api_as, manager, programme, slug):
    assert api_as(manager).get(f"/{slug}/groups").status_code in (404, 422)


# Roles -----------------------------------------------------------------------------------


def test_group_member_can_list_but_not_create(api_as, member, programme, working_group):
    api = api_as(member)
    assert api.get("/healthier-together/groups").status_code == 200
    response = api.post("/healthier-together/groups", {"name": "Sneaky", "kind": "other"})
    assert response.status_code == 403
    assert "permission" in response.json()["detail"]
    assert api.patch("/healthier-together", {"name": "Mine"}).status_code == 403
    assert (
        api.patch(f"/healthier-together/groups/{working_group.pk}", {"name": "Mine"}).status_code
        == 403
    )
    assert not Group.objects.filter(name="Sneaky").exists()


def test_only_staff_can_start_a_programme(api_as, member, programme):
    response = api_as(member).post("", NEW_PROGRAMME)
    assert response.status_code == 403
    assert not Programme.objects.filter(name="Ageing Well").exists()


# Round trips -----------------------------------------------------------------------------


def test_staff_start_a_programme_with_its_lists(api_as, manager):
    body = {
        **NEW_PROGRAMME,
        "ends_on": "2027-03-01",
        "population_groups": [{"name": "Older people", "shared_needs": "Staying at home"}],
        "modules": ["Population and outcomes", "Informatics"],
        "steps": ["Come together"],
    }
    response = api_as(manager).post("", body)
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["slug"] == "ageing-well"
    assert data["role"] == Role.PROGRAMME_MANAGER
    assert data["population_groups"] == [
        {"name": "Older people", "shared_needs": "Staying at home"}
    ]
    assert [m["name"] for m in data["modules"]] == ["Population and outcomes", "Informatics"]
    assert data["steps"] == ["Come together"]
    programme = Programme.objects.get(slug="ageing-well")
    assert str(programme.ends_on) == "2027-03-01"
    assert AuditEntry.objects.filter(action="programme.create", programme=programme).exists()
    assert api_as(manager).get("/ageing-well").json()["name"] == "Ageing Well"


def test_new_programme_without_lists_gets_the_usual_modules(api_as, manager):
    data = api_as(manager).post("", NEW_PROGRAMME).json()
    assert len(data["modules"]) == 5
    assert len(data["steps"]) == 6


def test_manager_changes_only_what_is_sent(api_as, manager, programme):
    response = api_as(manager).patch(
        "/healthier-together", {"area": "Brent", "modules": ["Informatics"]}
    )
    assert response.status_code == 200, response.content
    programme.refresh_from_db()
    assert programme.area == "Brent"
    assert programme.name == "Healthier Together"
    assert [m.name for m in programme.modules.all()] == ["Informatics"]
    entry = AuditEntry.objects.get(action="programme.update", programme=programme)
    assert entry.changes["area"][1] == "Brent"


def test_findings_say_what_blocks_and_what_to_do(api_as, member, programme, working_group):
    response = api_as(member).get("/healthier-together/findings")
    assert response.status_code == 200
    data = response.json()
    assert data["blocking"] >= 1
    pair = next(f for f in data["findings"] if f["code"] == "no_lay_pair")
    assert pair["severity"] == "blocking"
    assert pair["subject_kind"] == "group"
    assert pair["subject_id"] == str(working_group.pk)
    assert pair["subject_name"] == "Informatics working group"
    assert pair["message"] and pair["action"]
    assert data["blocking"] == sum(f["severity"] == "blocking" for f in data["findings"])


def test_manager_adds_a_working_group_under_the_core_team(api_as, manager, programme):
    api = api_as(manager)
    core = api.post(
        "/healthier-together/groups",
        {"name": "Core design team", "kind": "core_design_team", "cadence": "weekly"},
    ).json()
    module = factories.ModuleFactory(programme=programme, name="GP networks")
    response = api.post(
        "/healthier-together/groups",
        {
            "name": "GP networks working group",
            "kind": "working_group",
            "parent": core["id"],
            "module": module.pk,
            "cadence": "fortnightly",
            "min_members": 6,
            "max_members": 12,
        },
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["parent"] == core["id"]
    assert data["module"] == module.pk
    assert data["min_lay_partners"] == 2  # the usual number for a working group
    assert (data["member_count"], data["lay_count"]) == (0, 0)
    group = Group.objects.get(pk=data["id"])
    assert group.parent_id == core["id"]
    assert AuditEntry.objects.filter(action="group.create", target_id=str(group.pk)).exists()


def test_group_list_counts_seated_lay_partners(api_as, member, programme, working_group):
    factories.MembershipFactory(group=working_group, person__kind="lay_partner")
    factories.MembershipFactory(group=working_group, person__kind="clinician")
    factories.MembershipFactory(group=working_group, person__kind="lay_partner", role="observer")
    [group] = api_as(member).get("/healthier-together/groups").json()
    assert (group["member_count"], group["lay_count"]) == (2, 1)


def test_manager_renames_a_group_and_clears_its_limits(api_as, manager, programme, working_group):
    working_group.max_members = 10
    working_group.save()
    response = api_as(manager).patch(
        f"/healthier-together/groups/{working_group.pk}",
        {"name": "Digital working group", "max_members": None},
    )
    assert response.status_code == 200, response.content
    working_group.refresh_from_db()
    assert working_group.name == "Digital working group"
    assert working_group.max_members is None
    assert working_group.module.name == "Informatics"  # left alone
    entry = AuditEntry.objects.get(action="group.update", target_id=str(working_group.pk))
    assert entry.changes["name"] == ["Informatics working group", "Digital working group"]


# Bad input: 4xx JSON naming the field ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "X", "kind": "committee"}, "kind"),
        ({"name": "X", "kind": "other", "cadence": "hourly"}, "cadence"),
        ({"kind": "other"}, "name"),
        ({"name": "", "kind": "other"}, "name"),
        ({"name": "X" * 201, "kind": "other"}, "name"),
        ({"name": "X", "kind": "other", "min_members": "lots"}, "min_members"),
        ({"name": "X", "kind": "other", "min_members": -1}, "min_members"),
        ({"name": "X", "kind": "other", "parent": "core team"}, "parent"),
        ({"name": "X", "kind": "other", "parent": 999_999}, "parent"),
        ({"name": "X", "kind": "other", "module": 999_999}, "module"),
        ({"name": "X", "kind": "working_group"}, "module"),
        ({"name": "X", "kind": "other", "min_members": 5, "max_members": 2}, "max_members"),
        ({"name": "X", "kind": "other", "colour": "blue"}, "colour"),
        ({"name": "Bad\x00name", "kind": "other"}, "name"),
    ],
)
def test_bad_group_input_names_the_field(api_as, manager, programme, body, field):
    response = api_as(manager).post("/healthier-together/groups", body)
    assert field in errors_of(response), response.json()
    assert not Group.objects.filter(programme=programme).exists()


def test_duplicate_group_name_is_refused(api_as, manager, programme, working_group):
    response = api_as(manager).post(
        "/healthier-together/groups", {"name": "Informatics working group", "kind": "other"}
    )
    assert response.status_code == 400
    assert "already has a group with that name" in errors_of(response)["name"][0]


def test_parent_from_another_programme_is_refused(api_as, manager, programme, their_group):
    response = api_as(manager).post(
        "/healthier-together/groups", {"name": "X", "kind": "other", "parent": their_group.pk}
    )
    assert response.status_code == 400
    assert "parent" in errors_of(response)


def test_module_from_another_programme_is_refused(api_as, manager, programme, other_programme):
    theirs = factories.ModuleFactory(programme=other_programme)
    response = api_as(manager).post(
        "/healthier-together/groups", {"name": "X", "kind": "working_group", "module": theirs.pk}
    )
    assert "module" in errors_of(response)


def test_group_cannot_sit_under_itself(api_as, manager, programme, working_group):
    response = api_as(manager).patch(
        f"/healthier-together/groups/{working_group.pk}", {"parent": working_group.pk}
    )
    assert "parent" in errors_of(response)


@pytest.mark.parametrize("body", [{"name": None}, {"kind": None}, {"min_lay_partners": None}])
def test_patch_cannot_blank_a_required_group_field(api_as, manager, programme, working_group, body):
    response = api_as(manager).patch(f"/healthier-together/groups/{working_group.pk}", body)
    assert set(body) <= set(errors_of(response))


@pytest.mark.parametrize(
    ("changes", "field", "status"),
    [
        ({"ends_on": "2026-02-01", "starts_on": "2026-03-01"}, "ends_on", 400),
        ({"starts_on": "01/03/2026"}, "starts_on", 422),
        ({"starts_on": 20260301}, "starts_on", 422),
        ({"starts_on": "2026-02-30"}, "starts_on", 422),
        ({"name": None}, "name", 422),
        ({"purpose": "   "}, "purpose", 422),
        ({"modules": ["Informatics", "Informatics"]}, "modules", 422),
        ({"steps": ["One", ""]}, "steps.1", 422),
        ({"population_groups": [{"shared_needs": "x"}]}, "population_groups.0.name", 422),
        ({"population_groups": "older people"}, "population_groups", 422),
    ],
)
def test_bad_programme_input_names_the_field(api_as, manager, changes, field, status):
    response = api_as(manager).post("", {**NEW_PROGRAMME, **changes})
    assert response.status_code == status, response.content
    assert field in errors_of(response), response.json()
    assert not Programme.objects.filter(name__in=["Ageing Well", None]).exists()


def test_end_date_before_start_is_refused_on_update(api_as, manager, programme):
    response = api_as(manager).patch("/healthier-together", {"ends_on": "2025-01-01"})
    assert response.status_code == 400
    assert errors_of(response)["ends_on"] == ["The end date must be on or after the start date."]


def test_removing_a_module_that_has_a_working_group_is_refused(
    api_as, manager, programme, working_group
):
    response = api_as(manager).patch("/healthier-together", {"modules": ["Something else"]})
    assert "modules" in errors_of(response)
    assert programme.modules.filter(name="Informatics").exists()


@pytest.mark.parametrize("raw", ["{not json", "[1, 2]", "null", '"text"', "\xff"])
def test_junk_bodies_get_a_clear_4xx(api_as, manager, programme, raw):
    response = api_as(manager).post("/healthier-together/groups", raw)
    errors_of(response)


# Robustness ------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3)
    ),
    max_leaves=6,
)
GROUP_KEYS = [
    "name",
    "kind",
    "parent",
    "module",
    "purpose",
    "cadence",
    "min_members",
    "max_members",
    "min_lay_partners",
]
PROGRAMME_KEYS = [
    "name",
    "area",
    "purpose",
    "starts_on",
    "ends_on",
    "population_groups",
    "modules",
    "steps",
]


def bodies(keys, plausible):
    """Random dicts: mostly the real keys with junk or plausible values, some junk keys."""
    value = json_values | st.sampled_from(plausible)
    return st.dictionaries(st.sampled_from(keys) | st.text(max_size=8), value, max_size=8)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=bodies(GROUP_KEYS, ["working_group", "other", "weekly", 0, 1, 10**12, "X", "", "\x00"]))
def test_random_group_bodies_never_cause_a_server_error(api_as, manager, programme, body):
    response = api_as(manager).post("/healthier-together/groups", body)
    assert response.status_code in (201, 400, 422), response.content
    if response.status_code != 201:
        errors_of(response)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=bodies(
        PROGRAMME_KEYS, ["2026-01-01", "2025-12-31", "Name", ["A", "A"], [{"name": "A"}], "\ud800"]
    )
)
def test_random_programme_bodies_never_cause_a_server_error(api_as, manager, body):
    response = api_as(manager).post("", body)
    assert response.status_code in (201, 400, 422), response.content


# The OpenAPI document --------------------------------------------------------------------


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def test_openapi_document_describes_the_api(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"] == "Touchstone API"
    for path in (
        "/api/v1/programmes",
        "/api/v1/programmes/{slug}/findings",
        "/api/v1/programmes/{slug}/groups/{group_id}",
        "/api/v1/programmes/{slug}/people/{person_id}",
        "/api/v1/programmes/{slug}/memberships/{membership_id}/end",
    ):
        assert path in document["paths"], path
    schemas = document["components"]["schemas"]
    for ref in _refs(document):
        assert ref.startswith("#/components/schemas/")
        assert ref.rsplit("/", 1)[1] in schemas, ref
    operation_ids = [
        op["operationId"] for item in document["paths"].values() for op in item.values()
    ]
    assert len(operation_ids) == len(set(operation_ids))
    assert {"ProgrammeIn", "ProgrammeOut", "GroupPatch", "PersonOut"} <= set(schemas)
