"""Run the co-production checks on a JSON snapshot from the command line.

Lets a programme be checked, tested and reproduced with no database:
    python -m engines.coproduction SNAPSHOT.json [--format text|json] [--as-of YYYY-MM-DD]
Exit status: 0 with no blocking findings, 1 with any, 2 when the input is unusable,
so a script or CI job can stop on a programme with no lay partners in the room.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .checks import check
from .findings import Finding, Severity
from .serialise import findings_to_dicts, snapshot_from_dict, thresholds_from_dict
from .snapshot import CoproductionError

EXIT_CLEAR, EXIT_BLOCKING, EXIT_BAD_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Check the snapshot named on the command line, print findings, return the exit status."""
    args = _parser().parse_args(argv)
    try:
        findings = _run(args.snapshot, args.as_of)
    except CoproductionError as error:
        return _fail(str(error))
    if args.format == "json":
        print(json.dumps(findings_to_dicts(findings), indent=2, ensure_ascii=False))
    else:
        for finding in findings:
            print(_line(finding))
    blocking = any(f.severity is Severity.BLOCKING for f in findings)
    return EXIT_BLOCKING if blocking else EXIT_CLEAR


def _parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    parser = argparse.ArgumentParser(
        prog="python -m engines.coproduction",
        description="Check that lay partners are in the room, at every level, from the start.",
    )
    parser.add_argument("snapshot", type=Path, help="JSON file shaped like a Snapshot")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--as-of",
        type=_date,
        metavar="YYYY-MM-DD",
        help="check the programme as on this day (default: the file's as_of, else today)",
    )
    return parser


def _date(text: str) -> datetime.date:
    """Return the date written as YYYY-MM-DD, or tell argparse what is wrong."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' should be a date such as 2026-03-10") from None


def _run(path: Path, as_of: datetime.date | None) -> tuple[Finding, ...]:
    """Read, parse and check the snapshot, raising CoproductionError for unusable input."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CoproductionError(f"cannot read {path}: {error.strerror or error}.") from error
    except UnicodeDecodeError as error:
        raise CoproductionError(f"{path} is not UTF-8 text.") from error
    except json.JSONDecodeError as error:
        raise CoproductionError(f"{path} is not valid JSON: {error}.") from error
    if not isinstance(data, dict):
        raise CoproductionError(f"{path} should hold one JSON object shaped like a snapshot.")
    if as_of is not None:
        data["as_of"] = as_of.isoformat()
    data.setdefault("as_of", datetime.date.today().isoformat())
    return check(snapshot_from_dict(data), thresholds_from_dict(data.get("thresholds")))


def _line(finding: Finding) -> str:
    """Return one finding as a line of text."""
    return (
        f"{finding.severity}  {finding.code}  {finding.subject_name}: "
        f"{finding.message} {finding.action}"
    )


def _fail(reason: str) -> int:
    """Print the reason on one line of standard error and return the bad-input status."""
    print(f"coproduction: {' '.join(reason.split())}", file=sys.stderr)
    return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
