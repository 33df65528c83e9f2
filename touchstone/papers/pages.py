"""Build the meeting's papers and minutes page, with any form that came back with errors."""

from django import forms
from django.shortcuts import render
from django.utils import timezone

from touchstone.accounts import access

from . import selectors
from .forms import ApproveForm, MinutesForm, PaperForm
from .models import MinutesStatus
from .wording import findings_text, when


def papers_page(
    request, meeting, *, paper_form=None, circulate_form=None, approve_form=None, status=200
):
    """Render the page; forms are only built for those who may change the programme."""
    programme = meeting.programme
    can_change = access.can(request.user, "change", programme)
    minutes = selectors.minutes_for(actor=request.user, meeting=meeting)
    papers = selectors.papers_for(actor=request.user, meeting=meeting)
    context = {
        "programme": programme,
        "meeting": meeting,
        "papers": [
            (paper, findings_text(paper), when(paper.added_at), when(paper.deadline))
            for paper in papers
        ],
        "deadline": selectors.deadline_for(meeting),
        "deadline_text": when(selectors.deadline_for(meeting), "l j F Y"),
        "notice_days": selectors.notice_days_for(meeting.group),
        "now": timezone.now(),
        "minutes": minutes,
        "can_change": can_change,
        "error_form": paper_form or circulate_form or approve_form,
    }
    if can_change:
        approving = selectors.approving_meetings_for(meeting)
        context.update(
            paper_form=paper_form or PaperForm(),
            circulate_form=circulate_form or forms.Form(),
            approve_form=approve_form or ApproveForm(meetings=approving),
            has_approving=approving.exists(),
            minutes_form=MinutesForm(),
        )
        if minutes and minutes.status != MinutesStatus.DRAFTED:
            context["to_print"] = selectors.print_for(meeting)
    return render(request, "papers/meeting_papers.jinja", context, status=status)
