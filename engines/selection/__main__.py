"""Select a panel by LEXIMIN lottery from CSV files on the command line.

    python -m engines.selection --quotas features.csv --pool candidates.csv --k 22 --seed N
        [--out DIR] [--household-column COLUMN] [--seated ID,ID] [--id-column COLUMN]
        [--features NAME,NAME]

Writes panel.csv, reserves.csv (in order) and probabilities.csv to DIR (default: the
current folder). With --features, only those features' quotas count; the files may hold
others, which are then ignored. Reserves are in quota-aware order. Exit status 0 on
success, 2 when the input is unusable or the quotas cannot be met, with the reason on one
line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .draw import draw
from .errors import SelectionError
from .files import read_pool, read_quotas, write_selection
from .leximin import leximin
from .problem import counted

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Read the files, build the lottery, draw the panel and write the results."""
    args = _parser().parse_args(argv)
    try:
        chosen = [f.strip() for f in args.features.split(",")] if args.features else None
        quotas = counted(read_quotas(args.quotas), chosen)
        features = list(dict.fromkeys(q.feature for q in quotas))
        pool = read_pool(args.pool, features, args.id_column, args.household_column)
        seated = [s.strip() for s in args.seated.split(",") if s.strip()] if args.seated else []
        lottery = leximin(
            pool,
            quotas,
            args.k,
            seated=seated,
            one_per_household=args.household_column is not None,
        )
        selection = draw(lottery, args.seed, quotas=quotas, pool=pool)
        write_selection(selection, args.out)
    except SelectionError as error:
        print(f"selection: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_BAD_INPUT
    lowest = lottery.minimum_probability
    odds = f", about 1 in {round(1 / lowest)}" if lowest > 0 else ""
    print(
        f"Selected {len(selection.panel)} of {len(pool)} with seed {args.seed} "
        f"(panel {selection.panel_index + 1} of {len(lottery.panels)} in the lottery). "
        f"Everyone in the pool had at least a {lowest:.4f} chance{odds}. "
        f"Wrote panel.csv, reserves.csv and probabilities.csv to {args.out}."
    )
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    parser = argparse.ArgumentParser(
        prog="python -m engines.selection",
        description="Select a panel fairly: every volunteer as equal a chance as quotas allow.",
    )
    parser.add_argument("--quotas", type=Path, required=True, help="features.csv or categories.csv")
    parser.add_argument(
        "--pool", type=Path, required=True, help="candidates.csv or respondents.csv"
    )
    parser.add_argument("--k", type=int, required=True, help="how many people to select")
    parser.add_argument("--seed", type=int, required=True, help="the published random seed")
    parser.add_argument("--out", type=Path, default=Path("."), help="folder for the CSV files")
    parser.add_argument("--id-column", help="the pool's id column (default: nationbuilder_id)")
    parser.add_argument("--household-column", help="at most one person per value of this column")
    parser.add_argument("--seated", help="ids of people already seated who must stay")
    parser.add_argument(
        "--features", help="count only these features' quotas (comma-separated names)"
    )
    return parser


if __name__ == "__main__":
    sys.exit(main())
