"""Offering seats to the people selected, and what happens when they reply.

A seat is only taken when the person accepts: then they join the programme's register
and the group, through the people services so access and audit follow. Reply links
carry a random token; only its hash is stored, and each works once.
"""

import hashlib
import re
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from touchstone.accounts import access
from touchstone.accounts.models import ProgrammeRole, Role
from touchstone.accounts.tasks import send_email_task
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.people import services as people_services
from touchstone.people.models import ContactMethod, Membership, PersonKind

from . import adapters
from .choices import OfferResponse, RunStatus, Stage, WithdrawalReason
from .models import Candidate, SeatOffer
from .services import move

DECLINED_NOTE = "Declined the seat"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def reply_link(base_url: str, token: str) -> str:
    return base_url.rstrip("/") + reverse("join:offer_reply", args=[token])


def _email(offer: SeatOffer, link: str) -> None:
    candidate, run = offer.candidate, offer.run
    subject = f"You have been offered a place on {run.group.name}"
    body = (
        f"Dear {candidate.full_name},\n\n"
        f"Thank you for volunteering with {run.programme.name}. You have been chosen, by a "
        f"fair lottery, for a place as a lay partner on {run.group.name}.\n\n"
        f"Please tell us whether you would like the place: {link}\n\n"
        "If you would rather reply by phone, or have any questions, contact the programme "
        f"team{_contact(run)}.\n"
    )
    transaction.on_commit(
        lambda: send_email_task.enqueue(subject=subject, body=body, to=[candidate.email])
    )


def _contact(run) -> str:
    role = run.role_profile
    return f": {role.contact}" if role is not None and role.contact else ""


def _offer(*, actor, run, candidate: Candidate, base_url: str) -> SeatOffer:
    token = secrets.token_urlsafe(32)
    offer = SeatOffer.objects.create(run=run, candidate=candidate, token_hash=hash_token(token))
    move(actor=actor, candidate=candidate, to_stage=Stage.SELECTED)
    if candidate.email and candidate.preferred_contact != ContactMethod.POST:
        _email(offer, reply_link(base_url, token))
    audit.record(
        actor=actor, action="seat_offer.send", target=offer, programme=run.programme, changes={}
    )
    return offer


@transaction.atomic
def offers_send(*, actor, run, base_url: str) -> list[SeatOffer]:
    """Offer a seat to everyone newly selected by a finished run who has no offer yet."""
    access.require(actor, "change", run.programme)
    if run.status != RunStatus.FINISHED:
        raise ServiceError("Seats can only be offered once the selection has finished.")
    offered = set(run.offers.values_list("candidate_id", flat=True))
    wanted = [int(i) for i in run.panel if i not in run.seated and int(i) not in offered]
    candidates = Candidate.objects.filter(pk__in=wanted, stage=Stage.IN_POOL)
    return [
        _offer(actor=actor, run=run, candidate=c, base_url=base_url)
        for c in candidates.order_by("full_name")
    ]


@dataclass(frozen=True)
class NextReserve:
    """Whose seat is empty, who should be offered it, and why (a reserve may be passed over)."""

    leaving: Candidate
    candidate: Candidate | None
    passed_over: int  # earlier reserves who would have broken a quota or shared a household
    explanation: str  # why nobody fits, when nobody does


def next_reserve(run) -> NextReserve | None:
    """Return the reserve who should be offered the seat of the next person who declined.

    Seats are refilled in the order people declined. The reserve is the first in the run's
    order, still in the pool and not yet asked, who keeps every quota met once they take
    that seat; None when no declined seat is waiting to be refilled.
    """
    replies = list(run.offers.select_related("candidate").order_by("responded_at", "pk"))
    declined = [str(o.candidate_id) for o in replies if o.response == OfferResponse.DECLINED]
    refills = [str(o.candidate_id) for o in replies if str(o.candidate_id) not in run.panel]
    if len(declined) <= len(refills):
        return None
    leaving = declined[len(refills)]
    panel = [p for p in run.panel if p not in declined]
    panel += [r for r in refills if r not in declined] + [leaving]
    asked = {str(o.candidate_id) for o in replies}
    waiting = Candidate.objects.filter(pk__in=[int(i) for i in run.reserves], stage=Stage.IN_POOL)
    in_pool = {str(pk) for pk in waiting.values_list("pk", flat=True)}
    unavailable = [r for r in run.reserves if r in asked or r not in in_pool]
    found = adapters.replacement_for(run, panel=panel, leaving=leaving, unavailable=unavailable)
    ids = [int(leaving), *([int(found.reserve)] if found.found else [])]
    candidates = Candidate.objects.in_bulk(ids)
    named = re.sub(rf"\b{leaving}\b", candidates[int(leaving)].full_name, found.explanation)
    return NextReserve(
        leaving=candidates[int(leaving)],
        candidate=candidates.get(int(found.reserve)) if found.found else None,
        passed_over=len(found.passed_over),
        explanation=named,
    )


