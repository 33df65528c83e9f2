"""The command line: classify, discover, evaluate and train.

    python -m engines.themes classify IN.csv --text-column COL [--output OUT.csv [--resume]]
                                      [--model M] [--rating-column COL] [--question-column COL]
                                      [--reading auto|fast|deep]
    python -m engines.themes discover IN.csv --text-column COL [--groups N]
                                      [--save-framework GROUPS.csv]
    python -m engines.themes evaluate [LABELLED.csv] [--text-column COL] [--model M]
                                      [--cross-validate] [--reading fast|deep]
    python -m engines.themes train [--framework CSV --text-column COL] [--output M]

Results go to standard output (or --output), a one-line summary to standard error. Exit
status 0 when done, 2 with a one-line reason when the input cannot be used.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from collections.abc import Sequence
from itertools import islice
from pathlib import Path

from engines.csvtext import partial_path, rows_done

from .context import Context
from .csvfile import MAX_CHARS, CommentFile, column_index
from .discover import as_framework_rows, discover
from .errors import ThemesError
from .evaluate import FOLDS, cross_validate, score_held_out
from .framework import NHS_TEXT, NHS_TRAINING, read_nhs, read_own
from .model import train
from .output import cells, columns
from .pipeline import CHUNK, DEEP_LIMIT, READINGS, StreamingClassifier, wants_deep
from .storage import NHS_MIN_EXAMPLES, cache_dir, default_model, default_path, load, save

EXIT_BAD_INPUT = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command named in argv and return the exit status."""
    parser = _parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return args.run(args)
    except ThemesError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_INPUT


def _classify(args) -> int:
    began = time.perf_counter()
    if args.chunk < 1 or args.max_chars < 1:
        raise ThemesError("--chunk and --max-chars must be at least 1.")
    if args.resume and args.output is None:
        raise ThemesError("--resume needs --output: there is nothing to resume on screen.")
    source = CommentFile(args.input, args.text_column, args.max_chars)
    try:
        at = [
            column_index(source.header, name, args.input) if name else None
            for name in (args.rating_column, args.question_column)
        ]
    except ThemesError:
        source.close()
        raise
    model = load(args.model) if args.model else default_model()
    if args.reading == "deep" and not model.reads_deeply:
        source.close()
        raise ThemesError(
            "This model has no deep reading (it was trained without the sentence encoder, "
            "or the encoder is not installed here): use --reading fast, or install the "
            "encoder and retrain."
        )
    deep = wants_deep(args.reading, _rows_up_to(args, DEEP_LIMIT + 1))
    streaming = StreamingClassifier(model, deep=deep)
    partial = partial_path(args.output) if args.output else None
    skip = rows_done(partial) if args.resume and partial and partial.exists() else 0
    with _open_output(partial, append=skip > 0) as output:
        writer = csv.writer(output, lineterminator="\n")
        if not skip:
            writer.writerow([*source.header, *columns(model.framework)])
        for rows in source.chunks(args.chunk, skip=skip):
            predicted = streaming.classify([row[source.at] for row in rows], _context(rows, at))
            for i, row in enumerate(rows):
                writer.writerow([*row, *cells(model.framework, predicted, i)])
    tally = streaming.tally
    if tally.rows + skip == 0:
        raise ThemesError(f"{args.input} has a header but no rows of comments.")
    if partial:
        os.replace(partial, args.output)
    resumed = f"{skip:,} rows kept from the stopped run; " if skip else ""
    reading = "deep" if streaming.deep else "fast"
    print(
        f"Classified {tally.rows:,} rows ({resumed}{tally.classified:,} distinct comments, "
        f"{tally.duplicates:,} repeats counted back; {source.blank_lines:,} blank lines "
        f"skipped) in {time.perf_counter() - began:.1f} s, {reading} reading.",
        file=sys.stderr,
    )
    return 0


def _rows_up_to(args, limit: int) -> int:
    """Count the file's rows of comments, stopping at limit (all a choice of reading needs)."""
    if args.reading != "auto":
        return 0
    counting = CommentFile(args.input, args.text_column, args.max_chars)
    try:
        return sum(1 for _ in islice(counting.rows(), limit))
    finally:
        counting.close()


def _context(rows: list[list[str]], at: list[int | None]) -> Context | None:
    """Return the chunk's rating and question cells, or None when neither column was named."""
    if at == [None, None]:
        return None
    rating, question = ([row[i] if i is not None else "" for row in rows] for i in at)
    return Context.read(rating, question)


def _discover(args) -> int:
    source = CommentFile(args.input, args.text_column, args.max_chars)
    texts = [row[source.at] for row in source.rows()]
    if args.groups is not None and args.groups < 1:
        raise ThemesError("--groups must be at least 1.")
    groups = discover(texts, args.groups)
    if args.save_framework:
        header, rows = as_framework_rows(groups)
        with args.save_framework.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows([header, *rows])
        print(
            f"Saved the groups as a framework to {args.save_framework}: rename or merge "
            "columns there, then: python -m engines.themes train --framework "
            f"{args.save_framework} --text-column text",
            file=sys.stderr,
        )
    for i, group in enumerate(groups):
        print(f"{i}. {group.name} ({group.size:,} comments)")
        print(f"   key phrases: {', '.join(group.phrases)}")
        for quote in group.quotes:
            print(f"   - {' '.join(quote.split())[:200]}")
    return 0


