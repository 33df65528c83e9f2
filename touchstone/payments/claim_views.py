"""A claim's page and every button on it. Thin: find, parse, call a service, show the result.

Anyone who cannot see the claim gets a 404; the services decide who may change it.
"""

import mimetypes

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_POST

from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.people.models import Person
from touchstone.programmes.selectors import programme_for

from . import claims, selectors, workflow
from .forms import ActivityForm, ClaimStartForm, ExpenseForm, PaidForm, ReturnForm, pence
from .pages import attended_meetings, claim_page


def _claim(request, slug, pk):
    programme = programme_for(actor=request.user, slug=slug, ability="view")
    return selectors.claim_get_for(actor=request.user, programme=programme, pk=pk)


def _back(claim, message, request):
    messages.success(request, message)
    return redirect("payments:claim_detail", claim.programme.slug, claim.pk)


@login_required
def claim_new(request, slug):
    """Start a claim: your own, or (for approvers) someone else's."""
    programme = programme_for(actor=request.user, slug=slug, ability="view")
    is_approver = selectors.can_approve(request.user, programme)
    own = selectors.person_of(request.user, programme)
    people = Person.objects.filter(programmes=programme) if is_approver else None
    form = ClaimStartForm(request.POST or None, roles=selectors.roles_for(programme), people=people)
    if request.method == "POST" and form.is_valid():
        person = form.chosen("person") if people is not None else own
        try:
            if person is None:
                raise ServiceError("You are not on this programme's register, so cannot claim.")
            claim = claims.claim_start(
                actor=request.user, programme=programme, person=person, role=form.chosen("role")
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            return _back(claim, "Claim started. Add what you did and what you spent.", request)
    context = {"programme": programme, "form": form, "own": own}
    status = 400 if request.method == "POST" else 200
    return render(request, "payments/claim_new.jinja", context, status=status)


@login_required
def claim_detail(request, slug, pk):
    return claim_page(request, _claim(request, slug, pk))


def _hours(value):
    return value if value is not None else 0


@login_required
@require_POST
def activity_add(request, slug, pk):
    claim = _claim(request, slug, pk)
    form = ActivityForm(request.POST, prefix="activity", meetings=attended_meetings(claim))
    if form.is_valid():
        data = form.cleaned_data
        try:
            claims.activity_add(
                actor=request.user,
                claim=claim,
                kind=data["kind"],
                on=data["on"],
                meeting=form.chosen("meeting"),
                description=data["description"],
                hours=_hours(data["hours"]),
                preparation_hours=_hours(data["preparation_hours"]),
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            return _back(claim, "Activity added.", request)
    return claim_page(request, claim, activity_form=form, error_form=form, status=400)


@login_required
@require_POST
def expense_add(request, slug, pk):
    claim = _claim(request, slug, pk)
    form = ExpenseForm(request.POST, request.FILES, prefix="expense")
    if form.is_valid():
        data = form.cleaned_data
        try:
            claims.expense_add(
                actor=request.user,
                claim=claim,
                kind=data["kind"],
                on=data["on"],
                description=data["description"],
                amount_pence=pence(data["amount"]) or 0,
                miles=data["miles"] or 0,
                receipt=data["receipt"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            return _back(claim, "Expense added.", request)
    return claim_page(request, claim, expense_form=form, error_form=form, status=400)


@login_required
@require_POST
def line_remove(request, slug, pk, kind, line_pk):
    claim = _claim(request, slug, pk)
    if kind not in ("activity", "expense"):
        raise Http404("No such line")
    form = forms.Form(request.POST)
    key = "activity_pk" if kind == "activity" else "expense_pk"
    try:
        claims.line_remove(actor=request.user, claim=claim, **{key: line_pk})
    except ServiceError as error:
        add_service_error(form, error)
        return claim_page(request, claim, error_form=form, status=400)
    return _back(claim, "Line taken off the claim.", request)


MOVES = {
    "submit": (workflow.claim_submit, "Claim sent for approval."),
    "approve": (workflow.claim_approve, "Claim approved."),
    "cancel": (workflow.claim_cancel, "Claim cancelled."),
}


@login_required
@require_POST
def claim_move(request, slug, pk, move):
    """Submit, approve or cancel: buttons with nothing to type."""
    claim = _claim(request, slug, pk)
    if move not in MOVES:
        raise Http404("No such step")
    service, done = MOVES[move]
    form = forms.Form(request.POST)
    try:
        service(actor=request.user, claim=claim)
    except ServiceError as error:
        add_service_error(form, error)
        return claim_page(request, claim, error_form=form, status=400)
    return _back(claim, done, request)


@login_required
@require_POST
def claim_return(request, slug, pk):
    claim = _claim(request, slug, pk)
    form = ReturnForm(request.POST)
    if form.is_valid():
        try:
            workflow.claim_return(
                actor=request.user, claim=claim, reason=form.cleaned_data["reason"]
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            return _back(claim, "Claim returned with your reason.", request)
    return claim_page(request, claim, return_form=form, error_form=form, status=400)


@login_required
@require_POST
def claim_pay(request, slug, pk):
    claim = _claim(request, slug, pk)
    form = PaidForm(request.POST)
    if form.is_valid():
        try:
            workflow.claim_mark_paid(
                actor=request.user,
                claim=claim,
                reference=form.cleaned_data["reference"],
                paid_on=form.cleaned_data["paid_on"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            return _back(claim, "Claim recorded as paid.", request)
    return claim_page(request, claim, paid_form=form, error_form=form, status=400)


@login_required
def receipt_download(request, slug, pk, expense_pk):
    """Send a receipt to the claimant or an approver only, never from a public address."""
    claim = _claim(request, slug, pk)
    expense = claim.expenses.filter(pk=expense_pk).first()
    if expense is None or not expense.receipt:
        raise Http404("No receipt")
    name = expense.receipt_original_name or "receipt"
    response = FileResponse(
        expense.receipt.open("rb"),
        as_attachment=True,
        filename=name,
        content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
    )
    patch_cache_control(response, private=True, no_store=True)
    return response
