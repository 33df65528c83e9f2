"""Run in a subprocess with the benchmark settings: migrate, then make what the load needs.

Takes the names of the rounds as arguments: each round gets its own event, so rounds never
mix. Prints one JSON line: for each round, the code and id of its event.
"""

import datetime
import json
import sys

import django


def main() -> None:
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from touchstone.feedback.choices import Source
    from touchstone.feedback.models import FeedbackEvent
    from touchstone.programmes.models import Programme

    from .views import BARE_TABLE

    call_command("migrate", verbosity=0, interactive=False)
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {BARE_TABLE} (id bigserial PRIMARY KEY, text text NOT NULL)")
    programme = Programme.objects.create(
        slug="load-benchmark",
        name="Load benchmark programme",
        area="Loopback",
        purpose="Measure the public feedback form under load.",
        starts_on=datetime.date(2026, 1, 1),
    )
    events = [
        FeedbackEvent.objects.create(
            programme=programme,
            title=title,
            held_on=datetime.date(2026, 11, 20),
            source=Source.COMMUNITY_EVENT,
            question="What would make getting help easier?",
        )
        for title in sys.argv[1:]
    ]
    print(json.dumps({event.title: [event.code, event.pk] for event in events}))


if __name__ == "__main__":
    main()
