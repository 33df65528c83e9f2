"""Every action a service records has a sentence in the record of changes, not a code."""

import re
from pathlib import Path

from touchstone.core.audit_display import ACTIONS

SOURCE = Path(__file__).resolve().parents[2]
RECORDED = re.compile(r'action="([a-z_]+\.[a-z_]+)"')


def test_every_recorded_action_has_plain_words():
    codes = {
        code
        for path in SOURCE.rglob("*.py")
        if "tests" not in path.parts
        for code in RECORDED.findall(path.read_text(encoding="utf-8"))
    }
    assert len(codes) > 20  # the pattern still finds the services' actions
    assert sorted(codes - set(ACTIONS)) == []
