"""Load, remove and describe the demo programme, Better Together in Wyvern Vale.

Everything goes through the services, so the record of changes shows how the programme
was built, except the Lay Partners Forum's hundred members: they are written in bulk to
keep the load fast, and one audit entry says so.
"""

import datetime
from collections import Counter

from django.db import transaction
from django.utils import timezone

from touchstone.accounts.models import User
from touchstone.core import audit
from touchstone.people import services as people
from touchstone.people.models import Engagement, Membership, Organisation, Person
from touchstone.programmes import services as programmes
from touchstone.programmes.adapters import findings_for
from touchstone.programmes.models import Group, Programme
from touchstone.programmes.selectors import active_q

from . import demo_data as data
from .feedback import add_feedback, remove_feedback
from .fictional import FictionalPeople
from .forum import add_forum
from .meetings import add_meetings, remove_meetings
from .payments import add_payments, remove_payments
from .recruitment import add_recruitment, remove_recruitment

# The programme began this many days before the demo is loaded, so its history is recent.
STARTED_DAYS_AGO = 240


class DemoError(Exception):
    """The demo cannot be loaded as it stands; the message says why."""


def demo_programme() -> Programme | None:
    """Return the demo programme if it is loaded; the area tells it from a real one."""
    return Programme.objects.filter(slug=data.DEMO_SLUG, area=data.PROGRAMME["area"]).first()


@transaction.atomic
def load_demo() -> tuple[Programme, bool]:
    """Load the demo programme unless it is there already; say whether anything was made."""
    existing = demo_programme()
    if existing is not None:
        return existing, False
    pm, lay_user = _users()
    start = timezone.localdate() - datetime.timedelta(days=STARTED_DAYS_AGO)
    programme = programmes.programme_create(
        actor=pm, starts_on=start, population_groups=data.POPULATION_GROUPS, **data.PROGRAMME
    )
    if programme.slug != data.DEMO_SLUG:
        # Loading under another address would make a second copy on the next run.
        raise DemoError(f"Another programme already uses the address '{data.DEMO_SLUG}'.")
    groups = _groups(pm, programme)
    organisations = _organisations(pm, programme)
    fictional = FictionalPeople()
    people = _people(pm, programme, fictional, organisations, {"pm": pm, data.LAY_KEY: lay_user})
    _seats(pm, groups, people, start)
    add_forum(
        actor=pm,
        programme=programme,
        group=groups["forum"],
        fictional=fictional,
        start=start,
        size=data.FORUM_SIZE,
    )
    add_recruitment(
        actor=pm,
        programme=programme,
        groups=groups,
        people=people,
        fictional=fictional,
        start=start,
    )
    add_feedback(actor=pm, programme=programme, groups=groups, people=people)
    add_meetings(actor=pm, programme=programme, groups=groups, people=people)
    add_payments(actor=pm, programme=programme, people=people)
    return programme, True


def _users() -> tuple[User, User]:
    """Return the two sign-in identities, creating them the first time."""
    pm = User.objects.filter(email=data.PM_EMAIL).first()
    if pm is None:
        pm = User.objects.create_user(
            data.PM_EMAIL, data.PM_PASSWORD, full_name=data.PM_NAME, is_staff=True
        )
    elif not pm.is_staff:
        pm.is_staff = True  # only staff may start a programme
        pm.save(update_fields=["is_staff"])
    lay = User.objects.filter(email=data.LAY_EMAIL).first()
    if lay is None:
        lay = User.objects.create_user(data.LAY_EMAIL, None, full_name=data.LAY_NAME)
    return pm, lay


def _groups(pm, programme) -> dict[str, Group]:
    modules = {m.name: m for m in programme.modules.all()}
    groups: dict[str, Group] = {}
    for spec in data.GROUPS:
        values = {k: v for k, v in spec.items() if k not in ("key", "name", "kind")}
        if "parent" in values:
            values["parent"] = groups[values["parent"]]
        if "module" in values:
            values["module"] = modules[values["module"]]
        groups[spec["key"]] = programmes.group_create(
            actor=pm, programme=programme, name=spec["name"], kind=spec["kind"], **values
        )
    return groups


def _organisations(pm, programme) -> dict[str, Organisation]:
    """Engage the checklist's organisations, reusing any left behind by an earlier demo."""
    found = {}
    for name, category, status in data.ORGANISATIONS:
        organisation = Organisation.objects.filter(name=name).first()
        if organisation is None:
            organisation = people.organisation_create(
                actor=pm, programme=programme, name=name, category=category, status=status
            )
        else:
            Engagement.objects.create(programme=programme, organisation=organisation, status=status)
            audit.record(
                actor=pm,
                action="organisation.engage",
                target=organisation,
                programme=programme,
                changes={"status": status},
            )
        found[name] = organisation
    return found


