"""Adding papers and setting each group's notice for them.

Each change is audited in the same transaction. A paper added after its deadline is
flagged, and the chair is told by email once the paper is saved.
"""

import tempfile
from pathlib import Path

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from touchstone.accounts import access
from touchstone.accounts.tasks import send_email_task
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from . import adapters
from .models import Paper, PaperNotice
from .selectors import deadline_for
from .wording import when

CHANGE = "change"
SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".html")
MAX_BYTES = 10 * 1024 * 1024
MAX_CHARACTERS = 200_000
MAX_NOTICE_DAYS = 60


def paper_add(*, actor, meeting, title: str, text: str = "", upload=None, base_url: str) -> Paper:
    """Add a paper to the meeting, uploaded or written, with its plain-language summary."""
    programme = meeting.programme
    access.require(actor, CHANGE, programme)
    title, text = (title or "").strip(), (text or "").strip()
    if not title:
        raise ServiceError("Enter the paper's title.", field="title")
    if len(title) > 200:
        raise ServiceError("Use 200 characters or fewer for the title.", field="title")
    if upload and text:
        raise ServiceError("Choose a file or write the paper, not both.", field="document")
    if upload:
        summary = _check_upload(programme, upload)
    elif text:
        if len(text) > MAX_CHARACTERS:
            raise ServiceError("The paper must be 200,000 characters or fewer.", field="text")
        summary = adapters.summarise_text(programme=programme, text=text)
    else:
        raise ServiceError("Choose a file or write the paper.", field="document")
    deadline = deadline_for(meeting)
    paper = Paper(
        meeting=meeting,
        title=title,
        text=text,
        deadline=deadline,
        is_late=timezone.now() > deadline,
        reading_age=summary.reading_age,
        findings=summary.findings,
        check_note=summary.note,
        added_by=actor,
    )
    try:
        with transaction.atomic():
            if upload:
                paper.original_name = Path(upload.name).name[:255]
                paper.size = upload.size
                paper.file.save(upload.name, upload, save=False)
            paper.save()
            audit.record(
                actor=actor,
                action="paper.add",
                target=paper,
                programme=programme,
                changes={"meeting": [None, str(meeting)], "late": [None, paper.is_late]},
            )
            if paper.is_late:
                transaction.on_commit(lambda: _tell_chair(paper, base_url))
    except Exception:
        if paper.file:
            paper.file.delete(save=False)  # no file left behind when nothing was saved
        raise
    return paper


def _check_upload(programme, upload) -> adapters.PlainSummary:
    """Refuse files of the wrong type or size; check the rest through a temporary copy."""
    suffix = Path(upload.name or "").suffix.lower()
    if suffix not in SUFFIXES:
        raise ServiceError("Choose a .pdf, .docx, .txt, .md or .html file.", field="document")
    if upload.size > MAX_BYTES:
        raise ServiceError("The file is over 10 MB. Choose a smaller file.", field="document")
    if not upload.size:
        raise ServiceError(
            "The file is empty. Choose a file with the paper in it.", field="document"
        )
    if suffix == ".pdf":
        return adapters.summarise_file(programme=programme, path="", suffix=suffix)
    with tempfile.NamedTemporaryFile(suffix=suffix, delete_on_close=False) as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
        handle.close()
        summary = adapters.summarise_file(programme=programme, path=handle.name, suffix=suffix)
    upload.seek(0)
    return summary


def _tell_chair(paper: Paper, base_url: str) -> None:
    """Email the meeting's chair that a paper came in after the deadline."""
    meeting = paper.meeting
    chair = meeting.chair
    if chair is None or not chair.email:
        return
    page = base_url.rstrip("/") + reverse(
        "papers:meeting_papers", args=[meeting.programme.slug, meeting.pk]
    )
    body = (
        f"Dear {chair.full_name},\n\nA paper was added after the deadline for {meeting}.\n\n"
        f"Paper: {paper.title}\nDeadline: {when(paper.deadline)}\n\n"
        f"People may have less time to read it. See the meeting's papers here:\n{page}\n"
    )
    send_email_task.enqueue(
        subject=f"Late paper for {meeting.title}: {paper.title}", body=body, to=[chair.email]
    )


def notice_set(*, actor, group, days) -> PaperNotice:
    """Set how many days before the group's meetings papers are due."""
    access.require(actor, CHANGE, group.programme)
    if not isinstance(days, int) or not 0 <= days <= MAX_NOTICE_DAYS:
        raise ServiceError(
            f"Enter a whole number of days from 0 to {MAX_NOTICE_DAYS}.", field="days"
        )
    with transaction.atomic():
        notice, _ = PaperNotice.objects.get_or_create(group=group)
        before = audit.snapshot(notice, ["days"])
        notice.days = days
        notice.save()
        audit.record(
            actor=actor,
            action="paper_notice.set",
            target=notice,
            programme=group.programme,
            changes=audit.diff(before, audit.snapshot(notice, ["days"])),
        )
    return notice
