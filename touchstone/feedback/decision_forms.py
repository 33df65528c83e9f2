"""Forms for decisions, actions and design documents."""

from django import forms

from touchstone.core.forms import DayMonthYearField, needs
from touchstone.recruitment.intake_forms import plain_limits

from .choices import DecisionStatus

LINKABLE_CHANGES = 5


class FeedbackChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        text = obj.text if len(obj.text) <= 120 else obj.text[:117] + "..."
        return f"{text} ({obj.received_on:%-d %b %Y})"


class DecisionForm(forms.Form):
    group = forms.ModelChoiceField(
        label="Group that decided", queryset=None, error_messages=needs("Choose the group.")
    )
    meeting = forms.ModelChoiceField(label="At which meeting", queryset=None, required=False)
    title = forms.CharField(label="Title", max_length=200, error_messages=needs("Enter a title."))
    decided = forms.CharField(
        label="What was decided, and why",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        error_messages=needs("Say what was decided, and why."),
    )
    options = forms.CharField(
        label="Options considered",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        required=False,
    )
    dissent = forms.CharField(
        label="Who disagreed, and why",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        required=False,
        help_text="Record dissent in the words people used. Name them only if they agreed.",
    )
    status = forms.ChoiceField(
        label="Status",
        choices=[c for c in DecisionStatus.choices if c[0] != DecisionStatus.SUPERSEDED],
        widget=forms.RadioSelect,
        initial=DecisionStatus.PROPOSED,
    )
    decided_on = DayMonthYearField(label="Date", error_messages=needs("Enter the date."))
    feedback = FeedbackChoiceField(
        label="Feedback that informed it",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    lay_contributors = forms.ModelMultipleChoiceField(
        label="Lay partners who spoke to it",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, groups, meetings, feedback, lay_partners, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)
        self.fields["group"].queryset = groups
        self.fields["meeting"].queryset = meetings
        self.fields["meeting"].empty_label = "Not at a meeting in Touchstone"
        self.fields["feedback"].queryset = feedback
        self.fields["lay_contributors"].queryset = lay_partners

    def values(self) -> dict:
        data = self.cleaned_data
        names = ["group", "meeting", "title", "decided", "options", "dissent", "status"]
        return {name: data[name] for name in names} | {"decided_on": data["decided_on"]}


class SupersedeForm(forms.Form):
    by = forms.ModelChoiceField(
        label="The decision that replaces it",
        queryset=None,
        error_messages=needs("Choose the decision that replaces it."),
    )

    def __init__(self, *args, decisions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["by"].queryset = decisions


class ActionForm(forms.Form):
    description = forms.CharField(
        label="What needs to be done", max_length=300, error_messages=needs("Say what needs doing.")
    )
    owner = forms.ModelChoiceField(
        label="Who will do it", queryset=None, error_messages=needs("Choose who will do it.")
    )
    due_on = DayMonthYearField(label="Due date", error_messages=needs("Enter the due date."))

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)
        self.fields["owner"].queryset = people


class DocumentForm(forms.Form):
    title = forms.CharField(label="Title", max_length=200, error_messages=needs("Enter a title."))
    group = forms.ModelChoiceField(label="Group", queryset=None, required=False)

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)
        self.fields["group"].queryset = groups
        self.fields["group"].empty_label = "The whole programme"


class VersionForm(forms.Form):
    """A new version, with up to five pieces of feedback and how each changed it."""

    summary = forms.CharField(
        label="What changed in this version",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        error_messages=needs("Say what changed in this version."),
    )
    link = forms.URLField(
        label="Link to the document",
        max_length=500,
        required=False,
        help_text="Where people can read this version, for example on a shared drive.",
    )

    def __init__(self, *args, feedback, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, LINKABLE_CHANGES + 1):
            self.fields[f"item_{n}"] = forms.ModelChoiceField(
                label=f"Feedback {n}", queryset=feedback, required=False
            )
            self.fields[f"item_{n}"].empty_label = "None"
            self.fields[f"how_{n}"] = forms.CharField(
                label=f"How feedback {n} changed it", max_length=500, required=False
            )
        plain_limits(self)

    def clean(self):
        data = super().clean()
        for n in range(1, LINKABLE_CHANGES + 1):
            if data.get(f"item_{n}") and not (data.get(f"how_{n}") or "").strip():
                self.add_error(f"how_{n}", f"Say how feedback {n} changed the document.")
        return data

    def changes(self) -> list:
        data = self.cleaned_data
        return [
            (data[f"item_{n}"], data[f"how_{n}"])
            for n in range(1, LINKABLE_CHANGES + 1)
            if data.get(f"item_{n}")
        ]

    def pairs(self) -> list:
        return [(self[f"item_{n}"], self[f"how_{n}"]) for n in range(1, LINKABLE_CHANGES + 1)]
