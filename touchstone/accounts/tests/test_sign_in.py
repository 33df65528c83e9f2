"""Signing in: emailed one-time links for lay partners, passwords for staff."""

import re

import pytest
from django.core import mail

from touchstone.core.tests import factories


@pytest.fixture
def lay_user(db):
    return factories.UserFactory(email="ada@example.org", full_name="Ada Lay", password=None)


@pytest.fixture
def request_link(client, django_capture_on_commit_callbacks):
    """Ask for a link as a person would, and return the path the email holds."""

    def ask(email):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/accounts/sign-in/", {"email": email})
        assert response["Location"] == "/accounts/sign-in/check-your-email/"
        return re.search(r"http://testserver(/accounts/sign-in/link/\S+)", mail.outbox[-1].body)[1]

    return ask


def test_lay_partner_signs_in_with_an_emailed_link(client, lay_user, request_link):
    link = request_link("Ada@Example.org")
    assert mail.outbox[-1].to == ["ada@example.org"]
    assert "Sign in as Ada Lay" in client.get(link).content.decode()
    response = client.post(link)
    assert response["Location"] == "/programmes/"
    assert client.get("/programmes/").wsgi_request.user == lay_user


def test_a_sign_in_link_works_only_once(client, lay_user, request_link):
    link = request_link("ada@example.org")
    client.post(link)
    client.logout()
    response = client.post(link)
    assert response.status_code == 400
    assert "This sign-in link does not work" in response.content.decode()


def test_an_old_sign_in_link_no_longer_works(client, lay_user, settings, request_link):
    link = request_link("ada@example.org")
    settings.MAGIC_LINK_MAX_AGE = -1
    assert client.post(link).status_code == 400


def test_unknown_address_gets_the_same_answer_and_no_email(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/sign-in/", {"email": "nobody@example.org"})
    assert response["Location"] == "/accounts/sign-in/check-your-email/"
    assert mail.outbox == []


def test_invalid_email_shows_a_clear_message(client, db):
    page = client.post("/accounts/sign-in/", {"email": "not-an-email"}).content.decode()
    assert "Enter an email address like name@example.com." in page


def test_staff_sign_in_with_a_password(client, manager):
    response = client.post(
        "/accounts/sign-in/password/",
        {"email": "manager@example.org", "password": "correct-horse-battery"},
    )
    assert response["Location"] == "/programmes/"


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(client, manager):
    page = client.post(
        "/accounts/sign-in/password/", {"email": "manager@example.org", "password": "wrong"}
    ).content.decode()
    assert "The email address or password is not right." in page


def test_sign_in_redirect_refuses_other_sites(client, manager):
    response = client.post(
        "/accounts/sign-in/password/?next=https://evil.example.com/",
        {"email": "manager@example.org", "password": "correct-horse-battery"},
    )
    assert response["Location"] == "/programmes/"


def test_sign_out_needs_a_post(manager_client):
    assert manager_client.get("/accounts/sign-out/").status_code == 405
    assert manager_client.post("/accounts/sign-out/")["Location"] == "/accounts/sign-in/"


def test_staff_create_an_api_token_shown_once(manager_client, manager):
    page = manager_client.post("/accounts/api-tokens/", {"name": "Reports"}).content.decode()
    secret = re.search(r'<code id="new-token">(ts_[^<]+)</code>', page)[1]
    stored = manager.api_tokens.get()
    assert stored.name == "Reports"
    assert secret not in stored.key_hash
    assert "ts_" not in manager_client.get("/accounts/api-tokens/").content.decode()


def test_staff_cannot_sign_in_by_emailed_link(client, manager, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/sign-in/", {"email": "manager@example.org"})
    assert response["Location"] == "/accounts/sign-in/check-your-email/"
    assert mail.outbox == []


def test_asking_for_links_again_and_again_is_slowed_down(
    client, lay_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            client.post("/accounts/sign-in/", {"email": "ada@example.org"})
        response = client.post("/accounts/sign-in/", {"email": "ada@example.org"})
    assert response.status_code == 429
    assert "You have tried too many times" in response.content.decode()
    assert len(mail.outbox) == 5


def test_password_guessing_is_slowed_down_even_with_the_right_password(client, manager):
    for _ in range(10):
        client.post(
            "/accounts/sign-in/password/", {"email": "manager@example.org", "password": "wrong"}
        )
    response = client.post(
        "/accounts/sign-in/password/",
        {"email": "manager@example.org", "password": "correct-horse-battery"},
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_revoked_token_stops_working_at_once(manager_client, manager):
    from django.test import Client

    from touchstone.accounts.services import api_token_create

    client = Client()  # a machine client with no session: only the token speaks for it
    token, secret = api_token_create(actor=manager, name="Reports")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    assert client.get("/api/v1/programmes", **auth).status_code == 200
    page = manager_client.post(
        "/accounts/api-tokens/", {"action": "revoke", "token": token.pk}, follow=True
    ).content.decode()
    assert "Reports" in page
    assert "no longer works." in page
    assert client.get("/api/v1/programmes", **auth).status_code == 401


def test_nobody_can_revoke_someone_elses_token(manager_client, outsider):
    from touchstone.accounts.services import api_token_create

    token, _ = api_token_create(actor=outsider, name="Theirs")
    manager_client.post("/accounts/api-tokens/", {"action": "revoke", "token": token.pk})
    token.refresh_from_db()
    assert token.revoked_at is None
