"""Forms for events, giving and entering feedback, sorting and responding to it.

Forms check the shape of what was typed; the rules (who, which programme, what may
change) live in the services, whose refusals the views show on the same form.
"""

import uuid

from django import forms

from touchstone.core.forms import DayMonthYearField, needs
from touchstone.recruitment.intake_forms import plain_limits

from .choices import ActionStatus, FeedbackStatus, GiverKind, Outcome, Source, Visibility
from .models import TEXT_LIMIT


def _text(label, *, rows=5, limit=TEXT_LIMIT, required=True, message="", help_text=""):
    return forms.CharField(
        label=label,
        widget=forms.Textarea(attrs={"rows": rows}),
        max_length=limit,
        required=required,
        help_text=help_text,
        error_messages=needs(message or f"Enter {label.lower()}."),
    )


def _key_initial(form: forms.Form) -> None:
    """Give a new form its own key, sent back with it, so a repeat is recognised."""
    if not form.is_bound:
        form.initial.setdefault("submission_key", uuid.uuid4().hex)


class GiveForm(forms.Form):
    """The public form at an event: short, phone-sized, nothing but the text required."""

    text = _text(
        "Your feedback",
        rows=6,
        message="Enter your feedback.",
        help_text=f"Up to {TEXT_LIMIT:,} characters. Please do not include anyone's name.",
    )
    giver_kind = forms.ChoiceField(
        label="Are you",
        choices=GiverKind.choices,
        widget=forms.RadioSelect,
        initial=GiverKind.PUBLIC,
        error_messages=needs("Choose who you are."),
    )
    wants_reply = forms.BooleanField(
        label="Tell me what happens",
        required=False,
        help_text="Email me when the team has responded to my feedback.",
    )
    contact_name = forms.CharField(label="Your name", max_length=200, required=False)
    contact_email = forms.EmailField(
        label="Your email address",
        required=False,
        help_text="Only to tell you what happened to your feedback. We will not share it.",
    )
    submission_key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)
        _key_initial(self)


class EnterForm(GiveForm):
    """Staff typing in feedback on someone's behalf, one after another."""

    source = forms.ChoiceField(
        label="Where it came from", choices=Source.choices, error_messages=needs("Choose a source.")
    )
    received_on = DayMonthYearField(
        label="Date it was given", error_messages=needs("Enter the date it was given.")
    )
    giver = forms.ModelChoiceField(
        label="Given by someone on the register",
        queryset=None,
        required=False,
        help_text="Leave empty if they are not on the register or did not give their name.",
    )
    visibility = forms.ChoiceField(
        label="Who may see it",
        choices=Visibility.choices,
        widget=forms.RadioSelect,
        initial=Visibility.INTERNAL,
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = "Feedback"
        self.fields["text"].help_text = "As they said or wrote it."
        self.fields["text"].error_messages["required"] = "Enter the feedback."
        self.fields["giver_kind"].label = "Who gave it"
        self.fields["wants_reply"].help_text = "They agreed to be emailed when it has a response."
        self.fields["contact_name"].label = "Their name"
        self.fields["contact_email"].label = "Their email address"
        self.fields["giver"].queryset = people
        self.fields["giver"].empty_label = "Not on the register"


class EventForm(forms.Form):
    title = forms.CharField(label="Title", max_length=200, error_messages=needs("Enter a title."))
    held_on = DayMonthYearField(label="Date", error_messages=needs("Enter the date of the event."))
    source = forms.ChoiceField(
        label="Kind of event", choices=Source.choices, initial=Source.COMMUNITY_EVENT
    )
    question = forms.CharField(
        label="The question people will see",
        max_length=300,
        help_text="For example: What would make getting help for your mental health easier?",
        error_messages=needs("Enter the question people will see."),
    )
    group = forms.ModelChoiceField(label="Group", queryset=None, required=False)
    meeting = forms.ModelChoiceField(label="Meeting", queryset=None, required=False)

    def __init__(self, *args, groups, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)
        self.fields["group"].queryset = groups
        self.fields["group"].empty_label = "No particular group"
        self.fields["meeting"].queryset = meetings
        self.fields["meeting"].empty_label = "Not a meeting in Touchstone"


class TriageForm(forms.Form):
    themes = forms.ModelMultipleChoiceField(
        label="Themes", queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )
    new_theme = forms.CharField(
        label="Add a new theme", max_length=100, required=False, help_text="For example: Transport"
    )
    status = forms.ChoiceField(label="Status", choices=FeedbackStatus.choices)
    visibility = forms.ChoiceField(
        label="Who may see it", choices=Visibility.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, themes, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)
        self.fields["themes"].queryset = themes


class RespondForm(forms.Form):
    outcome = forms.ChoiceField(
        label="What happened because of this feedback",
        choices=Outcome.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose what happened because of this feedback."),
    )
    response = _text(
        "What we did, or why it could not change",
        limit=2000,
        message="Write what was done, or why it could not change.",
        help_text="In plain words: this is what the person and the public will read.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)


class ActionStatusForm(forms.Form):
    status = forms.ChoiceField(label="Status", choices=ActionStatus.choices)


class ResultsPageForm(forms.Form):
    is_published = forms.BooleanField(
        label="Publish",
        required=False,
        help_text="Anyone with the link can read the page. It shows only feedback marked "
        "public, with names and contact details taken out.",
    )
    introduction = _text(
        "Introduction", rows=4, limit=2000, required=False, help_text="Shown at the top."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)
