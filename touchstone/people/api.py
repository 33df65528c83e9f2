"""API for people, organisations and memberships."""

from ninja import Router

router = Router(tags=["people"])
