"""Features that count only for some panels, and progress messages while solving."""

from __future__ import annotations

import pytest

from engines.selection import Quota, SelectionError, Volunteer, leximin, select

from .checks import every_panel_meets_quotas, panel_meets_quotas
from .instances import sf_fixture_150
from .test_cli import read, run

POOL = [
    Volunteer(f"v{i}", {"sex": "female" if i % 3 else "male", "area": f"ward {i % 4}"})
    for i in range(12)
]
SEX = [Quota("sex", "female", 2, 3), Quota("sex", "male", 2, 3)]
AREA = [Quota("area", "ward 0", 5, 5), Quota("area", "ward 1", 0, 0)]  # impossible for k=5


def test_only_the_named_features_quotas_count():
    lottery = leximin(POOL, SEX + AREA, 5, features=["sex"])

    plain = [Volunteer(p.id, {"sex": p.features["sex"]}) for p in POOL]
    expected = leximin(plain, SEX, 5)
    assert every_panel_meets_quotas(lottery, POOL, SEX)
    for person, chance in expected.probabilities.items():
        assert lottery.probabilities[person] == pytest.approx(chance, abs=1e-6)


def test_values_of_ignored_features_need_no_quota():
    pool = [*POOL, Volunteer("v99", {"sex": "male", "area": "elsewhere"})]

    selection = select(pool, SEX + AREA, 5, 3, features=["sex"])

    assert panel_meets_quotas(selection.panel, pool, SEX)
    assert "v99" in selection.probabilities


def test_an_unknown_feature_name_says_which_are_known():
    with pytest.raises(SelectionError, match="No quota names the feature gender: choose from sex"):
        leximin(POOL, SEX + AREA, 5, features=["gender"])


def test_progress_is_reported_in_plain_english():
    messages: list[str] = []

    leximin(POOL, SEX, 5, progress=messages.append)

    assert messages[0].startswith("Settled 0 of ")
    assert messages[-1].startswith("Settled all ")


def test_the_command_line_counts_only_the_features_asked_for(tmp_path):
    instance = sf_fixture_150()
    counted = [q for q in instance.quotas if q.feature in ("Gender", "age_bracket")]

    result = run(
        "--quotas",
        instance.quotas_path,
        "--pool",
        instance.pool_path,
        "--k",
        22,
        "--seed",
        5,
        "--features",
        "Gender,age_bracket",
        "--out",
        tmp_path,
    )

    assert result.returncode == 0, result.stderr
    panel = [row["id"] for row in read(tmp_path / "panel.csv")]
    assert panel_meets_quotas(panel, instance.pool, counted)
    chances = sorted(float(r["probability"]) for r in read(tmp_path / "probabilities.csv"))
    assert chances[0] > 22 / 150 - 0.05  # fewer quotas: chances much closer to equal


def test_the_command_line_refuses_an_unknown_feature(tmp_path):
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
        "--features",
        "Gender,shoe size",
        "--out",
        tmp_path,
    )

    assert result.returncode == 2
    assert "No quota names the feature shoe size: choose from Gender, age_bracket" in result.stderr
