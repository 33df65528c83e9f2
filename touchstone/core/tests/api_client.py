"""A test client for the API that behaves like a script: a bearer token and JSON bodies."""

import json

from django.test import Client

from touchstone.accounts.services import api_token_create


class ApiClient:
    """Send requests under `base` with a bearer token, as a machine client would."""

    def __init__(self, client: Client, key: str | None, base: str):
        self.client = client
        self.base = base
        self.headers = {"Authorization": f"Bearer {key}"} if key else {}

    def get(self, path: str = "", **params):
        return self.client.get(self.base + path, params, headers=self.headers)

    def send(self, method: str, path: str, body):
        data = body if isinstance(body, (str, bytes)) else json.dumps(body)
        return getattr(self.client, method)(
            self.base + path, data=data, content_type="application/json", headers=self.headers
        )

    def post(self, path: str, body):
        return self.send("post", path, body)

    def patch(self, path: str, body):
        return self.send("patch", path, body)


def client_as(user, base: str) -> ApiClient:
    """Return an API client acting as a user through a fresh token."""
    _, key = api_token_create(actor=user, name="Test script")
    return ApiClient(Client(), key, base)
