"""The demo has meetings to look at: past ones with who came, and the next six weeks'."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from touchstone.accounts.models import User
from touchstone.core.models import AuditEntry
from touchstone.feedback.models import FeedbackEvent
from touchstone.meetings.models import Attendance, Meeting, MeetingPreference, SupportNeeds
from touchstone.meetings.needs import checklist_for
from touchstone.meetings.preferences import poll_summary
from touchstone.meetings.rates import rates_by_kind_for
from touchstone.nonprod import demo_data
from touchstone.nonprod.demo import demo_programme
from touchstone.nonprod.meeting_days import (
    advisory_anchor,
    is_closed,
    open_day,
    saturday_on_or_after,
)
from touchstone.papers.models import Minutes, Paper

pytestmark = pytest.mark.django_db
SUNDAY = 6


def seed(*args) -> None:
    call_command("seed_demo", *args, stdout=StringIO())


@pytest.fixture
def programme():
    seed()
    return demo_programme()


@pytest.fixture
def pm():
    return User.objects.get(email=demo_data.PM_EMAIL)


def upcoming(programme):
    return Meeting.objects.filter(programme=programme, start__gte=timezone.now())


def past(programme):
    return Meeting.objects.filter(programme=programme, start__lt=timezone.now())


def next_advisory(programme):
    return upcoming(programme).filter(kind="advisory_group").order_by("start").first()


def test_the_next_six_weeks_hold_a_handful_of_meetings_with_invitations(programme, client, pm):
    coming = upcoming(programme)
    assert 4 <= coming.count() <= 8
    assert {"advisory_group", "core_team", "forum", "community_engagement"} <= {
        m.kind for m in coming
    }
    # Six weeks, or a little more when Christmas week moves the forum on.
    soon = timezone.now() + datetime.timedelta(weeks=8)
    assert all(m.start < soon for m in coming)
    assert all(timezone.localtime(m.start).weekday() != SUNDAY for m in coming)
    assert coming.exclude(online_link="").exists()
    assert coming.filter(address="").exists()  # one meets online only
    replies = set(Attendance.objects.filter(meeting__in=coming).values_list("status", flat=True))
    assert replies == {"invited", "accepted", "apologies"}
    assert all(m.agenda_items.exists() for m in coming)
    client.force_login(pm)
    page = client.get(reverse("meetings:meeting_list", args=[programme.slug])).content.decode()
    assert "Lay Partners Forum: winter meeting" in page


def test_three_months_of_past_meetings_have_agendas_venues_and_attendance(programme):
    before = past(programme)
    assert {"core_team", "advisory_group", "working_session", "forum"} <= {m.kind for m in before}
    assert before.filter(kind="core_team").count() >= 12  # weekly
    assert before.filter(kind="advisory_group").count() >= 6  # fortnightly
    assert all(timezone.localtime(m.start).hour == 18 for m in before.filter(kind="advisory_group"))
    oldest = timezone.now() - datetime.timedelta(days=100)
    assert all(m.start > oldest for m in before)
    assert all(m.agenda_items.exists() and m.attendances.exists() for m in before)
    statuses = set(Attendance.objects.filter(meeting__in=before).values_list("status", flat=True))
    assert statuses == {"attended", "apologies", "absent"}
    assert before.filter(step_free=True, hearing_loop=True).exists()
    assert all("WY" in m.address for m in before.exclude(address=""))
    forum = before.get(kind="forum")
    assert FeedbackEvent.objects.get(programme=programme, source="forum").meeting == forum


def test_lay_partners_attend_less_often_than_professionals(programme, client, pm):
    quarters = rates_by_kind_for(actor=pm, programme=programme)
    lay = sum(q.lay.attended for q in quarters) / sum(q.lay.recorded for q in quarters)
    staff = sum(q.professionals.attended for q in quarters) / sum(
        q.professionals.recorded for q in quarters
    )
    assert 0.5 < lay < staff - 0.08
    client.force_login(pm)
    response = client.get(reverse("meetings:attendance_report", args=[programme.slug]))
    assert response.status_code == 200


def test_the_lay_partner_s_next_meeting_checklist_shows_their_hearing_loop(programme, client, pm):
    meeting = next_advisory(programme)
    lines = {line.code: line for line in checklist_for(actor=pm, meeting=meeting)}
    assert demo_data.LAY_NAME in lines["hearing_loop"].names
    assert not lines["hearing_loop"].venue_lacks
    lay = meeting.attendances.get(person__email=demo_data.LAY_EMAIL)
    assert lay.status == "invited"  # left for the lay partner to answer
    client.force_login(pm)
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Support to arrange" in page and demo_data.LAY_NAME in page
    later = upcoming(programme).filter(kind="advisory_group").order_by("start").last()
    lines = {line.code: line for line in checklist_for(actor=pm, meeting=later)}
    assert lines["hearing_loop"].venue_lacks  # Marsh End Village Hall has no loop


def test_support_needs_are_kept_with_consent_for_about_eight_people(programme):
    needs = SupportNeeds.objects.filter(person__programmes=programme)
    assert 7 <= needs.count() <= 10
    assert all(n.consent_at for n in needs)
    codes = {code for n in needs for code in n.needs}
    assert {"hearing_loop", "step_free", "bsl", "papers_by_post", "replacement_care"} <= codes
    assert needs.get(person__email=demo_data.LAY_EMAIL).needs == ["hearing_loop"]
    assert needs.exclude(dietary="").exists()


def test_about_twenty_forum_members_answered_the_poll_mostly_saturday_daytime(programme):
    forum = programme.groups.get(kind="lay_forum")
    answers = MeetingPreference.objects.filter(group=forum)
    assert answers.count() == 20
    saturday_daytime = [a for a in answers if 5 in a.weekdays and "daytime" in a.times]
    evenings = [a for a in answers if "evening" in a.times]
    assert len(saturday_daytime) > answers.count() / 2 and evenings
    summary = poll_summary(forum)
    assert summary["answers"] == 20 and "Saturday" in summary["text"]


def test_the_next_advisory_meeting_has_one_paper_on_time_and_one_late(programme, client, pm):
    meeting = next_advisory(programme)
    papers = list(Paper.objects.filter(meeting=meeting).order_by("added_at"))
    assert [p.is_late for p in papers] == [False, True]
    assert all(p.text and p.reading_age for p in papers)
    assert all(p.added_at <= timezone.now() for p in papers)
    assert papers[1].added_at > papers[1].deadline > papers[0].added_at
    client.force_login(pm)
    url = reverse("papers:meeting_papers", args=[programme.slug, meeting.pk])
    page = client.get(url).content.decode()
    assert "Late" in page and "reading age" in page


def test_the_last_advisory_minutes_were_sent_round_and_the_ones_before_approved(programme):
    held = list(past(programme).filter(kind="advisory_group").order_by("start"))
    last, earlier = Minutes.objects.get(meeting=held[-1]), Minutes.objects.get(meeting=held[-2])
    assert last.status == "circulated" and last.circulated_at < timezone.now()
    assert earlier.status == "approved" and earlier.approved_at_meeting == held[-1]
    assert earlier.circulated_at < earlier.approved_at < timezone.now()


def test_loading_the_meetings_emails_nobody_and_leaves_an_audit_trail(programme):
    assert mail.outbox == []
    created = AuditEntry.objects.filter(programme=programme, action="meeting.create")
    assert created.count() == upcoming(programme).count()
    assert AuditEntry.objects.filter(programme=programme, action="meeting.import").count() == 1
    assert AuditEntry.objects.filter(action="support_needs.record").count() >= 7


def test_reset_reloads_the_meetings_and_running_twice_changes_nothing(programme):
    counts = {m: m.objects.count() for m in (Meeting, Attendance, Paper, Minutes, SupportNeeds)}
    seed()
    assert {m: m.objects.count() for m in counts} == counts
    seed("--reset")
    again = demo_programme()
    assert again.pk != programme.pk
    assert {m: m.objects.count() for m in counts} == counts
    assert not Meeting.objects.filter(programme_id=programme.pk).exists()
    assert mail.outbox == []


@pytest.mark.parametrize("year", [2026, 2027])
def test_meeting_days_miss_weekends_bank_holidays_and_christmas_on_any_load_day(year):
    for n in range(366):
        today = datetime.date(year, 1, 1) + datetime.timedelta(days=n)
        advisory = advisory_anchor(today)
        assert 3 <= (advisory - today).days <= 6 and advisory.weekday() < 5, today
        assert not is_closed(open_day(today)) and not is_closed(open_day(today, step=-1))
        saturday = saturday_on_or_after(today)
        assert saturday.weekday() == 5 and (saturday - today).days <= 20, today
        assert not (saturday.month == 12 and saturday.day >= 24), today
