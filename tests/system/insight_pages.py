"""Insight pages for the every-page axe check: runs made directly, with no model trained."""

from urllib.parse import urlencode

from django.urls import reverse

from touchstone.accounts.models import User
from touchstone.feedback.models import FeedbackItem
from touchstone.insight.adapters import redacted
from touchstone.insight.models import InsightRow, InsightRun, ModelTraining, ThemeCorrection
from touchstone.nonprod import demo_data

THEMES = [
    "Communication",
    "Access to treatment or medication",
    "Staff manner & personal attributes",
]
FEELINGS = ["negative", "neutral", "positive", ""]


def _finished_run(programme, manager) -> InsightRun:
    """A finished run over the demo's feedback, themes and feeling assigned in turn."""
    items = list(FeedbackItem.objects.filter(programme=programme).order_by("pk"))
    run = InsightRun.objects.create(
        programme=programme,
        source="feedback",
        status="finished",
        total=len(items),
        done=len(items),
        model_name="The standard model (NHS patient experience v7)",
        themes_offered=THEMES,
        created_by=manager,
    )
    InsightRow.objects.bulk_create(
        InsightRow(
            run=run,
            position=i,
            item=item,
            text=redacted(item.text),
            received_on=item.received_on,
            source=item.get_source_display(),
            kind=item.get_giver_kind_display(),
            themes=THEMES[i % 3 : i % 3 + 1 + i % 2],
            sentiment=FEELINGS[i % 4],
        )
        for i, item in enumerate(items)
    )
    return run


def insight_pages(programme) -> dict[str, tuple[str, int]]:
    """Name each insight page with its address, making the runs they show."""
    slug = programme.slug
    manager = User.objects.get(email=demo_data.PM_EMAIL)
    run = _finished_run(programme, manager)
    row = run.rows.order_by("pk").first()
    ThemeCorrection.objects.create(
        programme=programme, row=row, text=row.text, themes=THEMES[:1], corrected_by=manager
    )
    ModelTraining.objects.create(programme=programme, status="running", corrections=1)
    working = InsightRun.objects.create(
        programme=programme, source="feedback", status="running", total=52, done=20
    )
    stopped = InsightRun.objects.create(
        programme=programme,
        source="csv",
        original_name="survey.csv",
        status="failed",
        total=3000,
        done=2000,
        error="Something went wrong after 2,000 comments. Choose Resume to carry on.",
    )
    kind = row.kind
    return {
        "insight": (reverse("insight:home", args=[slug]), 200),
        "insight upload form": (reverse("insight:run_upload", args=[slug]), 200),
        "insight of the feedback": (reverse("insight:run_detail", args=[slug, run.pk]), 200),
        "insight filtered by kind": (
            reverse("insight:run_detail", args=[slug, run.pk]) + "?" + urlencode({"kind": kind}),
            200,
        ),
        "insight run in progress": (reverse("insight:run_detail", args=[slug, working.pk]), 200),
        "insight run that stopped": (reverse("insight:run_detail", args=[slug, stopped.pk]), 200),
        "correct a comment's themes": (reverse("insight:row_correct", args=[slug, row.pk]), 200),
        "corrections and the model": (reverse("insight:model", args=[slug]), 200),
    }
