"""The recruitment home page of a programme."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from touchstone.accounts import access
from touchstone.programmes.selectors import programme_get_for


@login_required
def recruitment_home(request, slug):
    programme = programme_get_for(actor=request.user, slug=slug)
    access.require(request.user, "view_people", programme)
    return render(request, "recruitment/recruitment_home.jinja", {"programme": programme})
