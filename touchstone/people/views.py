"""Pages for people, organisations and memberships. Thin: parse, check, call one service.

Each view finds the programme first (404 for anyone with no role in it), then checks
the ability (403), then looks objects up within that programme only (404).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import group_get_for, programme_get_for

from . import selectors, services
from .forms import (
    MembershipAddForm,
    MembershipEndForm,
    MembershipRoleForm,
    OrganisationForm,
    PersonFilterForm,
    PersonForm,
)
from .models import EngagementStatus


def _programme(request, slug, ability):
    programme = programme_get_for(actor=request.user, slug=slug)
    access.require(request.user, ability, programme)
    return programme


# Lived experience is special-category health data (UK GDPR art. 9): it is never loaded
# for, or handed to the templates of, anyone without the view_sensitive ability.
SENSITIVE_FIELDS = ("patient_experience", "carer_experience")


def _lived_experience(person, *, patient: str, carer: str) -> str:
    """Describe a person's lived experience in words, for those who may see it."""
    flags = ((person.patient_experience, patient), (person.carer_experience, carer))
    found = " and ".join(label for flag, label in flags if flag)
    return found[:1].upper() + found[1:] if found else "None recorded"


# People ----------------------------------------------------------------------------------


@login_required
def person_list(request, slug):
    programme = _programme(request, slug, "view_people")
    filters = PersonFilterForm(request.GET)
    people = selectors.person_list_for(actor=request.user, programme=programme, **filters.filters())
    sensitive = access.can(request.user, "view_sensitive", programme)
    if not sensitive:
        people = people.defer(*SENSITIVE_FIELDS)
    page = Paginator(people, 100).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "programme": programme,
        "filters": filters,
        "page": page,
        "query": query.urlencode(),
        "filtered": any(filters.filters().values()),
        "can_change": access.can(request.user, "change", programme),
    }
    if sensitive:
        context["lived_experience"] = {
            person.pk: _lived_experience(person, patient="Patient", carer="Carer")
            for person in page.object_list
        }
    return render(request, "people/person_list.jinja", context)


@login_required
def person_detail(request, slug, pk):
    programme = _programme(request, slug, "view_people")
    person = selectors.person_get_for(actor=request.user, programme=programme, pk=pk)
    current, past = selectors.memberships_of_person(
        actor=request.user, programme=programme, person=person
    )
    # Contact details never reach the template unless the viewer may see them.
    contact = None
    if access.can(request.user, "view_contact_details", programme):
        contact = {
            "Email address": person.email,
            "Phone number": person.phone,
            "Postal address": person.postal_address,
            "Prefers to be contacted by": person.get_preferred_contact_display(),
        }
    context = {
        "programme": programme,
        "person": person,
        "current": current,
        "past": past,
        "contact": contact,
        "can_change": access.can(request.user, "change", programme),
        "sign_in_role": selectors.sign_in_role_of(person=person, programme=programme),
    }
    if access.can(request.user, "view_sensitive", programme):
        context["lived_experience"] = _lived_experience(
            person, patient="as a patient or service user", carer="as a carer"
        )
    return render(request, "people/person_detail.jinja", context)


@login_required
def person_create(request, slug):
    programme = _programme(request, slug, "change")
    form = PersonForm(
        request.POST or None, organisations=selectors.organisation_options_for(programme=programme)
    )
    if request.method == "POST" and form.is_valid():
        try:
            person = services.person_create(
                actor=request.user, programme=programme, **form.values()
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"{person.full_name} has been added to the register.")
            return redirect("people:person_detail", programme.slug, person.pk)
    return render(
        request, "people/person_form.jinja", {"programme": programme, "form": form, "person": None}
    )


