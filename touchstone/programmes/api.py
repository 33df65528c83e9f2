"""API for programmes, groups and co-production findings."""

from ninja import Router

router = Router(tags=["programmes"])