@transaction.atomic
def offer_next_reserve(*, actor, run, base_url: str) -> SeatOffer:
    """Offer a seat to the next reserve, after someone declined or left."""
    access.require(actor, "change", run.programme)
    found = next_reserve(run)
    if found is None:
        raise ServiceError("Nobody has declined a seat, so there is no seat to offer again.")
    if found.candidate is None:
        raise ServiceError(found.explanation)
    return _offer(actor=actor, run=run, candidate=found.candidate, base_url=base_url)


def letters_prepare(*, actor, run, base_url: str) -> list[tuple[SeatOffer, str]]:
    """Give each waiting offer to someone who prefers post a fresh link for their letter.

    Only hashes are stored, so a letter needs a new token; earlier letters stop working.
    """
    access.require(actor, "change", run.programme)
    letters = []
    for offer in run.offers.filter(
        response=OfferResponse.WAITING, candidate__preferred_contact=ContactMethod.POST
    ).select_related("candidate"):
        token = secrets.token_urlsafe(32)
        offer.token_hash = hash_token(token)
        offer.save(update_fields=["token_hash"])
        letters.append((offer, reply_link(base_url, token)))
    return letters


def offer_for_token(token: str) -> SeatOffer:
    """Return the offer a reply link belongs to, or 404."""
    offer = (
        SeatOffer.objects.filter(token_hash=hash_token(token))
        .select_related("run__group__programme", "candidate")
        .first()
    )
    if offer is None:
        raise Http404("No such offer")
    return offer


def _seat_actor(run):
    """Return who the seat is given in the name of: the manager who ran the selection."""
    programme = run.programme
    if run.created_by and access.can(run.created_by, "change", programme):
        return run.created_by
    grant = ProgrammeRole.objects.filter(
        programme=programme, role=Role.PROGRAMME_MANAGER, user__is_active=True
    ).first()
    if grant is None:
        raise ServiceError("This programme has no manager to confirm seats. Contact the team.")
    return grant.user


def _person_for(actor, candidate: Candidate):
    programme = candidate.programme
    if candidate.person is not None:
        candidate.person.programmes.add(programme)
        return candidate.person
    contact = {
        "email": candidate.email,
        "phone": candidate.phone,
        "postal_address": candidate.postal_address,
        "preferred_contact": candidate.preferred_contact,
    }
    try:
        person = people_services.person_create(
            actor=actor, programme=programme, full_name=candidate.full_name,
            kind=PersonKind.LAY_PARTNER, **contact,
        )  # fmt: skip
    except ServiceError as error:
        if error.field != "phone":
            raise
        contact["phone"] = ""  # an unusable number from an import should not lose the seat
        if contact["preferred_contact"] == ContactMethod.PHONE:
            contact["preferred_contact"] = ContactMethod.EMAIL if candidate.email else "post"
        person = people_services.person_create(
            actor=actor, programme=programme, full_name=candidate.full_name,
            kind=PersonKind.LAY_PARTNER, **contact,
        )  # fmt: skip
    candidate.person = person
    candidate.save(update_fields=["person"])
    return person


def _accept(offer: SeatOffer, actor) -> None:
    run, candidate = offer.run, offer.candidate
    person = _person_for(actor, candidate)
    membership = Membership.objects.filter(
        person=person, group=run.group, ended_on__isnull=True
    ).first() or people_services.membership_add(actor=actor, group=run.group, person=person)
    offer.membership = membership
    move(actor=actor, candidate=candidate, to_stage=Stage.ACTIVE)


@transaction.atomic
def _reply(offer: SeatOffer, *, accept: bool, actor, recorded_by=None) -> SeatOffer:
    offer = SeatOffer.objects.select_for_update().get(pk=offer.pk)
    if offer.response != OfferResponse.WAITING:
        raise ServiceError(
            f"This offer has already been answered: {offer.get_response_display().lower()}."
        )
    if accept:
        _accept(offer, actor)
    else:
        move(
            actor=actor,
            candidate=offer.candidate,
            to_stage=Stage.WITHDRAWN,
            reason=WithdrawalReason.OTHER,
            note=DECLINED_NOTE,
        )
    offer.response = OfferResponse.ACCEPTED if accept else OfferResponse.DECLINED
    offer.responded_at, offer.recorded_by = timezone.now(), recorded_by
    offer.save(update_fields=["response", "responded_at", "recorded_by", "membership"])
    audit.record(
        actor=recorded_by,
        action="seat_offer.reply",
        target=offer,
        programme=offer.run.programme,
        changes={"response": offer.response, "recorded_by_staff": recorded_by is not None},
    )
    return offer


def offer_reply(*, token: str, accept: bool) -> SeatOffer:
    """Record the candidate's own reply from the link they were sent."""
    offer = offer_for_token(token)
    actor = _seat_actor(offer.run) if accept else None
    return _reply(offer, accept=accept, actor=actor)


def offer_record_reply(*, actor, offer: SeatOffer, accept: bool) -> SeatOffer:
    """Record a reply the candidate gave staff by phone or letter."""
    access.require(actor, "change", offer.run.programme)
    return _reply(offer, accept=accept, actor=actor, recorded_by=actor)
