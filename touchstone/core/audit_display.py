"""Turn audit entries into plain English for the record of changes.

The log keeps codes ("membership.add", "working_group", ISO dates) so it can be
searched and never changes meaning; people reading it need sentences, labels and
dates the British way. Choice codes are looked up on the model the entry is
about, so this module imports no app and new choices read well with no change.
"""

import datetime
import re

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.formats import date_format

ACTIONS = {
    "programme.create": "Started a programme",
    "programme.update": "Changed the programme",
    "programme.delete": "Deleted a programme",
    "group.create": "Added a group",
    "group.update": "Changed a group",
    "membership.add": "Added a member",
    "programme_term.add": "Added a term to look out for",
    "programme_term.remove": "Removed a term to look out for",
    "membership.end": "Ended a membership",
    "membership.change_role": "Changed someone's role in a group",
    "membership.import": "Added members in bulk",
    "organisation.create": "Added an organisation",
    "organisation.update": "Changed an organisation",
    "organisation.engage": "Linked an organisation already in the directory",
    "person.create": "Added a person",
    "person.update": "Changed a person's details",
    "person.link_user": "Linked a person to their sign-in",
    "access.grant": "Let someone sign in",
    "access.revoke": "Removed someone's access",
    "role.grant": "Changed a role",
    "api_token.create": "Made an API key",
    "api_token.revoke": "Revoked an API key",
    "role_profile.create": "Wrote a role profile",
    "role_profile.update": "Changed a role profile",
    "candidate.create": "Added a candidate",
    "candidate.import": "Imported a pool of volunteers",
    "candidate.move": "Moved a candidate to another stage",
    "demographics.record": "Recorded demographic answers, with consent",
    "demographics.update": "Changed demographic answers",
    "demographics.erase": "Deleted demographic answers",
    "population_profile.import": "Uploaded the local population profile",
    "selection_run.create": "Started a selection",
    "seat_offer.send": "Offered a seat",
    "seat_offer.reply": "Recorded a reply to a seat offer",
    "feedback.create": "Took in feedback",
    "feedback.triage": "Sorted feedback",
    "feedback.respond": "Responded to feedback",
    "feedback_event.create": "Opened an event for feedback",
    "feedback_event.open": "Reopened an event for feedback",
    "feedback_event.close": "Stopped taking feedback at an event",
    "theme.create": "Added a theme",
    "results_page.update": "Changed the 'you said, we did' page",
    "decision.create": "Recorded a decision",
    "decision.update": "Changed a decision",
    "decision.supersede": "Marked a decision as replaced",
    "action.create": "Added an action",
    "action.status": "Changed an action's status",
    "document.create": "Started a design document",
    "document.version": "Added a version of a design document",
    "support_needs.record": "Recorded access and support needs (not shown here)",
    "support_needs.erase": "Deleted access and support needs",
    "schedule.publish": "Published a planned calendar of meetings",
    "meeting_preference.save": "Answered the poll on when and where to meet",
    "meeting.import": "Added past meetings in bulk",
    "meeting.create": "Scheduled a meeting and invited its group",
    "meeting.update": "Changed a meeting",
    "meeting.cancel": "Cancelled a meeting",
    "agenda_item.add": "Added an item to a meeting's agenda",
    "agenda_item.remove": "Took an item off a meeting's agenda",
    "attendance.record": "Recorded a reply or attendance at a meeting",
    "attendance.reply": "Replied to a meeting invitation",
    "calendar_feed.create": "Made a calendar link",
    "calendar_feed.replace": "Made a new calendar link, stopping the old one",
    "paper.add": "Added a paper to a meeting",
    "paper_notice.set": "Changed when a group's papers are due",
    "minutes.draft": "Wrote draft minutes",
    "minutes.edit": "Changed draft minutes",
    "minutes.circulate": "Sent draft minutes to the people who attended",
    "minutes.approve": "Recorded minutes as approved",
    "insight_run.start": "Started looking at the themes and feeling in feedback",
    "insight_run.resume": "Resumed looking at the themes and feeling in feedback",
    "insight.correct": "Corrected the themes of a comment",
    "insight_model.retrain": "Retrained the programme's theme model with corrections",
    "payment_policy.set": "Changed the yearly total that warns about tax and benefits",
    "payment_role.add": "Added a role for payments",
    "payment_rate.add": "Added a payment rate from a date",
    "expense_rule.add": "Allowed a kind of expense from a date",
    "payment_choice.set": "Recorded someone's choice about payment",
    "claim.create": "Started a claim for payment or expenses",
    "claim_activity.add": "Added an activity to a claim",
    "claim_expense.add": "Added an expense to a claim",
    "claim_line.remove": "Took a line off a claim",
    "claim.submit": "Sent a claim for approval",
    "claim.approve": "Approved a claim",
    "claim.return": "Returned a claim for changes",
    "claim.pay": "Recorded a claim as paid",
    "claim.cancel": "Cancelled a claim",
    "claim.export": "Sent approved claims to finance",
    "admin.add": "Added in the admin",
    "admin.change": "Changed in the admin",
    "admin.delete": "Deleted in the admin",
}