def _people(pm, programme, fictional, organisations, users) -> dict[str, Person]:
    """Add the programme manager, the professionals and the advisory group's lay partners."""
    specs = {
        "pm": {
            "full_name": fictional.reserve(data.PM_NAME),
            "kind": "programme_manager",
            "email": data.PM_EMAIL,
            "phone": fictional.phone("0118"),
            "organisation": organisations[data.ICB],
        }
    }
    for key, kind, organisation, doctor in data.PROFESSIONALS:
        specs[key] = fictional.professional(kind, doctor=doctor)
        specs[key]["organisation"] = organisations.get(organisation)
    for n in range(data.ADVISORY_SIZE):
        key = f"A{n}"
        specs[key] = (
            fictional.lay_partner(data.LAY_NAME, data.LAY_EMAIL)
            if key == data.LAY_KEY
            else fictional.lay_partner()
        )
    made = {}
    for key, values in specs.items():
        made[key] = people.person_create(actor=pm, programme=programme, **values)
        if key in users:
            _link(pm, programme, made[key], users[key])
    return made


def _link(pm, programme, person: Person, user: User) -> None:
    """Link a person to the account they sign in with, so their seats give them access."""
    person.user = user
    person.save(update_fields=["user"])
    audit.record(
        actor=pm,
        action="person.link_user",
        target=person,
        programme=programme,
        changes={"user": user.email},
    )


def _seats(pm, groups, people_by_key, start) -> None:
    def day(offset: int) -> datetime.date:
        return start + datetime.timedelta(days=offset)

    seats = list(data.GROUP_SEATS)
    late_key, late_day = data.ADVISORY_LATE_JOINER
    for n in range(data.ADVISORY_SIZE):
        key = f"A{n}"
        role = "chair" if key == "A3" else "member"
        seats.append(("advisory", key, role, late_day if key == late_key else 0))
    made = {}
    for group_key, person_key, role, offset in seats:
        made[(group_key, person_key)] = people.membership_add(
            actor=pm,
            group=groups[group_key],
            person=people_by_key[person_key],
            role=role,
            started_on=day(offset),
        )
    for group_key, person_key, offset, reason in data.ENDINGS:
        people.membership_end(
            actor=pm, membership=made[(group_key, person_key)], reason=reason, ended_on=day(offset)
        )


@transaction.atomic
def reset_demo() -> bool:
    """Delete the demo programme and the people and organisations only it used."""
    programme = demo_programme()
    if programme is None:
        return False
    person_ids = list(programme.people.values_list("pk", flat=True))
    organisation_ids = list(programme.engagements.values_list("organisation_id", flat=True))
    pm = User.objects.filter(email=data.PM_EMAIL).first()
    audit.record(
        actor=pm,
        action="programme.delete",
        target=programme,
        changes={"slug": programme.slug, "reason": "demo reset"},
    )
    remove_recruitment(programme)
    remove_feedback(programme)
    remove_payments(programme)  # claims protect people and meetings
    remove_meetings(programme)
    groups = Group.objects.filter(programme=programme)
    Membership.objects.filter(group__in=groups).delete()
    groups.update(parent=None, module=None)  # both protect their targets from deletion
    groups.delete()
    programme.delete()
    Person.objects.filter(pk__in=person_ids, programmes=None, memberships=None).delete()
    Organisation.objects.filter(pk__in=organisation_ids, engagements=None).delete()
    return True


def demo_summary(programme: Programme) -> list[str]:
    """Describe the demo in a few lines: its size, what the checks find, and how to sign in."""
    groups = Group.objects.filter(programme=programme)
    sitting = Membership.objects.filter(active_q(), group__in=groups)
    engagements = programme.engagements.all()
    findings = findings_for(programme)
    severities = Counter(str(f.severity) for f in findings)
    return [
        f"{programme.name} ({programme.slug})",
        f"  {groups.count()} groups, {programme.people.count()} people on the register, "
        f"{sitting.count()} current seats",
        f"  {engagements.filter(status='engaged').count()} of {engagements.count()} "
        "organisations engaged",
        f"  {len(findings)} findings: "
        + ", ".join(f"{n} {severity}" for severity, n in sorted(severities.items())),
        f"Programme manager: {data.PM_EMAIL} with the password {data.PM_PASSWORD}",
        f"Lay partner:       {data.LAY_EMAIL}, who asks for a sign-in link by email",
    ]
