"""The meeting's papers and minutes page, downloads, and each group's notice for papers.

Thin: find the programme and meeting (404 for anyone with no role), parse, call a
service, show its message. Files are only ever served from here, after that check.
"""

import mimetypes

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_POST

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.meetings.views_common import meeting_for, programme_for
from touchstone.programmes.selectors import group_get_for

from . import minutes as minutes_services
from . import selectors, services
from .forms import ApproveForm, MinutesForm, NoticeForm, PaperForm
from .pages import papers_page


def _base_url(request) -> str:
    return request.build_absolute_uri("/")


@login_required
def meeting_papers(request, slug, pk):
    """List the papers and minutes; programme managers add papers here."""
    meeting = meeting_for(request, slug, pk, "view")
    if request.method != "POST":
        return papers_page(request, meeting)
    access.require(request.user, "change", meeting.programme)
    form = PaperForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            paper = services.paper_add(
                actor=request.user,
                meeting=meeting,
                title=form.cleaned_data["title"],
                text=form.cleaned_data["text"],
                upload=form.cleaned_data["document"],
                base_url=_base_url(request),
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            late = " It came after the deadline, so it is marked late and the chair is told."
            messages.success(request, f"'{paper.title}' added.{late if paper.is_late else ''}")
            return redirect("papers:meeting_papers", meeting.programme.slug, meeting.pk)
    return papers_page(request, meeting, paper_form=form, status=400)


@login_required
def paper_download(request, slug, pk, paper_pk):
    """Send a paper's file to someone with a role in the programme, never from a public URL."""
    meeting = meeting_for(request, slug, pk, "view")
    paper = selectors.paper_get_for(actor=request.user, meeting=meeting, pk=paper_pk)
    if not paper.file:
        raise Http404("This paper has no file")
    content_type = mimetypes.guess_type(paper.original_name)[0] or "application/octet-stream"
    response = FileResponse(
        paper.file.open("rb"),
        as_attachment=True,
        filename=paper.original_name or "paper",
        content_type=content_type,
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
def minutes_edit(request, slug, pk):
    """Write or change the draft minutes."""
    meeting = meeting_for(request, slug, pk, "change")
    minutes = selectors.minutes_for(actor=request.user, meeting=meeting)
    initial = {"text": minutes.text} if minutes else None
    form = MinutesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            minutes_services.minutes_save(
                actor=request.user, meeting=meeting, text=form.cleaned_data["text"]
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Draft minutes saved.")
            return redirect("papers:meeting_papers", meeting.programme.slug, meeting.pk)
    context = {
        "programme": meeting.programme,
        "meeting": meeting,
        "minutes": minutes,
        "form": form,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "papers/minutes_edit.jinja", context, status=status)


@login_required
@require_POST
def minutes_circulate(request, slug, pk):
    """Send the draft minutes to the people who attended."""
    meeting = meeting_for(request, slug, pk, "change")
    minutes = selectors.minutes_for(actor=request.user, meeting=meeting)
    form = forms.Form(request.POST)
    try:
        if minutes is None:
            raise ServiceError("Write the minutes before sending them.")
        to_print = minutes_services.minutes_circulate(
            actor=request.user, minutes=minutes, base_url=_base_url(request)
        )
    except ServiceError as error:
        add_service_error(form, error)
        return papers_page(request, meeting, circulate_form=form, status=400)
    names = ", ".join(person.full_name for person in to_print)
    extra = f" Print and post a copy for: {names}." if names else ""
    messages.success(request, f"Draft minutes sent to the people who attended.{extra}")
    return redirect("papers:meeting_papers", meeting.programme.slug, meeting.pk)


@login_required
@require_POST
def minutes_approve(request, slug, pk):
    """Record the meeting at which the minutes were approved."""
    meeting = meeting_for(request, slug, pk, "change")
    minutes = selectors.minutes_for(actor=request.user, meeting=meeting)
    form = ApproveForm(request.POST, meetings=selectors.approving_meetings_for(meeting))
    if form.is_valid():
        try:
            if minutes is None:
                raise ServiceError("Write the minutes before they are approved.")
            minutes_services.minutes_approve(
                actor=request.user, minutes=minutes, at_meeting=form.chosen()
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Minutes recorded as approved.")
            return redirect("papers:meeting_papers", meeting.programme.slug, meeting.pk)
    return papers_page(request, meeting, approve_form=form, status=400)


@login_required
def group_notice(request, slug, group_pk):
    """Set how many days before the group's meetings papers are due."""
    programme = programme_for(request, slug, "view")
    group = group_get_for(actor=request.user, programme=programme, pk=group_pk)
    can_change = access.can(request.user, "change", programme)
    days = selectors.notice_days_for(group)
    form = NoticeForm(request.POST or None, initial={"days": days})
    if request.method == "POST":
        access.require(request.user, "change", programme)
        if form.is_valid():
            try:
                notice = services.notice_set(
                    actor=request.user, group=group, days=form.cleaned_data["days"]
                )
            except ServiceError as error:
                add_service_error(form, error)
            else:
                messages.success(
                    request, f"Papers for {group.name} are now due {notice.days} days before."
                )
                return redirect("papers:group_notice", programme.slug, group.pk)
    context = {
        "programme": programme,
        "group": group,
        "days": days,
        "form": form,
        "can_change": can_change,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "papers/group_notice.jinja", context, status=status)
