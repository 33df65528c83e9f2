"""The form for planning a calendar: dates, venues, and how each group likes to meet."""

from django import forms

from touchstone.core.forms import DayMonthYearField, needs

from .planning import DEFAULTS, WEEKDAYS, poll_answer

REGIONS = [
    ("ENG", "England"),
    ("WLS", "Wales"),
    ("SCT", "Scotland"),
    ("NIR", "Northern Ireland"),
]
TIMES = [("daytime", "Daytime (9:30am to 4:30pm)"), ("evening", "Evening (6pm to 9pm)")]


class PlanForm(forms.Form):
    start = DayMonthYearField(label="First day", error_messages=needs("Enter the first day."))
    end = DayMonthYearField(label="Last day", error_messages=needs("Enter the last day."))
    region = forms.ChoiceField(
        label="Skip the bank holidays of", choices=REGIONS, initial="ENG", widget=forms.RadioSelect
    )
    venues = forms.CharField(
        label="Venues",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text="One a line: the name, a comma, and how many people it holds. "
        "For example: Willesden Library, 30",
        error_messages=needs("Enter at least one venue."),
    )
    community_events = forms.IntegerField(
        label="Community engagement events",
        min_value=0,
        max_value=4,
        initial=1,
        help_text="Held on Saturdays once the proposals exist, run by the core design team.",
    )

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = list(groups)
        for group in self.groups:
            _, _, duration, days, time = DEFAULTS[group.kind]
            polled = poll_answer(group)
            if polled:
                days, time = polled
            prefix = f"g{group.pk}"
            self.fields[f"{prefix}_include"] = forms.BooleanField(
                label=group.name,
                required=False,
                initial=True,
                help_text=f"Plan {group.get_cadence_display().lower()} meetings of {group.name}",
            )
            self.fields[f"{prefix}_weekdays"] = forms.MultipleChoiceField(
                label=f"Days {group.name} can meet",
                choices=list(enumerate(WEEKDAYS)),
                initial=list(days),
                required=False,
                widget=forms.CheckboxSelectMultiple,
                help_text="From the members' poll." if polled else None,
            )
            self.fields[f"{prefix}_time"] = forms.ChoiceField(
                label=f"Time of day for {group.name}",
                choices=TIMES,
                initial=time,
                widget=forms.RadioSelect,
            )
            self.fields[f"{prefix}_duration"] = forms.IntegerField(
                label=f"How long {group.name} meets, in minutes",
                min_value=30,
                max_value=480,
                initial=duration,
            )

    def clean_venues(self):
        venues = []
        for number, line in enumerate(self.cleaned_data["venues"].splitlines(), start=1):
            if not line.strip():
                continue
            name, _, capacity = line.rpartition(",")
            if not name.strip() or not capacity.strip().isdigit() or int(capacity) < 1:
                raise forms.ValidationError(
                    f"Line {number} must be a name, a comma and a number of people, "
                    "like: Willesden Library, 30"
                )
            venues.append((name.strip(), int(capacity)))
        if not venues:
            raise forms.ValidationError("Enter at least one venue.")
        return venues

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            self.add_error("end", "The last day must be after the first day.")
        for group in self.groups:
            prefix = f"g{group.pk}"
            if data.get(f"{prefix}_include") and not data.get(f"{prefix}_weekdays"):
                self.add_error(f"{prefix}_weekdays", f"Choose at least one day for {group.name}.")
        return data

    def group_settings(self) -> dict:
        data = self.cleaned_data
        return {
            g.pk: {
                "weekdays": sorted(int(d) for d in data[f"g{g.pk}_weekdays"]),
                "time": data[f"g{g.pk}_time"],
                "duration": data[f"g{g.pk}_duration"],
            }
            for g in self.groups
            if data.get(f"g{g.pk}_include")
        }

    def group_fields(self):
        return [
            [self[f"g{g.pk}_{name}"] for name in ("include", "weekdays", "time", "duration")]
            for g in self.groups
        ]


class PreferenceForm(forms.Form):
    weekdays = forms.MultipleChoiceField(
        label="Which days suit you?",
        choices=list(enumerate(WEEKDAYS)),
        widget=forms.CheckboxSelectMultiple,
        error_messages=needs("Choose at least one day."),
    )
    times = forms.MultipleChoiceField(
        label="Which times suit you?",
        choices=TIMES,
        widget=forms.CheckboxSelectMultiple,
        error_messages=needs("Choose at least one time."),
    )
    place = forms.CharField(
        label="Where would you like to meet?",
        max_length=200,
        required=False,
        help_text="For example: a library or community centre near you.",
    )
