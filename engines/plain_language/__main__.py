"""Check documents for jargon, labels and hard reading from the command line, like a linter.

    python -m engines.plain_language FILE... [--format text|json] [--fail-on high|medium|low]
                                     [--terms TERMS.csv]

Prints one line per finding as `file:line:col rule message`, or a JSON list of reports.
Exit status: 0 when nothing reaches the --fail-on severity (default high), 1 when
something does, 2 when a file cannot be read (with a one-line reason), so a team's own
document pipeline can stop on a paper that would shut lay partners out. --terms adds a
programme's own jargon from a CSV file with a header row `term,plain`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence

from .checker import check
from .documents import read
from .report import SEVERITIES, PlainLanguageError, Report
from .serialise import report_to_dict
from .text import line_and_column

EXIT_CLEAR, EXIT_FOUND, EXIT_BAD_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Check each file named, print what was found, and return the exit status."""
    args = _parser().parse_args(argv)
    try:
        terms = read_terms(args.terms) if args.terms else None
    except PlainLanguageError as error:
        print(f"{args.terms}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    status = EXIT_CLEAR
    results = []
    for path in args.files:
        try:
            report = check(read(path), extra_terms=terms)
        except PlainLanguageError as error:
            print(f"{path}: {error}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        if report.at_or_above(args.fail_on) and status == EXIT_CLEAR:
            status = EXIT_FOUND
        if args.format == "json":
            results.append(report_to_dict(report, path))
        elif report.nothing_to_check:
            print(f"{path}: nothing to check")
        else:
            for line in lines(path, report):
                print(line)
    if args.format == "json":
        print(json.dumps(results, indent=2, ensure_ascii=False))
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m engines.plain_language",
        description="Check writing for jargon, labels and hard reading.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help=".txt, .md, .html or .docx")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        default="high",
        help="exit 1 when a finding at or above this severity exists (default: high)",
    )
    parser.add_argument(
        "--terms", metavar="TERMS.csv", help="your own jargon: a CSV file with columns term,plain"
    )
    return parser


def read_terms(path: str) -> dict[str, str]:
    """Return a programme's own terms from a CSV file with the columns term and plain."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise PlainLanguageError(f"Cannot read the terms file ({error}).") from error
    if not {"term", "plain"} <= set(reader.fieldnames or ()):
        raise PlainLanguageError("The terms file needs a header row with term and plain.")
    return {row["term"]: row["plain"] or "" for row in rows if (row["term"] or "").strip()}


def lines(path: str, report: Report) -> list[str]:
    """Return the findings as linter lines: file:line:col rule message."""
    out = []
    for finding in report.findings:
        line, column = line_and_column(report.text, finding.start)
        hint = f" Try: {finding.suggestion}" if finding.suggestion else ""
        out.append(f"{path}:{line}:{column} {finding.rule} {finding.message}{hint}")
    return out


if __name__ == "__main__":
    sys.exit(main())
