"""Snapshots read from JSON-shaped dicts, strictly, and findings written back."""

from __future__ import annotations

import datetime
import json

import pytest

from engines.coproduction import (
    CoproductionError,
    Severity,
    Thresholds,
    check,
    findings_to_dicts,
    snapshot_from_dict,
    snapshot_to_dict,
    thresholds_from_dict,
)

from .builders import Programme


def minimal() -> dict:
    """Return the smallest snapshot document with one group, person and membership."""
    return {
        "programme": "Healthy Ageing programme",
        "as_of": "2026-03-10",
        "groups": [
            {"id": "g1", "name": "Informatics", "kind": "working_group", "min_lay_partners": 2}
        ],
        "people": [{"id": "p1", "name": "Jane Doe", "is_lay": True}],
        "memberships": [
            {
                "person_id": "p1",
                "group_id": "g1",
                "role": "member",
                "started_on": "2026-01-05",
                "ended_on": None,
            }
        ],
    }


def test_document_becomes_a_snapshot_with_dates_and_defaults():
    snapshot = snapshot_from_dict(minimal())

    assert snapshot.as_of == datetime.date(2026, 3, 10)
    assert snapshot.groups[0].min_members is None
    assert snapshot.memberships[0].started_on == datetime.date(2026, 1, 5)
    assert snapshot.organisations == ()
    assert dict(snapshot.categories) == {}


def test_snapshot_survives_a_round_trip_through_json():
    programme = Programme()
    programme.categories = {"carers": "Carers organisations"}
    programme.organisation("Brent Carers Centre", "carers")
    group = programme.group("Core design team", "core_design_team", 2, min_members=4)
    programme.seat(programme.person("Jane Doe"), group, end=datetime.date(2026, 2, 1))
    snapshot = programme.snapshot()

    assert snapshot_from_dict(json.loads(json.dumps(snapshot_to_dict(snapshot)))) == snapshot


def test_thresholds_key_is_allowed_beside_the_snapshot():
    document = minimal() | {"thresholds": {"forum_target": 60}}

    assert snapshot_from_dict(document).programme == "Healthy Ageing programme"
    assert thresholds_from_dict(document["thresholds"]) == Thresholds(forum_target=60)
    assert thresholds_from_dict(None) == Thresholds()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.pop("as_of"), "the snapshot is missing 'as_of'"),
        (lambda d: d.update(group=[]), "the snapshot has unknown 'group'"),
        (lambda d: d.update(groups={}), "'groups' should be a list of objects"),
        (lambda d: d["groups"][0].pop("kind"), "groups[0] is missing 'kind'"),
        (lambda d: d["groups"][0].update(min_lay_partners="2"), "should be a whole number"),
        (lambda d: d["groups"][0].update(min_lay_partners=True), "should be a whole number"),
        (lambda d: d["people"][0].update(is_lay="yes"), "'is_lay' should be true or false"),
        (lambda d: d["memberships"][0].update(started_on="5/1/2026"), "a date such as"),
        (lambda d: d["memberships"].append("p1"), "memberships[1] should be an object"),
        (lambda d: d.update(categories=["carers"]), "'categories' should be an object"),
    ],
)
def test_malformed_document_is_refused_naming_the_field(change, words):
    document = minimal()
    change(document)

    with pytest.raises(CoproductionError) as raised:
        snapshot_from_dict(document)

    assert words in str(raised.value)


def test_unknown_threshold_is_refused():
    with pytest.raises(CoproductionError, match="thresholds has unknown 'forum_size'"):
        thresholds_from_dict({"forum_size": 100})


def test_findings_become_plain_dicts():
    finding = check(snapshot_from_dict(minimal()))[0]

    [data] = findings_to_dicts([finding])

    assert finding.severity is Severity.BLOCKING
    assert data["severity"] == "blocking" and type(data["severity"]) is str
    assert data["code"] == "no_lay_pair"
    assert set(data) == {
        "code",
        "severity",
        "subject_kind",
        "subject_id",
        "subject_name",
        "message",
        "action",
    }