@login_required
def person_edit(request, slug, pk):
    programme = _programme(request, slug, "change")
    person = selectors.person_get_for(actor=request.user, programme=programme, pk=pk)
    organisations = selectors.organisation_options_for(
        programme=programme, including=person.organisation_id
    )
    form = PersonForm(
        request.POST or None, organisations=organisations, initial=PersonForm.initial_for(person)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.person_update(
                actor=request.user, programme=programme, person=person, **form.values()
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Your changes have been saved.")
            return redirect("people:person_detail", programme.slug, person.pk)
    return render(
        request,
        "people/person_form.jinja",
        {"programme": programme, "form": form, "person": person},
    )


# Organisations ---------------------------------------------------------------------------


@login_required
def organisation_list(request, slug):
    programme = _programme(request, slug, "view")
    rows = selectors.organisation_coverage_for(actor=request.user, programme=programme)
    return render(
        request,
        "people/organisation_list.jinja",
        {
            "programme": programme,
            "rows": rows,
            "with_organisations": [row for row in rows if row.engagements],
            "engaged_count": sum(row.engaged for row in rows),
            "can_change": access.can(request.user, "change", programme),
        },
    )


@login_required
def organisation_create(request, slug):
    programme = _programme(request, slug, "change")
    form = OrganisationForm(request.POST or None, initial={"status": EngagementStatus.IDENTIFIED})
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(
                actor=request.user, programme=programme, **form.cleaned_data
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                f"{organisation.name} was already in the directory; it is now linked to this "
                "programme."
                if organisation.was_in_directory
                else f"{organisation.name} has been added.",
            )
            return redirect("people:organisation_list", programme.slug)
    return render(
        request,
        "people/organisation_form.jinja",
        {"programme": programme, "form": form, "organisation": None},
    )


@login_required
def organisation_edit(request, slug, pk):
    programme = _programme(request, slug, "change")
    engagement = selectors.engagement_get_for(actor=request.user, programme=programme, pk=pk)
    form = OrganisationForm(request.POST or None, initial=OrganisationForm.initial_for(engagement))
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_update(
                actor=request.user,
                programme=programme,
                organisation=engagement.organisation,
                **form.cleaned_data,
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Your changes have been saved.")
            return redirect("people:organisation_list", programme.slug)
    return render(
        request,
        "people/organisation_form.jinja",
        {"programme": programme, "form": form, "organisation": engagement.organisation},
    )


# Memberships -----------------------------------------------------------------------------


@login_required
def membership_add(request, slug, group_pk):
    programme = _programme(request, slug, "change")
    group = group_get_for(actor=request.user, programme=programme, pk=group_pk)
    form = MembershipAddForm(
        request.POST or None, people=selectors.people_available_for(actor=request.user, group=group)
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.membership_add(
                actor=request.user,
                group=group,
                person=data["person"],
                role=data["role"],
                started_on=data["started_on"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"{data['person'].full_name} has been added to {group.name}.")
            return redirect(group.get_absolute_url())
    return render(
        request,
        "people/membership_add.jinja",
        {"programme": programme, "group": group, "form": form},
    )


@login_required
def membership_edit(request, slug, pk):
    programme = _programme(request, slug, "change")
    membership = selectors.membership_get_for(actor=request.user, programme=programme, pk=pk)
    action = request.POST.get("action") if request.method == "POST" else None
    role_form = MembershipRoleForm(
        request.POST if action == "role" else None, initial={"role": membership.role}
    )
    end_form = MembershipEndForm(request.POST if action == "end" else None)
    posted = {"role": role_form, "end": end_form}.get(action)
    if posted is not None and posted.is_valid():
        name, group = membership.person.full_name, membership.group
        try:
            if action == "role":
                services.membership_change_role(
                    actor=request.user, membership=membership, role=posted.cleaned_data["role"]
                )
                done = f"{name}'s role in {group.name} is now {membership.get_role_display()}."
            else:
                services.membership_end(
                    actor=request.user,
                    membership=membership,
                    reason=posted.cleaned_data["reason"],
                    ended_on=posted.cleaned_data["ended_on"],
                )
                ended_on = posted.cleaned_data["ended_on"]
                done = (
                    f"{name}'s membership of {group.name} has ended."
                    if ended_on <= timezone.localdate()
                    else f"{name}'s membership of {group.name} will end on "
                    f"{date_format(ended_on, 'j F Y')}."
                )
        except ServiceError as error:
            add_service_error(posted, error)
        else:
            messages.success(request, done)
            return redirect(group.get_absolute_url())
    return render(
        request,
        "people/membership_edit.jinja",
        {
            "programme": programme,
            "membership": membership,
            "role_form": role_form,
            "end_form": end_form,
            "form": posted,
        },
    )
