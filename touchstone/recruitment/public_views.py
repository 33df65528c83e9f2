"""Public pages, no account needed: a role's page, applying, nominating, and thanks.

Anyone on the internet can post these forms, so each address may send only a few an
hour, every text is capped in length, and a key sent with the form makes a double
click or a retry land on the same thank-you page instead of making a second record.
"""

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect, render
from django.urls import reverse

from touchstone.core import ratelimit
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error

from . import intake, selectors, services
from .choices import Quality, Route
from .intake_forms import ApplyForm, NominateForm, demographic_answers

SENDS_PER_HOUR = 10
TOO_MANY = (
    "We have had a lot of forms from your internet connection in the last hour, so we "
    "cannot take this one now. Please try again in an hour. Nothing you typed has been sent."
)


def _role_context(role) -> dict:
    return {
        "role": role,
        "programme": role.programme,
        "qualities": [Quality(q).label for q in role.qualities if q in Quality.values],
    }


def _thanks(role, route: str):
    url = reverse("join:thanks", args=[role.programme.slug, role.pk])
    return redirect(f"{url}?nominated=1" if route == Route.NOMINATED else url)


def public_role(request, slug, pk):
    role = selectors.open_role_get(slug=slug, pk=pk)
    return render(request, "recruitment/public_role.jinja", _role_context(role))


def _submit(request, role, form, template: str, route: str, store):
    """Handle one public form: repeat, rate limit, validate, then store."""
    status = 200
    if request.method == "POST":
        key = request.POST.get("submission_key", "")[:64]
        if selectors.submission_seen(programme=role.programme, key=key):
            return _thanks(role, route)
        if not ratelimit.allow(
            f"join:{ratelimit.client_address(request)}", limit=SENDS_PER_HOUR, window=3600
        ):
            form.is_valid()  # so the fields keep what was typed
            form.add_error(None, TOO_MANY)
            status = 429
        elif form.is_valid():
            try:
                store(form)
            except ServiceError as error:
                add_service_error(form, error)
            else:
                return _thanks(role, route)
        if status == 200:
            status = 400
    return render(request, template, {**_role_context(role), "form": form}, status=status)


def public_apply(request, slug, pk):
    role = selectors.open_role_get(slug=slug, pk=pk)
    form = ApplyForm(request.POST or None, areas=services.areas_of(role.programme))

    def store(form):
        intake.application_submit(
            actor=AnonymousUser(),
            role_profile=role,
            answers=demographic_answers(form),
            consent=form.cleaned_data["consent"],
            **form.values(),
        )

    return _submit(request, role, form, "recruitment/public_apply.jinja", Route.APPLIED, store)


def public_nominate(request, slug, pk):
    role = selectors.open_role_get(slug=slug, pk=pk)
    form = NominateForm(request.POST or None)

    def store(form):
        intake.candidate_create(
            actor=AnonymousUser(), role_profile=role, route=Route.NOMINATED, **form.values()
        )

    return _submit(request, role, form, "recruitment/public_nominate.jinja", Route.NOMINATED, store)


def public_thanks(request, slug, pk):
    role = selectors.open_role_get(slug=slug, pk=pk)
    context = {**_role_context(role), "nominated": request.GET.get("nominated") == "1"}
    return render(request, "recruitment/public_thanks.jinja", context)
