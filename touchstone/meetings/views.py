"""Pages for a programme's meetings. Thin: parse, check access, call one service.

Each view finds the programme first (404 for anyone with no role in it), then checks
the ability (403), then looks the meeting up within that programme only (404).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import group_get_for, group_list_for

from . import feeds, needs, notices, rates, selectors, services
from .feed_views import feed_link
from .forms import AgendaItemForm, AttendanceForm, MeetingCancelForm, MeetingForm, ReplyForm
from .views_common import meeting_for, programme_for

_meeting = meeting_for


@login_required
def meeting_list(request, slug, group_pk=None):
    programme = programme_for(request, slug, "view")
    groups = group_list_for(actor=request.user, programme=programme)
    if group_pk is not None:
        group = group_get_for(actor=request.user, programme=programme, pk=group_pk)
    else:
        chosen = request.GET.get("group", "")
        group = groups.filter(pk=chosen).first() if chosen.isdigit() else None
    upcoming, past = selectors.meeting_list_for(
        actor=request.user, programme=programme, group=group
    )
    can_change = access.can(request.user, "change", programme)
    context = {
        "programme": programme,
        "groups": groups,
        "group": group,
        "per_group": group_pk is not None,
        "upcoming": upcoming,
        "past": past,
        "can_change": can_change,
        "can_view_people": access.can(request.user, "view_people", programme),
    }
    if group is not None and can_change:
        context["group_feed"] = feeds.feed_exists(group=group)
    return render(request, "meetings/meeting_list.jinja", context)


def _detail(request, meeting, *, agenda_form=None, reply_form=None, form=None):
    """Render the meeting page, with a form that failed shown in place when there is one."""
    programme = meeting.programme
    mine = selectors.own_attendance_for(actor=request.user, meeting=meeting)
    context = {
        "programme": programme,
        "meeting": meeting,
        "agenda": list(meeting.agenda_items.all()),
        "counts": selectors.reply_counts_for(actor=request.user, meeting=meeting),
        "can_change": access.can(request.user, "change", programme),
        "agenda_form": agenda_form or AgendaItemForm(),
        "mine": mine,
        "reply_form": reply_form or ReplyForm(initial={"status": mine.status} if mine else None),
        "form": form,
        "now": timezone.now(),
        "checklist": needs.checklist_for(actor=request.user, meeting=meeting),
    }
    # Names only for those who may see people; contact details never appear here.
    if access.can(request.user, "view_people", programme):
        context["attendances"] = selectors.attendance_list_for(actor=request.user, meeting=meeting)
    return render(request, "meetings/meeting_detail.jinja", context)


@login_required
def meeting_detail(request, slug, pk):
    return _detail(request, _meeting(request, slug, pk, "view"))


@login_required
@require_POST
def attendance_reply(request, slug, pk):
    meeting = _meeting(request, slug, pk, "view")
    form = ReplyForm(request.POST)
    if form.is_valid():
        try:
            services.attendance_reply(
                actor=request.user, meeting=meeting, status=form.cleaned_data["status"]
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Thank you. Your reply has been saved.")
            return redirect(meeting.get_absolute_url())
    return _detail(request, meeting, reply_form=form, form=form)


def _form(request, programme, meeting=None):
    return MeetingForm(
        request.POST or None,
        groups=group_list_for(actor=request.user, programme=programme),
        people=selectors.register_people_for(programme=programme),
        editing=meeting,
        initial=MeetingForm.initial_for(meeting)
        if meeting
        else {"group": request.GET.get("group")},
    )


@login_required
def meeting_create(request, slug):
    programme = programme_for(request, slug, "change")
    form = _form(request, programme)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_create(
                actor=request.user,
                programme=programme,
                group=form.cleaned_data["group"],
                **form.values(),
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            invited = meeting.attendances.count()
            messages.success(
                request,
                f"The meeting has been scheduled and {invited} "
                f"{'person has' if invited == 1 else 'people have'} been invited.",
            )
            return redirect(meeting.get_absolute_url())
    return render(
        request,
        "meetings/meeting_form.jinja",
        {"programme": programme, "form": form, "meeting": None},
    )


@login_required
def meeting_edit(request, slug, pk):
    meeting = _meeting(request, slug, pk, "change")
    if meeting.is_cancelled:
        messages.info(request, "This meeting has been cancelled, so it cannot be changed.")
        return redirect(meeting.get_absolute_url())
    form = _form(request, meeting.programme, meeting)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_update(actor=request.user, meeting=meeting, **form.values())
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Your changes have been saved.")
            return redirect(meeting.get_absolute_url())
    return render(
        request,
        "meetings/meeting_form.jinja",
        {"programme": meeting.programme, "form": form, "meeting": meeting},
    )


@login_required
def meeting_cancel(request, slug, pk):
    meeting = _meeting(request, slug, pk, "change")
    form = MeetingCancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_cancel(
                actor=request.user, meeting=meeting, reason=form.cleaned_data["reason"]
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"{meeting.title} has been cancelled.")
            return redirect(meeting.get_absolute_url())
    return render(
        request,
        "meetings/meeting_cancel.jinja",
        {"programme": meeting.programme, "meeting": meeting, "form": form},
    )


@login_required
@require_POST
def agenda_item_add(request, slug, pk):
    meeting = _meeting(request, slug, pk, "change")
    form = AgendaItemForm(request.POST)
    if form.is_valid():
        try:
            services.agenda_item_add(actor=request.user, meeting=meeting, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"‘{form.cleaned_data['title']}’ is on the agenda.")
            return redirect(meeting.get_absolute_url() + "#agenda")
    return _detail(request, meeting, agenda_form=form, form=form)


@login_required
@require_POST
def agenda_item_remove(request, slug, pk, item_pk):
    meeting = _meeting(request, slug, pk, "change")
    item = selectors.agenda_item_get_for(actor=request.user, meeting=meeting, pk=item_pk)
    try:
        services.agenda_item_remove(actor=request.user, item=item)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"‘{item.title}’ has been taken off the agenda.")
    return redirect(meeting.get_absolute_url() + "#agenda")


@login_required
def attendance_record(request, slug, pk):
    meeting = _meeting(request, slug, pk, "change")
    attendances = selectors.attendance_list_for(actor=request.user, meeting=meeting)
    form = AttendanceForm(request.POST or None, attendances=attendances)
    if request.method == "POST" and form.is_valid():
        try:
            changed = services.attendance_record_many(
                actor=request.user, meeting=meeting, statuses=form.statuses()
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                "Nothing has changed."
                if not changed
                else f"Attendance saved: {changed} {'change' if changed == 1 else 'changes'}.",
            )
            return redirect(meeting.get_absolute_url())
    return render(
        request,
        "meetings/attendance_record.jinja",
        {"programme": meeting.programme, "meeting": meeting, "form": form},
    )


@login_required
def attendance_report(request, slug):
    programme = programme_for(request, slug, "view_people")
    groups = group_list_for(actor=request.user, programme=programme)
    chosen = request.GET.get("group", "")
    group = groups.filter(pk=chosen).first() if chosen.isdigit() else None
    quarters, by_person = rates.rates_by_person_for(
        actor=request.user, programme=programme, group=group
    )
    return render(
        request,
        "meetings/attendance_report.jinja",
        {
            "programme": programme,
            "groups": groups,
            "group": group,
            "by_kind": rates.rates_by_kind_for(
                actor=request.user, programme=programme, group=group
            ),
            "by_person": by_person,
            "quarters": quarters,
        },
    )


@login_required
def group_feed(request, slug, group_pk):
    programme = programme_for(request, slug, "change")
    group = group_get_for(actor=request.user, programme=programme, pk=group_pk)
    token = None
    if request.method == "POST":
        token = feeds.group_feed_create(actor=request.user, group=group)
    return render(
        request,
        "meetings/group_feed.jinja",
        {
            "programme": programme,
            "group": group,
            "feed": feeds.feed_exists(group=group),
            "link": feed_link(request, token) if token else None,
        },
    )


@login_required
def meeting_letters(request, slug, pk):
    """Letters for the people invited who asked for post: print and send."""
    meeting = _meeting(request, slug, pk, "change")
    context = {
        "programme": meeting.programme,
        "meeting": meeting,
        "letters": [
            (
                person,
                notices.body_of(
                    meeting, "cancellation" if meeting.is_cancelled else "invitation", person
                ),
            )
            for person in notices.letters_for(meeting)
        ],
    }
    return render(request, "meetings/meeting_letters.jinja", context)
