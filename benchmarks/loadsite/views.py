"""The floor to compare against: a view that does nothing but insert one row.

It goes through the same middleware (sessions, CSRF, CSP...) as the feedback form, and
its client does the same GET-then-POST, so the difference is the feedback view's own work.
"""

from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token

BARE_TABLE = "bench_bare_insert"


def bare_insert(request, round_name):
    """GET: a token to post with. POST: insert one row (round_name only names the round)."""
    if request.method != "POST":
        token = get_token(request)
        return HttpResponse(
            f'<form method="post"><input name="csrfmiddlewaretoken" value="{token}"></form>'
        )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {BARE_TABLE} (text) VALUES (%s)",
            [request.POST.get("text", "")],
        )
    return HttpResponseRedirect(request.path)
