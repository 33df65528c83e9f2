"""Uploaded CSV files: checked whole before anything is kept, then looked at and deleted."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from touchstone.insight import adapters, csv_upload, processing, summary
from touchstone.insight.models import InsightRun

pytestmark = pytest.mark.django_db

GOOD = (
    "When,Comment,Who\r\n"
    "2026-09-03,I waited three hours in the waiting room,patient\r\n"
    ",,\r\n"
    "20/10/2026,Easy parking in the car park,Lay partner\r\n"
    "2026-10-21,,staff\r\n"
    "2026-10-22,Caring staff and a kind nurse. Email me at jo@example.org,staff member\r\n"
)


def _upload(client, programme, content: bytes, captured, name="comments.csv", **columns):
    data = {"file": SimpleUploadedFile(name, content, content_type="text/csv")}
    data |= {"text_column": "Comment", "date_column": "", "kind_column": ""} | columns
    with captured(execute=True):
        return client.post(reverse("insight:run_upload", args=[programme.slug]), data)


def _kept_files() -> list[Path]:
    return [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]


def test_a_good_file_is_looked_at_with_empty_rows_counted_and_then_deleted(
    manager_client, programme, django_capture_on_commit_callbacks
):
    response = _upload(
        manager_client,
        programme,
        GOOD.encode("utf-8-sig"),
        django_capture_on_commit_callbacks,
        date_column="When",
        kind_column="Who",
    )
    run = InsightRun.objects.get()
    assert response["Location"] == run.get_absolute_url()
    assert (run.status, run.total, run.done, run.skipped_blank) == ("finished", 3, 3, 2)
    assert run.file_name == "" and _kept_files() == []
    rows = list(run.rows.all())
    assert [row.kind for row in rows] == ["Member of the public", "Lay partner", "Professional"]
    assert "jo@example.org" not in rows[2].text and "[EMAIL]" in rows[2].text
    insight = summary.insight_for(run.rows.all())
    assert insight.months == ["2026-09", "2026-10"]
    assert dict(insight.themes)["Parking"] == 1
    page = manager_client.get(run.get_absolute_url())
    assert "2 empty rows skipped" in page.text and "Comments from comments.csv" in page.text


def test_a_windows_1252_file_is_read(manager_client, programme, django_capture_on_commit_callbacks):
    content = "Comment\r\nThe caf\xe9 staff were kind \u2013 lovely\r\n".encode("cp1252")
    _upload(manager_client, programme, content, django_capture_on_commit_callbacks)
    row = InsightRun.objects.get().rows.get()
    assert row.text == "The café staff were kind – lovely"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Text,Date\r\nhello,2026-01-01\r\n", "has no column &#39;Comment&#39;"),
        (b"Text,Date\r\nhello,2026-01-01\r\n", "Its columns are: &#39;Text&#39;, &#39;Date&#39;"),
        ("Comment\r\nhello\r\n".encode("utf-16"), "UTF-16"),
        (b"Comment\r\nbad byte \x81 here\r\n", "could not be read"),
        (b"Comment\r\n,\r\n\r\n", "has no comments in the"),
        (b"", "is empty"),
    ],
)
def test_a_file_that_cannot_be_used_is_refused_with_what_to_fix_and_nothing_kept(
    manager_client, programme, django_capture_on_commit_callbacks, content, message
):
    response = _upload(manager_client, programme, content, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    assert message in response.text
    assert not InsightRun.objects.exists() and _kept_files() == []


def test_a_rating_and_question_given_with_the_comments_are_read_with_them(
    manager_client, programme, django_capture_on_commit_callbacks
):
    content = (
        "Comment,Score,Asked\r\n"
        "Nothing,1,What could we do better?\r\n"
        "Nowhere to park,Very poor,What could we do better?\r\n"
    )
    _upload(
        manager_client,
        programme,
        content.encode(),
        django_capture_on_commit_callbacks,
        rating_column="Score",
        question_column="asked",
    )
    run = InsightRun.objects.get()
    assert (run.status, run.done, run.rating_column, run.question_column) == (
        "finished",
        2,
        "Score",
        "asked",
    )
    assert dict(summary.insight_for(run.rows.all()).themes)["Parking"] == 1


def test_a_rating_column_that_is_not_in_the_file_is_refused_and_nothing_kept(
    manager_client, programme, django_capture_on_commit_callbacks
):
    response = _upload(
        manager_client,
        programme,
        GOOD.encode(),
        django_capture_on_commit_callbacks,
        rating_column="Stars",
    )
    assert response.status_code == 400 and "has no column &#39;Stars&#39;" in response.text
    assert not InsightRun.objects.exists() and _kept_files() == []


def test_a_comment_over_one_megabyte_is_refused_with_its_line(
    manager_client, programme, django_capture_on_commit_callbacks
):
    content = b'Comment\r\nfine\r\n"' + b"x" * (csv_upload.MAX_COMMENT_BYTES + 1) + b'"\r\n'
    response = _upload(manager_client, programme, content, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    assert "line 3: one comment is over 1 MB" in response.text
    assert not InsightRun.objects.exists()


def test_a_file_over_the_size_limit_is_refused(
    manager_client, programme, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(csv_upload, "MAX_FILE_BYTES", 10)
    response = _upload(manager_client, programme, GOOD.encode(), django_capture_on_commit_callbacks)
    assert response.status_code == 400 and "the most we take is 50 MB" in response.text
    assert not InsightRun.objects.exists()


def test_a_stopped_file_run_keeps_its_file_and_resumes_after_the_rows_stored(
    manager_client, programme, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(processing, "CHUNK", 2)
    real = adapters.redacted
    seen = []

    def fails_once_on_the_third_comment(text):
        seen.append(text)
        if len(seen) == 3:
            raise RuntimeError("the redaction service went away")
        return real(text)

    monkeypatch.setattr(adapters, "redacted", fails_once_on_the_third_comment)
    _upload(manager_client, programme, GOOD.encode(), django_capture_on_commit_callbacks)
    run = InsightRun.objects.get()
    assert (run.status, run.done) == ("failed", 2) and len(_kept_files()) == 1
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("insight:run_resume", args=[programme.slug, run.pk]))
    run.refresh_from_db()
    assert (run.status, run.done, run.rows.count()) == ("finished", 3, 3)
    assert run.rows.order_by("position").last().text.startswith("Caring staff")
    assert _kept_files() == []
