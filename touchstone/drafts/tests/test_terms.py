"""A programme's own terms: who may add and remove them, and that the checker uses them."""

import pytest
from django.urls import reverse

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.drafts import services
from touchstone.drafts.models import ProgrammeTerm


def terms_url(programme) -> str:
    return reverse("drafts:programme_term_list", args=[programme.slug])


def remove_url(term) -> str:
    return reverse("drafts:programme_term_remove", args=[term.programme.slug, term.pk])


@pytest.fixture
def vanguard(programme, manager):
    return services.programme_term_add(
        actor=manager,
        programme=programme,
        term="vanguard site",
        plain_alternative="pilot area",
        note="Our name for the first three areas.",
    )


def test_manager_adds_a_term_and_the_change_is_audited(manager_client, manager, programme):
    response = manager_client.post(
        terms_url(programme), {"term": "vanguard site", "plain_alternative": "pilot area"}
    )
    assert response.status_code == 302
    term = ProgrammeTerm.objects.get(programme=programme)
    assert (term.term, term.plain_alternative) == ("vanguard site", "pilot area")
    entry = AuditEntry.objects.get(action="programme_term.add")
    assert entry.actor == manager and entry.programme == programme
    assert entry.changes["term"] == "vanguard site"
    html = manager_client.get(terms_url(programme)).content.decode()
    assert "&#39;vanguard site&#39; has been added to the list." in html


def test_member_sees_the_terms_but_cannot_add_one(member_client, member, programme, vanguard):
    html = member_client.get(terms_url(programme)).content.decode()
    assert "vanguard site" in html and "pilot area" in html
    assert "Add a term" not in html and "Remove" not in html
    response = member_client.post(terms_url(programme), {"term": "x", "plain_alternative": "y"})
    assert response.status_code == 403
    with pytest.raises(AccessDenied):
        services.programme_term_add(
            actor=member, programme=programme, term="hub", plain_alternative="centre"
        )
    assert ProgrammeTerm.objects.count() == 1


def test_outsider_cannot_see_the_terms(outsider_client, programme, vanguard):
    assert outsider_client.get(terms_url(programme)).status_code == 404
    assert outsider_client.post(remove_url(vanguard)).status_code == 404
    assert ProgrammeTerm.objects.count() == 1


def test_manager_removes_a_term_and_the_change_is_audited(manager_client, programme, vanguard):
    assert manager_client.post(remove_url(vanguard)).status_code == 302
    assert not ProgrammeTerm.objects.exists()
    entry = AuditEntry.objects.get(action="programme_term.remove")
    assert entry.changes["term"] == "vanguard site"


def test_member_cannot_remove_a_term(member_client, vanguard):
    assert member_client.post(remove_url(vanguard)).status_code == 403
    assert ProgrammeTerm.objects.count() == 1


def test_the_same_term_cannot_be_added_twice(manager_client, programme, vanguard):
    response = manager_client.post(
        terms_url(programme), {"term": "Vanguard Site", "plain_alternative": "pilot"}
    )
    assert "&#39;Vanguard Site&#39; is already on the list." in response.content.decode()
    assert ProgrammeTerm.objects.count() == 1


def test_empty_term_is_refused(manager, programme):
    with pytest.raises(ServiceError, match=r"Enter the term to look out for\."):
        services.programme_term_add(
            actor=manager, programme=programme, term="  ", plain_alternative="x"
        )


def test_a_programme_term_is_flagged_in_checked_text(member_client, programme, vanguard):
    response = member_client.post(
        reverse("drafts:writing_check", args=[programme.slug]),
        {"text": "Each vanguard site will report in June."},
    )
    html = response.content.decode()
    assert "<mark>vanguard site</mark>" in html
    assert "Try: pilot area" in html


def test_another_programmes_terms_are_not_used(outsider, other_programme, member_client, programme):
    services.programme_term_add(
        actor=outsider, programme=other_programme, term="vanguard site", plain_alternative="pilot"
    )
    response = member_client.post(
        reverse("drafts:writing_check", args=[programme.slug]),
        {"text": "Each vanguard site will report in June."},
    )
    assert "<mark>vanguard site</mark>" not in response.content.decode()
