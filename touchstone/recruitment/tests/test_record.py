"""A finished selection can be downloaded without names and its draw repeated by anyone."""

import json

import pytest
from django.urls import reverse

from touchstone.core.tests.factories import GroupFactory
from touchstone.recruitment.record import redraw

from .selection_helpers import make_pool, start_run

pytestmark = pytest.mark.django_db


@pytest.fixture
def run(manager, programme, django_capture_on_commit_callbacks):
    make_pool(programme, n=12)
    group = GroupFactory(programme=programme)
    with django_capture_on_commit_callbacks(execute=True):
        run = start_run(manager, programme, group, k=4, seed=99)
    run.refresh_from_db()
    return run


def download(client, run):
    return client.get(reverse("recruitment:run_record", args=[run.programme.slug, run.pk]))


def test_the_record_repeats_the_same_panel_and_reserves(manager_client, run):
    record = json.loads(download(manager_client, run).content)
    again = redraw(record)
    assert list(again.panel) == sorted(run.panel) and list(again.reserves) == run.reserves
    assert record["seed"] == 99 and len(record["pool"]) == 12


def test_the_record_holds_no_names_or_contact_details(manager_client, run):
    text = download(manager_client, run).content.decode()
    for candidate in run.programme.candidates.all():
        assert candidate.full_name not in text and candidate.email not in text


def test_a_group_member_may_not_download_it(member_client, run):
    assert download(member_client, run).status_code == 403


def test_an_outsider_finds_nothing(outsider_client, run):
    assert download(outsider_client, run).status_code == 404