def _evaluate(args) -> int:
    """Cross-validate on the file, or score a trained model on it where it is a held-out part.

    An NHS-layout file other than the training file is held out: the NHS model (trained
    on the training file) scores it, unless --cross-validate asks to learn from it instead.
    """
    path = args.labelled or NHS_TRAINING
    own = bool(args.text_column and args.text_column != NHS_TEXT)
    examples = read_own(path, args.text_column) if own else read_nhs(path)
    deep = args.reading == "deep"
    validating = not args.model and (own or args.cross_validate or _same_file(path, NHS_TRAINING))
    if args.folds is not None and not validating:
        why = (
            "with --model, that model is scored on the file as it is"
            if args.model
            else "this file is scored as held out by the NHS model; add --cross-validate "
            "to learn from the file instead"
        )
        raise ThemesError(f"--folds applies to cross-validation only: {why}.")
    if args.model:
        quality = score_held_out(load(args.model), examples, deep=deep)
    elif validating:
        quality = cross_validate(examples, args.folds or FOLDS, deep=deep)
    else:
        training = set(read_nhs(NHS_TRAINING).texts)
        seen = sum(text in training for text in examples.texts)
        quality = score_held_out(default_model(), examples, seen, deep=deep)
    print("\n".join(quality.lines()))
    return 0


def _folds(value: str) -> int:
    """Return a number of folds for argparse, refusing what cannot cross-validate."""
    if not value.isdigit() or int(value) < 2:
        raise argparse.ArgumentTypeError(f"needs a whole number of 2 or more, not {value!r}")
    return int(value)


def _same_file(path: Path, other: Path) -> bool:
    return path.resolve() == other.resolve() or path.read_bytes() == other.read_bytes()


def _train(args) -> int:
    began = time.perf_counter()
    if args.framework is None:
        target = args.output or default_path()
        model = train(read_nhs(NHS_TRAINING), min_examples=NHS_MIN_EXAMPLES)
    else:
        if not args.text_column:
            raise ThemesError("--framework needs --text-column naming the column of comments.")
        target = args.output or cache_dir() / f"{args.framework.stem}.joblib"
        model = train(read_own(args.framework, args.text_column))
    save(model, target)
    print(
        f"Trained {model.framework.name} ({len(model.framework.themes)} themes, "
        f"{model.examples:,} comments) in {time.perf_counter() - began:.1f} s; saved to {target}.",
        file=sys.stderr,
    )
    return 0


def _open_output(path: Path | None, append: bool = False):
    if path is None:
        return _Unclosed(sys.stdout)
    return path.open("a" if append else "w", encoding="utf-8", newline="")


class _Unclosed:
    """Standard output used in a with-block without closing it."""

    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self.stream

    def __exit__(self, *exc):
        self.stream.flush()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m engines.themes",
        description="Themes and sentiment in free-text feedback, offline.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    classify = commands.add_parser("classify", help="add theme and sentiment columns to a CSV")
    classify.add_argument("input", type=Path)
    classify.add_argument("--text-column", required=True)
    classify.add_argument("--output", type=Path, help="where to write (default: standard output)")
    classify.add_argument("--model", type=Path, help="a saved model (default: the NHS model)")
    classify.add_argument(
        "--rating-column",
        help="the rating each person gave (e.g. the FFT answer, 1 very good .. 5 very poor)",
    )
    classify.add_argument(
        "--question-column", help="the question each comment answers, e.g. 'What was good?'"
    )
    classify.add_argument(
        "--reading",
        choices=READINGS,
        default="auto",
        help=f"deep reads each comment whole (better, slower); auto: deep to {DEEP_LIMIT:,} rows",
    )
    classify.add_argument("--chunk", type=int, default=CHUNK, help="rows per chunk")
    classify.add_argument("--max-chars", type=int, default=MAX_CHARS)
    classify.add_argument(
        "--resume",
        action="store_true",
        help="carry on from OUTPUT.partial left by a run that stopped part-way",
    )
    classify.set_defaults(run=_classify)
    found = commands.add_parser("discover", help="group comments into candidate themes")
    found.add_argument("input", type=Path)
    found.add_argument("--text-column", required=True)
    found.add_argument("--groups", type=int, help="how many groups (default: by size)")
    found.add_argument("--max-chars", type=int, default=MAX_CHARS)
    found.add_argument(
        "--save-framework",
        type=Path,
        help="also write the groups as a framework CSV to agree and train on",
    )
    found.set_defaults(run=_discover)
    evaluate = commands.add_parser(
        "evaluate",
        help="quality on a labelled CSV: cross-validated, or of a trained model on a held-out file",
    )
    evaluate.add_argument("labelled", type=Path, nargs="?")
    evaluate.add_argument("--text-column", help="for a programme's own framework")
    evaluate.add_argument("--model", type=Path, help="score this saved model on the file")
    evaluate.add_argument(
        "--cross-validate",
        action="store_true",
        help="learn from the file itself, even where it is held-out NHS data",
    )
    evaluate.add_argument(
        "--folds",
        type=_folds,
        help=f"parts to cut the file into when cross-validating (default {FOLDS}); more "
        "train on more of it each time, closer to the final model, and take longer",
    )
    evaluate.add_argument(
        "--reading",
        choices=READINGS[1:],
        default="deep",
        help="which reading to score (default deep, where the model has it)",
    )
    evaluate.set_defaults(run=_evaluate)
    training = commands.add_parser("train", help="train and save a model")
    training.add_argument("--framework", type=Path, help="CSV of text and 0/1 theme columns")
    training.add_argument("--text-column")
    training.add_argument("--output", type=Path)
    training.set_defaults(run=_train)
    return parser
