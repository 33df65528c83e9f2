"""Signed-in pages: who sees what, and the forms doing what they say."""

import pytest
from django.urls import reverse

from touchstone.core.tests.factories import GroupFactory, PersonFactory
from touchstone.feedback.models import Decision, FeedbackEvent, FeedbackItem, ResultsPage

from .factories import ActionFactory, DecisionFactory, EventFactory, ItemFactory

pytestmark = pytest.mark.django_db


def _url(name, programme, *args):
    return reverse(f"feedback:{name}", args=[programme.slug, *args])


def test_outsiders_get_not_found_on_every_feedback_page(outsider_client, programme):
    item = ItemFactory(programme=programme)
    for name, args in [("home", []), ("item_list", []), ("item_detail", [item.pk])]:
        assert outsider_client.get(_url(name, programme, *args)).status_code == 404


def test_members_can_read_but_not_manage(member_client, programme):
    item = ItemFactory(programme=programme)
    assert member_client.get(_url("item_detail", programme, item.pk)).status_code == 200
    assert member_client.get(_url("event_list", programme)).status_code == 403
    assert member_client.get(_url("item_enter", programme)).status_code == 403
    assert member_client.get(_url("decision_create", programme)).status_code == 403


def test_opening_an_event_gives_a_short_link_and_a_qr_code(manager_client, programme):
    response = manager_client.post(
        _url("event_create", programme),
        {
            "title": "Library drop-in",
            "held_on-day": "20",
            "held_on-month": "11",
            "held_on-year": "2026",
            "source": "community_event",
            "question": "What would help?",
        },
    )
    event = FeedbackEvent.objects.get()
    assert response["Location"] == event.get_absolute_url()
    page = manager_client.get(event.get_absolute_url())
    assert f"/f/{event.code}/" in page.text
    qr = manager_client.get(_url("event_qr", programme, event.pk))
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content


def test_facilitator_mode_saves_and_comes_back_empty_for_the_next(manager_client, programme):
    event = EventFactory(programme=programme)
    url = _url("event_enter", programme, event.pk)
    form = manager_client.get(url)
    assert "Save and type in the next" in form.text
    data = {
        "text": "Written on a card: more benches.",
        "source": "community_event",
        "received_on-day": "20",
        "received_on-month": "11",
        "received_on-year": "2026",
        "giver_kind": "public",
        "visibility": "public",
        "submission_key": "card-1",
    }
    response = manager_client.post(url, data)
    assert response.status_code == 302 and response["Location"] == url
    manager_client.post(url, data)  # the same card sent twice
    assert FeedbackItem.objects.get().event == event


def test_recording_a_decision_from_a_piece_of_feedback_links_them(manager_client, programme):
    group = GroupFactory(programme=programme)
    item = ItemFactory(programme=programme)
    lay = PersonFactory(programmes=[programme], kind="lay_partner")
    page = manager_client.get(_url("decision_create", programme) + f"?feedback={item.pk}")
    assert page.status_code == 200
    response = manager_client.post(
        _url("decision_create", programme),
        {
            "group": group.pk,
            "title": "Evening clinic",
            "decided": "Open late on Thursdays.",
            "status": "agreed",
            "decided_on-day": "10",
            "decided_on-month": "11",
            "decided_on-year": "2026",
            "feedback": [item.pk],
            "lay_contributors": [lay.pk],
        },
    )
    decision = Decision.objects.get()
    assert response["Location"] == decision.get_absolute_url()
    assert list(decision.feedback.all()) == [item]


def test_an_action_without_an_owner_gets_a_message_on_the_decision_page(manager_client, programme):
    decision = DecisionFactory(programme=programme)
    response = manager_client.post(
        _url("action_add", programme, decision.pk), {"description": "Book room"}
    )
    assert response.status_code == 400
    assert "Choose who will do it." in response.text
    assert not decision.actions.exists()


def test_the_action_list_flags_overdue_actions(manager_client, programme):
    ActionFactory(programme=programme, description="Late one", due_on="2020-01-01")
    ActionFactory(programme=programme, description="Future one", due_on="2099-01-01")
    page = manager_client.get(_url("action_list", programme) + "?overdue=1")
    assert "Late one" in page.text and "Future one" not in page.text


def test_downloads_come_in_three_formats(manager_client, programme):
    for fmt, kind in [("csv", "text/csv"), ("docx", "wordprocessingml"), ("html", "text/html")]:
        response = manager_client.get(_url("results_export", programme, fmt))
        assert response.status_code == 200 and kind in response["Content-Type"]
    assert manager_client.get(_url("results_export", programme, "pdf")).status_code == 404


def test_publishing_the_page_opens_it_to_the_public(manager_client, programme):
    manager_client.post(_url("results_settings", programme), {"is_published": "on"})
    assert ResultsPage.objects.get(programme=programme).is_published


def test_the_overview_shows_whether_feedback_is_heard(manager_client, programme):
    ItemFactory(programme=programme)
    page = manager_client.get(reverse("programmes:overview", args=[programme.slug]))
    assert "Is feedback heard?" in page.text and "0 of 1" in page.text


def test_changing_a_decision_keeps_its_links_unless_changed(manager_client, programme):
    decision = DecisionFactory(programme=programme)
    item = ItemFactory(programme=programme)
    decision.feedback.add(item)
    url = _url("decision_edit", programme, decision.pk)
    form = manager_client.get(url)
    assert f'value="{item.pk}"' in form.text and "checked" in form.text
    response = manager_client.post(
        url,
        {
            "group": decision.group.pk,
            "title": "Evening clinic on Thursdays and Fridays",
            "decided": decision.decided,
            "status": "agreed",
            "decided_on-day": "10",
            "decided_on-month": "11",
            "decided_on-year": "2026",
            "feedback": [item.pk],
        },
    )
    assert response.status_code == 302
    decision.refresh_from_db()
    assert decision.title == "Evening clinic on Thursdays and Fridays"
    assert list(decision.feedback.all()) == [item]
