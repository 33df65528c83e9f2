"""The selection pages: starting a run, seeing the result, and who may see them."""

import re

import pytest
from django.urls import reverse

from touchstone.core.tests.factories import GroupFactory
from touchstone.recruitment.choices import RunStatus
from touchstone.recruitment.models import PopulationProfile, SelectionRun

from .selection_helpers import make_pool

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(programme):
    return GroupFactory(programme=programme, name="Frailty working group")


def form_data(group, k=4, seed=11, action="run", **quotas):
    """Return a form post with 0-to-k quotas for age and gender, as the page would send."""
    data = {"group": group.pk, "k": k, "features": ["age_band", "gender"], "seed": seed}
    for feature, count in (("age_band", 8), ("gender", 5)):
        for i in range(count):
            data[f"q-{feature}-{i}-min"], data[f"q-{feature}-{i}-max"] = 0, k
    data.update(quotas)
    data["action"] = action
    return data


def test_a_manager_starts_a_selection_and_reads_the_result_in_plain_english(
    manager_client, programme, group, django_capture_on_commit_callbacks
):
    people = make_pool(programme, n=9)
    url = reverse("recruitment:run_create", args=[programme.slug])
    page = manager_client.get(url)
    assert "9 people are in the pool" in page.text
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(url, form_data(group, k=3))
    run = SelectionRun.objects.get()
    assert response.status_code == 302
    assert run.status == RunStatus.FINISHED
    page = manager_client.get(response.url)
    assert "Everyone in the pool had at least a 1 in 3 chance of selection" in page.text
    names = {str(c.pk): c.full_name for c in people}
    assert all(names[i] in page.text for i in run.panel)
    assert "Seed" in page.text and str(run.seed) in page.text


def test_impossible_quotas_show_the_engines_message_and_store_nothing(
    manager_client, programme, group
):
    make_pool(programme, n=9)
    url = reverse("recruitment:run_create", args=[programme.slug])
    # gender: Woman is the first answer; minimum 3 and Man minimum 3 exceed the panel of 4.
    response = manager_client.post(
        url, form_data(group, k=4, **{"q-gender-0-min": 3, "q-gender-1-min": 3})
    )
    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert "The minimums for gender add up to 6, more than the panel of 4" in response.text
    assert not SelectionRun.objects.exists()


def test_filling_from_the_population_profile_rounds_k_times_share(manager_client, programme, group):
    PopulationProfile.objects.create(
        programme=programme, source="Census 2021", shares={"gender": {"Woman": 0.55, "Man": 0.45}}
    )
    make_pool(programme, n=9)
    url = reverse("recruitment:run_create", args=[programme.slug])
    response = manager_client.post(url, form_data(group, k=10, action="fill"))
    assert not SelectionRun.objects.exists()
    boxes = dict(
        re.findall(
            r'name="(q-gender-\d-m..)" type="text" inputmode="numeric" value="(\d+)"', response.text
        )
    )
    assert (boxes["q-gender-0-min"], boxes["q-gender-0-max"]) == ("5", "6")  # Woman: 5.5
    assert (boxes["q-gender-1-min"], boxes["q-gender-1-max"]) == ("4", "5")  # Man: 4.5


def test_people_without_answers_are_left_out_and_counted(manager_client, programme, group):
    from .factories import CandidateFactory

    make_pool(programme, n=5)
    CandidateFactory(programme=programme)
    page = manager_client.get(reverse("recruitment:run_create", args=[programme.slug]))
    assert "5 people are in the pool" in page.text
    assert "gave no answers to the demographic questions: 1" in page.text


@pytest.mark.parametrize("name", ["run_list", "run_create", "vacancy_list", "population_upload"])
def test_an_outsider_finds_nothing(outsider_client, programme, name):
    assert (
        outsider_client.get(reverse(f"recruitment:{name}", args=[programme.slug])).status_code
        == 404
    )


@pytest.mark.parametrize("name", ["run_list", "run_create", "population_upload"])
def test_a_member_may_not_open_manager_pages(member_client, programme, name):
    assert (
        member_client.get(reverse(f"recruitment:{name}", args=[programme.slug])).status_code == 403
    )


def test_a_member_may_not_see_a_run(
    member, client, manager, programme, group, django_capture_on_commit_callbacks
):
    from .selection_helpers import start_run

    make_pool(programme, n=6)
    run = start_run(manager, programme, group, k=2)
    client.force_login(member)
    url = reverse("recruitment:run_detail", args=[programme.slug, run.pk])
    assert client.get(url).status_code == 403


def test_ticking_another_question_adds_its_quota_boxes_without_running(
    manager_client, programme, group
):
    make_pool(programme, n=6)
    data = form_data(group, k=3, action="update")
    data["features"] = ["age_band", "gender", "carer"]
    url = reverse("recruitment:run_create", args=[programme.slug])
    response = manager_client.post(url, data)
    assert 'name="q-carer-0-min"' in response.text
    assert "There is a problem" not in response.text
    assert not SelectionRun.objects.exists()


def test_a_waiting_run_shows_its_progress_and_a_refresh_link(
    manager, manager_client, programme, group
):
    from .selection_helpers import start_run

    make_pool(programme, n=6)
    run = start_run(manager, programme, group, k=2)  # its task waits for the commit
    page = manager_client.get(reverse("recruitment:run_detail", args=[programme.slug, run.pk]))
    assert "Waiting to start." in page.text
    assert ">Refresh</a>" in page.text


def test_repeating_a_run_fills_the_form_with_its_settings(
    manager, manager_client, programme, group
):
    from .selection_helpers import open_quotas, start_run

    make_pool(programme, n=6)
    run = start_run(manager, programme, group, k=2, seed=424242, quotas=open_quotas(2, Man=(1, 1)))
    url = reverse("recruitment:run_create", args=[programme.slug]) + f"?repeat={run.pk}"
    page = manager_client.get(url).text
    assert 'value="424242"' in page
    assert f'<option value="{group.pk}" selected' in page
    assert 'name="q-gender-1-min" type="text" inputmode="numeric" value="1"' in page


def test_the_list_of_selections_links_to_each_run(manager, manager_client, programme, group):
    from .selection_helpers import start_run

    make_pool(programme, n=6)
    run = start_run(manager, programme, group, k=2)
    page = manager_client.get(reverse("recruitment:run_list", args=[programme.slug]))
    assert reverse("recruitment:run_detail", args=[programme.slug, run.pk]) in page.text
    assert "Frailty working group" in page.text


def test_a_new_selection_starts_with_quotas_from_the_profile(manager_client, programme, group):
    PopulationProfile.objects.create(
        programme=programme, source="Census 2021", shares={"gender": {"Woman": 0.55, "Man": 0.45}}
    )
    group.min_lay_partners = 10
    group.save()
    url = reverse("recruitment:run_create", args=[programme.slug]) + f"?group={group.pk}"
    page = manager_client.get(url).text
    assert 'name="q-gender-0-min" type="text" inputmode="numeric" value="5"' in page
    assert 'name="q-gender-0-max" type="text" inputmode="numeric" value="6"' in page
