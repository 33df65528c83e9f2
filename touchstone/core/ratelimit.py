"""Count attempts in a time window, to slow down guessing and email bombing.

Uses the default cache: per process in local settings, shared between processes and
machines when REDIS_URL is set.
"""

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
    """Return the address a request came from (behind our proxy, the first forwarded one)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")
