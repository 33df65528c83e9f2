"""The command line: findings out, and an exit status a script can act on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLE = GOLDEN / "example_snapshot.json"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the engine's command line from the project root and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "engines.coproduction", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_json_output_matches_the_golden_findings():
    result = run(EXAMPLE, "--format", "json")

    assert result.returncode == 1, result.stderr
    expected = json.loads((GOLDEN / "example_findings.json").read_text(encoding="utf-8"))
    assert json.loads(result.stdout) == expected


def test_text_output_has_one_line_per_finding_with_severity_code_and_subject():
    result = run(EXAMPLE)

    lines = result.stdout.splitlines()
    assert result.returncode == 1
    assert len(lines) == 6
    assert lines[0] == (
        "blocking  no_lay_pair  Informatics working group: Informatics working group has no "
        "lay pair: it has 1 lay partner and needs 2. Add one more lay partner as a full member, "
        "so they can support each other."
    )
    assert lines[-1].startswith("warning  vacancy_unfilled  Core design team: 1 lay partner place")


def test_no_blocking_findings_exits_zero():
    # By 1 April 2026 Amina Begum has joined Informatics, so it has its lay pair.
    result = run(EXAMPLE, "--as-of", "2026-04-01")

    assert result.returncode == 0, result.stderr
    assert "no_lay_pair" not in result.stdout
    assert "Amina Begum sits in 4 groups" in result.stdout


def test_missing_as_of_means_today(tmp_path):
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    del document["as_of"]
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    result = run(path, "--format", "json")

    assert result.returncode in (0, 1), result.stderr
    assert isinstance(json.loads(result.stdout), list)


def invalid(tmp_path: Path, text: str) -> Path:
    """Write the text to a file and return its path."""
    path = tmp_path / "snapshot.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "missing.json", "cannot read"),
        (lambda tmp: invalid(tmp, '{"programme": '), "is not valid JSON"),
        (lambda tmp: invalid(tmp, "[]"), "should hold one JSON object"),
        (
            lambda tmp: invalid(
                tmp,
                EXAMPLE.read_text(encoding="utf-8").replace('"lay_advisory_group"', '"panel"'),
            ),
            "has the unknown kind 'panel'",
        ),
    ],
)
def test_bad_input_exits_two_with_a_one_line_reason(tmp_path, make, reason):
    result = run(make(tmp_path))

    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert reason in result.stderr


def test_bad_date_option_exits_two():
    result = run(EXAMPLE, "--as-of", "10/03/2026")

    assert result.returncode == 2
    assert "should be a date such as 2026-03-10" in result.stderr
