"""The command line: a JSON plan in, the calendar out as JSON or text; clear failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(__file__).resolve().parent / "data"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engines.scheduling", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_json_output_matches_the_checked_golden_calendar():
    result = run(DATA / "small_plan.json", "--format", "json")
    assert result.returncode == 0, result.stderr
    golden = json.loads((DATA / "small_calendar.json").read_text(encoding="utf-8"))
    assert json.loads(result.stdout) == golden


def test_text_output_lists_meetings_under_their_design_steps():
    result = run(DATA / "small_plan.json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Proposed calendar: 11 meetings."
    assert lines[1].startswith("Bank holidays kept clear (ENG): May Day, Monday 4 May 2026;")
    assert lines.index("Understand needs") < lines.index("Develop proposals")
    assert (
        "  Saturday 30 May 2026, 09:30–11:30: Community engagement event (community "
        "engagement) at Community Hall, 42 expected"
    ) in lines


def test_clashing_rules_exit_with_status_2_and_name_the_rules(tmp_path):
    plan = json.loads((DATA / "small_plan.json").read_text(encoding="utf-8"))
    for group in plan["groups"][:2]:
        group["weekdays"], group["times"] = ["Tuesday"], ["evening"]
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(plan), encoding="utf-8")

    result = run(path)

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(
        "scheduling: Core team's weekly meetings and Lay Partners Advisory Group's fortnightly "
        "meetings both need Tuesday evenings, and Pat sits in both."
    )


def test_a_missing_or_broken_file_gets_a_plain_message(tmp_path):
    missing = run(tmp_path / "nowhere.json")
    assert missing.returncode == 2
    assert "Cannot read the plan file" in missing.stderr

    broken = tmp_path / "broken.json"
    broken.write_text('{"start": "2026-01-01",', encoding="utf-8")
    result = run(broken)
    assert result.returncode == 2
    assert "is not valid JSON (line 1" in result.stderr
