"""Pages for events that gather feedback: list, open one, its link, QR code and poster."""

import io

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.meetings.models import Meeting
from touchstone.programmes.selectors import group_list_for

from . import selectors, services
from .forms import EventForm
from .views import MANAGE, _programme


def public_link(request, event) -> str:
    return request.build_absolute_uri(event.public_path())


@login_required
def event_list(request, slug):
    programme = _programme(request, slug, MANAGE)
    context = {"programme": programme, "events": selectors.event_list(programme=programme)}
    return render(request, "feedback/event_list.jinja", context)


@login_required
def event_create(request, slug):
    programme = _programme(request, slug, MANAGE)
    form = EventForm(
        request.POST or None,
        groups=group_list_for(actor=request.user, programme=programme),
        meetings=Meeting.objects.filter(programme=programme).order_by("-start"),
    )
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(
                actor=request.user, programme=programme, **form.cleaned_data
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "The event is open for feedback. Share its link or QR code.")
            return redirect(event.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    context = {"programme": programme, "form": form}
    return render(request, "feedback/event_form.jinja", context, status=status)


@login_required
def event_detail(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    event = selectors.event_get(programme=programme, pk=pk)
    context = {
        "programme": programme,
        "event": event,
        "link": public_link(request, event),
        "items": selectors.item_list(programme=programme, event=event)[:200],
    }
    return render(request, "feedback/event_detail.jinja", context)


@login_required
def event_poster(request, slug, pk):
    """A page to print and put on tables: the question, the QR code and the short link."""
    programme = _programme(request, slug, MANAGE)
    event = selectors.event_get(programme=programme, pk=pk)
    context = {"programme": programme, "event": event, "link": public_link(request, event)}
    return render(request, "feedback/event_poster.jinja", context)


@login_required
def event_qr(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    event = selectors.event_get(programme=programme, pk=pk)
    code = segno.make(public_link(request, event), error="m")
    out = io.BytesIO()
    code.save(out, kind="svg", scale=10, border=4, title=f"QR code for {event.title}")
    response = HttpResponse(out.getvalue(), content_type="image/svg+xml")
    response["Content-Disposition"] = f'inline; filename="feedback-{event.code}.svg"'
    return response


@login_required
@require_POST
def event_open(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    event = selectors.event_get(programme=programme, pk=pk)
    is_open = request.POST.get("open") == "1"
    services.event_set_open(actor=request.user, event=event, is_open=is_open)
    messages.success(
        request,
        "The link takes feedback again." if is_open else "The link no longer takes feedback.",
    )
    return redirect(event.get_absolute_url())
