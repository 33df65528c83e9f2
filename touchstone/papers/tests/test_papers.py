"""Adding papers: the deadline, late papers and the chair's email, refusals, and access."""

import datetime
import io
from pathlib import Path

import docx
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests.factories import GroupFactory, PersonFactory
from touchstone.meetings.tests.factories import MeetingFactory
from touchstone.papers import selectors, services
from touchstone.papers.adapters import PDF_NOTE
from touchstone.papers.models import Paper, PaperNotice

pytestmark = pytest.mark.django_db
BASE = "https://touchstone.example.org/"


def _meeting(programme, days_away=14, **extra):
    start = timezone.now() + datetime.timedelta(days=days_away)
    return MeetingFactory(programme=programme, start=start, **extra)


def _add(actor, meeting, **extra):
    values = {"title": "Evening clinic", "text": "", "upload": None, "base_url": BASE}
    return services.paper_add(actor=actor, meeting=meeting, **(values | extra))


def test_papers_are_due_seven_days_before_the_meeting_by_default(programme):
    meeting = _meeting(programme)
    assert selectors.deadline_for(meeting) == meeting.start - datetime.timedelta(days=7)


def test_a_group_can_set_its_own_notice_for_papers(programme, manager):
    meeting = _meeting(programme)
    services.notice_set(actor=manager, group=meeting.group, days=10)
    assert selectors.deadline_for(meeting) == meeting.start - datetime.timedelta(days=10)
    assert AuditEntry.objects.filter(action="paper_notice.set").count() == 1


@pytest.mark.parametrize("days", [-1, 61, "7", None])
def test_a_notice_outside_0_to_60_days_is_refused_and_nothing_changes(programme, manager, days):
    group = GroupFactory(programme=programme)
    with pytest.raises(ServiceError, match="whole number of days"):
        services.notice_set(actor=manager, group=group, days=days)
    assert not PaperNotice.objects.exists()


def test_only_programme_managers_set_the_notice(programme, member):
    group = GroupFactory(programme=programme)
    with pytest.raises(AccessDenied):
        services.notice_set(actor=member, group=group, days=3)


def test_a_written_paper_in_good_time_is_not_late_and_has_a_plain_language_summary(
    programme, manager
):
    meeting = _meeting(programme)
    paper = _add(manager, meeting, text="We utilise a multidisciplinary approach.")
    assert not paper.is_late
    assert paper.reading_age is not None
    assert sum(paper.findings.values()) >= 1
    assert set(paper.findings) == {"high", "medium", "low"}
    assert AuditEntry.objects.filter(action="paper.add").count() == 1
    assert mail.outbox == []


def test_a_paper_after_the_deadline_is_late_and_the_chair_is_emailed(
    programme, manager, django_capture_on_commit_callbacks
):
    chair = PersonFactory(programmes=[programme], email="chair@example.org", full_name="Ana Chair")
    meeting = _meeting(programme, days_away=3, chair=chair)
    with django_capture_on_commit_callbacks(execute=True):
        paper = _add(manager, meeting, text="A late update on the evening clinic.")
    assert paper.is_late
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["chair@example.org"]
    assert "Evening clinic" in message.subject
    assert f"/meetings/{meeting.pk}/papers/" in message.body


def test_a_late_paper_with_no_chair_is_still_flagged(
    programme, manager, django_capture_on_commit_callbacks
):
    meeting = _meeting(programme, days_away=1)
    with django_capture_on_commit_callbacks(execute=True):
        paper = _add(manager, meeting, text="Late words.")
    assert paper.is_late and mail.outbox == []


def test_an_uploaded_file_is_stored_under_a_name_nobody_can_guess(programme, manager, settings):
    meeting = _meeting(programme)
    upload = SimpleUploadedFile("clinic plan.txt", b"We will open the clinic at 6pm.")
    paper = _add(manager, meeting, upload=upload)
    assert paper.original_name == "clinic plan.txt"
    assert "clinic" not in paper.file.name and paper.file.name.endswith(".txt")
    stored = Path(settings.MEDIA_ROOT) / paper.file.name
    assert stored.read_bytes() == b"We will open the clinic at 6pm."
    assert paper.reading_age is not None


def test_a_pdf_is_kept_but_not_checked(programme, manager):
    upload = SimpleUploadedFile("plan.pdf", b"%PDF-1.4 fake", content_type="application/pdf")
    paper = _add(manager, _meeting(programme), upload=upload)
    assert paper.check_note == PDF_NOTE
    assert paper.reading_age is None


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"title": "  "}, "Enter the paper's title"),
        ({"text": ""}, "Choose a file or write the paper"),
        ({"upload": SimpleUploadedFile("x.exe", b"MZ")}, "Choose a .pdf, .docx"),
        ({"upload": SimpleUploadedFile("noext", b"hello")}, "Choose a .pdf, .docx"),
        ({"upload": SimpleUploadedFile("a.txt", b"hi"), "text": "hi"}, "not both"),
        ({"upload": SimpleUploadedFile("big.pdf", b"x" * (10 * 1024 * 1024 + 1))}, "over 10 MB"),
    ],
)
def test_bad_papers_are_refused_and_nothing_is_stored(
    programme, manager, settings, values, message
):
    with pytest.raises(ServiceError, match=message):
        _add(manager, _meeting(programme), **values)
    assert not Paper.objects.exists()
    media = Path(settings.MEDIA_ROOT)
    assert not media.exists() or not any(media.rglob("*.*"))


def test_members_cannot_add_papers(programme, member):
    with pytest.raises(AccessDenied):
        _add(member, _meeting(programme), text="Words.")
    assert not Paper.objects.exists()


def test_managers_of_another_programme_cannot_add_papers(programme, outsider):
    with pytest.raises(AccessDenied):
        _add(outsider, _meeting(programme), text="Words.")


def test_a_word_document_is_checked_for_plain_language(programme, manager):
    document = docx.Document()
    document.add_paragraph("We will utilise a multidisciplinary approach going forward.")
    data = io.BytesIO()
    document.save(data)
    upload = SimpleUploadedFile("plan.docx", data.getvalue())
    paper = _add(manager, _meeting(programme), upload=upload)
    assert paper.check_note == ""
    assert sum(paper.findings.values()) >= 1


def test_a_broken_word_document_is_kept_with_a_note_saying_it_was_not_checked(programme, manager):
    upload = SimpleUploadedFile("broken.docx", b"not really a zip file")
    paper = _add(manager, _meeting(programme), upload=upload)
    assert paper.check_note.startswith("We could not check this file.")
    assert paper.reading_age is None


def test_no_file_is_left_behind_when_saving_the_paper_fails(
    programme, manager, settings, monkeypatch
):
    def broken_audit(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services.audit, "record", broken_audit)
    upload = SimpleUploadedFile("plan.txt", b"We will open at 6pm.")
    with pytest.raises(RuntimeError):
        _add(manager, _meeting(programme), upload=upload)
    assert not Paper.objects.exists()
    assert not any(Path(settings.MEDIA_ROOT).rglob("*.txt"))
