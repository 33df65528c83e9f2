"""The form for access and support needs, used by the person and by staff for them."""

from django import forms

from touchstone.recruitment.intake_forms import plain_limits

from .models import SUPPORT_NEEDS


class SupportNeedsForm(forms.Form):
    needs = forms.MultipleChoiceField(
        label="What do you need to take part?",
        choices=[(code, label) for code, (label, _) in SUPPORT_NEEDS.items()],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    dietary = forms.CharField(
        label="Dietary needs",
        max_length=200,
        required=False,
        help_text="For example: vegetarian, no nuts, soft food.",
    )
    other = forms.CharField(
        label="Anything else we should arrange",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label="Agreement",
        required=False,
        help_text="I agree that the programme keeps these needs so it can arrange support "
        "for meetings. Only the people who arrange support see who needs what.",
    )

    def __init__(self, *args, on_behalf: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        plain_limits(self)
        if on_behalf:
            self.fields["needs"].label = "What do they need to take part?"
            self.fields["consent"].help_text = (
                "They agreed that the programme keeps these needs so it can arrange support "
                "for meetings. Only the people who arrange support see who needs what."
            )
