"""Forms for uploading comments and correcting a comment's themes."""

from django import forms

from touchstone.core.forms import needs

from .csv_upload import Columns

COLUMN_HINT = "The name in the first row of that column, as it is written there."


class UploadForm(forms.Form):
    file = forms.FileField(
        label="CSV file of comments",
        help_text="Up to 50 MB, saved from a spreadsheet as 'CSV UTF-8'.",
        error_messages=needs("Choose a CSV file to upload."),
    )
    text_column = forms.CharField(
        label="Column with the comments",
        max_length=200,
        help_text=COLUMN_HINT,
        error_messages=needs("Enter the name of the column with the comments."),
    )
    date_column = forms.CharField(
        label="Column with the date of each comment",
        max_length=200,
        required=False,
        help_text="For the trend by month. Dates like 2026-11-20 or 20/11/2026.",
    )
    kind_column = forms.CharField(
        label="Column saying who gave each comment",
        max_length=200,
        required=False,
        help_text="Lay partner, professional or member of the public, to filter by.",
    )
    source_column = forms.CharField(
        label="Column saying where each comment came from",
        max_length=200,
        required=False,
        help_text="For example survey, event or letter, to filter by.",
    )
    rating_column = forms.CharField(
        label="Column with the rating each person gave",
        max_length=200,
        required=False,
        help_text="For example the Friends and Family Test answer, 1 (very good) to 5 "
        "(very poor). It helps tell the feeling of a comment.",
    )
    question_column = forms.CharField(
        label="Column with the question each comment answers",
        max_length=200,
        required=False,
        help_text="For example 'What was good?' or 'How could we improve?'.",
    )

    def columns(self) -> Columns:
        data = self.cleaned_data
        return Columns(
            *(
                data[f"{role}_column"].strip()
                for role in ("text", "date", "kind", "source", "rating", "question")
            )
        )


class CorrectionForm(forms.Form):
    themes = forms.MultipleChoiceField(
        label="Themes in this comment",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick every theme the comment is about. Leave all unticked if none fit.",
    )

    def __init__(self, *args, offered: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = [(name, name) for name in offered]
