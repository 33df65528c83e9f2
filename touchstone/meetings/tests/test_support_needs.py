"""Access and support needs: kept only with consent, and a checklist for each meeting."""

import pytest
from django.urls import reverse

from touchstone.accounts.models import Role
from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.meetings import needs
from touchstone.meetings.models import SupportNeeds

from .factories import AttendanceFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def _record(actor, programme, person, codes, consent=True, **extra):
    return needs.needs_record(
        actor=actor, programme=programme, person=person, needs=codes, consent=consent, **extra
    )


def test_needs_are_not_kept_without_consent(programme, manager):
    person = factories.PersonFactory(programmes=[programme])
    with pytest.raises(ServiceError, match="only if the person agrees"):
        _record(manager, programme, person, ["hearing_loop"], consent=False)
    assert not SupportNeeds.objects.exists()


def test_the_audit_says_needs_changed_but_never_what_they_are(programme, manager):
    person = factories.PersonFactory(programmes=[programme])
    _record(manager, programme, person, ["bsl", "dietary"], dietary="Halal")
    entry = AuditEntry.objects.get(action="support_needs.record")
    assert "bsl" not in str(entry.changes) and "Halal" not in str(entry.changes)


def test_unknown_needs_are_refused(programme, manager):
    person = factories.PersonFactory(programmes=[programme])
    with pytest.raises(ServiceError, match="not one of the needs"):
        _record(manager, programme, person, ["jetpack"])


def test_a_lay_partner_records_their_own_needs_but_not_someone_else_s(programme, member):
    me = factories.PersonFactory(programmes=[programme], user=member)
    other = factories.PersonFactory(programmes=[programme])
    _record(member, programme, me, ["hearing_loop"])
    assert me.support_needs.needs == ["hearing_loop"]
    with pytest.raises(AccessDenied):
        _record(member, programme, other, ["hearing_loop"])


def test_erasing_deletes_the_needs(programme, manager):
    person = factories.PersonFactory(programmes=[programme])
    _record(manager, programme, person, ["step_free"])
    needs.needs_erase(actor=manager, programme=programme, person=person)
    assert not SupportNeeds.objects.exists()


def _meeting_with_needs(programme, manager, *, step_free=True):
    meeting = MeetingFactory(programme=programme, step_free=step_free, hearing_loop=False)
    ada = factories.PersonFactory(programmes=[programme], full_name="Ada Lay")
    bea = factories.PersonFactory(programmes=[programme], full_name="Bea Lay")
    cal = factories.PersonFactory(programmes=[programme], full_name="Cal Away")
    AttendanceFactory(meeting=meeting, person=ada, status="accepted")
    AttendanceFactory(meeting=meeting, person=bea)
    AttendanceFactory(meeting=meeting, person=cal, status="apologies")
    _record(manager, programme, ada, ["hearing_loop", "step_free"])
    _record(manager, programme, bea, ["hearing_loop"])
    _record(manager, programme, cal, ["bsl"])
    return meeting


def test_the_organiser_s_checklist_counts_and_names_who_needs_what(programme, manager):
    meeting = _meeting_with_needs(programme, manager, step_free=False)
    lines = {line.code: line for line in needs.checklist_for(actor=manager, meeting=meeting)}
    assert set(lines) == {"hearing_loop", "step_free"}  # apologies are left out
    assert (lines["hearing_loop"].count, lines["hearing_loop"].names) == (2, ["Ada Lay", "Bea Lay"])
    assert lines["hearing_loop"].venue_lacks and lines["step_free"].venue_lacks


def test_the_core_team_sees_counts_without_names_and_members_see_nothing(programme, manager):
    meeting = _meeting_with_needs(programme, manager)
    core = factories.UserFactory()
    factories.RoleFactory(user=core, programme=programme, role=Role.CORE_TEAM_MEMBER)
    lines = needs.checklist_for(actor=core, meeting=meeting)
    assert [line.count for line in lines] == [1, 2] and all(not line.names for line in lines)
    member = factories.UserFactory()
    factories.RoleFactory(user=member, programme=programme, role=Role.GROUP_MEMBER)
    assert needs.checklist_for(actor=member, meeting=meeting) is None


def test_the_meeting_page_shows_the_checklist_to_the_organiser(manager_client, programme, manager):
    meeting = _meeting_with_needs(programme, manager)
    page = manager_client.get(meeting.get_absolute_url())
    assert "Support to arrange" in page.text and "Ada Lay, Bea Lay" in page.text


def test_staff_record_needs_from_a_phone_call(manager_client, programme):
    person = factories.PersonFactory(programmes=[programme])
    url = reverse("meetings:person_support_needs", args=[programme.slug, person.pk])
    refused = manager_client.post(url, {"needs": ["papers_by_post"]})
    assert refused.status_code == 400 and "only if the person agrees" in refused.text
    saved = manager_client.post(url, {"needs": ["papers_by_post"], "consent": "on"})
    assert saved.status_code == 302
    assert person.support_needs.needs == ["papers_by_post"]
