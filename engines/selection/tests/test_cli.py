"""The command line on the Sortition Foundation's and the paper's files: outputs and exit codes."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from .instances import example_small_20, sf_fixture_150

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the engine's command line from the project root and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "engines.selection", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_sortition_foundation_files_give_a_panel_reserves_and_probabilities(tmp_path):
    instance = sf_fixture_150()

    result = run(
        "--quotas",
        instance.quotas_path,
        "--pool",
        instance.pool_path,
        "--k",
        22,
        "--seed",
        5,
        "--out",
        tmp_path,
    )

    assert result.returncode == 0, result.stderr
    assert "at least a 0.0909 chance, about 1 in 11" in result.stdout
    panel = [row["id"] for row in read(tmp_path / "panel.csv")]
    reserves = read(tmp_path / "reserves.csv")
    chances = read(tmp_path / "probabilities.csv")
    assert len(panel) == 22 and all(person.startswith("p") for person in panel)
    assert [int(row["order"]) for row in reserves] == list(range(1, 129))
    assert len(chances) == 150
    assert sum(float(row["probability"]) for row in chances) == pytest.approx(22, abs=1e-6)
    assert {row["id"] for row in chances if row["selected"] == "yes"} == set(panel)


def test_the_same_seed_writes_the_same_panel(tmp_path):
    instance = sf_fixture_150()
    args = ["--quotas", instance.quotas_path, "--pool", instance.pool_path, "--k", 22]

    run(*args, "--seed", 9, "--out", tmp_path / "a")
    run(*args, "--seed", 9, "--out", tmp_path / "b")

    for name in ("panel.csv", "reserves.csv", "probabilities.csv"):
        assert (tmp_path / "a" / name).read_text() == (tmp_path / "b" / name).read_text()


def test_paper_files_use_row_numbers_as_ids(tmp_path):
    instance = example_small_20()

    result = run(
        "--quotas",
        instance.quotas_path,
        "--pool",
        instance.pool_path,
        "--k",
        20,
        "--seed",
        1,
        "--out",
        tmp_path,
    )

    assert result.returncode == 0, result.stderr
    assert {int(row["id"]) for row in read(tmp_path / "probabilities.csv")} == set(range(200))


def test_quotas_in_the_wrong_format_exit_2_with_one_line(tmp_path):
    instance = example_small_20()

    result = run(
        "--quotas",
        instance.pool_path,
        "--pool",
        instance.pool_path,
        "--k",
        20,
        "--seed",
        1,
        "--out",
        tmp_path,
    )

    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "should have the columns feature,value,min,max" in result.stderr
    assert not (tmp_path / "panel.csv").exists()


def test_a_pool_not_in_utf8_exits_2(tmp_path):
    instance = sf_fixture_150()
    latin = tmp_path / "candidates.csv"
    latin.write_bytes(
        instance.pool_path.read_bytes().replace(b"Glasgow", "Glasgöw".encode("cp1252"))
    )

    result = run(
        "--quotas",
        instance.quotas_path,
        "--pool",
        latin,
        "--k",
        22,
        "--seed",
        1,
        "--out",
        tmp_path / "out",
    )

    assert result.returncode == 2
    assert "is not UTF-8 text" in result.stderr


def test_quotas_that_cannot_be_met_exit_2_with_the_change_to_make(tmp_path):
    instance = sf_fixture_150()
    text = instance.quotas_path.read_text(encoding="utf-8")
    tight = tmp_path / "features.csv"
    tight.write_text(
        text.replace("Gender,Female,11,12,0,12", "Gender,Female,12,12,0,12").replace(
            "Gender,Male,10,11,0,12", "Gender,Male,10,10,0,12"
        ),
        encoding="utf-8",
    )

    result = run(
        "--quotas",
        tight,
        "--pool",
        instance.pool_path,
        "--k",
        21,
        "--seed",
        1,
        "--out",
        tmp_path / "out",
    )

    assert result.returncode == 2
    assert result.stderr.startswith("selection: ")
    assert "minimums for Gender add up to 22, more than the panel of 21" in result.stderr


def test_a_missing_file_exits_2(tmp_path):
    result = run(
        "--quotas", tmp_path / "nothing.csv", "--pool", tmp_path / "none.csv", "--k", 5, "--seed", 1
    )

    assert result.returncode == 2
    assert "cannot read" in result.stderr
