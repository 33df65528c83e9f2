"""The command line: golden CSVs in, theme and sentiment columns out, plain errors."""

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np

from engines.themes.cli import main

from .conftest import DATA, read_csv, write_csv

ROOT = Path(__file__).resolve().parents[3]


def _classify(path, capsys, *extra, saved_model):
    status = main(["classify", str(path), "--text-column", "comment", "--model", str(saved_model)])
    return status, capsys.readouterr()


def test_classify_adds_theme_and_sentiment_columns_to_every_row(saved_model, capsys):
    status, out = _classify(DATA / "comments.csv", capsys, saved_model=saved_model)
    assert status == 0
    rows = read_csv(out.out)
    assert [row["id"] for row in rows] == ["1", "2", "3", "4", "5", "6"]
    assert rows[0]["theme: Food & drink provision & facilities"] == "1"
    assert "Food & drink provision & facilities" in rows[0]["themes"]
    assert rows[0]["sentiment (3 levels)"] == "negative"
    assert rows[1]["sentiment (3 levels)"] == "positive"
    assert rows[1]["themes"] == rows[2]["themes"]
    assert rows[4]["themes"] == "Labelling not possible" and rows[4]["sentiment"] == ""
    assert "6 rows (5 distinct comments, 1 repeats counted back" in out.err


def test_classify_writes_to_an_output_file(saved_model, tmp_path, capsys):
    target = tmp_path / "out.csv"
    argv = ["classify", str(DATA / "comments.csv"), "--text-column", "comment"]
    assert main([*argv, "--model", str(saved_model), "--output", str(target)]) == 0
    assert len(read_csv(target.read_text())) == 6


def test_a_missing_column_lists_the_columns_there_are(saved_model, capsys):
    argv = ["classify", str(DATA / "comments.csv"), "--text-column", "Comment text"]
    status = main([*argv, "--model", str(saved_model)])
    err = capsys.readouterr().err
    assert status == 2
    assert "has no column 'Comment text'" in err and "'id', 'source', 'comment'" in err
    assert err.count("\n") == 1


def test_a_file_not_in_utf8_says_how_to_convert_it(saved_model, tmp_path, capsys):
    path = tmp_path / "latin.csv"
    path.write_bytes("id,comment\n1,Caf\xe9 was shut\n".encode("latin-1"))
    status, out = _classify(path, capsys, saved_model=saved_model)
    assert status == 2
    assert "is not UTF-8 text (line 2" in out.err and "iconv" in out.err


def test_blank_lines_are_skipped_and_counted(saved_model, tmp_path, capsys):
    path = tmp_path / "gaps.csv"
    path.write_text("id,comment\n\n1,Lovely staff\n,\n\n2,Too long a wait\n", encoding="utf-8")
    status, out = _classify(path, capsys, saved_model=saved_model)
    assert status == 0
    assert len(read_csv(out.out)) == 2
    assert "3 blank lines skipped" in out.err


def test_a_file_with_no_comments_is_refused(saved_model, tmp_path, capsys):
    path = write_csv(tmp_path / "empty.csv", ["id", "comment"], [])
    status, out = _classify(path, capsys, saved_model=saved_model)
    assert status == 2 and "no rows of comments" in out.err
    empty = tmp_path / "nothing.csv"
    empty.write_text("", encoding="utf-8")
    status, out = _classify(empty, capsys, saved_model=saved_model)
    assert status == 2 and "is empty" in out.err


def test_a_one_megabyte_comment_is_refused_with_its_line(saved_model, tmp_path, capsys):
    path = write_csv(tmp_path / "huge.csv", ["id", "comment"], [["1", "ok"], ["2", "x" * 2**20]])
    status, out = _classify(path, capsys, saved_model=saved_model)
    assert status == 2
    assert "line 3" in out.err and "1,048,576 characters" in out.err
    assert "quote mark left open" in out.err and out.err.count("\n") == 1


def test_a_missing_file_is_named(saved_model, tmp_path, capsys):
    status, out = _classify(tmp_path / "nope.csv", capsys, saved_model=saved_model)
    assert status == 2 and "There is no file" in out.err


