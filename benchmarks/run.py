"""Run the benchmarks, print their figures and record them in docs/benchmarks.md.

Usage: .venv/bin/python benchmarks/run.py [NAME ...]   (all of them when no name is given)

To add a benchmark, write a module in this folder with TITLE and a run() that returns a
report.Result, and list it in BENCHMARKS below.
"""

import argparse
import importlib
import sys
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the repository importable, then load this folder as a package.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.environment import django_for_benchmarks
from benchmarks.report import machine, machine_markdown, write_section

BENCHMARKS = {
    "overview": "benchmarks.overview",
    "plain_language": "benchmarks.plain_language",
    "redaction": "benchmarks.redaction",
    "selection": "benchmarks.selection",
    "themes": "benchmarks.themes",
    "feedback_load": "benchmarks.feedback_load",
    "scheduling": "benchmarks.scheduling",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"which benchmarks to run: {', '.join(BENCHMARKS)}"
    )
    parser.add_argument(
        "--no-write",
        action="store_true",
        help="print the figures but leave docs/benchmarks.md alone",
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(
            f"no benchmark called {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}"
        )
    failed = False
    with django_for_benchmarks():
        facts = machine()
        print(machine_markdown(facts), end="\n\n")
        for name in args.names or BENCHMARKS:
            module = importlib.import_module(BENCHMARKS[name])
            print(f"== {module.TITLE} ==")
            result = module.run()
            print("\n".join(result.lines), end="\n\n")
            failed = failed or not result.passed
            # A benchmark that could not run (no Markdown) leaves its section as it was.
            if not args.no_write and result.markdown:
                body = f"{result.markdown}\n\nMachine:\n\n{machine_markdown(facts)}\n"
                write_section(name, module.TITLE, body)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
