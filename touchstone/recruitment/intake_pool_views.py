"""Staff pages for importing a pool from CSV, and for the funnel report."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import programme_for

from . import intake, intake_csv, selectors
from .demographics import BY_KEY, options_for
from .funnel import funnel_for
from .intake_forms import ImportForm
from .services import areas_of


@login_required
def candidate_import(request, slug):
    """Upload a pool; on any problem show every one and store nothing."""
    programme = programme_for(actor=request.user, slug=slug, ability="view_sensitive")
    access.require(request.user, "change", programme)
    roles = selectors.role_profile_list_for(actor=request.user, programme=programme)
    form = ImportForm(
        request.POST or None,
        request.FILES or None,
        roles=roles,
        initial={"role_profile": request.GET.get("role")},
    )
    problems = []
    if request.method == "POST" and form.is_valid():
        role = form.cleaned_data["role_profile"]
        try:
            result = intake.candidates_import(
                actor=request.user, role_profile=role, data=form.cleaned_data["file"].read()
            )
        except intake_csv.ImportProblems as error:
            problems = error.problems
            form.add_error("file", "The file could not be imported. Nothing has been added.")
        except ServiceError as error:
            add_service_error(form, error)
        else:
            return render(
                request,
                "recruitment/import_done.jinja",
                {"programme": programme, "role": role, **result},
            )
    answers = [(key, options_for(key, areas_of(programme))) for key in BY_KEY]
    return render(
        request,
        "recruitment/import_form.jinja",
        {"programme": programme, "form": form, "problems": problems, "answers": answers},
        status=400 if form.errors else 200,
    )


@login_required
def candidate_import_example(request, slug):
    programme_for(actor=request.user, slug=slug, ability="change")
    response = HttpResponse(intake_csv.EXAMPLE, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pool-example.csv"'
    return response


@login_required
def funnel_report(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="view_people")
    funnel = funnel_for(actor=request.user, programme=programme)
    return render(
        request, "recruitment/funnel_report.jinja", {"programme": programme, "funnel": funnel}
    )
