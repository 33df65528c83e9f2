"""The recruitment home page of a programme: what needs doing, and the way to each part."""

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import render

from touchstone.accounts import access
from touchstone.programmes.selectors import programme_get_for

from .choices import Stage
from .models import Candidate, SelectionRun
from .selectors import role_profile_list_for
from .vacancies import vacancy_list_for

RECENT_RUNS = 5


@login_required
def recruitment_home(request, slug):
    programme = programme_get_for(actor=request.user, slug=slug)
    access.require(request.user, "view_people", programme)
    can = {
        ability: access.can(request.user, ability, programme)
        for ability in ("change", "view_candidates", "view_sensitive")
    }
    roles = role_profile_list_for(actor=request.user, programme=programme)
    context = {
        "programme": programme,
        "can": can,
        "open_roles": sum(1 for role in roles if role.is_open),
        "roles": len(roles),
        "vacancies": vacancy_list_for(actor=request.user, programme=programme),
    }
    if can["view_candidates"]:
        counts = dict(
            Candidate.objects.filter(programme=programme)
            .values_list("stage")
            .annotate(n=Count("pk"))
        )
        context["stages"] = [(stage, counts.get(stage.value, 0)) for stage in Stage]
        context["candidates"] = sum(counts.values())
    if can["change"]:
        context["runs"] = SelectionRun.objects.filter(programme=programme).select_related("group")[
            :RECENT_RUNS
        ]
    return render(request, "recruitment/recruitment_home.jinja", context)
