"""Rate limits see the address our own proxies saw, never one a client made up."""

from django.test import RequestFactory

from touchstone.core.ratelimit import client_address


def _request(forwarded: str):
    return RequestFactory().get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.1")


def test_with_no_trusted_proxy_the_connection_address_counts(settings):
    settings.TRUSTED_PROXIES = 0
    assert client_address(_request("1.2.3.4")) == "10.0.0.1"


def test_behind_one_proxy_the_address_it_appended_counts_not_a_made_up_one(settings):
    settings.TRUSTED_PROXIES = 1
    assert client_address(_request("6.6.6.6, 203.0.113.9")) == "203.0.113.9"


def test_a_missing_header_falls_back_to_the_connection(settings):
    settings.TRUSTED_PROXIES = 1
    assert client_address(_request("")) == "10.0.0.1"
