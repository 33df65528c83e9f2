"""Who may see and do what: outsiders see nothing, members read, the core team acts."""

import pytest
from django.urls import reverse

from touchstone.insight.models import InsightRun

from .factories import RowFactory

pytestmark = pytest.mark.django_db


def _pages(programme, row):
    slug, run = programme.slug, row.run
    return {
        "home": reverse("insight:home", args=[slug]),
        "run": reverse("insight:run_detail", args=[slug, run.pk]),
        "model": reverse("insight:model", args=[slug]),
        "upload": reverse("insight:run_upload", args=[slug]),
        "correct": reverse("insight:row_correct", args=[slug, row.pk]),
    }


def test_outsiders_get_not_found_on_every_insight_page(outsider_client, programme):
    row = RowFactory(run__programme=programme)
    for url in _pages(programme, row).values():
        assert outsider_client.get(url).status_code == 404
    start = reverse("insight:run_start", args=[programme.slug])
    assert outsider_client.post(start).status_code == 404


def test_members_can_read_the_insight_but_not_start_runs_or_correct(member_client, programme):
    row = RowFactory(run__programme=programme)
    pages = _pages(programme, row)
    for name in ("home", "run", "model"):
        page = member_client.get(pages[name])
        assert page.status_code == 200
        assert "Correct the themes" not in page.text and "Look at the feedback" not in page.text
    assert member_client.get(pages["upload"]).status_code == 403
    assert member_client.get(pages["correct"]).status_code == 403
    start = reverse("insight:run_start", args=[programme.slug])
    assert member_client.post(start).status_code == 403
    assert InsightRun.objects.count() == 1


def test_managers_see_how_to_start_runs_and_correct_quotes(manager_client, programme):
    row = RowFactory(run__programme=programme)
    pages = _pages(programme, row)
    assert "Look at the feedback" in manager_client.get(pages["home"]).text
    assert pages["correct"] in manager_client.get(pages["run"]).text
    assert manager_client.get(pages["upload"]).status_code == 200


def test_starting_with_no_feedback_says_there_is_none(manager_client, programme):
    response = manager_client.post(reverse("insight:run_start", args=[programme.slug]), follow=True)
    assert "There is no feedback to look at yet." in response.text
    assert not InsightRun.objects.exists()
