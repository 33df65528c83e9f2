"""The demo programme has the shape the seeds describe, and loading it twice changes nothing."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from touchstone.accounts.models import ProgrammeRole, Role, User
from touchstone.core.models import AuditEntry
from touchstone.nonprod import demo_data
from touchstone.nonprod.demo import demo_programme
from touchstone.people.models import Engagement, Membership, Organisation, Person
from touchstone.programmes.adapters import findings_for
from touchstone.programmes.models import Group, Programme
from touchstone.programmes.selectors import active_q
from touchstone.recruitment.models import Candidate, Demographics, SelectionRun

pytestmark = pytest.mark.django_db

DRAMA_PHONE = re.compile(r"^(0117|0118) 496 0\d{3}$")


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def sitting(group: Group) -> list[Membership]:
    return list(
        Membership.objects.filter(
            active_q(), group=group, role__in=["member", "chair", "co_chair"]
        ).select_related("person")
    )


def table_counts() -> dict[str, int]:
    models = (
        Programme,
        Group,
        Person,
        Membership,
        Organisation,
        Engagement,
        User,
        ProgrammeRole,
        AuditEntry,
    )
    return {model.__name__: model.objects.count() for model in models}


@pytest.fixture
def programme():
    seed()
    return demo_programme()


def test_each_design_module_has_a_working_group_chaired_by_a_doctor(programme):
    working = Group.objects.filter(programme=programme, kind="working_group")
    assert sorted(g.module.name for g in working) == sorted(demo_data.WORKING_GROUPS)
    for group in working:
        chairs = [m.person for m in sitting(group) if m.role == "chair"]
        assert [p.kind for p in chairs] == ["clinician"], group.name
        assert chairs[0].full_name.startswith("Dr "), group.name


def test_lay_groups_are_the_sizes_the_seeds_describe(programme):
    advisory = Group.objects.get(programme=programme, kind="lay_advisory_group")
    forum = Group.objects.get(programme=programme, kind="lay_forum")
    assert 15 <= len(sitting(advisory)) <= 25
    assert 90 <= len(sitting(forum)) <= 110
    assert all(m.person.is_lay for m in sitting(advisory) + sitting(forum))
    oversight = Group.objects.get(programme=programme, kind="oversight_group")
    assert oversight.name == "Embedding Partnerships"
    assert {advisory.parent, forum.parent} == {oversight}


def test_core_team_has_lay_partners_a_lay_co_chair_and_the_programme_manager(programme):
    core = Group.objects.get(programme=programme, kind="core_design_team")
    seats = sitting(core)
    assert sum(m.person.is_lay for m in seats) >= 2
    assert any(m.role == "co_chair" and m.person.is_lay for m in seats)
    assert Membership.objects.filter(
        group=core, role="programme_manager", person__user__email="pm@example.org"
    ).exists()


def test_about_forty_organisations_are_engaged_except_housing(programme):
    engagements = Engagement.objects.filter(programme=programme).select_related("organisation")
    assert 35 <= engagements.count() <= 45
    engaged = [e for e in engagements if e.status == "engaged"]
    assert len(engaged) > engagements.count() / 2
    assert "housing_wider" not in {e.organisation.category for e in engaged}


def test_checks_find_the_gaps_left_on_purpose(programme):
    findings = {(f.code, f.subject_name) for f in findings_for(programme)}
    assert ("no_lay_pair", "Informatics working group") in findings
    assert ("category_not_engaged", "Housing and other wider partners") in findings
    assert ("vacancy_unfilled", "Lay Partners Advisory Group") in findings
    assert not any(
        code == "no_lay_pair" and name != "Informatics working group" for code, name in findings
    )


def test_some_members_left_and_their_reasons_are_kept(programme):
    ended = Membership.objects.filter(group__programme=programme, ended_on__isnull=False)
    assert ended.count() >= 4
    assert all(m.end_reason for m in ended)


def test_contact_details_are_fictional(programme):
    people = Person.objects.filter(programmes=programme)
    emails = [p.email for p in people if p.email]
    assert emails and all(e.endswith(("@example.org", "@example.com")) for e in emails)
    phones = [p.phone for p in people if p.phone]
    assert phones and all(DRAMA_PHONE.match(phone) for phone in phones)


def test_programme_manager_signs_in_with_the_published_password(programme, client):
    pm = User.objects.get(email="pm@example.org")
    assert pm.is_staff and pm.person.kind == "programme_manager"
    assert ProgrammeRole.objects.get(user=pm, programme=programme).role == Role.PROGRAMME_MANAGER
    assert client.login(username="pm@example.org", password="touchstone-demo")
    page = client.get(programme.get_absolute_url())
    assert "Informatics working group has no lay pair" in page.content.decode()


def test_lay_partner_has_no_password_and_sits_in_two_groups(programme, client):
    lay = User.objects.get(email="lay@example.org")
    assert not lay.has_usable_password()
    kinds = {m.group.kind for m in sitting_of(lay.person)}
    assert {"lay_advisory_group", "working_group"} <= kinds
    assert ProgrammeRole.objects.get(user=lay, programme=programme).role == Role.GROUP_MEMBER
    client.force_login(lay)
    assert programme.name in client.get(programme.get_absolute_url()).content.decode()


def sitting_of(person: Person) -> list[Membership]:
    return list(Membership.objects.filter(active_q(), person=person).select_related("group"))


def test_forum_written_in_bulk_is_still_in_the_record_of_changes(programme):
    entry = AuditEntry.objects.get(programme=programme, action="membership.import")
    assert entry.target_repr == "Lay Partners Forum"
    assert entry.changes["people_added"] == demo_data.FORUM_SIZE


def test_running_twice_changes_nothing(programme):
    before = table_counts()
    out = seed()
    assert "already loaded" in out
    assert table_counts() == before


def test_reset_loads_the_same_people_again_without_duplicates(programme):
    names = sorted(Person.objects.filter(programmes=programme).values_list("full_name", flat=True))
    before = table_counts()
    out = seed("--reset")
    assert "Deleted the demo programme" in out
    again = demo_programme()
    assert again.pk != programme.pk
    assert (
        sorted(Person.objects.filter(programmes=again).values_list("full_name", flat=True)) == names
    )
    after = table_counts()
    # Only the record of changes grows: it keeps the old programme's history.
    assert {k: v for k, v in after.items() if k != "AuditEntry"} == {
        k: v for k, v in before.items() if k != "AuditEntry"
    }


def test_summary_names_both_sign_in_identities():
    out = seed()
    assert "pm@example.org" in out and "touchstone-demo" in out
    assert "lay@example.org" in out


def test_the_demo_tells_the_recruitment_story():
    seed()
    programme = demo_programme()
    candidates = Candidate.objects.filter(programme=programme)
    advisory = candidates.filter(role_profile__group__name="Lay Partners Advisory Group")
    assert advisory.filter(stage="active", person__isnull=False).count() == 18
    assert set(advisory.filter(stage="withdrawn").values_list("withdrawal_reason", flat=True)) >= {
        "time",
        "payment",
    }
    assert candidates.filter(stage__in=["applied", "nominated"]).exists()
    assert 0 < Demographics.objects.filter(candidate__programme=programme).count() < len(candidates)
    run = SelectionRun.objects.get(programme=programme)
    assert run.status == "finished" and len(run.panel) == 2
    assert sum(run.probabilities.values()) == pytest.approx(2)


def test_resetting_the_demo_removes_its_recruitment_too():
    seed()
    seed("--reset")
    assert Candidate.objects.count() == 64 and SelectionRun.objects.count() == 1
