"""Forms for programmes and groups; rules beyond the field types live in services."""

from django import forms

from touchstone.core.forms import DayMonthYearField, lines, needs

from .models import Cadence, DesignModule, Group, GroupKind

# The database columns for names hold 200 characters.
NAME_LIMIT = 200


def short_lines(text: str, what: str) -> list[str]:
    """Split a textarea into lines, refusing any line too long to be stored."""
    # Number the lines as typed, blank ones included, so the message points at the right one.
    for number, line in enumerate((text or "").splitlines(), start=1):
        if len(line.strip()) > NAME_LIMIT:
            raise forms.ValidationError(
                f"Keep each {what} to {NAME_LIMIT} characters or fewer: "
                f"line {number} has {len(line.strip())}."
            )
    return lines(text)


class ProgrammeForm(forms.Form):
    name = forms.CharField(
        label="Programme name",
        max_length=NAME_LIMIT,
        error_messages=needs("Enter the programme name."),
    )
    area = forms.CharField(
        label="Area it covers",
        max_length=NAME_LIMIT,
        help_text="For example, North West London.",
        error_messages=needs("Enter the area it covers."),
    )
    purpose = forms.CharField(
        label="What the programme is for",
        widget=forms.Textarea,
        error_messages=needs("Say what the programme is for."),
    )
    starts_on = DayMonthYearField(label="Start date", error_messages=needs("Enter the start date."))
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
            if len(name.strip()) > NAME_LIMIT:
                raise forms.ValidationError(
                    f"Keep each population group's name to {NAME_LIMIT} characters or fewer."
                )
            result.append((name.strip(), needs.strip()))
        return result

    def clean_modules(self) -> list[str]:
        return short_lines(self.cleaned_data["modules"], "design module")

    def clean_steps(self) -> list[str]:
        return short_lines(self.cleaned_data["steps"], "design step")

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
    name = forms.CharField(
        label="Group name",
        max_length=NAME_LIMIT,
        error_messages=needs("Enter the group name."),
    )
    kind = forms.ChoiceField(
        label="Kind of group",
        choices=GroupKind.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose the kind of group."),
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
    cadence = forms.ChoiceField(
        label="How often it meets",
        choices=Cadence.choices,
        error_messages=needs("Choose how often it meets."),
    )
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
        help_text="Leave empty for the usual number: 2 for core design teams, working groups "
        "and oversight groups; 1 for the advisory group and the forum; 0 for other groups.",
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
