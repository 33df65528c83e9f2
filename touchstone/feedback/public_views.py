"""Public pages, no account needed: giving feedback at an event, and 'you said, we did'.

Anyone can post the form, so each address may send only so many an hour, the text is
capped, and the key sent with the form makes a double tap or a retry land on the same
thank-you page instead of storing the comment twice.
"""

import functools

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from touchstone.core import ratelimit
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.models import Programme

from . import capture, results, selectors
from .forms import GiveForm
from .models import ResultsPage

# Generous: everyone at an event may share the venue's Wi-Fi, and so one address.
SENDS_PER_HOUR = 300
TOO_MANY = (
    "We have had a lot of feedback from your internet connection in the last hour, so we "
    "cannot take this now. Please try again in an hour, or give your feedback to a member "
    "of staff. Nothing you typed has been sent."
)


def _event(request, code):
    """Return the event, or a page saying the link is wrong (404)."""
    event = selectors.event_by_code(code)
    if event is None:
        return None, render(request, "feedback/give_unknown.jinja", status=404)
    return event, None


@functools.cache
def _blank_fields_cached() -> str:
    return render_to_string("feedback/_give_fields.jinja", {"form": GiveForm()})


def blank_fields() -> SafeString | None:
    """The empty form's fields, rendered once per process: the page everyone at an event loads.

    The NHS.UK field macros are most of the page's cost, and an empty form is the same for
    everyone (its key and CSRF token sit outside). Not cached while templates are edited.
    """
    return None if settings.DEBUG else mark_safe(_blank_fields_cached())  # noqa: S308


def give(request, code):
    event, unknown = _event(request, code)
    if unknown:
        return unknown
    form = GiveForm(request.POST or None)
    status = 200
    if request.method == "POST":
        address = f"give:{ratelimit.client_address(request)}"
        if form.is_valid():
            fingerprint = capture.fingerprint_of(
                browser_secret=request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""),
                event=event,
                text=form.cleaned_data["text"],
            )
            try:
                capture.feedback_give(
                    event=event,
                    fingerprint=fingerprint,
                    admit=lambda: ratelimit.allow(address, limit=SENDS_PER_HOUR, window=3600),
                    too_many=TOO_MANY,
                    **form.cleaned_data,
                )
            except capture.TooMany as error:
                form.add_error(None, error.message)
                status = 429
            except ServiceError as error:
                add_service_error(form, error)
            else:
                return redirect("give:thanks", code=event.code)
        status = 400 if status == 200 else status
    context = {"event": event, "programme": event.programme, "form": form}
    if not form.is_bound:
        context["blank_fields"] = blank_fields()
    return render(request, "feedback/give.jinja", context, status=status)


def thanks(request, code):
    event, unknown = _event(request, code)
    if unknown:
        return unknown
    page = ResultsPage.objects.filter(programme=event.programme, is_published=True).first()
    context = {"event": event, "programme": event.programme, "results_page": page}
    return render(request, "feedback/give_thanks.jinja", context)


def _published(slug) -> tuple[Programme, ResultsPage]:
    page = (
        ResultsPage.objects.select_related("programme")
        .filter(programme__slug=slug, is_published=True)
        .first()
    )
    if page is None:
        raise Http404("This page has not been published.")
    return page.programme, page


def results_public(request, slug, group_pk=None, code=None):
    programme, page = _published(slug)
    title, group, event = f"You said, we did: {programme.name}", None, None
    if group_pk is not None:
        group = programme.groups.filter(pk=group_pk).first()
        if group is None:
            raise Http404("Group not found")
        title = f"You said, we did: {group.name}"
    if code is not None:
        event = selectors.event_by_code(code)
        if event is None or event.programme_id != programme.pk:
            raise Http404("Event not found")
        title = f"You said, we did: {event.title}"
    report = results.results_for(programme, public=True, group=group, event=event, title=title)
    context = {
        "programme": programme,
        "page": page,
        "results": report,
        "home": reverse("give:results", args=[slug]),
    }
    return render(request, "feedback/results_public.jinja", context)
