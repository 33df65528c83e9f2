"""Forms for role profiles, applications, nominations, stage moves and pool imports.

Public forms cap every text field's length, so a form cannot be used to store essays
or junk; the rules themselves (who may add what, contact needed) live in the services.
"""

import uuid

from django import forms

from touchstone.core.forms import needs
from touchstone.people.models import ContactMethod

from .choices import Payment, Quality, Route, Stage, WithdrawalReason
from .demographics import PURPOSE, QUESTIONS, options_for
from .models import RoleProfile

MAX_FILE_BYTES = 5 * 1024 * 1024


def plain_limits(form: forms.Form) -> None:
    """Word the length and email format errors as the NHS.UK error pattern does."""
    for field in form.fields.values():
        if isinstance(field, forms.CharField) and field.max_length:
            field.error_messages["max_length"] = (
                f"Use {field.max_length:,} characters or fewer here."
            )
        if isinstance(field, forms.EmailField):
            field.error_messages["invalid"] = (
                "Enter an email address in the right format, like name@example.com."
            )


class RoleProfileForm(forms.Form):
    group = forms.ModelChoiceField(
        label="Group", queryset=None, error_messages=needs("Choose the group the role is in.")
    )
    title = forms.CharField(
        label="Title of the role", max_length=200, error_messages=needs("Enter a title.")
    )
    involves = forms.CharField(
        label="What the role involves",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
        help_text="In plain English, as you would say it to someone thinking of applying.",
        error_messages=needs("Say what the role involves."),
    )
    hours_per_month = forms.IntegerField(
        label="Hours a month",
        min_value=1,
        max_value=200,
        help_text="Include reading papers and travel.",
        error_messages=needs("Enter the hours a month, as a number.")
        | {"invalid": "Enter the hours a month as a whole number, like 8."},
    )
    meetings = forms.CharField(
        label="Meetings",
        max_length=300,
        help_text="For example: one 2-hour meeting a fortnight, in the evening.",
        error_messages=needs("Say how often the group meets, and for how long."),
    )
    payment = forms.ChoiceField(
        label="Payment",
        choices=Payment.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose whether the role is paid or expenses only."),
    )
    qualities = forms.MultipleChoiceField(
        label="Qualities sought",
        choices=Quality.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply.",
    )
    contact = forms.CharField(
        label="How to reach the team",
        max_length=300,
        required=False,
        help_text="A phone number, email or address for people who would rather apply on paper "
        "or by phone, or who have a question. It is shown on the public page.",
    )
    is_open = forms.BooleanField(
        label="Taking applications",
        required=False,
        help_text="Open: people can apply or be nominated through the public page",
    )

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups
        plain_limits(self)

    @staticmethod
    def initial_for(role: RoleProfile) -> dict:
        return {name: getattr(role, name) for name in RoleProfileForm.base_fields} | {
            "group": role.group_id
        }


