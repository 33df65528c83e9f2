"""Factories for insight tests: a finished run with rows, made directly (no model)."""

import datetime

import factory

from touchstone.core.tests.factories import ProgrammeFactory
from touchstone.insight.models import InsightRow, InsightRun

THEMES = ["Waiting", "Staff attitude", "Parking"]


class RunFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InsightRun

    programme = factory.SubFactory(ProgrammeFactory)
    source = "feedback"
    status = "finished"
    total = 1
    done = 1
    model_name = "The standard model (Tiny test framework)"
    themes_offered = THEMES


class RowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InsightRow

    run = factory.SubFactory(RunFactory)
    position = factory.Sequence(lambda n: n)
    text = "Nowhere to park, the car park was full and I was late"
    received_on = datetime.date(2026, 11, 2)
    source = "Community event"
    kind = "Member of the public"
    themes = ["Waiting"]
    sentiment = "negative"
