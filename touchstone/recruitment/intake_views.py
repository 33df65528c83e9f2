"""Staff pages for role profiles and candidates. Thin: parse, check, call one service.

Each view finds the programme first (404 for anyone with no role in it), then checks the
ability (403). Contact details and demographic answers are put in the context only for
those allowed to see them, so a template can never leak them by mistake.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.models import Group
from touchstone.programmes.selectors import programme_for

from . import intake, selectors, services
from .choices import Quality, Stage
from .demographics import LABELS, PURPOSE
from .intake_forms import (
    CandidateFilterForm,
    CandidateMoveForm,
    DemographicsForm,
    RoleProfileForm,
    StaffCandidateForm,
    demographic_answers,
)
from .models import RoleProfile


def _public_link(request, role: RoleProfile) -> str:
    return request.build_absolute_uri(reverse("join:role", args=[role.programme.slug, role.pk]))


# Role profiles ---------------------------------------------------------------------------


@login_required
def role_profile_list(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="view_people")
    roles = selectors.role_profile_list_for(actor=request.user, programme=programme).annotate(
        candidate_count=Count("candidates")
    )
    return render(
        request,
        "recruitment/role_profile_list.jinja",
        {
            "programme": programme,
            "roles": roles,
            "can_change": access.can(request.user, "change", programme),
        },
    )


@login_required
def role_profile_detail(request, slug, pk):
    programme = programme_for(actor=request.user, slug=slug, ability="view_people")
    role = selectors.role_profile_get_for(actor=request.user, programme=programme, pk=pk)
    return render(
        request,
        "recruitment/role_profile_detail.jinja",
        {
            "programme": programme,
            "role": role,
            "qualities": [Quality(q).label for q in role.qualities if q in Quality.values],
            "public_link": _public_link(request, role),
            "can_change": access.can(request.user, "change", programme),
        },
    )


def _role_form(request, programme, role=None):
    initial = RoleProfileForm.initial_for(role) if role else {"is_open": True}
    return RoleProfileForm(
        request.POST or None,
        groups=Group.objects.filter(programme=programme).order_by("name"),
        initial=initial,
    )


@login_required
def role_profile_create(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    form = _role_form(request, programme)
    if request.method == "POST" and form.is_valid():
        try:
            role = intake.role_profile_create(
                actor=request.user, programme=programme, **form.cleaned_data
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"The role '{role.title}' has been added.")
            return redirect("recruitment:role_profile_detail", programme.slug, role.pk)
    return render(
        request,
        "recruitment/role_profile_form.jinja",
        {"programme": programme, "form": form, "role": None},
    )


@login_required
def role_profile_edit(request, slug, pk):
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    role = selectors.role_profile_get_for(actor=request.user, programme=programme, pk=pk)
    form = _role_form(request, programme, role)
    if request.method == "POST" and form.is_valid():
        try:
            intake.role_profile_update(actor=request.user, role_profile=role, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Your changes have been saved.")
            return redirect("recruitment:role_profile_detail", programme.slug, role.pk)
    return render(
        request,
        "recruitment/role_profile_form.jinja",
        {"programme": programme, "form": form, "role": role},
    )


# Candidates ------------------------------------------------------------------------------


@login_required
def candidate_list(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="view_candidates")
    roles = selectors.role_profile_list_for(actor=request.user, programme=programme)
    filters = CandidateFilterForm(request.GET, roles=roles)
    chosen = filters.filters()
    candidates = selectors.candidate_list_for(actor=request.user, programme=programme, **chosen)
    everyone = selectors.candidate_list_for(
        actor=request.user, programme=programme, role_profile=chosen["role_profile"]
    )
    counts = dict(everyone.order_by().values_list("stage").annotate(n=Count("pk")))
    page = Paginator(candidates, 100).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "recruitment/candidate_list.jinja",
        {
            "programme": programme,
            "filters": filters,
            "page": page,
            "query": query.urlencode(),
            "stage_counts": [(stage, counts.get(stage, 0)) for stage in Stage],
            "filtered": bool(chosen["stage"] or chosen["role_profile"]),
            "can_change": access.can(request.user, "change", programme),
        },
    )


@login_required
def candidate_create(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    roles = selectors.role_profile_list_for(actor=request.user, programme=programme)
    form = StaffCandidateForm(
        request.POST or None, roles=roles, initial={"role_profile": request.GET.get("role")}
    )
    if request.method == "POST" and form.is_valid():
        values = form.values()
        try:
            candidate = intake.candidate_create(
                actor=request.user, role_profile=values.pop("role_profile"), **values
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"{candidate.full_name} has been added.")
            return redirect("recruitment:candidate_detail", programme.slug, candidate.pk)
    return render(
        request, "recruitment/candidate_form.jinja", {"programme": programme, "form": form}
    )


def _candidate_page(request, programme, candidate, *, move_form=None, demographics_form=None):
    """Render a candidate's page, with contact and answers only for those who may see them."""
    user = request.user
    context = {
        "programme": programme,
        "candidate": candidate,
        "history": candidate.changes.select_related("by"),
        "qualities": [Quality(q).label for q in candidate.qualities if q in Quality.values],
        "can_change": access.can(user, "change", programme),
        "form": move_form or demographics_form,
    }
    if context["can_change"] and services.stages_after(candidate.stage):
        context["move_form"] = move_form or CandidateMoveForm(
            stages=services.stages_after(candidate.stage)
        )
    if access.can(user, "view_contact_details", programme):
        context["contact"] = {
            "Email address": candidate.email,
            "Phone number": candidate.phone,
            "Postal address": candidate.postal_address,
            "Postcode": candidate.postcode,
            "Prefers to be contacted by": candidate.get_preferred_contact_display(),
        }
    if access.can(user, "view_sensitive", programme):
        answers = selectors.answers_for(actor=user, programme=programme, candidates=[candidate])
        mine = answers.get(candidate.pk)
        context["answers"] = [(LABELS[k], v) for k, v in (mine or {}).items()]
        context["has_answers"] = mine is not None
        context["purpose"] = PURPOSE
        context["demographics_form"] = demographics_form or DemographicsForm(
            areas=services.areas_of(programme), initial={**(mine or {}), "consent": bool(mine)}
        )
    status = 200 if context["form"] is None or not context["form"].errors else 400
    return render(request, "recruitment/candidate_detail.jinja", context, status=status)


