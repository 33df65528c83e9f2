"""A run over the programme's feedback: redacted, classified, counted, and resumable."""

import datetime

import pytest
from django.urls import reverse

from touchstone.core.models import AuditEntry
from touchstone.feedback.tests.factories import ItemFactory
from touchstone.insight import adapters, processing, summary
from touchstone.insight.models import InsightRow, InsightRun

pytestmark = pytest.mark.django_db

COMMENTS = [
    ("I waited three hours in the waiting room, ask Dr Jane Smith", "public", 10),
    ("Long wait to be seen, hours of waiting. Call me on 07700 900123", "public", 10),
    ("Rude staff at reception, not friendly at all", "professional", 11),
    ("Caring staff, kind nurse", "lay_partner", 11),
    ("Car park full again, no parking spaces", "public", 11),
]


def _feedback(programme):
    for text, kind, month in COMMENTS:
        ItemFactory(
            programme=programme,
            text=text,
            giver_kind=kind,
            received_on=datetime.date(2026, month, 5),
        )


def _start(client, programme, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("insight:run_start", args=[programme.slug]))
    run = InsightRun.objects.get()
    assert response["Location"] == run.get_absolute_url()
    return run


def test_a_run_over_feedback_counts_themes_months_and_feeling_from_redacted_text(
    manager_client, programme, django_capture_on_commit_callbacks
):
    _feedback(programme)
    run = _start(manager_client, programme, django_capture_on_commit_callbacks)
    run.refresh_from_db()
    assert (run.status, run.done, run.total) == ("finished", 5, 5)
    assert run.model_name == "The standard model (Tiny test framework), deep reading"
    texts = " ".join(InsightRow.objects.values_list("text", flat=True))
    assert "Jane Smith" not in texts and "07700" not in texts
    assert "[NAME]" in texts and "[PHONE]" in texts
    insight = summary.insight_for(run.rows.all())
    assert dict(insight.themes) == {"Waiting": 2, "Staff attitude": 2, "Parking": 1}
    assert insight.months == ["2026-10", "2026-11"]
    assert insight.per_month == {"2026-10": 2, "2026-11": 3}
    assert dict(insight.feeling)["Negative"] >= 3 and dict(insight.feeling)["Positive"] >= 1
    assert [row.text for row in insight.quotes["Parking"]] == [COMMENTS[4][0]]
    page = manager_client.get(run.get_absolute_url())
    assert (
        "<svg" in page.text
        and "<table" in page.text
        and "October 2026" in page.text
        and "Jane Smith" not in page.text
    )
    assert AuditEntry.objects.filter(action="insight_run.start").exists()


def test_filters_keep_only_the_chosen_kind_of_participant(
    manager_client, programme, django_capture_on_commit_callbacks
):
    _feedback(programme)
    run = _start(manager_client, programme, django_capture_on_commit_callbacks)
    page = manager_client.get(run.get_absolute_url(), {"kind": "Lay partner"})
    assert "1 comment matches the filter" in page.text
    assert "Parking" not in page.text and "Staff attitude" in page.text
    kinds = summary.filter_options(run)["kind"]
    assert kinds == ["Lay partner", "Member of the public", "Professional"]


def test_a_run_that_fails_part_way_says_why_and_resumes_without_doing_rows_twice(
    manager_client, programme, django_capture_on_commit_callbacks, monkeypatch
):
    _feedback(programme)
    monkeypatch.setattr(processing, "CHUNK", 2)
    real = adapters.Classifier.classify
    calls = []

    def breaks_on_the_second_chunk(self, texts, *context):
        calls.append(len(texts))
        if len(calls) == 2:
            raise OSError("the disk is full")
        return real(self, texts, *context)

    monkeypatch.setattr(adapters.Classifier, "classify", breaks_on_the_second_chunk)
    run = _start(manager_client, programme, django_capture_on_commit_callbacks)
    run.refresh_from_db()
    assert (run.status, run.done, run.rows.count()) == ("failed", 2, 2)
    assert "the disk is full" in run.error and "Resume" in run.error
    page = manager_client.get(run.get_absolute_url())
    assert "The run stopped part-way" in page.text and "Resume" in page.text
    assert reverse("insight:run_resume", args=[programme.slug, run.pk]) in page.text
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("insight:run_resume", args=[programme.slug, run.pk]))
    run.refresh_from_db()
    assert (run.status, run.done, run.rows.count()) == ("finished", 5, 5)
    assert sorted(run.rows.values_list("position", flat=True)) == [0, 1, 2, 3, 4]
    assert len(set(run.rows.values_list("item_id", flat=True))) == 5
    assert calls == [2, 2, 2, 1]


def test_a_run_still_working_shows_progress_and_a_refresh_link(manager_client, programme):
    run = InsightRun.objects.create(programme=programme, source="feedback", total=40, done=12)
    page = manager_client.get(run.get_absolute_url())
    assert '<progress id="run-progress" max="40" value="12">' in page.text
    assert "12 of 40 comments" in page.text and ">Refresh</a>" in page.text


def test_a_run_bigger_than_the_deep_reading_limit_is_read_fast_and_says_so(
    manager_client, programme, django_capture_on_commit_callbacks, monkeypatch
):
    from engines.themes import pipeline

    monkeypatch.setattr(pipeline, "DEEP_LIMIT", len(COMMENTS) - 1)
    _feedback(programme)
    run = _start(manager_client, programme, django_capture_on_commit_callbacks)
    run.refresh_from_db()
    assert (run.status, run.done) == ("finished", len(COMMENTS))
    assert run.model_name == "The standard model (Tiny test framework), fast reading"
    page = manager_client.get(run.get_absolute_url())
    assert "fast reading" in page.content.decode()
