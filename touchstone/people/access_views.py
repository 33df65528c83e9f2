"""Pages where programme managers decide who can sign in and what they may do."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from touchstone.accounts import invitations
from touchstone.accounts.forms import SignInAccessForm
from touchstone.accounts.models import ProgrammeRole
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import programme_get_for

from . import selectors


@login_required
def access_list(request, slug):
    programme = programme_get_for(actor=request.user, slug=slug)
    grants = invitations.access_list_for(actor=request.user, programme=programme)
    return render(request, "people/access_list.jinja", {"programme": programme, "grants": grants})


@login_required
def person_access(request, slug, pk):
    programme = programme_get_for(actor=request.user, slug=slug)
    invitations.access_list_for(actor=request.user, programme=programme)  # managers only
    person = selectors.person_get_for(actor=request.user, programme=programme, pk=pk)
    grant = ProgrammeRole.objects.filter(user_id=person.user_id, programme=programme).first()
    initial = {"role": grant.role if grant else invitations.suggested_role(person, programme)}
    form = SignInAccessForm(request.POST or None, initial=initial)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "revoke":
                invitations.sign_in_access_revoke(
                    actor=request.user, programme=programme, person=person
                )
                messages.success(request, f"{person.full_name} can no longer see this programme.")
                return redirect("people:person_detail", programme.slug, person.pk)
            if form.is_valid():
                invitations.sign_in_access_grant(
                    actor=request.user,
                    programme=programme,
                    person=person,
                    role=form.cleaned_data["role"],
                    base_url=request.build_absolute_uri("/"),
                )
                messages.success(
                    request,
                    f"{person.full_name} can sign in."
                    + ("" if grant else f" We have emailed {person.email} to tell them how."),
                )
                return redirect("people:person_detail", programme.slug, person.pk)
        except ServiceError as error:
            add_service_error(form, error)
    return render(
        request,
        "people/person_access.jinja",
        {
            "programme": programme,
            "person": person,
            "grant": grant,
            "form": form,
        },
    )
