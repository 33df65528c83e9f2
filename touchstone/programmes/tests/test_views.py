"""Programme pages as people use them: what they see, what they can change."""

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


def test_staff_start_a_programme_through_the_form(manager_client):
    response = manager_client.post(
        "/programmes/new/",
        {
            "name": "Mind Matters",
            "area": "Eastborough",
            "purpose": "Mental health support.",
            "starts_on-day": "1",
            "starts_on-month": "4",
            "starts_on-year": "2026",
            "population_groups": "People with long-term mental health needs: housing, work",
        },
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
    assert "group.create: Core design team" in page
