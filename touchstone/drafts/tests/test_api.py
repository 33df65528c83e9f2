"""The writing-check API as a machine client uses it."""

import pytest

from touchstone.core.models import AuditEntry
from touchstone.core.tests.api_client import client_as
from touchstone.drafts.models import ProgrammeTerm

BASE = "/api/v1/programmes"


@pytest.fixture
def api_as(db):
    return lambda user: client_as(user, BASE)


def check_path(programme) -> str:
    return f"/{programme.slug}/writing-check"


def test_checking_text_returns_the_report(api_as, member, programme):
    response = api_as(member).post(check_path(programme), {"text": "Ask the ICB. It is late."})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["nothing_to_check"] is False
    finding = body["findings"][0]
    assert (finding["phrase"], finding["rule"], finding["line"]) == ("ICB", "acronym", 1)
    assert body["scores"]["acronym_count"] == 1
    assert "Flesch-Kincaid" in body["scores"]["formula"]


def test_programme_terms_round_trip_and_apply(api_as, manager, member, programme):
    api = api_as(manager)
    created = api.post(
        f"/{programme.slug}/writing-terms", {"term": "vanguard site", "plain_alternative": "pilot"}
    )
    assert created.status_code == 201, created.content
    term_id = created.json()["id"]
    listed = api_as(member).get(f"/{programme.slug}/writing-terms").json()
    assert listed == [
        {"id": term_id, "term": "vanguard site", "plain_alternative": "pilot", "note": ""}
    ]
    checked = api_as(member).post(check_path(programme), {"text": "Our vanguard site is ready."})
    assert [f["suggestion"] for f in checked.json()["findings"]] == ["pilot"]

    removed = api.client.delete(
        f"{BASE}/{programme.slug}/writing-terms/{term_id}", headers=api.headers
    )
    assert removed.status_code == 204
    assert not ProgrammeTerm.objects.exists()
    assert AuditEntry.objects.filter(action="programme_term.remove").count() == 1


def test_member_cannot_add_or_remove_terms(api_as, manager, member, programme):
    api = api_as(member)
    response = api.post(f"/{programme.slug}/writing-terms", {"term": "a", "plain_alternative": "b"})
    assert response.status_code == 403
    term = ProgrammeTerm.objects.create(programme=programme, term="hub", plain_alternative="centre")
    removed = api.client.delete(
        f"{BASE}/{programme.slug}/writing-terms/{term.pk}", headers=api.headers
    )
    assert removed.status_code == 403
    assert ProgrammeTerm.objects.count() == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "There is nothing to check"),
        ("   ", "There is nothing to check"),
        ("?!", "There is nothing to check"),
        ("word " * 40_001, "200000 characters"),
    ],
)
def test_empty_or_over_long_text_is_refused(api_as, member, programme, text, message):
    response = api_as(member).post(check_path(programme), {"text": text})
    assert response.status_code == 422
    assert message in " ".join(response.json()["errors"]["text"])


def test_outsiders_get_not_found(api_as, outsider, programme):
    api = api_as(outsider)
    assert api.post(check_path(programme), {"text": "Hello."}).status_code == 404
    assert api.get(f"/{programme.slug}/writing-terms").status_code == 404
    term = ProgrammeTerm.objects.create(programme=programme, term="hub", plain_alternative="centre")
    removed = api.client.delete(
        f"{BASE}/{programme.slug}/writing-terms/{term.pk}", headers=api.headers
    )
    assert removed.status_code == 404
