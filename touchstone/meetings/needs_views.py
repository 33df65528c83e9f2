"""Pages for access and support needs: one's own, and staff recording them for someone."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.people.models import Person

from . import needs as services
from .models import SupportNeeds
from .needs_forms import SupportNeedsForm
from .views_common import programme_for


def _page(request, programme, person, *, on_behalf: bool, back: str):
    existing = SupportNeeds.objects.filter(person=person).first()
    initial = {}
    if existing:
        initial = {"needs": existing.needs, "dietary": existing.dietary, "other": existing.other}
    form = SupportNeedsForm(request.POST or None, on_behalf=on_behalf, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if request.POST.get("erase") == "1":
            services.needs_erase(actor=request.user, programme=programme, person=person)
            messages.success(request, "The needs have been deleted.")
            return redirect(request.path)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.needs_record(
                    actor=request.user, programme=programme, person=person, **data
                )
            except ServiceError as error:
                add_service_error(form, error)
            else:
                messages.success(request, "Saved. We will arrange this for each meeting.")
                return redirect(request.path)
    context = {
        "programme": programme,
        "person": person,
        "form": form,
        "existing": existing,
        "on_behalf": on_behalf,
        "back": back,
    }
    return render(request, "meetings/support_needs.jinja", context, status=status)


@login_required
def my_support_needs(request, slug):
    programme = programme_for(request, slug, "view")
    person = Person.objects.filter(user=request.user, programmes=programme).first()
    if person is None:
        raise Http404("You are not on this programme's register.")
    return _page(
        request,
        programme,
        person,
        on_behalf=False,
        back=reverse("meetings:meeting_list", args=[slug]),
    )


@login_required
def person_support_needs(request, slug, pk):
    programme = programme_for(request, slug, "change")
    person = Person.objects.filter(pk=pk, programmes=programme).first()
    if person is None:
        raise Http404("Person not found")
    back = reverse("people:person_detail", args=[slug, pk])
    return _page(request, programme, person, on_behalf=True, back=back)
