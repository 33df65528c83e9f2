"""The public pages: giving feedback through an event's link, and 'you said, we did'."""

import pytest
from django.test import Client
from django.urls import reverse

from touchstone.feedback import public_views, services
from touchstone.feedback.choices import FeedbackStatus, Outcome, Visibility
from touchstone.feedback.models import FeedbackItem, ResultsPage

from .factories import EventFactory, ItemFactory

pytestmark = pytest.mark.django_db


def _send(client, event, **data):
    return client.post(
        reverse("give:form", args=[event.code]),
        {"text": "The stairs are hard.", "giver_kind": "public", "submission_key": "abc"} | data,
    )


def test_a_member_of_the_public_gives_feedback_without_an_account(client, programme):
    event = EventFactory(programme=programme, question="What would help?")
    page = client.get(reverse("give:form", args=[event.code]))
    assert page.status_code == 200 and "What would help?" in page.text
    assert 'name="submission_key"' in page.text
    response = _send(client, event)
    assert response.status_code == 302
    assert response["Location"] == reverse("give:thanks", args=[event.code])
    assert FeedbackItem.objects.get().text == "The stairs are hard."


def test_a_double_tap_stores_one_item_and_shows_thanks_both_times(client, programme):
    event = EventFactory(programme=programme)
    assert _send(client, event).status_code == 302
    assert _send(client, event).status_code == 302
    assert FeedbackItem.objects.count() == 1


def test_feedback_is_shown_escaped_never_as_html(client, programme, manager_client):
    event = EventFactory(programme=programme)
    _send(client, event, text="<script>alert(1)</script>")
    item = FeedbackItem.objects.get()
    page = manager_client.get(item.get_absolute_url())
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_empty_feedback_gets_a_clear_message_and_nothing_is_stored(client, programme):
    event = EventFactory(programme=programme)
    response = _send(client, event, text="")
    assert response.status_code == 400
    assert "Enter your feedback." in response.text
    assert not FeedbackItem.objects.exists()


def test_too_many_sends_from_one_address_are_refused_clearly(client, programme, monkeypatch):
    monkeypatch.setattr(public_views, "SENDS_PER_HOUR", 2)
    event = EventFactory(programme=programme)
    for n in range(2):
        assert _send(client, event, submission_key=f"k{n}").status_code == 302
    response = _send(client, event, submission_key="k3")
    assert response.status_code == 429
    assert "Please try again in an hour" in response.text
    assert FeedbackItem.objects.count() == 2


def test_an_unknown_link_says_so(client, db):
    response = client.get(reverse("give:form", args=["nope99"]))
    assert response.status_code == 404
    assert "There is no event at this link" in response.text


def test_a_closed_event_says_it_has_closed_and_takes_nothing(client, programme):
    event = EventFactory(programme=programme, is_open=False)
    assert "This event has closed" in client.get(reverse("give:form", args=[event.code])).text
    response = _send(client, event)
    assert response.status_code == 400
    assert "stopped taking feedback" in response.text
    assert not FeedbackItem.objects.exists()


def test_closing_an_event_stops_its_link_at_once_though_people_just_opened_it(
    client, programme, manager, django_capture_on_commit_callbacks
):
    event = EventFactory(programme=programme)
    assert "This event has closed" not in client.get(event.public_path()).text
    with django_capture_on_commit_callbacks(execute=True):
        services.event_set_open(actor=manager, event=event, is_open=False)
    assert "This event has closed" in client.get(event.public_path()).text
    assert _send(client, event).status_code == 400
    assert not FeedbackItem.objects.exists()


def test_the_public_results_page_exists_only_once_published(client, programme):
    ItemFactory(
        programme=programme,
        text="Please phone, do not write.",
        visibility=Visibility.PUBLIC,
        status=FeedbackStatus.RESPONDED,
        outcome=Outcome.CHANGED,
        response="We now phone first.",
    )
    url = reverse("give:results", args=[programme.slug])
    assert client.get(url).status_code == 404
    ResultsPage.objects.create(programme=programme, is_published=True)
    page = client.get(url)
    assert page.status_code == 200
    assert "Please phone, do not write." in page.text and "We now phone first." in page.text


def test_going_back_and_sending_the_same_words_again_stores_one_item(client, programme):
    event = EventFactory(programme=programme)
    client.get(reverse("give:form", args=[event.code]))  # sets the browser's cookie
    assert _send(client, event, submission_key="first-form").status_code == 302
    assert _send(client, event, submission_key="form-after-going-back").status_code == 302
    assert _send(client, event, text="Something else.", submission_key="k3").status_code == 302
    assert FeedbackItem.objects.count() == 2


def test_the_same_words_from_two_people_are_both_kept(programme):
    event = EventFactory(programme=programme)
    for key in ("phone-a", "phone-b"):
        browser = Client()
        browser.get(reverse("give:form", args=[event.code]))
        _send(browser, event, submission_key=key)
    assert FeedbackItem.objects.count() == 2
