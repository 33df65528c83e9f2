"""The example programme gives the same findings in process as on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from engines.coproduction import (
    check,
    findings_to_dicts,
    snapshot_from_dict,
    thresholds_from_dict,
)

GOLDEN = Path(__file__).resolve().parent / "golden"


def test_example_snapshot_gives_the_golden_findings():
    document = json.loads((GOLDEN / "example_snapshot.json").read_text(encoding="utf-8"))
    expected = json.loads((GOLDEN / "example_findings.json").read_text(encoding="utf-8"))

    findings = check(snapshot_from_dict(document), thresholds_from_dict(document["thresholds"]))

    assert findings_to_dicts(findings) == expected
