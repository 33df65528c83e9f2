"""Pages for checking writing and for a programme's own terms. Thin: parse, check, call.

Each view finds the programme first (404 for anyone with no role in it), then checks
the ability (403). Checked writing is shown once and never stored.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import programme_get_for

from . import adapters, marks, selectors, services
from .forms import ProgrammeTermForm, WritingCheckForm


def _programme(request, slug, ability="view"):
    programme = programme_get_for(actor=request.user, slug=slug)
    access.require(request.user, ability, programme)
    return programme


@login_required
def writing_check(request, slug):
    programme = _programme(request, slug)
    form = WritingCheckForm(request.POST or None, request.FILES or None)
    report = checked = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["document"]
        try:
            if upload:
                report = adapters.check_upload(
                    actor=request.user, programme=programme, upload=upload
                )
                checked = f"The file {upload.name}"
            else:
                report = adapters.check_text(
                    actor=request.user, programme=programme, text=form.cleaned_data["text"]
                )
                checked = "The text you pasted"
        except ServiceError as error:
            add_service_error(form, error)
    context = {"programme": programme, "form": form, "report": report, "checked": checked}
    if report is not None:
        context.update(
            summary=marks.summary_rows(report),
            marked=marks.marked_text(report),
            entries=marks.entries(report),
        )
    return render(request, "drafts/writing_check.jinja", context)


@login_required
def programme_term_list(request, slug):
    programme = _programme(request, slug)
    can_change = access.can(request.user, "change", programme)
    form = ProgrammeTermForm(request.POST or None)
    if request.method == "POST":
        access.require(request.user, "change", programme)
        if form.is_valid():
            try:
                term = services.programme_term_add(
                    actor=request.user, programme=programme, **form.cleaned_data
                )
            except ServiceError as error:
                add_service_error(form, error)
            else:
                messages.success(request, f"'{term.term}' has been added to the list.")
                return redirect("drafts:programme_term_list", programme.slug)
    terms = selectors.programme_term_list_for(actor=request.user, programme=programme)
    return render(
        request,
        "drafts/programme_term_list.jinja",
        {"programme": programme, "terms": terms, "form": form, "can_change": can_change},
    )


@login_required
@require_POST
def programme_term_remove(request, slug, pk):
    programme = _programme(request, slug)
    term = selectors.programme_term_get_for(actor=request.user, programme=programme, pk=pk)
    services.programme_term_remove(actor=request.user, term=term)
    messages.success(request, f"'{term.term}' has been taken off the list.")
    return redirect("drafts:programme_term_list", programme.slug)
