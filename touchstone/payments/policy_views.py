"""The payment policy page: everyone may read it; programme managers change it here."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import programme_for

from . import calculation as calc
from . import policy, selectors
from .forms import pence
from .policy_forms import ExpenseRuleForm, RateForm, RoleForm, ThresholdForm


def _forms(programme, data=None, which=None):
    """Each policy form, bound only when it is the one that was sent."""
    roles = selectors.roles_for(programme)
    threshold = selectors.policy_for(programme).annual_threshold_pence
    return {
        "role": RoleForm(data if which == "role" else None, prefix="role"),
        "rate": RateForm(data if which == "rate" else None, prefix="rate", roles=roles),
        "rule": ExpenseRuleForm(data if which == "rule" else None, prefix="rule"),
        "threshold": ThresholdForm(
            data if which == "threshold" else None,
            prefix="threshold",
            initial={"threshold": f"{threshold / 100:.2f}"},
        ),
    }


def _save(actor, programme, which, form) -> str:
    data = form.cleaned_data
    if which == "role":
        policy.role_add(
            actor=actor, programme=programme, name=data["name"], is_paid=data["is_paid"]
        )
        return "Role added."
    if which == "rate":
        policy.rate_add(
            actor=actor,
            role=form.chosen("role"),
            activity=data["activity"],
            pence=pence(data["amount"]),
            effective_from=data["effective_from"],
            max_hours=data["max_hours"],
        )
        return "Rate added."
    if which == "rule":
        policy.expense_rule_add(
            actor=actor,
            programme=programme,
            kind=data["kind"],
            effective_from=data["effective_from"],
            pence_per_mile=data["pence_per_mile"] or 0,
            needs_approval=data["needs_approval"],
        )
        return "Expense allowed."
    policy.threshold_set(actor=actor, programme=programme, pence=pence(data["threshold"]))
    return "Yearly total saved."


@login_required
def policy_page(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="view")
    which = request.POST.get("form") if request.method == "POST" else None
    forms = _forms(programme, request.POST, which)
    error_form = None
    if which in forms:
        access.require(request.user, selectors.SET_POLICY, programme)
        form = forms[which]
        if form.is_valid():
            try:
                done = _save(request.user, programme, which, form)
            except ServiceError as error:
                add_service_error(form, error)
            else:
                messages.success(request, done)
                return redirect("payments:policy", programme.slug)
        error_form = form
    context = {
        "programme": programme,
        "roles": selectors.roles_for(programme),
        "rules": selectors.rules_for(programme),
        "threshold": calc.pounds(selectors.policy_for(programme).annual_threshold_pence),
        "can_change": access.can(request.user, selectors.SET_POLICY, programme),
        "forms": forms,
        "error_form": error_form,
    }
    return render(request, "payments/policy.jinja", context, status=400 if error_form else 200)
