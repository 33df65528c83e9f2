"""Pages for programmes, their overview and governance groups. Thin: parse, check, call."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.forms import add_service_error
from touchstone.core.models import AuditEntry
from touchstone.feedback.monitoring import figures_for as feedback_figures

from . import selectors, services
from .chart import build_tree, governance_svg
from .forms import GroupForm, ProgrammeForm


@login_required
def programme_list(request):
    programmes = selectors.programme_list_for(actor=request.user)
    return render(
        request,
        "programmes/programme_list.jinja",
        {
            "programmes": programmes,
            "can_create": access.can_create_programmes(request.user),
        },
    )


@login_required
def programme_create(request):
    if not access.can_create_programmes(request.user):
        raise AccessDenied("Only staff can start a new programme.")
    form = ProgrammeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            programme = services.programme_create(
                actor=request.user,
                name=data["name"],
                area=data["area"],
                purpose=data["purpose"],
                starts_on=data["starts_on"],
                ends_on=data["ends_on"],
                population_groups=data["population_groups"],
                modules=data["modules"] or None,
                steps=data["steps"] or None,
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"{programme.name} has been created.")
            return redirect(programme)
    return render(request, "programmes/programme_form.jinja", {"form": form, "programme": None})


@login_required
def programme_overview(request, slug):
    programme = selectors.programme_get_for(actor=request.user, slug=slug)
    overview = selectors.overview_for(actor=request.user, programme=programme)
    flagged = {f.subject_id for f in overview.findings if f.subject_kind == "group"}
    roots = build_tree(overview.groups, flagged)
    return render(
        request,
        "programmes/programme_overview.jinja",
        {
            "programme": programme,
            "overview": overview,
            "roots": roots,
            "chart": governance_svg(roots, f"How {programme.name} is organised"),
            "figures": feedback_figures(programme),
            "can_change": access.can(request.user, "change", programme),
            "can_view_audit": access.can(request.user, "view_audit", programme),
            "can_view_people": access.can(request.user, "view_people", programme),
        },
    )


@login_required
def programme_edit(request, slug):
    programme = selectors.programme_get_for(actor=request.user, slug=slug)
    access.require(request.user, "change", programme)
    form = ProgrammeForm(request.POST or None, initial=ProgrammeForm.initial_for(programme))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.programme_update(
                actor=request.user,
                programme=programme,
                name=data["name"],
                area=data["area"],
                purpose=data["purpose"],
                starts_on=data["starts_on"],
                ends_on=data["ends_on"],
                population_groups=data["population_groups"],
                modules=data["modules"],
                steps=data["steps"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Your changes have been saved.")
            return redirect(programme)
    return render(
        request, "programmes/programme_form.jinja", {"form": form, "programme": programme}
    )


def _group_values(data: dict) -> dict:
    return {
        key: data[key]
        for key in (
            "parent",
            "module",
            "purpose",
            "cadence",
            "min_members",
            "max_members",
        )
    } | (
        {"min_lay_partners": data["min_lay_partners"]}
        if data["min_lay_partners"] is not None
        else {}
    )


@login_required
def group_create(request, slug):
    programme = selectors.programme_get_for(actor=request.user, slug=slug)
    access.require(request.user, "change", programme)
    form = GroupForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            group = services.group_create(
                actor=request.user,
                programme=programme,
                name=data["name"],
                kind=data["kind"],
                **_group_values(data),
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"{group.name} has been added.")
            return redirect(group)
    return render(
        request,
        "programmes/group_form.jinja",
        {"form": form, "programme": programme, "group": None},
    )


@login_required
def group_edit(request, slug, pk):
    programme = selectors.programme_get_for(actor=request.user, slug=slug)
    group = selectors.group_get_for(actor=request.user, programme=programme, pk=pk)
    access.require(request.user, "change", programme)
    form = GroupForm(
        request.POST or None, programme=programme, group=group, initial=GroupForm.initial_for(group)
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.group_update(
                actor=request.user,
                group=group,
                name=data["name"],
                kind=data["kind"],
                **_group_values(data),
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Your changes have been saved.")
            return redirect(group)
    return render(
        request,
        "programmes/group_form.jinja",
        {"form": form, "programme": programme, "group": group},
    )


@login_required
def group_detail(request, slug, pk):
    programme = selectors.programme_get_for(actor=request.user, slug=slug)
    group = selectors.group_get_for(actor=request.user, programme=programme, pk=pk)
    memberships = list(selectors.members_of(actor=request.user, group=group, include_ended=True))
    current = [m for m in memberships if m.ended_on is None or m.ended_on > timezone.localdate()]
    findings = [
        f
        for f in selectors.overview_for(actor=request.user, programme=programme).findings
        if f.subject_kind == "group" and f.subject_id == str(group.pk)
    ]
    return render(
        request,
        "programmes/group_detail.jinja",
        {
            "programme": programme,
            "group": group,
            "lay_members": [m for m in current if m.person.is_lay],
            "other_members": [m for m in current if not m.person.is_lay],
            "past_members": [m for m in memberships if m not in current],
            "findings": findings,
            "can_change": access.can(request.user, "change", programme),
            "can_view_people": access.can(request.user, "view_people", programme),
        },
    )


@login_required
def audit_log(request, slug):
    programme = selectors.programme_get_for(actor=request.user, slug=slug)
    access.require(request.user, "view_audit", programme)
    entries = AuditEntry.objects.filter(programme=programme).order_by("-at", "-id")
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return render(request, "programmes/audit_log.jinja", {"programme": programme, "page": page})
