"""Pages for continuous recruitment: where seats are empty, and topping a group up."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import group_get_for, programme_for

from . import runs
from .population import quotas_from_profile
from .selection_forms import TopUpForm
from .selection_views import _shares
from .services import areas_of
from .vacancies import vacancy_list_for


@login_required
def vacancy_list(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="view_people")
    context = {
        "programme": programme,
        "vacancies": vacancy_list_for(actor=request.user, programme=programme),
        "can_change": access.can(request.user, "change", programme),
    }
    return render(request, "recruitment/vacancy_list.jinja", context)


@login_required
def top_up_create(request, slug, group_pk):
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    group = group_get_for(actor=request.user, programme=programme, pk=group_pk)
    try:
        previous, pool, seated, unanswered = runs.top_up_pool(group)
    except ServiceError as error:
        return render(
            request,
            "recruitment/vacancy_top_up.jinja",
            {"programme": programme, "group": group, "problem": error.message},
        )
    shares, areas = _shares(programme), areas_of(programme)
    places_text = str(request.POST.get("places") or request.GET.get("places") or "1")
    places = int(places_text) if places_text.isdigit() else 1
    k = len(seated) + places
    options = {"features": previous.features, "areas": areas, "k": k}
    action = request.POST.get("action", "run")
    if request.method == "POST":
        data = request.POST.copy()
        form = TopUpForm(data, **options)
        if action == "fill":
            quotas = quotas_from_profile(shares, form.quota_features, k, form.areas)
            form.fill(data, quotas)
            form = TopUpForm(data, **options)
            form.is_valid()
            form.errors.clear()
    else:
        form = TopUpForm(initial={"places": places, "seed": runs.new_seed()}, **options)
    if request.method == "POST" and action == "run" and form.is_valid():
        try:
            run = runs.top_up_create(
                actor=request.user,
                group=group,
                places=form.cleaned_data["places"],
                quotas=form.quotas(),
                seed=form.cleaned_data["seed"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "The top-up selection has started.")
            return redirect("recruitment:run_detail", programme.slug, run.pk)
    context = {
        "programme": programme,
        "group": group,
        "form": form,
        "previous": previous,
        "pool": pool,
        "seated": len(seated),
        "unanswered": unanswered,
        "quota_table": form.quota_table(pool.counts, shares),
        "has_profile": bool(shares),
    }
    return render(request, "recruitment/vacancy_top_up.jinja", context)
