"""Pages for replying to a seat offer: the public reply link, and staff recording a reply.

The public page needs no account: the token in the link is the proof. Both buttons
post, so a link scanner that follows links never accepts or declines a seat.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import programme_for

from . import offers
from .choices import OfferResponse
from .models import SeatOffer
from .selection_forms import OfferReplyForm


def offer_reply(request, token):
    offer = offers.offer_for_token(token)
    problem = ""
    if request.method == "POST" and request.POST.get("reply") in ("accept", "decline"):
        try:
            offer = offers.offer_reply(token=token, accept=request.POST["reply"] == "accept")
        except ServiceError as error:
            problem = error.message
    context = {
        "offer": offer,
        "run": offer.run,
        "group": offer.run.group,
        "programme": offer.run.programme,
        "problem": problem,
        "answered": offer.response != OfferResponse.WAITING,
    }
    return render(request, "recruitment/offer_reply.jinja", context, status=409 if problem else 200)


@login_required
def offer_record(request, slug, pk):
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    offer = (
        SeatOffer.objects.filter(run__programme=programme, pk=pk)
        .select_related("run__group", "candidate")
        .first()
    )
    if offer is None:
        raise Http404("No such offer")
    form = OfferReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        accept = form.cleaned_data["reply"] == "accept"
        try:
            offers.offer_record_reply(actor=request.user, offer=offer, accept=accept)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                f"{offer.candidate.full_name} {'accepted' if accept else 'declined'} the seat.",
            )
            return redirect("recruitment:run_detail", programme.slug, offer.run_id)
    return render(
        request,
        "recruitment/offer_record.jinja",
        {"programme": programme, "offer": offer, "form": form},
    )
