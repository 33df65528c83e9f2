"""The record of changes reads as plain English, not as the codes the log keeps."""

import pytest

from touchstone.core.audit_display import action_text, changes_of, field_label, value_text
from touchstone.core.models import AuditEntry


def entry(action: str, target_type: str = "programmes.Group", **changes) -> AuditEntry:
    """Return an unsaved entry; the wording needs no database."""
    return AuditEntry(action=action, target_type=target_type, changes=changes)


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("membership.add", "Added a member"),
        ("membership.end", "Ended a membership"),
        ("group.update", "Changed a group"),
        ("access.grant", "Let someone sign in"),
        ("access.revoke", "Removed someone's access"),
        ("role.grant", "Changed a role"),
        ("admin.add", "Added in the admin"),
        ("admin.change", "Changed in the admin"),
        ("admin.delete", "Deleted in the admin"),
    ],
)
def test_known_actions_read_as_sentences(code, sentence):
    assert action_text(code) == sentence


def test_unknown_action_falls_back_to_its_code():
    assert action_text("meeting.reschedule") == "meeting.reschedule"


def test_field_names_read_as_plain_labels():
    assert field_label("min_lay_partners") == "Fewest lay partners"
    assert field_label("people_added") == "People added"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "(empty)"),
        ("", "(empty)"),
        (True, "Yes"),
        (False, "No"),
        ("2026-03-03", "3 March 2026"),
        (0, "0"),
        (["Informatics", "GP networks"], "Informatics; GP networks"),
        ("Informatics working group", "Informatics working group"),
    ],
)
def test_values_read_as_a_person_would_write_them(value, text):
    assert value_text(value) == text


def test_utc_date_time_is_shown_in_london_time():
    assert value_text("2026-07-01T09:30:00+00:00") == "1 July 2026, 10:30"


def test_new_membership_shows_role_label_dates_and_empty_fields():
    lines = changes_of(
        entry(
            "membership.add",
            "people.Membership",
            role="member",
            started_on="2026-03-03",
            ended_on=None,
        )
    )
    assert lines == ["Role: Member", "Started on: 3 March 2026", "Ended on: (empty)"]


def test_changed_group_shows_each_field_from_old_to_new():
    lines = changes_of(
        entry("group.update", kind=["other", "working_group"], min_lay_partners=[0, 2])
    )
    assert lines == [
        "Kind: from Other group to Working group",
        "Fewest lay partners: from 0 to 2",
    ]


def test_access_role_is_labelled_though_the_entry_is_about_a_person():
    lines = changes_of(entry("access.grant", "people.Person", role="group_member"))
    assert lines == ["Role: Group member"]


def test_two_item_list_on_a_new_record_is_a_value_not_a_change():
    lines = changes_of(entry("admin.add", "programmes.Programme", modules=["A", "B"]))
    assert lines == ["Modules: A; B"]
