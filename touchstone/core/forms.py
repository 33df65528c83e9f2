"""Form pieces every app uses: the NHS.UK three-box date, and service errors on forms."""

import contextlib
import datetime

from django import forms

from .errors import ServiceError


class DayMonthYearWidget(forms.Widget):
    """Three boxes named `<name>-day`, `<name>-month` and `<name>-year`, as NHS.UK asks."""

    template_name = ""  # rendered by the Jinja field macro, never by Django

    def value_from_datadict(self, data, files, name):
        return tuple(
            (data.get(f"{name}-{part}") or "").strip() for part in ("day", "month", "year")
        )

    def value_omitted_from_data(self, data, files, name):
        return not any(f"{name}-{part}" in data for part in ("day", "month", "year"))

    def parts(self, value) -> dict:
        """Return the day, month and year to show in the boxes."""
        if isinstance(value, datetime.date):
            return {"day": value.day, "month": value.month, "year": value.year}
        if isinstance(value, (tuple, list)) and len(value) == 3:
            return dict(zip(("day", "month", "year"), value, strict=True))
        if isinstance(value, str) and value:
            with contextlib.suppress(ValueError):  # not a date: show empty boxes
                return self.parts(datetime.date.fromisoformat(value))
        return {"day": "", "month": "", "year": ""}


class DayMonthYearField(forms.Field):
    """A date typed as day, month and year, with the error messages the NHS pattern uses."""

    widget = DayMonthYearWidget

    def to_python(self, value):
        if isinstance(value, datetime.date):
            return value
        parts = tuple(value or ("", "", ""))
        if not any(parts):
            return None
        missing = [
            name for name, part in zip(("day", "month", "year"), parts, strict=True) if not part
        ]
        if missing:
            raise forms.ValidationError(f"{self.label} must include a {' and '.join(missing)}.")
        try:
            day, month, year = (int(part) for part in parts)
        except ValueError as error:
            raise forms.ValidationError(f"{self.label} must be a real date, in numbers.") from error
        if not 1900 <= year <= 2200:
            raise forms.ValidationError(f"{self.label} must have a 4-digit year, like 2026.")
        try:
            return datetime.date(year, month, day)
        except ValueError as error:
            raise forms.ValidationError(f"{self.label} must be a real date.") from error


def needs(message: str) -> dict:
    """Say what to do when a required field is left empty, as the NHS.UK error pattern asks."""
    return {"required": message}


def add_service_error(form: forms.Form, error: ServiceError) -> None:
    """Show a service's refusal next to the field it concerns, or at the top of the form."""
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)


def lines(text: str) -> list[str]:
    """Split a textarea into its non-blank lines, trimmed."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
