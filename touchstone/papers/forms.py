"""Forms for papers, a group's notice for papers, and minutes. Rules live in the services."""

from django import forms

from touchstone.core.forms import needs


class PaperForm(forms.Form):
    """Upload a paper, or write it here."""

    title = forms.CharField(
        label="Title", max_length=200, error_messages=needs("Enter the paper's title.")
    )
    document = forms.FileField(
        label="Choose a file",
        required=False,
        help_text="A .pdf, .docx, .txt, .md or .html file, up to 10 MB.",
        error_messages={
            "invalid": "The file could not be sent. Choose it again.",
            "empty": "The file is empty. Choose a file with the paper in it.",
        },
    )
    text = forms.CharField(
        label="Or write the paper",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class NoticeForm(forms.Form):
    """How many days before a meeting its papers are due."""

    days = forms.IntegerField(
        label="Days before the meeting",
        help_text="Papers added after this are flagged as late, and the chair is told.",
        error_messages={
            "required": "Enter the number of days before the meeting.",
            "invalid": "Enter the number of days as a whole number, like 7.",
        },
    )


class MinutesForm(forms.Form):
    """The words of the minutes."""

    text = forms.CharField(
        label="Minutes",
        widget=forms.Textarea(attrs={"rows": 15}),
        error_messages=needs("Write the minutes."),
    )


class ApproveForm(forms.Form):
    """The later meeting of the group where the minutes were approved."""

    at_meeting = forms.TypedChoiceField(
        label="Meeting where they were approved",
        coerce=int,
        error_messages={
            "required": "Choose the meeting where the minutes were approved.",
            "invalid_choice": "Choose a later meeting of the same group, going ahead.",
        },
    )

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.meetings = {m.pk: m for m in meetings}
        self.fields["at_meeting"].choices = [("", "Choose a meeting")] + [
            (m.pk, str(m)) for m in self.meetings.values()
        ]

    def chosen(self):
        return self.meetings.get(self.cleaned_data["at_meeting"])
