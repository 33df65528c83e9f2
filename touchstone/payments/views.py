"""Payments home, the approvers' list of claims, tax-year totals and payment choices.

Thin: find the programme (404 for anyone with no role), parse, call a service.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from touchstone.core.downloads import private_download
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.people.models import Person
from touchstone.programmes.selectors import programme_for

from . import policy, selectors
from .figures import figures_for
from .forms import ChoiceForm
from .models import PaymentChoice, Status
from .statement import as_docx, statement_for

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

GUIDANCE = {
    "benefits": "https://www.gov.uk/browse/benefits",
    "tax": "https://www.gov.uk/income-tax",
}


def _programme(request, slug, ability="view"):
    return programme_for(actor=request.user, slug=slug, ability=ability)


@login_required
def home(request, slug):
    """Your own claims and choices; for approvers, what is waiting and where to look."""
    programme = _programme(request, slug)
    is_approver = selectors.can_approve(request.user, programme)
    context = {
        "programme": programme,
        "own": selectors.person_of(request.user, programme),
        "my_claims": selectors.own_claims_for(actor=request.user, programme=programme),
        "is_approver": is_approver,
        "waiting": selectors.waiting_for(actor=request.user, programme=programme)
        if is_approver
        else [],
        "figures": figures_for(actor=request.user, programme=programme) if is_approver else None,
    }
    return render(request, "payments/home.jinja", context)


@login_required
def claim_list(request, slug):
    """Every claim in the programme, for approvers, narrowed by status."""
    programme = _programme(request, slug, selectors.APPROVE)
    status = request.GET.get("status") or Status.SUBMITTED
    if status not in Status.values and status != "all":
        status = Status.SUBMITTED
    claims = selectors.claims_for(actor=request.user, programme=programme)
    if status != "all":
        claims = claims.filter(status=status)
    context = {
        "programme": programme,
        "claims": claims,
        "status": status,
        "statuses": [*Status.choices, ("all", "All")],
    }
    return render(request, "payments/claim_list.jinja", context)


@login_required
def totals(request, slug):
    """Approved and paid money per person per tax year, with the warning threshold."""
    programme = _programme(request, slug)
    is_approver = selectors.can_approve(request.user, programme)
    context = {
        "programme": programme,
        "rows": selectors.tax_year_totals(actor=request.user, programme=programme),
        "threshold": selectors.policy_for(programme).annual_threshold_pence,
        "is_approver": is_approver,
        "figures": figures_for(actor=request.user, programme=programme) if is_approver else None,
        "guidance": GUIDANCE,
    }
    return render(request, "payments/totals.jinja", context)


def _person_for(request, programme, person_pk):
    """The person a page is about, and the viewer's own Person: only themselves or approvers.

    Anyone else gets a 404, so nobody learns whose claims exist.
    """
    person = Person.objects.filter(pk=person_pk, programmes=programme).first()
    own = selectors.person_of(request.user, programme)
    if person is None or not (
        (own and own.pk == person.pk) or selectors.can_approve(request.user, programme)
    ):
        raise Http404("Person not found")
    return person, own


@login_required
def choices(request, slug, person_pk):
    """A person's payment choice for each role, set by them or by an approver for them."""
    programme = _programme(request, slug)
    person, own = _person_for(request, programme, person_pk)
    roles = selectors.roles_for(programme)
    form = ChoiceForm(request.POST or None, roles=roles)
    if request.method == "POST" and form.is_valid():
        try:
            policy.choice_set(
                actor=request.user,
                person=person,
                role=form.chosen("role"),
                choice=form.cleaned_data["choice"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Payment choice saved.")
            return redirect("payments:choices", programme.slug, person.pk)
    context = {
        "programme": programme,
        "person": person,
        "is_self": bool(own and own.pk == person.pk),
        "current": PaymentChoice.objects.filter(person=person, role__programme=programme)
        .select_related("role")
        .order_by("role__name"),
        "form": form,
        "guidance": GUIDANCE,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "payments/choices.jinja", context, status=status)


@login_required
def statement(request, slug, person_pk):
    """One person's claims and payments, for them or an approver: a record they can keep."""
    programme = _programme(request, slug)
    person, _ = _person_for(request, programme, person_pk)
    mine = statement_for(actor=request.user, programme=programme, person=person)
    context = {
        "programme": programme,
        "person": person,
        "statement": mine,
        "claims": mine.claims,
        "rows": mine.rows,
        "guidance": GUIDANCE,
    }
    return render(request, "payments/statement.jinja", context)


@login_required
def statement_docx(request, slug, person_pk):
    """The same statement as a Word document, to keep or send to a benefits office."""
    programme = _programme(request, slug)
    person, _ = _person_for(request, programme, person_pk)
    mine = statement_for(actor=request.user, programme=programme, person=person)
    return private_download(as_docx(mine), DOCX, f"{programme.slug}-statement-{person.pk}.docx")
