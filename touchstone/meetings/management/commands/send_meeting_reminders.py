"""Email everyone invited to a meeting in the next two days a reminder.

Run it every hour or so (cron or a scheduler): each person is reminded once per meeting.
"""

from django.core.management.base import BaseCommand

from touchstone.meetings.notices import reminders_send


class Command(BaseCommand):
    help = "Email reminders for meetings in the next two days."

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {reminders_send()} meeting reminder(s).")