def test_discover_prints_groups_with_phrases_and_quotes(tmp_path, capsys):
    rows = [[f"The car park was full on day {n}"] for n in range(10)]
    rows += [[f"The food was cold at meal {n}"] for n in range(10)]
    path = write_csv(tmp_path / "new.csv", ["text"], rows)
    assert main(["discover", str(path), "--text-column", "text", "--groups", "2"]) == 0
    out = capsys.readouterr().out
    assert "0. " in out and "1. " in out and "(10 comments)" in out
    assert "key phrases:" in out and "- The food was cold" in out


def test_training_a_framework_with_one_example_per_theme_is_refused(tmp_path, capsys):
    argv = ["train", "--framework", str(DATA / "tiny_framework.csv"), "--text-column", "text"]
    status = main([*argv, "--output", str(tmp_path / "m.joblib")])
    err = capsys.readouterr().err
    assert status == 2 and "at least 5 for each theme" in err


def test_a_programme_framework_trains_and_classifies(tmp_path, capsys):
    model = tmp_path / "own.joblib"
    argv = ["train", "--framework", str(DATA / "own_framework.csv"), "--text-column", "text"]
    assert main([*argv, "--output", str(model)]) == 0
    path = write_csv(tmp_path / "in.csv", ["comment"], [["The bus to the clinic never comes"]])
    capsys.readouterr()
    assert main(["classify", str(path), "--text-column", "comment", "--model", str(model)]) == 0
    row = read_csv(capsys.readouterr().out)[0]
    assert set(row) >= {"theme: Access", "theme: Respect", "sentiment"}
    assert row["sentiment"] == ""


def test_an_incompatible_model_file_exits_with_how_to_retrain(saved_model, tmp_path, capsys):
    stale = tmp_path / "stale.joblib"
    stale.write_bytes(saved_model.read_bytes())
    stale.with_suffix(".json").write_text('{"format": "themes-0", "scikit-learn": "1.0"}')
    argv = ["classify", str(DATA / "comments.csv"), "--text-column", "comment"]
    assert main([*argv, "--model", str(stale)]) == 2
    assert "Retrain with" in capsys.readouterr().err


def test_the_module_runs_as_a_program_and_exits_2_on_bad_input():
    column = "nope"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "engines.themes",
            "discover",
            str(DATA / "comments.csv"),
            "--text-column",
            column,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"{DATA / 'comments.csv'} has no column 'nope'")


def test_a_stopped_run_resumes_where_it_stopped(saved_model, tmp_path, capsys):
    target = tmp_path / "out.csv"
    argv = ["classify", str(DATA / "comments.csv"), "--text-column", "comment"]
    argv += ["--model", str(saved_model), "--output", str(target)]
    assert main(argv) == 0
    whole = target.read_text(encoding="utf-8")
    lines = whole.splitlines(keepends=True)
    torn = "".join(lines[:3]) + lines[3][:10]  # header, two rows, part of the third
    target.unlink()
    (tmp_path / "out.csv.partial").write_text(torn, encoding="utf-8")
    capsys.readouterr()
    assert main([*argv, "--resume"]) == 0
    assert target.read_text(encoding="utf-8") == whole
    assert not (tmp_path / "out.csv.partial").exists()
    assert "2 rows kept from the stopped run" in capsys.readouterr().err


def test_resume_without_an_output_file_is_refused(saved_model, capsys):
    argv = ["classify", str(DATA / "comments.csv"), "--text-column", "comment", "--resume"]
    assert main([*argv, "--model", str(saved_model)]) == 2
    assert "--resume needs --output" in capsys.readouterr().err


