"""Forms for selection runs, top-ups, offers and the population profile.

The quota table has one minimum and one maximum box for every answer of every counted
question; the boxes are named by position (`q-age_band-0-min`) because answers contain
spaces and commas. The rules themselves live in the services and the engine.
"""

from django import forms

from touchstone.core.forms import needs

from .demographics import BY_KEY, LABELS, options_for
from .runs import SEED_LIMIT

FEATURE_CHOICES = [(key, LABELS[key]) for key in BY_KEY]


def _seed_field():
    return forms.IntegerField(
        label="Seed",
        min_value=0,
        max_value=SEED_LIMIT - 1,
        help_text="A random number is chosen for you. Enter the seed of an earlier draw to "
        "repeat it exactly.",
        error_messages=needs("Enter a seed: a whole number, 0 or more."),
    )


class QuotaFieldsMixin:
    """Add a minimum and a maximum box for each answer of each counted question."""

    def add_quota_fields(self, features, areas, k: int) -> None:
        self.quota_features = [f for f in features if f in BY_KEY]
        self.areas = tuple(areas)
        for feature in self.quota_features:
            for i, value in enumerate(options_for(feature, self.areas)):
                for end, word in (("min", "Minimum"), ("max", "Maximum")):
                    self.fields[self.quota_key(feature, i, end)] = forms.IntegerField(
                        label=f"{word} for {LABELS[feature].lower()} '{value}'",
                        min_value=0,
                        initial=0 if end == "min" else k,
                        error_messages=needs(f"Enter a {word.lower()} for '{value}', 0 or more."),
                    )

    @staticmethod
    def quota_key(feature: str, index: int, end: str) -> str:
        return f"q-{feature}-{index}-{end}"

    def quota_table(self, counts=None, shares=None) -> list[dict]:
        """Return, per counted question, its rows of answer, boxes, pool count and share."""
        table = []
        for feature in self.quota_features:
            rows = [
                {
                    "value": value,
                    "minimum": self[self.quota_key(feature, i, "min")],
                    "maximum": self[self.quota_key(feature, i, "max")],
                    "in_pool": (counts or {}).get(feature, {}).get(value, 0),
                    "share": (shares or {}).get(feature, {}).get(value),
                }
                for i, value in enumerate(options_for(feature, self.areas))
            ]
            table.append({"feature": feature, "label": LABELS[feature], "rows": rows})
        return table

    def quotas(self) -> list[dict]:
        """Return the quotas entered, as the services take them."""
        return [
            {
                "feature": feature,
                "value": value,
                "minimum": self.cleaned_data[self.quota_key(feature, i, "min")],
                "maximum": self.cleaned_data[self.quota_key(feature, i, "max")],
            }
            for feature in self.quota_features
            for i, value in enumerate(options_for(feature, self.areas))
        ]

    def fill(self, data, quotas: list[dict], *, only_missing: bool = False) -> None:
        """Put quotas into (a mutable copy of) the submitted data, by position."""
        for feature in self.quota_features:
            by_value = {q["value"]: q for q in quotas if q["feature"] == feature}
            for i, value in enumerate(options_for(feature, self.areas)):
                for end, bound in (("min", "minimum"), ("max", "maximum")):
                    key = self.quota_key(feature, i, end)
                    if not (only_missing and str(data.get(key, "")).strip()):
                        data[key] = by_value[value][bound]


class SelectionRunForm(QuotaFieldsMixin, forms.Form):
    group = forms.ModelChoiceField(
        label="Which group is this selection for?",
        queryset=None,
        error_messages=needs("Choose the group the panel will join."),
    )
    role_profile = forms.ModelChoiceField(
        label="Role",
        queryset=None,
        required=False,
        empty_label="Everyone in the pool, whatever role they applied for",
        help_text="The pool is the candidates at the stage 'In the pool' for this role.",
    )
    k = forms.IntegerField(
        label="How many people should be selected?",
        min_value=1,
        max_value=500,
        error_messages=needs("Enter how many people to select."),
    )
    features = forms.MultipleChoiceField(
        label="Which answers should the panel be balanced on?",
        choices=FEATURE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text="Only people who answered every chosen question can be selected.",
        error_messages=needs("Choose at least one question to balance the panel on."),
    )
    one_per_household = forms.BooleanField(
        label="Households",
        required=False,
        help_text="Select at most one person from each household (same address)",
    )
    seed = _seed_field()

    def __init__(self, *args, groups, role_profiles, areas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups
        self.fields["role_profile"].queryset = role_profiles
        if self.is_bound:
            features = self.data.getlist("features")
            k = self.data.get("k") or 0
        else:
            features, k = self.initial.get("features", []), self.initial.get("k", 0)
        self.add_quota_fields(features, areas, int(k) if str(k).isdigit() else 0)


class TopUpForm(QuotaFieldsMixin, forms.Form):
    places = forms.IntegerField(
        label="How many places should be filled?",
        min_value=1,
        max_value=100,
        error_messages=needs("Enter how many places to fill."),
    )
    seed = _seed_field()

    def __init__(self, *args, features, areas, k: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_quota_fields(features, areas, k)


class PopulationProfileForm(forms.Form):
    source = forms.CharField(
        label="Where do the figures come from?",
        max_length=300,
        help_text="For example: Census 2021, Brent and Harrow.",
        error_messages=needs("Say where the figures come from."),
    )
    file = forms.FileField(
        label="Upload a CSV file",
        help_text="Three columns with the headings feature,value,share.",
        error_messages=needs("Choose a CSV file to upload."),
    )


class OfferReplyForm(forms.Form):
    reply = forms.ChoiceField(
        label="What did they say?",
        choices=[("accept", "They accept the seat"), ("decline", "They decline the seat")],
        widget=forms.RadioSelect,
        error_messages=needs("Choose whether they accepted or declined."),
    )
