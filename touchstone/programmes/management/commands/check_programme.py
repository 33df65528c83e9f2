"""Run the co-production checks on one programme, for scripts, CI and cron.

Exit status: 0 when nothing must be fixed, 1 when a blocking finding exists, 2 when
there is no programme with that slug. The command runs with the server's own rights,
so it reads the programme directly rather than through a person's view of it.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from engines.coproduction import findings_to_dicts
from touchstone.programmes.adapters import findings_for, has_blocking
from touchstone.programmes.models import Programme


class Command(BaseCommand):
    help = (
        "Print a programme's co-production findings, one per line. Exits 1 when any "
        "finding must be fixed, 2 when the programme does not exist, 0 otherwise."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The programme's address, as in /programmes/<slug>/.")
        parser.add_argument(
            "--format",
            choices=("text", "json"),
            default="text",
            help="text: one finding per line (the default); json: one object for machines.",
        )

    def handle(self, *args, **options):
        slug = options["slug"]
        programme = Programme.objects.filter(slug=slug).first()
        if programme is None:
            raise CommandError(f"There is no programme with the slug '{slug}'.", returncode=2)
        findings = findings_for(programme)
        blocking = has_blocking(findings)
        if options["format"] == "json":
            self.stdout.write(
                json.dumps(
                    {
                        "programme": programme.slug,
                        "name": programme.name,
                        "blocking": blocking,
                        "findings": findings_to_dicts(findings),
                    },
                    indent=2,
                )
            )
        else:
            for finding in findings:
                self.stdout.write(f"{finding.severity}\t{finding.code}\t{finding.message}")
            self.stderr.write(_summary(programme, findings))
        if blocking:
            sys.exit(1)


def _summary(programme: Programme, findings) -> str:
    """Say in one line how many findings there are, for a person reading the output."""
    if not findings:
        return f"{programme.name}: every check passes."
    must = sum(1 for f in findings if f.severity == "blocking")
    noun = "finding" if len(findings) == 1 else "findings"
    return f"{programme.name}: {len(findings)} {noun}, {must} of which must be fixed."