def test_discovered_groups_saved_as_a_framework_train_a_classifier(tmp_path, capsys):
    rows = [[f"The car park was full on day {n}"] for n in range(10)]
    rows += [[f"The food was cold at meal {n}"] for n in range(10)]
    path = write_csv(tmp_path / "new.csv", ["comment"], rows)
    groups, model = tmp_path / "groups.csv", tmp_path / "groups.joblib"
    argv = ["discover", str(path), "--text-column", "comment", "--groups", "2"]
    assert main([*argv, "--save-framework", str(groups)]) == 0
    assert "train --framework" in capsys.readouterr().err
    saved = read_csv(groups.read_text(encoding="utf-8"))
    assert len(saved) == 20 and all(sum(v == "1" for v in row.values()) == 1 for row in saved)
    argv = ["train", "--framework", str(groups), "--text-column", "text"]
    assert main([*argv, "--output", str(model)]) == 0
    new = write_csv(tmp_path / "rest.csv", ["comment"], [["Nowhere to park the car"]])
    capsys.readouterr()
    assert main(["classify", str(new), "--text-column", "comment", "--model", str(model)]) == 0
    row = read_csv(capsys.readouterr().out)[0]
    parking = next(name for name in row if name.startswith("theme: ") and "park" in name.lower())
    assert row[parking] == "1"


def _nhs_rows_left_out_of_the_small_model(tmp_path, count: int) -> Path:
    """Write an NHS-layout file of comments the small model was not trained on."""
    from engines.themes.framework import NHS_TEXT, NHS_TRAINING

    from .conftest import SUBSET

    with NHS_TRAINING.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [row for row in reader if row[NHS_TEXT].strip()]
        header = reader.fieldnames
    used = set(np.linspace(0, len(rows) - 1, SUBSET).astype(int).tolist())
    kept = [row for i, row in enumerate(rows) if i not in used][::5][:count]
    target = tmp_path / "held_out.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerows(kept)
    return target


def test_evaluate_scores_a_trained_model_on_a_held_out_file(saved_model, tmp_path, capsys):
    held_out = _nhs_rows_left_out_of_the_small_model(tmp_path, 600)
    assert main(["evaluate", str(held_out), "--model", str(saved_model)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(
        "600 comments, held out, scored by the fast reading of a model trained on 1,5"
    )
    macro, micro = (float(part.split()[-1]) for part in lines[1].split(": ", 1)[1].split(", "))
    assert 0.2 < macro < 1 and 0.5 < micro < 1
    assert lines[3].startswith("Sentiment (") and "with rating and question" in lines[3]


def test_evaluate_refuses_a_model_with_other_themes(tmp_path, capsys):
    argv = ["train", "--framework", str(DATA / "own_framework.csv"), "--text-column", "text"]
    own_model = tmp_path / "own.joblib"
    assert main([*argv, "--output", str(own_model)]) == 0
    held_out = _nhs_rows_left_out_of_the_small_model(tmp_path, 50)
    assert main(["evaluate", str(held_out), "--model", str(own_model)]) == 2
    error = capsys.readouterr().err
    assert "themes and the file has 32; they must be the same, in the same order" in error


def test_evaluate_takes_another_nhs_file_as_held_out_and_says_what_the_model_saw(
    saved_model, tmp_path, capsys, monkeypatch
):
    from engines.themes import cli, load

    monkeypatch.setattr(cli, "default_model", lambda: load(saved_model))
    part = _nhs_rows_left_out_of_the_small_model(tmp_path, 80)
    assert main(["evaluate", str(part)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(
        "80 comments, held out, scored by the fast reading of a model trained on 1,5"
    )
    assert first.endswith("(80 of them are in its training data: figures flattered)")


def test_evaluate_cross_validates_in_as_many_folds_as_asked(capsys):
    argv = ["evaluate", str(DATA / "own_framework.csv"), "--text-column", "text"]
    assert main([*argv, "--reading", "fast", "--folds", "3"]) == 0
    assert capsys.readouterr().out.startswith("12 comments, 3-fold cross-validation, fast reading")


def test_evaluate_refuses_more_folds_than_comments(capsys):
    argv = ["evaluate", str(DATA / "own_framework.csv"), "--text-column", "text"]
    assert main([*argv, "--folds", "13"]) == 2
    assert "12 labelled comments cannot be cut into 13 folds; use 12 or fewer" in (
        capsys.readouterr().err
    )


def test_evaluate_says_folds_are_for_cross_validation_only(saved_model, tmp_path, capsys):
    held_out = _nhs_rows_left_out_of_the_small_model(tmp_path, 50)
    assert main(["evaluate", str(held_out), "--model", str(saved_model), "--folds", "10"]) == 2
    assert "--folds applies to cross-validation only: with --model" in capsys.readouterr().err
