"""Pages for planning a calendar with the schedule engine, and for the forum's poll."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.people.models import Person
from touchstone.programmes.models import GroupKind
from touchstone.programmes.selectors import group_get_for

from . import planning, preferences
from .models import MeetingPreference, SchedulePlan
from .planning_forms import PlanForm, PreferenceForm
from .views_common import programme_for


@login_required
def plan_create(request, slug):
    programme = programme_for(request, slug, "change")
    groups = planning.schedulable(programme.groups.order_by("kind", "name"))
    form = PlanForm(request.POST or None, groups=groups)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                plan = planning.plan_for(
                    programme=programme,
                    start=data["start"],
                    end=data["end"],
                    region=data["region"],
                    venues=data["venues"],
                    settings=form.group_settings(),
                    community_events=data["community_events"] or 0,
                )
                schedule = planning.propose(actor=request.user, programme=programme, plan=plan)
            except ServiceError as error:
                add_service_error(form, error)
            else:
                return redirect("meetings:plan_detail", slug=slug, pk=schedule.pk)
    polls = {g.pk: preferences.poll_summary(g) for g in groups if g.kind == GroupKind.LAY_FORUM}
    context = {
        "programme": programme,
        "form": form,
        "groups": groups,
        "rows": list(zip(groups, form.group_fields(), strict=True)),
        "polls": polls,
    }
    return render(request, "meetings/plan_form.jinja", context, status=status)


def _schedule(request, slug, pk):
    programme = programme_for(request, slug, "change")
    schedule = SchedulePlan.objects.filter(programme=programme, pk=pk).first()
    if schedule is None:
        raise Http404("Plan not found")
    return schedule


@login_required
def plan_detail(request, slug, pk):
    schedule = _schedule(request, slug, pk)
    meetings = [
        item | {"start": datetime.datetime.fromisoformat(item["start"])}
        for item in schedule.proposal["meetings"]
    ]
    holidays = [
        (datetime.date.fromisoformat(day), name) for day, name in schedule.proposal["bank_holidays"]
    ]
    context = {
        "programme": schedule.programme,
        "schedule": schedule,
        "meetings": meetings,
        "bank_holidays": holidays,
    }
    return render(request, "meetings/plan_detail.jinja", context)


@login_required
@require_POST
def plan_publish(request, slug, pk):
    schedule = _schedule(request, slug, pk)
    try:
        count = planning.publish(actor=request.user, schedule=schedule)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("meetings:plan_detail", slug=slug, pk=pk)
    messages.success(request, f"{count} meetings scheduled. Everyone seated has been invited.")
    return redirect("meetings:meeting_list", slug=slug)


@login_required
def group_preferences(request, slug, group_pk):
    """A member answers the poll for their group; `?person=` lets staff answer for someone."""
    programme = programme_for(request, slug, "view")
    group = group_get_for(actor=request.user, programme=programme, pk=group_pk)
    chosen = request.GET.get("person", "")
    if chosen.isdigit():
        person = Person.objects.filter(pk=chosen, programmes=programme).first()
    else:
        person = Person.objects.filter(user=request.user, programmes=programme).first()
    if person is None:
        raise Http404("You are not on this programme's register.")
    earlier = MeetingPreference.objects.filter(group=group, person=person).first()
    initial = (
        {"weekdays": earlier.weekdays, "times": earlier.times, "place": earlier.place}
        if earlier
        else {}
    )
    form = PreferenceForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                preferences.preference_save(
                    actor=request.user, group=group, person=person, **form.cleaned_data
                )
            except ServiceError as error:
                add_service_error(form, error)
            else:
                messages.success(request, "Thank you. The schedule will use your answer.")
                return redirect(request.get_full_path())
    context = {"programme": programme, "group": group, "person": person, "form": form}
    return render(request, "meetings/preferences.jinja", context, status=status)