# Labels where "underscores to spaces" would still read like a database column.
LABELS = {
    "min_lay_partners": "fewest lay partners",
    "min_members": "smallest size",
    "max_members": "largest size",
    "starts_on": "start date",
    "ends_on": "end date",
    "full_name": "name",
    "cadence": "how often it meets",
    "parent": "reports to",
    "module": "design module",
    "end_reason": "why it ended",
    "reason": "why",
    "status": "engagement",
    "preferred_contact": "preferred contact",
    "postal_address": "postal address",
}

# Codes recorded for a field the entry's own model does not have.
CHOICES_ELSEWHERE = {"role": "accounts.ProgrammeRole", "status": "people.Engagement"}

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def action_text(code: str) -> str:
    """Return a short sentence for an action code, or the code when it is not known."""
    return ACTIONS.get(code, code)


def field_label(name: str) -> str:
    """Return a plain label for a field name, starting with a capital."""
    label = LABELS.get(name, name.replace("_", " "))
    return label[:1].upper() + label[1:]


def value_text(value, choices: dict | None = None) -> str:
    """Return a value as a person would write it: dates, yes or no, and labels for codes."""
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return "; ".join(value_text(item, choices) for item in value)
    if isinstance(value, str):
        if choices and value in choices:
            return str(choices[value])
        if ISO_DATE.fullmatch(value):
            return _date(value, "j F Y")
        if ISO_DATETIME.match(value):
            return _date(value, "j F Y, H:i")
    return str(value)


def changes_of(entry) -> list[str]:
    """Return one line per changed field: "Label: from old to new", or "Label: value"."""
    pairs = entry.action.endswith((".update", ".change_role"))
    result = []
    for name, value in (entry.changes or {}).items():
        choices = _choices(entry.target_type, name)
        if pairs and isinstance(value, list) and len(value) == 2:
            before, after = (value_text(v, choices) for v in value)
            result.append(f"{field_label(name)}: from {before} to {after}")
        else:
            result.append(f"{field_label(name)}: {value_text(value, choices)}")
    return result


def _date(text: str, fmt: str) -> str:
    """Format an ISO date or date-time string, in local time when it has a zone."""
    try:
        value = datetime.datetime.fromisoformat(text)
    except ValueError:
        return text
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return date_format(value if "H" in fmt else value.date(), fmt)


def _choices(target_type: str, name: str) -> dict:
    """Return the labels of a field's choices, from the entry's model or where the code lives."""
    for label in (target_type, CHOICES_ELSEWHERE.get(name)):
        if not label:
            continue
        try:
            field = apps.get_model(label)._meta.get_field(name)
        except (LookupError, ValueError, FieldDoesNotExist):
            continue
        if getattr(field, "choices", None):
            return {str(key): text for key, text in field.flatchoices}
    return {}
