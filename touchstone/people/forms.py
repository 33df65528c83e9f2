"""Forms for people, organisations and memberships; the rules themselves live in services."""

from django import forms
from django.utils import timezone

from touchstone.core.forms import DayMonthYearField, needs

from .categories import StakeholderCategory
from .models import ContactMethod, EngagementStatus, MembershipRole, Organisation, PersonKind

LIVED_EXPERIENCE = [("patient", "As a patient or service user"), ("carer", "As a carer")]


class PersonFilterForm(forms.Form):
    """The filters above the people list; bad values are ignored, never an error page."""

    kind = forms.ChoiceField(
        label="Kind of person", required=False, choices=[("", "Any kind"), *PersonKind.choices]
    )
    q = forms.CharField(label="Name contains", required=False, max_length=200)

    def filters(self) -> dict:
        if not self.is_valid():
            return {"kind": "", "q": ""}
        return {"kind": self.cleaned_data["kind"], "q": self.cleaned_data["q"]}


class PersonForm(forms.Form):
    full_name = forms.CharField(
        label="Full name", max_length=200, error_messages=needs("Enter their full name.")
    )
    kind = forms.ChoiceField(
        label="Kind of person",
        choices=PersonKind.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose what kind of person they are."),
    )
    lived_experience = forms.MultipleChoiceField(
        label="Lived experience",
        choices=LIVED_EXPERIENCE,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply.",
    )
    organisation = forms.ModelChoiceField(
        label="Organisation",
        queryset=Organisation.objects.none(),
        required=False,
        empty_label="None",
        help_text="Only organisations on this programme's list are shown.",
    )
    email = forms.EmailField(
        label="Email address",
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    phone = forms.CharField(
        label="Phone number", required=False, max_length=32, help_text="For example, 020 7946 0018."
    )
    postal_address = forms.CharField(
        label="Postal address", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    preferred_contact = forms.ChoiceField(
        label="How do they prefer to be contacted?",
        choices=ContactMethod.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose how they prefer to be contacted."),
        help_text="Staff can add people who do not use a computer: choose post or phone and "
        "give their address or number. They will not need an email address.",
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations

    @staticmethod
    def initial_for(person) -> dict:
        experience = [
            name
            for name, flag in (
                ("patient", person.patient_experience),
                ("carer", person.carer_experience),
            )
            if flag
        ]
        return {
            "full_name": person.full_name,
            "kind": person.kind,
            "lived_experience": experience,
            "organisation": person.organisation_id,
            "email": person.email,
            "phone": person.phone,
            "postal_address": person.postal_address,
            "preferred_contact": person.preferred_contact,
        }

    def values(self) -> dict:
        """Return the cleaned data in the shape the person services take."""
        data = self.cleaned_data
        return {
            "full_name": data["full_name"],
            "kind": data["kind"],
            "patient_experience": "patient" in data["lived_experience"],
            "carer_experience": "carer" in data["lived_experience"],
            "organisation": data["organisation"],
            "email": data["email"],
            "phone": data["phone"],
            "postal_address": data["postal_address"].strip(),
            "preferred_contact": data["preferred_contact"],
        }


class OrganisationForm(forms.Form):
    name = forms.CharField(
        label="Name of the organisation",
        max_length=200,
        error_messages=needs("Enter the name of the organisation."),
    )
    category = forms.ChoiceField(
        label="Kind of organisation",
        choices=[("", "Choose a kind"), *StakeholderCategory.choices],
        error_messages=needs("Choose the kind of organisation."),
    )
    website = forms.URLField(label="Website", required=False, assume_scheme="https")
    status = forms.ChoiceField(
        label="How far has engagement got?",
        choices=EngagementStatus.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose how far engagement has got."),
    )

    @staticmethod
    def initial_for(engagement) -> dict:
        organisation = engagement.organisation
        return {
            "name": organisation.name,
            "category": organisation.category,
            "website": organisation.website,
            "status": engagement.status,
        }


class PersonChoiceField(forms.ModelChoiceField):
    """Show the kind of person beside the name, so lay partners are easy to pick out."""

    def label_from_instance(self, obj) -> str:
        return f"{obj.full_name} ({obj.get_kind_display()})"


class MembershipAddForm(forms.Form):
    person = PersonChoiceField(
        label="Person",
        queryset=None,
        empty_label="Choose a person",
        error_messages=needs("Choose a person to add."),
        help_text="People on this programme's register who are not already in this group.",
    )
    role = forms.ChoiceField(
        label="Role in the group",
        choices=MembershipRole.choices,
        widget=forms.RadioSelect,
        initial=MembershipRole.MEMBER,
        error_messages=needs("Choose their role in the group."),
    )
    started_on = DayMonthYearField(
        label="Start date",
        initial=timezone.localdate,
        error_messages=needs("Enter the start date."),
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people


class MembershipRoleForm(forms.Form):
    action = forms.CharField(widget=forms.HiddenInput, initial="role")
    role = forms.ChoiceField(
        label="New role",
        choices=MembershipRole.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose their new role."),
    )


class MembershipEndForm(forms.Form):
    action = forms.CharField(widget=forms.HiddenInput, initial="end")
    ended_on = DayMonthYearField(
        label="End date",
        initial=timezone.localdate,
        error_messages=needs("Enter the end date."),
    )
    reason = forms.CharField(
        label="Why is the membership ending?",
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages=needs("Say why the membership is ending."),
        help_text="For example, moved away, or stepped down to care for "
        "a relative. This is kept in the group's history.",
    )