@login_required
def candidate_detail(request, slug, pk):
    programme = programme_for(actor=request.user, slug=slug, ability="view_candidates")
    candidate = selectors.candidate_get_for(actor=request.user, programme=programme, pk=pk)
    return _candidate_page(request, programme, candidate)


@login_required
@require_POST
def candidate_move(request, slug, pk):
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    candidate = selectors.candidate_get_for(actor=request.user, programme=programme, pk=pk)
    form = CandidateMoveForm(request.POST, stages=services.stages_after(candidate.stage))
    if form.is_valid():
        try:
            services.candidate_move(actor=request.user, candidate=candidate, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request, f"{candidate.full_name} is now: {candidate.get_stage_display().lower()}."
            )
            return redirect("recruitment:candidate_detail", programme.slug, candidate.pk)
    return _candidate_page(request, programme, candidate, move_form=form)


@login_required
@require_POST
def candidate_demographics(request, slug, pk):
    programme = programme_for(actor=request.user, slug=slug, ability="view_sensitive")
    candidate = selectors.candidate_get_for(actor=request.user, programme=programme, pk=pk)
    form = DemographicsForm(request.POST, areas=services.areas_of(programme))
    if form.is_valid():
        try:
            stored = services.demographics_record(
                actor=request.user,
                candidate=candidate,
                answers=demographic_answers(form),
                consent=form.cleaned_data["consent"],
                on_behalf=True,
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request, "Their answers have been saved." if stored else "No answers are kept."
            )
            return redirect("recruitment:candidate_detail", programme.slug, candidate.pk)
    return _candidate_page(request, programme, candidate, demographics_form=form)


@login_required
@require_POST
def candidate_demographics_erase(request, slug, pk):
    programme = programme_for(actor=request.user, slug=slug, ability="view_sensitive")
    candidate = selectors.candidate_get_for(actor=request.user, programme=programme, pk=pk)
    services.demographics_erase(actor=request.user, candidate=candidate)
    messages.success(request, f"{candidate.full_name}'s demographic answers have been deleted.")
    return redirect("recruitment:candidate_detail", programme.slug, candidate.pk)
