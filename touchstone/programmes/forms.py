"""Forms for programmes and groups; rules beyond the field types live in services."""

from django import forms

from touchstone.core.forms import DayMonthYearField, lines

from .models import Cadence, DesignModule, Group, GroupKind


class ProgrammeForm(forms.Form):
    name = forms.CharField(label="Programme name", max_length=200)
    area = forms.CharField(
        label="Area it covers", max_length=200, help_text="For example, North West London."
    )
    purpose = forms.CharField(label="What the programme is for", widget=forms.Textarea)
    starts_on = DayMonthYearField(label="Start date")
    ends_on = DayMonthYearField(label="End date", required=False)
    population_groups = forms.CharField(
        label="Population groups",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="One per line: the group, a colon, then the needs they share. For example, "
        "Older people with frailty: staying well at home.",
    )
    modules = forms.CharField(
        label="Design modules",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="One per line. Leave empty when starting a programme to use the usual five.",
    )
    steps = forms.CharField(
        label="Design steps, in order",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="One per line. Leave empty when starting a programme to use the usual six.",
    )

    def clean_population_groups(self) -> list[tuple[str, str]]:
        result = []
        for line in lines(self.cleaned_data["population_groups"]):
            name, _, needs = line.partition(":")
            if len(name.strip()) > 200:
                raise forms.ValidationError(
                    "Keep each population group's name under 200 characters."
                )
            result.append((name.strip(), needs.strip()))
        return result

    def clean_modules(self) -> list[str]:
        return lines(self.cleaned_data["modules"])

    def clean_steps(self) -> list[str]:
        return lines(self.cleaned_data["steps"])

    @staticmethod
    def initial_for(programme) -> dict:
        """Fill the form from a programme, lists one item per line."""
        return {
            "name": programme.name,
            "area": programme.area,
            "purpose": programme.purpose,
            "starts_on": programme.starts_on,
            "ends_on": programme.ends_on,
            "population_groups": "\n".join(
                f"{p.name}: {p.shared_needs}" if p.shared_needs else p.name
                for p in programme.population_groups.all()
            ),
            "modules": "\n".join(m.name for m in programme.modules.all()),
            "steps": "\n".join(s.name for s in programme.steps.all()),
        }


class GroupForm(forms.Form):
    name = forms.CharField(label="Group name", max_length=200)
    kind = forms.ChoiceField(
        label="Kind of group", choices=GroupKind.choices, widget=forms.RadioSelect
    )
    parent = forms.ModelChoiceField(
        label="Reports to",
        queryset=Group.objects.none(),
        required=False,
        empty_label="Nobody (top level)",
    )
    module = forms.ModelChoiceField(
        label="Design module",
        queryset=DesignModule.objects.none(),
        required=False,
        empty_label="None",
        help_text="Working groups work on one design module.",
    )
    purpose = forms.CharField(
        label="Purpose and terms of reference", widget=forms.Textarea, required=False
    )
    cadence = forms.ChoiceField(label="How often it meets", choices=Cadence.choices)
    min_members = forms.IntegerField(
        label="Smallest size", min_value=0, max_value=10000, required=False
    )
    max_members = forms.IntegerField(
        label="Largest size", min_value=0, max_value=10000, required=False
    )
    min_lay_partners = forms.IntegerField(
        label="Fewest lay partners",
        min_value=0,
        max_value=10000,
        required=False,
        help_text="Leave empty for the usual number: 2 for core teams, working groups and "
        "oversight groups.",
    )

    def __init__(self, *args, programme, group=None, **kwargs):
        super().__init__(*args, **kwargs)
        parents = Group.objects.filter(programme=programme)
        if group is not None:
            parents = parents.exclude(pk=group.pk)
        self.fields["parent"].queryset = parents.order_by("name")
        self.fields["module"].queryset = DesignModule.objects.filter(programme=programme)

    @staticmethod
    def initial_for(group) -> dict:
        return {
            "name": group.name,
            "kind": group.kind,
            "parent": group.parent_id,
            "module": group.module_id,
            "purpose": group.purpose,
            "cadence": group.cadence,
            "min_members": group.min_members,
            "max_members": group.max_members,
            "min_lay_partners": group.min_lay_partners,
        }
