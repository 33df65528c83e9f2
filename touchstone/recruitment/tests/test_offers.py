"""Offering seats: emails and letters, replies by link or by phone, and the next reserve."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from touchstone.core.tests.factories import GroupFactory
from touchstone.people.models import Membership, PersonKind
from touchstone.recruitment import offers
from touchstone.recruitment.choices import OfferResponse, Stage, WithdrawalReason
from touchstone.recruitment.models import Candidate, SeatOffer

from .selection_helpers import make_pool, open_quotas, start_run

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(programme):
    return GroupFactory(programme=programme, name="Frailty working group")


@pytest.fixture
def run(manager, programme, group, django_capture_on_commit_callbacks):
    make_pool(programme, n=8)
    with django_capture_on_commit_callbacks(execute=True):
        run = start_run(manager, programme, group, k=3)
    run.refresh_from_db()
    return run


@pytest.fixture
def links(manager_client, programme, run, django_capture_on_commit_callbacks):
    """Send the offers from the run page; return {candidate name: reply link path}."""
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("recruitment:run_offers_send", args=[programme.slug, run.pk]))
    found = {}
    for message in mail.outbox:
        name = message.body.split(",", 1)[0].removeprefix("Dear ")
        found[name] = re.search(r"http://testserver(/join/offers/\S+/)", message.body).group(1)
    return found


def test_sending_offers_emails_the_panel_and_marks_them_selected(run, links):
    selected = Candidate.objects.filter(pk__in=[int(i) for i in run.panel])
    assert sorted(links) == sorted(c.full_name for c in selected)
    assert {c.stage for c in selected} == {Stage.SELECTED}
    assert SeatOffer.objects.filter(run=run).count() == 3


def test_accepting_creates_a_lay_partner_with_a_seat_and_makes_them_active(
    client, run, group, links, programme
):
    name, link = next(iter(links.items()))
    response = client.post(link, {"reply": "accept"})
    assert "you have accepted the place" in response.text
    candidate = Candidate.objects.get(full_name=name)
    assert candidate.stage == Stage.ACTIVE
    assert candidate.person.kind == PersonKind.LAY_PARTNER
    assert candidate.person.email == candidate.email
    assert programme.people.filter(pk=candidate.person.pk).exists()
    membership = Membership.objects.get(person=candidate.person, group=group)
    assert SeatOffer.objects.get(candidate=candidate).membership == membership


def test_a_reply_link_works_once(client, run, group, links):
    name, link = next(iter(links.items()))
    client.post(link, {"reply": "accept"})
    again = client.post(link, {"reply": "decline"})
    assert again.status_code == 409
    assert "already been answered" in again.text
    candidate = Candidate.objects.get(full_name=name)
    assert candidate.stage == Stage.ACTIVE
    assert SeatOffer.objects.get(candidate=candidate).response == OfferResponse.ACCEPTED


def test_an_unknown_link_is_not_found(client, db):
    assert client.get("/join/offers/not-a-real-token/").status_code == 404
    assert client.post("/join/offers/not-a-real-token/", {"reply": "accept"}).status_code == 404


def test_declining_withdraws_them_and_the_next_reserve_is_offered_the_seat(
    client, manager_client, programme, run, links, django_capture_on_commit_callbacks
):
    name, link = next(iter(links.items()))
    client.post(link, {"reply": "decline"})
    candidate = Candidate.objects.get(full_name=name)
    assert candidate.stage == Stage.WITHDRAWN
    assert candidate.withdrawal_reason == WithdrawalReason.OTHER
    assert candidate.withdrawal_note == "Declined the seat"
    first_reserve = Candidate.objects.get(pk=int(run.reserves[0]))
    page = manager_client.get(reverse("recruitment:run_detail", args=[programme.slug, run.pk]))
    assert f"The next reserve who keeps every quota met is {first_reserve.full_name}" in page.text
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("recruitment:run_next_reserve", args=[programme.slug, run.pk]))
    first_reserve.refresh_from_db()
    assert first_reserve.stage == Stage.SELECTED
    assert mail.outbox[-1].to == [first_reserve.email]


def test_the_seat_goes_to_the_first_reserve_who_keeps_the_quotas(
    manager, programme, group, django_capture_on_commit_callbacks
):
    """Two women and two men exactly: a woman's seat can only go to a woman."""
    make_pool(programme, n=12)
    quotas = open_quotas(4, Woman=(2, 2), Man=(2, 2))
    with django_capture_on_commit_callbacks(execute=True):
        run = start_run(manager, programme, group, k=4, seed=5, quotas=quotas)
    run.refresh_from_db()
    offers.offers_send(actor=manager, run=run, base_url="http://testserver")
    gender = {row["id"]: row["features"]["gender"] for row in run.pool}
    woman = next(o for o in run.offers.all() if gender[str(o.candidate_id)] == "Woman")
    offers.offer_record_reply(actor=manager, offer=woman, accept=False)
    found = offers.next_reserve(run)
    assert found.leaving == woman.candidate
    assert gender[str(found.candidate.pk)] == "Woman"
    men_first = [r for r in run.reserves[: run.reserves.index(str(found.candidate.pk))]]
    assert found.passed_over == len(men_first)
    assert all(gender[r] == "Man" for r in men_first)


def test_staff_record_a_reply_given_by_phone(manager, manager_client, programme, run, links):
    offer = SeatOffer.objects.filter(run=run).first()
    url = reverse("recruitment:offer_record", args=[programme.slug, offer.pk])
    response = manager_client.post(url, {"reply": "accept"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.response == OfferResponse.ACCEPTED
    assert offer.recorded_by == manager
    assert Candidate.objects.get(pk=offer.candidate_id).stage == Stage.ACTIVE


def test_people_who_prefer_post_get_a_letter_with_a_working_link(
    client, manager_client, programme, run
):
    Candidate.objects.filter(pk__in=[int(i) for i in run.panel]).update(
        preferred_contact="post", postal_address="1 High Street\nWembley"
    )
    manager_client.post(reverse("recruitment:run_offers_send", args=[programme.slug, run.pk]))
    assert not mail.outbox
    letters = manager_client.post(reverse("recruitment:run_letters", args=[programme.slug, run.pk]))
    paths = re.findall(r"http://testserver(/join/offers/[^<\s]+/)", letters.text)
    assert len(paths) == 3
    assert "Your place on Frailty working group" in client.get(paths[0]).text


def test_a_member_may_not_send_offers(member_client, programme, run):
    url = reverse("recruitment:run_offers_send", args=[programme.slug, run.pk])
    assert member_client.post(url).status_code == 403
    assert not SeatOffer.objects.exists()


def test_hashes_not_tokens_are_stored(run, links):
    token = next(iter(links.values())).rstrip("/").rsplit("/", 1)[1]
    assert not SeatOffer.objects.filter(token_hash=token).exists()
    assert SeatOffer.objects.filter(token_hash=offers.hash_token(token)).exists()