class ContactForm(forms.Form):
    """Name and contact details, shared by every way in."""

    full_name = forms.CharField(
        label="Full name", max_length=200, error_messages=needs("Enter the full name.")
    )
    email = forms.EmailField(label="Email address", required=False, max_length=254)
    phone = forms.CharField(label="Phone number", required=False, max_length=32)
    postal_address = forms.CharField(
        label="Postal address",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    postcode = forms.CharField(label="Postcode", required=False, max_length=10)
    preferred_contact = forms.ChoiceField(
        label="How would they like us to get in touch?",
        choices=ContactMethod.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose how to get in touch."),
    )
    about = forms.CharField(
        label="Why they are interested",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="In their own words. Up to 2,000 characters.",
    )
    qualities = forms.MultipleChoiceField(
        label="What they would bring",
        choices=Quality.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)

    def values(self) -> dict:
        """Return the cleaned values as the keyword arguments candidate_create takes."""
        return {k: v for k, v in self.cleaned_data.items() if k not in DEMOGRAPHIC_KEYS}


class StaffCandidateForm(ContactForm):
    """A candidate entered by staff from paper, a phone call or an engagement event."""

    role_profile = forms.ModelChoiceField(
        label="Role", queryset=None, error_messages=needs("Choose the role.")
    )
    route = forms.ChoiceField(
        label="How did they come to us?",
        choices=Route.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose how they came to us."),
    )
    organisation_name = forms.CharField(
        label="Nominating organisation",
        required=False,
        max_length=200,
        help_text="Only for nominations.",
    )
    nominator_name = forms.CharField(
        label="Name of the person nominating", required=False, max_length=200
    )
    nominator_email = forms.EmailField(
        label="Email of the person nominating", required=False, max_length=254
    )
    community = forms.CharField(
        label="Community the engagement team reached out to",
        required=False,
        max_length=200,
        help_text="Only for invitations. Invited people start as invited to the workshop.",
    )
    field_order = ["role_profile", "route"]

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role_profile"].queryset = roles


def new_submission_key() -> str:
    return uuid.uuid4().hex


class PublicForm(ContactForm):
    """Carries the key that makes a repeated submit harmless."""

    submission_key = forms.CharField(widget=forms.HiddenInput, max_length=64, required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("submission_key", new_submission_key())
        super().__init__(*args, **kwargs)

    def clean_submission_key(self) -> str:
        # A form posted without its key (a hand-made request) still works, unprotected.
        return self.cleaned_data["submission_key"] or new_submission_key()


DEMOGRAPHIC_KEYS = (*(q.key for q in QUESTIONS), "consent")


def add_demographic_fields(form: forms.Form, areas: tuple[str, ...]) -> None:
    """Add the optional demographic questions and the consent box to a form."""
    for question in QUESTIONS:
        if question.key == "area" and not areas:
            continue  # no local areas defined: the question would only offer "Prefer not"
        options = options_for(question.key, areas)
        form.fields[question.key] = forms.ChoiceField(
            label=question.label,
            choices=[(option, option) for option in options],
            required=False,
            widget=forms.RadioSelect,
            help_text=question.hint,
            error_messages={"invalid_choice": "Choose one of the answers, or leave it blank."},
        )
    form.fields["consent"] = forms.BooleanField(
        label="Consent",
        required=False,
        help_text="I agree that my answers can be kept and used as described above",
    )


def demographic_answers(form: forms.Form) -> dict:
    return {q.key: form.cleaned_data.get(q.key, "") for q in QUESTIONS if q.key in form.fields}


class ApplyForm(PublicForm):
    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].error_messages = needs("Enter your full name.")
        self.fields["preferred_contact"].label = "How would you like us to get in touch?"
        self.fields["about"].label = "Why are you interested in this role?"
        self.fields["about"].help_text = "Up to 2,000 characters."
        self.fields["qualities"].label = "Which of these would you bring?"
        add_demographic_fields(self, areas)

    purpose = PURPOSE


class NominateForm(PublicForm):
    organisation_name = forms.CharField(
        label="Your organisation",
        max_length=200,
        error_messages=needs("Enter the name of your organisation."),
    )
    nominator_name = forms.CharField(
        label="Your name", max_length=200, error_messages=needs("Enter your name.")
    )
    nominator_email = forms.EmailField(
        label="Your email address",
        max_length=254,
        error_messages=needs("Enter your email address, so we can thank you and ask questions."),
    )
    field_order = ["organisation_name", "nominator_name", "nominator_email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].label = "Their full name"
        self.fields["full_name"].error_messages = needs("Enter the full name of who you nominate.")
        self.fields["email"].label = "Their email address"
        self.fields["phone"].label = "Their phone number"
        self.fields["postal_address"].label = "Their postal address"
        self.fields["postcode"].label = "Their postcode"
        self.fields["about"].label = "Why are you nominating them?"


class DemographicsForm(forms.Form):
    """Answers given on paper or by phone, entered by a programme manager."""

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        add_demographic_fields(self, areas)
        self.fields["consent"].help_text = (
            "They agreed, on paper or by phone, that their answers can be kept and used as "
            "described above"
        )


class CandidateMoveForm(forms.Form):
    to_stage = forms.ChoiceField(
        label="Move to", widget=forms.RadioSelect, error_messages=needs("Choose a stage.")
    )
    reason = forms.ChoiceField(
        label="Why did they withdraw?",
        choices=WithdrawalReason.choices,
        required=False,
        widget=forms.RadioSelect,
        help_text="Only when they withdraw.",
    )
    note = forms.CharField(label="Note about the withdrawal", required=False, max_length=300)

    def __init__(self, *args, stages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_stage"].choices = [(s, Stage(s).label) for s in stages]


class CandidateFilterForm(forms.Form):
    """The filters above the candidate list; bad values are ignored."""

    stage = forms.ChoiceField(
        label="Stage", required=False, choices=[("", "Any stage"), *Stage.choices]
    )
    role = forms.ModelChoiceField(
        label="Role", required=False, queryset=None, empty_label="Any role"
    )

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].queryset = roles

    def filters(self) -> dict:
        if not self.is_valid():
            return {"stage": "", "role_profile": None}
        return {"stage": self.cleaned_data["stage"], "role_profile": self.cleaned_data["role"]}


class ImportForm(forms.Form):
    role_profile = forms.ModelChoiceField(
        label="Role the pool is for", queryset=None, error_messages=needs("Choose the role.")
    )
    file = forms.FileField(
        label="CSV file",
        error_messages=needs("Choose a CSV file to upload.")
        | {"empty": "The file is empty. Choose a CSV file with a row for each person."},
    )

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role_profile"].queryset = roles

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                "The file is larger than 5 MB. Split it into smaller files."
            )
        return upload
