"""Insight pages: thin, as elsewhere. Find the programme (404 for anyone with no role in
it), check the ability (403), look things up within that programme only, call a service.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import programme_for

from . import selectors, services, summary
from .charts import FEELING_COLOURS, bars_svg
from .forms import CorrectionForm, UploadForm

MANAGE = "manage_feedback"


def _programme(request, slug, ability="view"):
    return programme_for(actor=request.user, slug=slug, ability=ability)


@login_required
def insight_home(request, slug):
    programme = _programme(request, slug)
    context = {
        "programme": programme,
        "runs": selectors.run_list(programme=programme)[:50],
        "can_manage": access.can(request.user, MANAGE, programme),
    }
    return render(request, "insight/home.jinja", context)


@require_POST
@login_required
def run_start(request, slug):
    programme = _programme(request, slug, MANAGE)
    try:
        run = services.run_start_feedback(actor=request.user, programme=programme)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("insight:home", programme.slug)
    return redirect(run.get_absolute_url())


@login_required
def run_upload(request, slug):
    programme = _programme(request, slug, MANAGE)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            run = services.run_start_csv(
                actor=request.user,
                programme=programme,
                upload=form.cleaned_data["file"],
                columns=form.columns(),
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            return redirect(run.get_absolute_url())
    status = 400 if form.errors else 200
    return render(
        request, "insight/upload.jinja", {"programme": programme, "form": form}, status=status
    )


@login_required
def run_detail(request, slug, pk):
    programme = _programme(request, slug)
    run = selectors.run_get(programme=programme, pk=pk)
    options = summary.filter_options(run)
    chosen = {
        name: value if value in options[name] else ""
        for name, value in ((n, request.GET.get(n, "")) for n in ("source", "kind"))
    }
    insight = summary.insight_for(summary.filtered_rows(run, **chosen))
    per_month = [(summary.month_name(m), n) for m, n in insight.per_month.items()]
    context = {
        "programme": programme,
        "run": run,
        "options": options,
        "chosen": chosen,
        "insight": insight,
        "month_names": [summary.month_name(m) for m in insight.months],
        "per_month": per_month,
        "themes_chart": bars_svg(insight.themes, title="Comments on each theme"),
        "months_chart": bars_svg(per_month, title="Comments each month"),
        "feeling_chart": bars_svg(
            insight.feeling, title="Balance of feeling", colours=FEELING_COLOURS
        ),
        "can_manage": access.can(request.user, MANAGE, programme),
    }
    return render(request, "insight/run_detail.jinja", context)


@require_POST
@login_required
def run_resume(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    run = selectors.run_get(programme=programme, pk=pk)
    try:
        services.run_resume(actor=request.user, run=run)
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect(run.get_absolute_url())


@login_required
def row_correct(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    row = selectors.row_get(programme=programme, pk=pk)
    form = CorrectionForm(
        request.POST or None, offered=row.run.themes_offered, initial={"themes": row.themes}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.themes_correct(actor=request.user, row=row, themes=form.cleaned_data["themes"])
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Correction kept. Retrain the model to use it.")
            return redirect(row.run.get_absolute_url())
    context = {"programme": programme, "row": row, "form": form}
    return render(request, "insight/correct.jinja", context, status=400 if form.errors else 200)


@login_required
def model_page(request, slug):
    programme = _programme(request, slug)
    context = {
        "programme": programme,
        "corrections": selectors.correction_list(programme=programme)[:200],
        "trainings": selectors.training_list(programme=programme)[:10],
        "can_manage": access.can(request.user, MANAGE, programme),
    }
    return render(request, "insight/model.jinja", context)


@require_POST
@login_required
def model_retrain(request, slug):
    programme = _programme(request, slug, MANAGE)
    try:
        services.retrain_start(actor=request.user, programme=programme)
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("insight:model", programme.slug)
