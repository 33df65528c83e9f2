"""Propose a calendar from a JSON plan on the command line.

    python -m engines.scheduling plan.json [--format text|json|ics]

Prints the calendar: as text by design step, as JSON, or as iCalendar (.ics) to import into
a calendar app. Exit status 0 on success, 2 when the plan is unusable or its rules conflict,
with the reason (which rules clash) on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .build import propose
from .errors import SchedulingError
from .ics import as_ics
from .output import as_json, as_text
from .plan_json import plan_from_json

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        plan = plan_from_json(read_json(args.plan))
        calendar = propose(plan)
    except SchedulingError as error:
        print(f"scheduling: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "ics":
        sys.stdout.write(as_ics(calendar))  # CRLF line ends already, as RFC 5545 asks
    else:
        print(as_json(calendar) if args.format == "json" else as_text(calendar))
    return EXIT_OK


def read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SchedulingError(f"Cannot read the plan file {path}: {error.strerror}.") from error
    except json.JSONDecodeError as error:
        raise SchedulingError(
            f"The plan file {path} is not valid JSON (line {error.lineno}: {error.msg})."
        ) from error


def parser() -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(
        prog="python -m engines.scheduling",
        description="Propose a calendar of meetings for a co-design programme.",
    )
    result.add_argument("plan", type=Path, help="the plan as JSON")
    result.add_argument("--format", choices=("text", "json", "ics"), default="text")
    return result


if __name__ == "__main__":
    sys.exit(main())
