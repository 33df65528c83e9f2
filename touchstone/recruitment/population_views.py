"""Pages for the local population profile and the representativeness report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.programmes.selectors import group_get_for, programme_for

from .population import population_profile_get_for, population_profile_import, profile_tables
from .representation import representation_for
from .selection_forms import PopulationProfileForm


@login_required
def population_profile(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="view_people")
    profile = population_profile_get_for(actor=request.user, programme=programme)
    context = {
        "programme": programme,
        "profile": profile,
        "tables": profile_tables(profile.shares) if profile else [],
        "can_change": access.can(request.user, "change", programme),
    }
    return render(request, "recruitment/population_profile.jinja", context)


@login_required
def population_upload(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    form = PopulationProfileForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            population_profile_import(
                actor=request.user,
                programme=programme,
                source=form.cleaned_data["source"],
                data=form.cleaned_data["file"].read(),
            )
        except ServiceError as error:
            form.add_error("source" if error.field == "source" else "file", error.message)
        else:
            messages.success(request, "The local population profile has been saved.")
            return redirect("recruitment:population_profile", programme.slug)
    return render(
        request, "recruitment/population_upload.jinja", {"programme": programme, "form": form}
    )


@login_required
def representation(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="view_people")
    group_pk = request.GET.get("group", "")
    group = (
        group_get_for(actor=request.user, programme=programme, pk=group_pk)
        if group_pk.isdigit()
        else None
    )
    answered, reports = representation_for(actor=request.user, programme=programme, group=group)
    context = {
        "programme": programme,
        "group": group,
        "groups": programme.groups.order_by("name"),
        "answered": answered,
        "reports": reports,
        "has_profile": hasattr(programme, "population_profile"),
        "sensitive": access.can(request.user, "view_sensitive", programme),
    }
    return render(request, "recruitment/representation.jinja", context)
