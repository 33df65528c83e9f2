"""Programme pages as people use them: what they see, what they can change."""

import re

import pytest

from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.programmes.models import Group, Programme


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


def test_programme_list_shows_only_my_programmes(manager_client, programme, other_programme):
    page = manager_client.get("/programmes/").content.decode()
    assert "Healthier Together" in page
    assert "Other Place" not in page


def test_overview_puts_the_missing_lay_pair_finding_first(manager_client, programme, working_group):
    response = manager_client.get("/programmes/healthier-together/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Informatics working group has no lay pair" in page
    assert page.index("has no lay pair") < page.index("How the programme is organised")


def test_overview_draws_the_governance_chart_with_a_text_alternative(
    manager_client, programme, working_group
):
    page = manager_client.get("/programmes/healthier-together/").content.decode()
    assert '<svg class="ts-chart"' in page
    assert 'role="img"' in page
    assert "The groups as a list" in page
    assert "0 lay partners, needs attention" in page


def test_outsider_gets_not_found_for_every_programme_page(
    outsider_client, programme, working_group
):
    for path in (
        "/programmes/healthier-together/",
        "/programmes/healthier-together/edit/",
        "/programmes/healthier-together/changes/",
        f"/programmes/healthier-together/groups/{working_group.pk}/",
        f"/programmes/healthier-together/groups/{working_group.pk}/edit/",
        "/programmes/healthier-together/groups/new/",
    ):
        assert outsider_client.get(path).status_code == 404, path


def test_member_can_look_but_not_change(member_client, programme, working_group):
    assert member_client.get("/programmes/healthier-together/").status_code == 200
    assert member_client.get("/programmes/healthier-together/edit/").status_code == 403
    assert member_client.get("/programmes/healthier-together/changes/").status_code == 403
    response = member_client.post(
        "/programmes/healthier-together/groups/new/",
        {"name": "Sneaky", "kind": "other", "cadence": "monthly"},
    )
    assert response.status_code == 403
    assert not Group.objects.filter(name="Sneaky").exists()


def test_signed_out_visitor_is_sent_to_sign_in(client, programme):
    response = client.get("/programmes/healthier-together/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/sign-in/")


def new_programme(**extra) -> dict:
    """Return what a person types into the new-programme form, plus `extra` fields."""
    return {
        "name": "Mind Matters",
        "area": "Eastborough",
        "purpose": "Mental health support.",
        "starts_on-day": "1",
        "starts_on-month": "4",
        "starts_on-year": "2026",
        **extra,
    }


def test_staff_start_a_programme_through_the_form(manager_client):
    response = manager_client.post(
        "/programmes/new/",
        new_programme(population_groups="People with long-term mental health needs: housing, work"),
    )
    programme = Programme.objects.get(name="Mind Matters")
    assert response["Location"] == "/programmes/mind-matters/"
    assert programme.population_groups.get().shared_needs == "housing, work"
    assert programme.modules.count() == 5


def test_form_errors_show_in_the_summary_and_nothing_is_saved(manager_client):
    response = manager_client.post(
        "/programmes/new/",
        {
            "name": "",
            "area": "Eastborough",
            "purpose": "x",
            "starts_on-day": "31",
            "starts_on-month": "2",
            "starts_on-year": "2026",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Start date must be a real date." in page
    assert 'href="#id_starts_on-day"' in page
    assert "<title>Error:" in page
    assert not Programme.objects.filter(area="Eastborough").exists()


def test_manager_adds_a_group_and_sees_it_on_the_overview(manager_client, programme):
    response = manager_client.post(
        "/programmes/healthier-together/groups/new/",
        {
            "name": "Lay partners forum",
            "kind": "lay_forum",
            "cadence": "quarterly",
            "min_members": "80",
            "max_members": "120",
        },
    )
    group = Group.objects.get(name="Lay partners forum")
    assert response["Location"] == group.get_absolute_url()
    assert (
        "Lay partners forum"
        in manager_client.get("/programmes/healthier-together/").content.decode()
    )


def test_group_page_lists_lay_partners_apart_from_professionals(
    manager_client, programme, working_group
):
    lay = factories.PersonFactory(full_name="Ada Lay", programmes=[programme])
    doctor = factories.PersonFactory(
        full_name="Dr Bea Clinician", kind="clinician", programmes=[programme]
    )
    factories.MembershipFactory(person=lay, group=working_group)
    factories.MembershipFactory(person=doctor, group=working_group, role="chair")
    page = manager_client.get(working_group.get_absolute_url()).content.decode()
    lay_section = page[page.index("<h2>Lay partners</h2>") : page.index("<h2>Other members</h2>")]
    assert "Ada Lay" in lay_section
    assert "Dr Bea Clinician" not in lay_section
    assert "has no lay pair: it has 1 lay partner" in page


def test_audit_log_shows_who_changed_what(manager_client, programme, manager):
    manager_client.post(
        "/programmes/healthier-together/groups/new/",
        {
            "name": "Core design team",
            "kind": "core_design_team",
            "cadence": "weekly",
        },
    )
    assert AuditEntry.objects.filter(action="group.create").exists()
    page = manager_client.get("/programmes/healthier-together/changes/").content.decode()
    assert "Priya Manager" in page
    assert "Added a group: Core design team" in page
    assert "group.create" not in page


def test_audit_log_shows_a_group_change_in_plain_english(manager_client, programme, manager):
    group = factories.GroupFactory(programme=programme, name="Estates group")
    manager_client.post(
        f"/programmes/healthier-together/groups/{group.pk}/edit/",
        {
            "name": "Estates group",
            "kind": "working_group",
            "cadence": "monthly",
            "module": factories.ModuleFactory(programme=programme).pk,
            "min_lay_partners": "2",
        },
    )
    page = manager_client.get("/programmes/healthier-together/changes/").content.decode()
    assert "Changed a group: Estates group" in page
    assert "Kind: from Other group to Working group" in page
    assert "Fewest lay partners: from 0 to 2" in page
    assert "min lay partners" not in page and "working_group" not in page


def test_audit_log_pages_through_older_changes_with_the_nhs_pagination(
    manager_client, programme, manager
):
    group = factories.GroupFactory(programme=programme, name="Estates group")
    AuditEntry.objects.bulk_create(
        AuditEntry(
            actor_name="Priya Manager",
            action="group.update",
            programme=programme,
            target_type="programmes.Group",
            target_id=str(group.pk),
            target_repr=group.name,
            changes={"ends_on": [None, "2026-03-03"]},
        )
        for _ in range(51)
    )
    first = manager_client.get("/programmes/healthier-together/changes/").content.decode()
    second = manager_client.get("/programmes/healthier-together/changes/?page=2").content.decode()
    assert 'class="nhsuk-pagination' in first
    assert 'href="?page=2"' in first and "Older changes" in first
    assert "Newer changes" not in first
    assert 'href="?page=1"' in second and "Newer changes" in second
    assert "End date: from (empty) to 3 March 2026" in first


def test_empty_programme_form_says_what_to_enter_for_each_required_field(manager_client):
    # An empty POST would show the blank form, so send one empty field.
    page = manager_client.post("/programmes/new/", {"name": ""}).content.decode()
    for message in (
        "Enter the programme name",
        "Enter the area it covers",
        "Say what the programme is for",
        "Enter the start date",
    ):
        assert message in page
    assert "This field is required." not in page


def test_empty_group_form_says_what_to_enter_for_each_required_field(manager_client, programme):
    url = "/programmes/healthier-together/groups/new/"
    page = manager_client.post(url, {"name": ""}).content.decode()
    for message in (
        "Enter the group name",
        "Choose the kind of group",
        "Choose how often it meets",
    ):
        assert message in page
    assert "This field is required." not in page


@pytest.mark.parametrize("field", ["modules", "steps"])
def test_design_module_or_step_too_long_to_store_is_refused_with_a_message(manager_client, field):
    response = manager_client.post(
        "/programmes/new/",
        new_programme(**{field: "Short enough\n\n" + "x" * 201}),
    )
    page = response.content.decode()
    what = {"modules": "design module", "steps": "design step"}[field]
    assert response.status_code == 200
    assert f"Keep each {what} to 200 characters or fewer: line 3 has 201." in page
    assert not Programme.objects.filter(name="Mind Matters").exists()


def test_design_module_of_exactly_two_hundred_characters_is_kept(manager_client):
    manager_client.post(
        "/programmes/new/",
        new_programme(modules="m" * 200),
    )
    assert Programme.objects.get(name="Mind Matters").modules.get().name == "m" * 200


def test_group_form_states_the_usual_fewest_lay_partners_for_every_kind(manager_client, programme):
    page = manager_client.get("/programmes/healthier-together/groups/new/").content.decode()
    assert (
        "2 for core design teams, working groups and oversight groups; "
        "1 for the advisory group and the forum; 0 for other groups."
    ) in page


def summary_of(client, group) -> str:
    """Return the group page's summary list, spaces collapsed, where the counts are shown."""
    page = client.get(group.get_absolute_url()).content.decode()
    summary = page[page.index('<dl class="nhsuk-summary-list">') : page.index("</dl>")]
    return " ".join(re.sub(r"<[^>]+>", " ", summary).split())


@pytest.mark.parametrize(
    ("low", "high", "wording"),
    [
        (15, 25, "Members 0 (it should have between 15 and 25)"),
        (80, None, "Members 0 (it should have at least 80)"),
        (None, 12, "Members 0 (it should have up to 12)"),
        (0, 12, "Members 0 (it should have up to 12)"),
        (12, 12, "Members 0 (it should have exactly 12)"),
    ],
)
def test_group_page_states_the_size_range_plainly(manager_client, programme, low, high, wording):
    group = factories.GroupFactory(programme=programme, min_members=low, max_members=high)
    summary = summary_of(manager_client, group)
    assert wording in summary
    assert " to any" not in summary and "size 0" not in summary


def test_group_page_says_nothing_about_a_size_or_lay_minimum_of_zero(manager_client, programme):
    group = factories.GroupFactory(programme=programme, min_members=0, min_lay_partners=0)
    summary = summary_of(manager_client, group)
    assert "Members 0 Lay partners 0" in summary
    assert "needed" not in summary and "should have" not in summary


def test_group_page_counts_the_lay_places_left_to_fill(manager_client, programme, working_group):
    factories.MembershipFactory(group=working_group)
    summary = summary_of(manager_client, working_group)
    assert "Lay partners 1 (at least 2 needed): 1 place to fill" in summary
