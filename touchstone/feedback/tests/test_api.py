"""The feedback API, as a script or another system would use it; and the figures."""

import datetime

import pytest

from touchstone.core.tests.api_client import client_as
from touchstone.core.tests.factories import GroupFactory, PersonFactory
from touchstone.feedback import monitoring
from touchstone.feedback.models import FeedbackItem

from .factories import ActionFactory, DecisionFactory, ItemFactory

pytestmark = pytest.mark.django_db


def api(user, programme):
    return client_as(user, f"/api/v1/programmes/{programme.slug}")


def _feedback(**changes):
    return {
        "text": "The phone line is always engaged.",
        "source": "phone",
        "received_on": "2026-11-02",
        "giver_kind": "public",
        "submission_key": "call-17",
    } | changes


def test_staff_enter_feedback_and_a_repeat_key_returns_the_first(manager, programme):
    first = api(manager, programme).post("/feedback", _feedback())
    assert first.status_code == 201, first.json()
    again = api(manager, programme).post("/feedback", _feedback())
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    assert FeedbackItem.objects.count() == 1


def test_bad_feedback_is_refused_with_the_field_named(manager, programme):
    response = api(manager, programme).post("/feedback", _feedback(text="", submission_key=""))
    assert response.status_code == 422
    assert not FeedbackItem.objects.exists()


def test_members_cannot_enter_feedback_and_outsiders_cannot_see_it(member, outsider, programme):
    assert api(member, programme).post("/feedback", _feedback()).status_code == 403
    assert api(outsider, programme).get("/feedback").status_code == 404


def test_the_whole_chain_through_the_api(manager, programme):
    group = GroupFactory(programme=programme)
    lay = PersonFactory(programmes=[programme], kind="lay_partner")
    item = api(manager, programme).post("/feedback", _feedback()).json()
    decision = api(manager, programme).post(
        "/decisions",
        {
            "group": group.pk,
            "title": "A call-back service",
            "decided": "Offer call-backs instead of queueing.",
            "status": "agreed",
            "decided_on": "2026-11-10",
            "feedback": [item["id"]],
            "lay_contributors": [lay.pk],
        },
    )
    assert decision.status_code == 201, decision.json()
    responded = api(manager, programme).post(
        f"/feedback/{item['id']}/response",
        {"outcome": "changed", "response": "We started call-backs in December."},
    )
    assert responded.json()["status"] == "responded"
    assert responded.json()["decisions"] == [decision.json()["id"]]
    figures = api(manager, programme).get("/feedback-figures").json()
    assert figures["responded"] == 1 and figures["share_responded"] == 1.0
    assert figures["decisions_with_lay_input"] == 1


def test_decisions_refuse_feedback_from_elsewhere(manager, programme, other_programme):
    group = GroupFactory(programme=programme)
    foreign = ItemFactory(programme=other_programme)
    response = api(manager, programme).post(
        "/decisions",
        {
            "group": group.pk,
            "title": "x",
            "decided": "y",
            "decided_on": "2026-11-10",
            "feedback": [foreign.pk],
        },
    )
    assert response.status_code == 400
    assert "not in this programme" in response.json()["detail"]


def test_overdue_actions_are_listed(manager, programme):
    ActionFactory(programme=programme, due_on=datetime.date(2020, 1, 1))
    ActionFactory(programme=programme, due_on=datetime.date(2099, 1, 1))
    overdue = api(manager, programme).get("/actions?overdue=true").json()
    assert len(overdue) == 1 and overdue[0]["overdue"] is True


def test_figures_count_median_days_and_lay_input(programme):
    received = datetime.date(2026, 11, 1)
    for days in (2, 4, 20):
        item = ItemFactory(programme=programme, received_on=received, status="responded")
        FeedbackItem.objects.filter(pk=item.pk).update(
            responded_at=datetime.datetime(2026, 11, 1 + days, 12, tzinfo=datetime.UTC)
        )
    ItemFactory(programme=programme)
    lay_item = ItemFactory(programme=programme, giver_kind="lay_partner")
    with_lay = DecisionFactory(programme=programme)
    with_lay.feedback.add(lay_item)
    DecisionFactory(programme=programme)
    DecisionFactory(programme=programme, status="superseded")  # not counted
    figures = monitoring.figures_for(programme, today=datetime.date(2026, 11, 22))
    assert (figures.feedback, figures.responded) == (5, 3)
    assert figures.median_days_to_response == 4
    assert (figures.decisions, figures.decisions_with_lay_input) == (2, 1)
