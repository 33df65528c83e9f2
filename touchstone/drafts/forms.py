"""Forms for checking writing and for a programme's own terms."""

from django import forms

from touchstone.core.forms import needs

from .adapters import MAX_CHARACTERS, NOTHING_TO_CHECK


class WritingCheckForm(forms.Form):
    """Paste text or choose a file; a chosen file is checked instead of the text."""

    text = forms.CharField(
        label="Paste your writing",
        required=False,
        strip=False,
        max_length=MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={
            "max_length": "The text must be 200,000 characters or fewer. Check a shorter piece."
        },
    )
    document = forms.FileField(
        label="Or choose a file",
        required=False,
        help_text="A .txt, .md, .html or .docx file, up to 10 MB. We do not keep it.",
        error_messages={
            "invalid": "The file could not be sent. Choose it again.",
            "empty": "The file is empty. Choose a file with some writing in it.",
        },
    )

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("document") and not (data.get("text") or "").strip():
            self.add_error("text", NOTHING_TO_CHECK)
        return data


class ProgrammeTermForm(forms.Form):
    """A word or phrase the programme wants flagged, and what to write instead."""

    term = forms.CharField(
        label="Term to look out for",
        max_length=200,
        error_messages=needs("Enter the term to look out for."),
    )
    plain_alternative = forms.CharField(
        label="What to write instead",
        max_length=200,
        error_messages=needs("Enter what to write instead."),
    )
    note = forms.CharField(
        label="Note",
        required=False,
        max_length=2000,
        help_text="For example, why this term is hard for readers.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
