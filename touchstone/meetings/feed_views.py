"""Calendar files: one meeting's .ics, subscribed feeds by secret link, and getting a link.

Feeds are read by calendar apps that cannot sign in, so the secret in the address is
the only key: an unknown or malformed one gets the same plain 404 as a missing page.
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from touchstone.core.errors import ServiceError

from . import calendars, feeds
from .views_common import meeting_for

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def feed_link(request, token: str) -> str:
    return request.build_absolute_uri(reverse("calendar:feed", args=[token]))


def _link_for(request):
    return lambda meeting: request.build_absolute_uri(meeting.get_absolute_url())


@login_required
@require_GET
def meeting_ics(request, slug, pk):
    meeting = meeting_for(request, slug, pk, "view")
    body = calendars.calendar_for([meeting], name=meeting.title, link_for=_link_for(request))
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


@require_GET
def feed(request, token):
    found = feeds.meetings_for_token(token)
    if found is None:
        raise Http404("Calendar not found")
    name, meetings = found
    response = HttpResponse(
        calendars.calendar_for(meetings, name=name, link_for=_link_for(request)),
        content_type=CALENDAR_TYPE,
    )
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
def my_feed(request):
    person = getattr(request.user, "person", None)
    link = error = None
    if request.method == "POST":
        try:
            link = feed_link(request, feeds.person_feed_create(actor=request.user))
        except ServiceError as problem:
            error = problem.message
    return render(
        request,
        "meetings/my_feed.jinja",
        {
            "person": person,
            "feed": feeds.feed_exists(person=person) if person else None,
            "link": link,
            "error": error,
        },
    )
