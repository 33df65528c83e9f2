"""Pages for decisions and the actions that serve them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.meetings.models import Meeting
from touchstone.people.models import PersonKind
from touchstone.programmes.selectors import group_get_for, group_list_for

from . import actions, decisions, selectors
from .decision_forms import ActionForm, DecisionForm, SupersedeForm
from .forms import ActionStatusForm
from .views import MANAGE, _programme, register_people


def _decision_form(request, programme, initial=None):
    chosen = request.POST.getlist("feedback") + [
        str(i) for i in (initial or {}).get("feedback", [])
    ]
    return DecisionForm(
        request.POST or None,
        groups=group_list_for(actor=request.user, programme=programme),
        meetings=Meeting.objects.filter(programme=programme).order_by("-start"),
        feedback=selectors.recent_items(programme=programme, also=chosen),
        lay_partners=register_people(programme).filter(kind=PersonKind.LAY_PARTNER),
        initial=initial,
    )


@login_required
def decision_list(request, slug, group_pk=None):
    programme = _programme(request, slug)
    group = (
        group_get_for(actor=request.user, programme=programme, pk=group_pk) if group_pk else None
    )
    context = {
        "programme": programme,
        "group": group,
        "decisions": selectors.decision_list(programme=programme, group=group),
        "can_manage": access.can(request.user, MANAGE, programme),
    }
    return render(request, "feedback/decision_list.jinja", context)


def _decision_page(request, decision, *, action_form=None, supersede_form=None, status=200):
    programme = decision.programme
    can_manage = access.can(request.user, MANAGE, programme)
    context = {
        "programme": programme,
        "decision": decision,
        "can_manage": can_manage,
        "can_view_people": access.can(request.user, "view_people", programme),
        "action_form": action_form or ActionForm(people=register_people(programme)),
        "supersede_form": supersede_form
        or SupersedeForm(decisions=selectors.live_decisions(programme).exclude(pk=decision.pk)),
        "status_form": ActionStatusForm(),
        "form": action_form or supersede_form,
    }
    return render(request, "feedback/decision_detail.jinja", context, status=status)


@login_required
def decision_detail(request, slug, pk):
    programme = _programme(request, slug)
    return _decision_page(request, selectors.decision_get(programme=programme, pk=pk))


def _decision_form_page(request, programme, *, initial, decision=None):
    """Show the decision form, and on a good POST record a new decision or change one."""
    form = _decision_form(request, programme, initial=initial)
    if request.method == "POST" and form.is_valid():
        links = {
            "feedback": list(form.cleaned_data["feedback"]),
            "lay_contributors": list(form.cleaned_data["lay_contributors"]),
        }
        try:
            if decision is None:
                saved = decisions.decision_create(
                    actor=request.user, programme=programme, **links, **form.values()
                )
            else:
                saved = decisions.decision_update(
                    actor=request.user, decision=decision, **links, **form.values()
                )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Decision changed." if decision else "Decision recorded.")
            return redirect(saved.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    context = {"programme": programme, "form": form, "decision": decision}
    return render(request, "feedback/decision_form.jinja", context, status=status)


@login_required
def decision_create(request, slug):
    programme = _programme(request, slug, MANAGE)
    initial = {"feedback": request.GET.getlist("feedback")} if request.GET else None
    return _decision_form_page(request, programme, initial=initial)


@login_required
def decision_edit(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    decision = selectors.decision_get(programme=programme, pk=pk)
    initial = {
        name: getattr(decision, name)
        for name in ("group", "meeting", "title", "decided", "options", "dissent", "status")
    } | {
        "decided_on": decision.decided_on,
        "feedback": [i.pk for i in decision.feedback.all()],
        "lay_contributors": [p.pk for p in decision.lay_contributors.all()],
    }
    return _decision_form_page(request, programme, initial=initial, decision=decision)


@login_required
@require_POST
def decision_supersede(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    decision = selectors.decision_get(programme=programme, pk=pk)
    form = SupersedeForm(
        request.POST, decisions=selectors.live_decisions(programme).exclude(pk=decision.pk)
    )
    if form.is_valid():
        try:
            decisions.decision_supersede(
                actor=request.user, decision=decision, by=form.cleaned_data["by"]
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Marked as replaced.")
            return redirect(decision.get_absolute_url())
    return _decision_page(request, decision, supersede_form=form, status=400)


@login_required
@require_POST
def action_add(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    decision = selectors.decision_get(programme=programme, pk=pk)
    form = ActionForm(request.POST, people=register_people(programme))
    if form.is_valid():
        try:
            actions.action_create(actor=request.user, decision=decision, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Action added.")
            return redirect(decision.get_absolute_url())
    return _decision_page(request, decision, action_form=form, status=400)


@login_required
@require_POST
def action_status(request, slug, pk):
    programme = _programme(request, slug, MANAGE)
    action = selectors.action_get(programme=programme, pk=pk)
    form = ActionStatusForm(request.POST)
    if form.is_valid():
        actions.action_set_status(
            actor=request.user, action=action, status=form.cleaned_data["status"]
        )
        messages.success(request, f"Action marked '{action.get_status_display().lower()}'.")
    back = request.POST.get("next", "")
    if back.startswith(f"/programmes/{slug}/"):
        return redirect(back)
    return redirect(action.decision.get_absolute_url())


@login_required
def action_list(request, slug):
    """Actions by group and by owner, overdue ones first; a filter shows only overdue."""
    programme = _programme(request, slug)
    groups = group_list_for(actor=request.user, programme=programme)
    group_id, owner_id = request.GET.get("group", ""), request.GET.get("owner", "")
    group = groups.filter(pk=group_id).first() if group_id.isdigit() else None
    people = register_people(programme)
    owner = people.filter(pk=owner_id).first() if owner_id.isdigit() else None
    overdue_only = request.GET.get("overdue") == "1"
    listed = selectors.action_list(
        programme=programme, group=group, owner=owner, overdue_only=overdue_only
    )
    overdue_ids = set(
        selectors.action_list(programme=programme, overdue_only=True).values_list("pk", flat=True)
    )
    context = {
        "programme": programme,
        "actions": listed,
        "overdue_ids": overdue_ids,
        "groups": groups,
        "group": group,
        "owners": people.filter(pk__in=selectors.action_list(programme=programme).values("owner")),
        "owner": owner,
        "overdue_only": overdue_only,
        "can_manage": access.can(request.user, MANAGE, programme),
        "status_form": ActionStatusForm(),
    }
    return render(request, "feedback/action_list.jinja", context)
