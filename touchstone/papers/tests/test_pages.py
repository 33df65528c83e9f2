"""The papers and minutes pages: who sees what, downloads, and forms doing what they say."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from touchstone.core.tests.factories import PersonFactory
from touchstone.meetings.models import AttendanceStatus
from touchstone.meetings.tests.factories import AttendanceFactory, MeetingFactory
from touchstone.papers.models import Minutes, MinutesStatus, Paper, PaperNotice

from .factories import MinutesFactory, PaperFactory

pytestmark = pytest.mark.django_db


def _url(name, meeting, *args):
    return reverse(f"papers:{name}", args=[meeting.programme.slug, meeting.pk, *args])


@pytest.fixture
def meeting(programme):
    return MeetingFactory(programme=programme)


@pytest.fixture
def file_paper(manager_client, meeting):
    upload = SimpleUploadedFile("plan.txt", b"We will open at 6pm.")
    manager_client.post(_url("meeting_papers", meeting), {"title": "Plan", "document": upload})
    return Paper.objects.get()


def test_outsiders_get_not_found_on_every_papers_page(outsider_client, meeting):
    paper = PaperFactory(meeting=meeting)
    for name, args in [
        ("meeting_papers", []),
        ("paper_download", [paper.pk]),
        ("minutes_edit", []),
    ]:
        assert outsider_client.get(_url(name, meeting, *args)).status_code == 404
    group_url = reverse("papers:group_notice", args=[meeting.programme.slug, meeting.group.pk])
    assert outsider_client.get(group_url).status_code == 404


def test_members_read_papers_but_cannot_add_them(member_client, meeting):
    PaperFactory(meeting=meeting, title="Evening clinic")
    page = member_client.get(_url("meeting_papers", meeting))
    assert page.status_code == 200
    assert "Evening clinic" in page.text and "Add a paper" not in page.text
    refused = member_client.post(_url("meeting_papers", meeting), {"title": "X", "text": "Y"})
    assert refused.status_code == 403
    assert Paper.objects.count() == 1
    assert member_client.get(_url("minutes_edit", meeting)).status_code == 403


def test_a_manager_adds_a_written_paper_and_sees_its_summary(manager_client, meeting):
    response = manager_client.post(
        _url("meeting_papers", meeting), {"title": "Clinic", "text": "We utilise synergies."}
    )
    assert response.status_code == 302
    page = manager_client.get(_url("meeting_papers", meeting))
    assert "Clinic" in page.text and "reading age" in page.text
    assert reverse("drafts:writing_check", args=[meeting.programme.slug]) in page.text


def test_a_late_paper_is_flagged_on_the_page(manager_client, programme):
    soon = MeetingFactory(programme=programme, start=timezone.now() + datetime.timedelta(days=2))
    manager_client.post(_url("meeting_papers", soon), {"title": "Late one", "text": "Words."})
    page = manager_client.get(_url("meeting_papers", soon))
    assert "Late" in page.text and "after the deadline" in page.text


def test_a_refused_file_shows_an_error_summary_and_stores_nothing(manager_client, meeting):
    upload = SimpleUploadedFile("virus.exe", b"MZ")
    response = manager_client.post(
        _url("meeting_papers", meeting), {"title": "Bad", "document": upload}
    )
    assert response.status_code == 400
    assert "There is a problem" in response.text
    assert "Choose a .pdf, .docx, .txt, .md or .html file." in response.text
    assert not Paper.objects.exists()


def test_a_paper_with_no_title_shows_an_error(manager_client, meeting):
    response = manager_client.post(_url("meeting_papers", meeting), {"title": "", "text": "Hi"})
    assert response.status_code == 400 and "Enter the paper" in response.text
    assert not Paper.objects.exists()


def test_people_with_a_role_download_the_file_privately(member_client, file_paper):
    response = member_client.get(_url("paper_download", file_paper.meeting, file_paper.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"We will open at 6pm."
    assert 'attachment; filename="plan.txt"' in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]


def test_signed_out_people_and_outsiders_cannot_download(client, outsider, file_paper):
    url = _url("paper_download", file_paper.meeting, file_paper.pk)
    client.logout()  # the file was added through the same client, signed in as a manager
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(outsider)
    assert client.get(url).status_code == 404


def test_a_paper_from_another_meeting_is_not_found(manager_client, file_paper, programme):
    other = MeetingFactory(programme=programme)
    assert manager_client.get(_url("paper_download", other, file_paper.pk)).status_code == 404


def test_a_manager_sets_the_groups_notice_and_bad_input_changes_nothing(manager_client, meeting):
    url = reverse("papers:group_notice", args=[meeting.programme.slug, meeting.group.pk])
    assert manager_client.get(url).status_code == 200
    bad = manager_client.post(url, {"days": "a week"})
    assert bad.status_code == 400 and "whole number" in bad.text
    too_many = manager_client.post(url, {"days": "90"})
    assert too_many.status_code == 400 and "from 0 to 60" in too_many.text
    assert not PaperNotice.objects.exists()
    assert manager_client.post(url, {"days": "10"}).status_code == 302
    assert PaperNotice.objects.get().days == 10


def test_members_cannot_change_the_notice(member_client, meeting):
    url = reverse("papers:group_notice", args=[meeting.programme.slug, meeting.group.pk])
    assert member_client.get(url).status_code == 200
    assert member_client.post(url, {"days": "3"}).status_code == 403
    assert not PaperNotice.objects.exists()


def test_members_do_not_see_draft_minutes(member_client, meeting):
    MinutesFactory(meeting=meeting, text="Secret draft words.")
    assert "Secret draft words." not in member_client.get(_url("meeting_papers", meeting)).text


def test_minutes_workflow_through_the_pages(
    manager_client, meeting, programme, django_capture_on_commit_callbacks
):
    next_meeting = MeetingFactory(
        programme=programme, group=meeting.group, start=meeting.start + datetime.timedelta(days=28)
    )
    person = PersonFactory(email="ann@example.org", full_name="Ann Post", preferred_contact="post")
    AttendanceFactory(meeting=meeting, person=person, status=AttendanceStatus.ATTENDED)
    AttendanceFactory(meeting=meeting, status=AttendanceStatus.ATTENDED)
    empty = manager_client.post(_url("minutes_edit", meeting), {"text": ""})
    assert empty.status_code == 400 and "There is a problem" in empty.text
    assert (
        manager_client.post(_url("minutes_edit", meeting), {"text": "We agreed."}).status_code
        == 302
    )
    with django_capture_on_commit_callbacks(execute=True):
        sent = manager_client.post(_url("minutes_circulate", meeting), follow=True)
    assert "Print and post a copy for: Ann Post" in sent.text
    assert len(mail.outbox) == 1
    bad = manager_client.post(_url("minutes_approve", meeting), {"at_meeting": str(meeting.pk)})
    assert bad.status_code == 400 and "later meeting of the same group" in bad.text
    assert Minutes.objects.get().status == MinutesStatus.CIRCULATED
    approved = manager_client.post(
        _url("minutes_approve", meeting), {"at_meeting": str(next_meeting.pk)}, follow=True
    )
    assert "Approved on" in approved.text
    assert reverse("feedback:group_decisions", args=[programme.slug, meeting.group.pk]) in (
        approved.text
    )
    locked = manager_client.post(_url("minutes_edit", meeting), {"text": "Changed."})
    assert locked.status_code == 400 and "cannot be changed" in locked.text
    assert Minutes.objects.get().text == "We agreed."


def test_sending_minutes_nobody_attended_shows_an_error_summary(manager_client, meeting):
    MinutesFactory(meeting=meeting)
    response = manager_client.post(_url("minutes_circulate", meeting))
    assert response.status_code == 400
    assert "There is a problem" in response.text and "Nobody is recorded" in response.text
    assert Minutes.objects.get().status == MinutesStatus.DRAFTED


def test_sending_minutes_is_post_only(manager_client, meeting):
    assert manager_client.get(_url("minutes_circulate", meeting)).status_code == 405
