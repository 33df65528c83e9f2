"""Email action owners a reminder before their due date and after it passes.

Run once a day (cron or a scheduler): each reminder is sent once, however often it runs.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from touchstone.feedback.actions import reminders_send


class Command(BaseCommand):
    help = "Email reminders for actions due soon and actions overdue."

    def handle(self, *args, **options):
        sent = reminders_send(base_url=settings.SITE_URL)
        self.stdout.write(
            f"Sent {sent['before']} reminder(s) before the due date and {sent['after']} after it."
        )
