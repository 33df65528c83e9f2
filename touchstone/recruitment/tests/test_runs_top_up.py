"""Continuous recruitment: vacancies are shown, and a top-up keeps everyone seated."""

import datetime

import pytest
from django.urls import reverse

from touchstone.core.tests.factories import GroupFactory, MembershipFactory, PersonFactory
from touchstone.people.models import Membership
from touchstone.recruitment import offers, runs
from touchstone.recruitment.choices import RunStatus
from touchstone.recruitment.models import Candidate, SelectionRun
from touchstone.recruitment.vacancies import vacancy_list_for

from .selection_helpers import make_pool, open_quotas, start_run

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(programme):
    return GroupFactory(programme=programme, name="Lay forum", min_lay_partners=3)


@pytest.fixture
def seated_group(manager, programme, group, django_capture_on_commit_callbacks):
    """A group whose 3 selected lay partners accepted, then one left."""
    make_pool(programme, n=10)
    with django_capture_on_commit_callbacks(execute=True):
        run = start_run(manager, programme, group, k=3)
    offers.offers_send(actor=manager, run=run_refreshed(run), base_url="http://x")
    for offer in run.offers.all():
        offers.offer_record_reply(actor=manager, offer=offer, accept=True)
    leaver = Membership.objects.filter(group=group).first()
    leaver.ended_on, leaver.end_reason = datetime.date.today(), "Moved away"
    leaver.save()
    return group


def run_refreshed(run):
    run.refresh_from_db()
    return run


def test_a_group_below_its_minimum_is_listed_with_a_top_up(manager_client, programme, seated_group):
    page = manager_client.get(reverse("recruitment:vacancy_list", args=[programme.slug]))
    assert "Lay forum" in page.text
    assert "Top up from the reserves" in page.text


def test_a_top_up_keeps_the_seated_members_and_fills_from_the_reserves(
    manager, programme, seated_group, django_capture_on_commit_callbacks
):
    first = SelectionRun.objects.get()
    staying = {str(c.pk) for c in runs.seated_candidates(seated_group)}
    assert len(staying) == 2
    with django_capture_on_commit_callbacks(execute=True):
        top_up = runs.top_up_create(
            actor=manager, group=seated_group, places=1, quotas=open_quotas(3), seed=5
        )
    top_up.refresh_from_db()
    assert top_up.status == RunStatus.FINISHED
    assert top_up.is_top_up and top_up.k == 3
    assert staying <= set(top_up.panel)
    newcomer = set(top_up.panel) - staying
    assert len(newcomer) == 1 and newcomer <= set(first.reserves)
    assert all(top_up.probabilities[i] == 1.0 for i in staying)


def test_the_top_up_page_runs_a_top_up(
    manager_client, programme, seated_group, django_capture_on_commit_callbacks
):
    url = reverse("recruitment:top_up_create", args=[programme.slug, seated_group.pk])
    assert "2 lay partners keep their seats" in manager_client.get(url + "?places=1").text
    data = {"places": 1, "seed": 3, "action": "run"}
    for feature, count in (("age_band", 8), ("gender", 5)):
        for i in range(count):
            data[f"q-{feature}-{i}-min"], data[f"q-{feature}-{i}-max"] = 0, 3
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(url, data)
    assert response.status_code == 302
    assert SelectionRun.objects.filter(is_top_up=True, status=RunStatus.FINISHED).exists()


def test_a_top_up_without_an_earlier_selection_says_to_start_one(manager_client, programme):
    lonely = GroupFactory(programme=programme, name="New group", min_lay_partners=2)
    url = reverse("recruitment:top_up_create", args=[programme.slug, lonely.pk])
    assert "has had no finished selection" in manager_client.get(url).text
    assert not Candidate.objects.exists()


def _seat(group, started, ended=None):
    person = PersonFactory(programmes=[group.programme])
    return MembershipFactory(group=group, person=person, started_on=started, ended_on=ended)


def test_a_leaver_who_was_replaced_leaves_no_vacancy(manager, programme):
    forum = GroupFactory(programme=programme, name="Wide forum", min_lay_partners=0)
    today = datetime.date.today()
    _seat(forum, today - datetime.timedelta(days=200), today - datetime.timedelta(days=100))
    _seat(forum, today - datetime.timedelta(days=200), today - datetime.timedelta(days=50))
    _seat(forum, today - datetime.timedelta(days=90))  # took the first leaver's place
    vacancies = {v.group.name: v for v in vacancy_list_for(actor=manager, programme=programme)}
    assert vacancies["Wide forum"].left == 1 and vacancies["Wide forum"].places == 1
    _seat(forum, today - datetime.timedelta(days=10))  # and the second's
    assert "Wide forum" not in {
        v.group.name for v in vacancy_list_for(actor=manager, programme=programme)
    }
