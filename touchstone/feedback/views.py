"""Pages for a programme's feedback: the list, one item (sort and respond), typing it in.

Thin: find the programme (404 for anyone with no role in it), check the ability (403),
look things up within that programme only (404), call one service.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import programme_for

from . import capture, monitoring, selectors, services
from .choices import FeedbackStatus
from .forms import EnterForm, RespondForm, TriageForm

MANAGE = "manage_feedback"


def _programme(request, slug, ability="view"):
    return programme_for(actor=request.user, slug=slug, ability=ability)


def register_people(programme):
    return programme.people.order_by("full_name")


@login_required
def feedback_home(request, slug):
    programme = _programme(request, slug)
    context = {
        "programme": programme,
        "figures": monitoring.figures_for(programme),
        "events": selectors.event_list(programme=programme)[:5],
        "can_manage": access.can(request.user, MANAGE, programme),
    }
    return render(request, "feedback/home.jinja", context)


@login_required
def item_list(request, slug):
    programme = _programme(request, slug)
    themes = selectors.theme_list(programme=programme)
    chosen = request.GET.get("theme", "")
    theme = themes.filter(pk=chosen).first() if chosen.isdigit() else None
    status = request.GET.get("status", "")
    items = selectors.item_list(programme=programme, status=status, theme=theme)
    context = {
        "programme": programme,
        "items": items[:500],
        "total": items.count(),
        "themes": themes,
        "theme": theme,
        "status": status,
        "statuses": FeedbackStatus.choices,
        "can_manage": access.can(request.user, MANAGE, programme),
    }
    return render(request, "feedback/item_list.jinja", context)


def _item_page(request, item, *, triage=None, respond=None, status=200):
    programme = item.programme
    themes = selectors.theme_list(programme=programme)
    context = {
        "programme": programme,
        "item": item,
        "can_manage": access.can(request.user, MANAGE, programme),
        "can_view_people": access.can(request.user, "view_people", programme),
        "can_view_contact": access.can(request.user, MANAGE, programme),
        "decisions": list(item.decisions.all()),
        "triage": triage
        or TriageForm(
            themes=themes,
            initial={
                "themes": [t.pk for t in item.themes.all()],
                "status": item.status,
                "visibility": item.visibility,
            },
        ),
        "respond": respond
        or RespondForm(initial={"outcome": item.outcome, "response": item.response}),
        "form": triage if triage is not None and triage.errors else respond,
    }
    return render(request, "feedback/item_detail.jinja", context, status=status)


@login_required
def item_detail(request, slug, pk):
    programme = _programme(request, slug)
    return _item_page(request, selectors.item_get(programme=programme, pk=pk))


@login_required
def item_triage(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    item = selectors.item_get(programme=programme, pk=pk)
    form = TriageForm(request.POST or None, themes=selectors.theme_list(programme=programme))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            themes = list(data["themes"])
            if data["new_theme"]:
                themes.append(
                    services.theme_get_or_create(
                        actor=request.user, programme=programme, name=data["new_theme"]
                    )
                )
            services.item_triage(
                actor=request.user,
                item=item,
                themes=themes,
                status=data["status"],
                visibility=data["visibility"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Saved.")
            return redirect(item.get_absolute_url())
    if request.method != "POST":
        return redirect(item.get_absolute_url())
    return _item_page(request, item, triage=form, status=400)


@login_required
def item_respond(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    item = selectors.item_get(programme=programme, pk=pk)
    if request.method != "POST":
        return redirect(item.get_absolute_url())
    form = RespondForm(request.POST)
    if form.is_valid():
        try:
            services.item_respond(
                actor=request.user,
                item=item,
                outcome=form.cleaned_data["outcome"],
                response=form.cleaned_data["response"],
                base_url=request.build_absolute_uri("/"),
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            told = " We have emailed the person who gave it." if item.reply_sent_at else ""
            messages.success(request, f"Response saved.{told}")
            return redirect(item.get_absolute_url())
    return _item_page(request, item, respond=form, status=400)


@login_required
def item_enter(request, slug, event_pk=None):
    """Facilitator mode: type in one comment, save, and come straight back for the next."""
    programme = _programme(request, slug, MANAGE)
    event = selectors.event_get(programme=programme, pk=event_pk) if event_pk else None
    initial = {"source": event.source, "received_on": event.held_on} if event else {}
    form = EnterForm(request.POST or None, people=register_people(programme), initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                item = capture.feedback_enter(
                    actor=request.user,
                    programme=programme,
                    event=event,
                    **{name: data[name] for name in EnterForm.base_fields},
                )
            except ServiceError as error:
                add_service_error(form, error)
            else:
                word = "already saved" if item.was_repeat else "saved"
                messages.success(request, f"Feedback {word}. Type in the next one.")
                here = request.path
                return redirect(f"{here}?{request.GET.urlencode()}" if request.GET else here)
    context = {
        "programme": programme,
        "event": event,
        "form": form,
        "back": event.get_absolute_url() if event else reverse("feedback:item_list", args=[slug]),
    }
    return render(request, "feedback/item_enter.jinja", context, status=status)
