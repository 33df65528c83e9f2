"""The local population profile: what share of local people have each answer.

Quotas and the representativeness report both compare against it. It is imported from
a CSV of `feature,value,share`, checked whole before anything is stored, so a bad file
never leaves half a profile behind.
"""

import csv
import io
import math

from django.db import transaction

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .demographics import BY_KEY, LABELS, PREFER_NOT, QUESTIONS, options_for
from .models import PopulationProfile

HEADER = ["feature", "value", "share"]
TOLERANCE = 0.02  # shares of a feature may add up to between 0.98 and 1.02 (rounding)
MAX_BYTES = 1_000_000
FEATURE_NAMES = {
    **{key: key for key in BY_KEY},
    **{label.lower(): key for key, label in LABELS.items()},
}


def _share(text: str, row: int) -> float:
    text = text.strip()
    try:
        share = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError as error:
        raise ServiceError(
            f"Row {row}: the share '{text}' is not a number. Write it as 0.25 or 25%.",
            field="file",
        ) from error
    if not 0 <= share <= 1 or math.isnan(share):
        raise ServiceError(f"Row {row}: the share must be between 0 and 1 (or 0% and 100%).")
    return share


def _check_row(shares: dict, feature_text: str, value: str, share_text: str, row: int) -> None:
    feature = FEATURE_NAMES.get(feature_text.strip().lower())
    if feature is None:
        known = ", ".join(BY_KEY)
        raise ServiceError(f"Row {row}: '{feature_text}' is not a feature. Use one of: {known}.")
    value = value.strip()
    if feature != "area" and value not in options_for(feature):
        allowed = "; ".join(options_for(feature))
        raise ServiceError(
            f"Row {row}: '{value}' is not an answer to the {LABELS[feature].lower()} question. "
            f"Use one of: {allowed}."
        )
    if not value:
        raise ServiceError(f"Row {row}: the value is empty.")
    if value in shares.setdefault(feature, {}):
        raise ServiceError(f"Row {row}: {LABELS[feature].lower()} '{value}' is listed twice.")
    shares[feature][value] = _share(share_text, row)


def parse_profile(data: bytes) -> dict[str, dict[str, float]]:
    """Read a profile CSV whole, or raise ServiceError naming the first bad row."""
    if len(data) > MAX_BYTES:
        raise ServiceError("The file is larger than 1 MB. A profile needs only a few rows.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ServiceError(
            "The file is not UTF-8 text. In your spreadsheet, save it as 'CSV UTF-8' and "
            "upload it again."
        ) from error
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [cell.strip().lower() for cell in rows[0]] != HEADER:
        raise ServiceError("The first row must be the headings feature,value,share, in that order.")
    shares: dict[str, dict[str, float]] = {}
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != 3:
            raise ServiceError(f"Row {number}: expected 3 columns, found {len(cells)}.")
        _check_row(shares, *cells, number)
    if not shares:
        raise ServiceError("The file has headings but no rows of figures.")
    for feature, values in shares.items():
        total = sum(values.values())
        if abs(total - 1) > TOLERANCE:
            raise ServiceError(
                f"The shares for {LABELS[feature].lower()} add up to {total:.2f}; they should "
                "add up to 1 (100%). Check for a missing or mistyped row."
            )
    return shares


@transaction.atomic
def population_profile_import(*, actor, programme, source: str, data: bytes) -> PopulationProfile:
    """Replace the programme's population profile with the figures in a CSV file."""
    access.require(actor, "change", programme)
    if not source.strip():
        raise ServiceError("Say where the figures come from.", field="source")
    shares = parse_profile(data)
    profile, _ = PopulationProfile.objects.update_or_create(
        programme=programme, defaults={"source": source.strip()[:300], "shares": shares}
    )
    audit.record(
        actor=actor,
        action="population_profile.import",
        target=profile,
        programme=programme,
        changes={"source": profile.source, "features": sorted(shares)},
    )
    return profile


def profile_tables(shares: dict) -> list[tuple[str, list[tuple[str, float]]]]:
    """Return the shares in the questions' own order, whatever order the database kept."""
    tables = []
    for question in QUESTIONS:
        values = shares.get(question.key)
        if values:
            order = options_for(question.key, tuple(sorted(values)))
            rows = [(value, values[value]) for value in order if value in values]
            tables.append((LABELS[question.key], rows))
    return tables


def population_profile_get_for(*, actor, programme) -> PopulationProfile | None:
    """Return the programme's population profile, if it has one."""
    access.require(actor, "view_people", programme)
    return PopulationProfile.objects.filter(programme=programme).first()


def quota_from_share(share: float | None, k: int) -> tuple[int, int]:
    """Return (minimum, maximum) for a value: k times its share, rounded down and up."""
    if share is None:
        return 0, k
    exact = k * share
    # Guard float noise such as 10 * 0.3 = 3.0000000000000004.
    low, high = math.floor(exact + 1e-9), math.ceil(exact - 1e-9)
    return low, min(high, k)


def quotas_from_profile(shares: dict, features, k: int, areas=()) -> list[dict]:
    """Return a quota for every answer of every feature, from the profile where it can.

    'Prefer not to say' and answers the profile does not mention get 0 to k: they are
    allowed, never required.
    """
    quotas = []
    for feature in features:
        known = shares.get(feature, {})
        for value in options_for(feature, tuple(areas)):
            share = None if value == PREFER_NOT else known.get(value)
            low, high = quota_from_share(share, k)
            quotas.append({"feature": feature, "value": value, "minimum": low, "maximum": high})
    return quotas
