"""Redact a CSV column, or score the engine on a labelled set, from the command line.

    python -m engines.redaction IN.csv --text-column COL [--output OUT.csv]
                                [--max-chars N] [--resume]
    python -m engines.redaction evaluate [LABELLED.jsonl]

Without --output the redacted CSV goes to standard output. A summary goes to standard
error. Exit status 0 when done, 2 with a one-line reason when the input cannot be used.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .csvfile import MAX_CHARS, redact_file
from .evaluate import LABELLED, report
from .spans import TYPES, RedactionError

EXIT_BAD_INPUT = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command named in argv and return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ["evaluate"]:
            return _evaluate(args[1:])
        return _redact(args)
    except RedactionError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_INPUT


def _evaluate(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m engines.redaction evaluate",
        description="Precision and recall per type on a labelled JSONL file.",
    )
    parser.add_argument("labelled", nargs="?", type=Path, default=LABELLED)
    path = parser.parse_args(args).labelled
    here = Path(__file__).parent / path
    if not path.is_file() and here.is_file():
        path = here  # "data/labelled.jsonl" names the engine's own set from anywhere
    if not path.is_file():
        raise RedactionError(f"There is no labelled file {path}.")
    print(report(path))
    return 0


def _redact(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m engines.redaction",
        description="Replace personal data in one column of a CSV file with [TYPE] "
        "placeholders and add a 'redactions' count column.",
    )
    parser.add_argument("input", type=Path, help="the CSV file to read (UTF-8)")
    parser.add_argument("--text-column", required=True, help="the column holding the text")
    parser.add_argument("--output", type=Path, help="where to write (default: standard output)")
    parser.add_argument(
        "--max-chars",
        type=int,
        default=MAX_CHARS,
        help=f"cut longer comments to this many characters (default {MAX_CHARS:,})",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="carry on from OUTPUT.partial left by a run that stopped part-way",
    )
    options = parser.parse_args(args)
    if options.max_chars < 1:
        raise RedactionError("--max-chars must be at least 1.")
    if options.resume and options.output is None:
        raise RedactionError("--resume needs --output: there is nothing to resume on screen.")
    began = time.perf_counter()
    tally = redact_file(
        options.input,
        options.text_column,
        options.output,
        max_chars=options.max_chars,
        resume=options.resume,
    )
    seconds = time.perf_counter() - began
    found = ", ".join(f"{tally.found[kind]} {kind}" for kind in TYPES if tally.found[kind])
    notes = [f"{tally.rows:,} rows redacted in {seconds:.1f} s ({found or 'nothing found'})"]
    if tally.resumed:
        notes.append(f"{tally.resumed:,} rows already done were kept")
    if tally.blank_lines:
        notes.append(f"{tally.blank_lines:,} blank lines left out")
    if tally.cut:
        notes.append(f"{tally.cut:,} comments cut to {options.max_chars:,} characters")
    print("; ".join(notes) + ".", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
