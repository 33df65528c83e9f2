"""Planning, poll, support-needs and letters pages, for the every-page axe check."""

from django.urls import reverse

from touchstone.meetings.models import Meeting, SchedulePlan
from touchstone.nonprod import demo_data
from touchstone.people.models import Person


def planning_pages(programme) -> dict[str, tuple[str, int]]:
    """Name each page with its address; call after a meeting exists in the programme."""
    slug = programme.slug
    forum = programme.groups.get(kind="lay_forum")
    lay = Person.objects.get(email=demo_data.LAY_EMAIL)
    forum_member = forum.memberships.order_by("pk").first().person
    meeting = Meeting.objects.filter(programme=programme).order_by("pk").first()
    schedule = SchedulePlan.objects.create(
        programme=programme,
        plan={"start": "2027-01-04", "end": "2027-01-31", "groups": [], "venues": []},
        proposal={
            "meetings": [
                {
                    "group": forum.pk,
                    "title": forum.name,
                    "community": False,
                    "start": "2027-01-09T10:00:00",
                    "minutes": 150,
                    "venue": "Wyvern Town Hall",
                }
            ],
            "bank_holidays": [["2027-01-01", "New Year's Day"]],
        },
    )
    poll = reverse("meetings:group_preferences", args=[slug, forum.pk])
    pages = {
        "plan the calendar": ("meetings:plan_create", [slug]),
        "proposed calendar": ("meetings:plan_detail", [slug, schedule.pk]),
        "support needs of a person": ("meetings:person_support_needs", [slug, lay.pk]),
        "letters for a meeting": ("meetings:meeting_letters", [slug, meeting.pk]),
    }
    found = {name: (reverse(view, args=args), 200) for name, (view, args) in pages.items()}
    found["forum poll answered for a member"] = (f"{poll}?person={forum_member.pk}", 200)
    return found
