"""Count attempts in a time window, to slow down guessing and email bombing.

Uses the default cache: per process in local settings, shared between processes and
machines when REDIS_URL is set.
"""

from django.conf import settings
from django.core.cache import cache


def allow(key: str, *, limit: int, window: int) -> bool:
    """Count one attempt against `key`; say whether it is within `limit` per `window` seconds."""
    cache_key = f"ratelimit:{key}"
    if cache.add(cache_key, 1, timeout=window):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        return True
    return count <= limit


def client_address(request) -> str:
    """Return the address a request came from, as our own proxies saw it.

    X-Forwarded-For is a list anyone can start, so only the entries our proxies added
    (the last TRUSTED_PROXIES of them) are believed; with none, the connection's address.
    """
    trusted = settings.TRUSTED_PROXIES
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [a for a in forwarded if a]
    if trusted and forwarded:
        return forwarded[-min(trusted, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")
