"""Load the demo programme, Better Together, so there is something to look at and test."""

import time

from django.core.management.base import BaseCommand, CommandError

from touchstone.nonprod.demo import DemoError, demo_summary, load_demo, reset_demo


class Command(BaseCommand):
    help = (
        "Load the fictional demo programme and its two sign-in identities. Running it again "
        "changes nothing; use --reset to delete the demo programme and load it afresh."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo programme (and the people and organisations only it used) "
            "before loading it again.",
        )

    def handle(self, *args, reset: bool = False, **options):
        began = time.perf_counter()
        if reset and reset_demo():
            self.stdout.write("Deleted the demo programme.")
        try:
            programme, created = load_demo()
        except DemoError as error:
            raise CommandError(str(error)) from error
        if created:
            seconds = time.perf_counter() - began
            self.stdout.write(self.style.SUCCESS(f"Loaded the demo programme in {seconds:.1f}s."))
        else:
            self.stdout.write(
                "The demo programme is already loaded; nothing was changed. "
                "Use --reset to load it afresh."
            )
        for line in demo_summary(programme):
            self.stdout.write(line)
